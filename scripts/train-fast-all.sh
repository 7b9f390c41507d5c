#!/usr/bin/env bash
# Trains the FAST tier (BiLSTM-CRF from scratch, <= 5 MB int8) for every language with general-domain training data,
# exports each to models/LANG-bilstm and registers it as the language's
# `fast` route. Gold train splits only; dev splits select the best epoch. Languages run one after another; each run is
# resumable (rerun the same command), finished exports are skipped. LANGS="de es" limits the set.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/datasets.sh
EPOCHS="${EPOCHS:-12}"
prepare_training
for lang in ${LANGS:-$ALL_LANGUAGES}; do
  [ -f "models/$lang-bilstm/model.onnx" ] && { echo "$lang: models/$lang-bilstm exists, skipped"; continue; }
  args=(); dataset_args "$lang" args
  # shellcheck disable=SC2086 # FAST_ARGS holds several words
  $TRAIN train-fast "${args[@]}" --lang "$lang" --id "$lang-bilstm" --out "runs/$lang-bilstm" --epochs "$EPOCHS" ${FAST_ARGS[$lang]:-}
  $TRAIN export --run "runs/$lang-bilstm" --out "models/$lang-bilstm" --manifest models/manifest.json --route "$lang" --tier fast
done
