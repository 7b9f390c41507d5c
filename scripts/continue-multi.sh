#!/usr/bin/env bash
# Continues the shipped multilingual fallback from models/xx-multi-minilm (weights read back from its ONNX graph, so no
# earlier run folder is needed) for EPOCHS more epochs over every general-domain training set: at most MAX_PER_FILE
# sentences of each file per epoch, FOCUS_MAX for the files of FOCUS (default en, the language it serves at BEST).
# Model selection on the first MAX_DEV sentences of every dev set. Exports to runs/export/xx-multi-minilm; compare it
# with scripts/eval-models.sh before copying it over models/xx-multi-minilm. Resumable: rerun the same command.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/datasets.sh
RUN="${RUN:-runs/xx-multi-minilm-continued}"
EPOCHS="${EPOCHS:-1}"
MAX_PER_FILE="${MAX_PER_FILE:-1500}"
FOCUS="${FOCUS:-en}"
FOCUS_MAX="${FOCUS_MAX:-20000}"
MAX_DEV="${MAX_DEV:-400}"
prepare_training
args=()
for lang in $ALL_LANGUAGES; do dataset_args "$lang" args; done
$TRAIN train "${args[@]}" --lang auto --id xx-multi-minilm --out "$RUN" --epochs "$EPOCHS" --lr "${LR:-5e-5}" --batch 32 \
  --max-per-file "$MAX_PER_FILE" --max-per-file-lang "$FOCUS=$FOCUS_MAX" --max-dev-per-file "$MAX_DEV" \
  --init-from models/xx-multi-minilm --checkpoint-every 200 --log-every 50
$TRAIN export --run "$RUN" --out runs/export/xx-multi-minilm
