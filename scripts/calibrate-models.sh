#!/usr/bin/env bash
# Fits the confidence calibration of every shipped model on the dev sets of the languages it serves (the fallback on
# every language's) with `entitygraph-train calibrate`: writes models/ID/calibration.json and the card's Calibration
# section. MODELS="en-bilstm de-bilstm" limits the models. Dev sets only: the figures are reported as dev figures.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/datasets.sh
source scripts/lib/manifest.sh
prepare_training
FALLBACK=$(manifest_fallback)
for model in ${MODELS:-$(python3 -c "import json; print(' '.join(m['id'] for m in json.load(open('models/manifest.json'))['models']))")}; do
  args=()
  for lang in $ALL_LANGUAGES; do
    if [ "$model" = "$FALLBACK" ] || [ "$(manifest_route "$lang" best)" = "$model" ] || [ "$(manifest_route "$lang" fast)" = "$model" ]; then
      for s in ${DEV_SETS[$lang]}; do args+=(--dev "$(dataset_file "$s" dev)"); done
    fi
  done
  [ ${#args[@]} -gt 0 ] || { echo "$model serves no language with dev data; skipped"; continue; }
  echo "== $model"
  $TRAIN calibrate --model "models/$model" --lang auto "${args[@]}"
done
