#!/usr/bin/env bash
# Per-language BEST models: continues the shipped multilingual fallback (models/xx-multi-minilm, read back from its ONNX
# graph: encoder, head, extended vocabulary and tokenizer; BASE=runs/RUN starts from a run folder) on one language's training sets, selects the epoch on its dev sets, and exports to runs/export/LANG-minilm.
# Ship one (copy to models/ and route it) only where `scripts/eval-models.sh` shows it beats the fallback on that
# language. Resumable. Usage: scripts/train-lang-best.sh LANG [LANG...]   (EPOCHS, LR, MAX_PER_FILE override).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/datasets.sh
BASE="${BASE:-models/xx-multi-minilm}"
EPOCHS="${EPOCHS:-3}"
LR="${LR:-5e-5}"
MAX_PER_FILE="${MAX_PER_FILE:-12000}"
prepare_training
for lang in "$@"; do
  args=(); dataset_args "$lang" args
  $TRAIN train "${args[@]}" --lang "$lang" --id "$lang-minilm" --out "runs/$lang-minilm" --epochs "$EPOCHS" --lr "$LR" \
    --batch 32 --max-per-file "$MAX_PER_FILE" --init-from "$BASE" --checkpoint-every 200 --log-every 50
  $TRAIN export --run "runs/$lang-minilm" --out "runs/export/$lang-minilm"
done
