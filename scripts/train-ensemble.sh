#!/usr/bin/env bash
# BEST-tier BiLSTM-CRF ensembles: for each language, trains the language's BiLSTM-CRF again with other seeds (same data,
# epochs and FAST_ARGS as models/LANG-bilstm, so the vocabularies match), exports each to runs/export/LANG-bilstm-sSEED,
# then joins them with the shipped models/LANG-bilstm into runs/export/LANG-bilstm-xN (one graph, mean emissions and CRF
# scores; dev F1 of every member and of the ensemble in the log and the card). To ship one (mind the 80 MB budget of
# models/), run the last step with --out models/LANG-bilstm-xN --manifest models/manifest.json --route LANG, then
# scripts/eval-models.sh and scripts/choose-best-routes.sh.
# Resumable. Usage: EPOCHS=8 SEEDS="14 15" scripts/train-ensemble.sh LANG [LANG...]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/datasets.sh
EPOCHS="${EPOCHS:-8}"
SEEDS="${SEEDS:-14 15}"
prepare_training
for lang in "$@"; do
  args=(); dataset_args "$lang" args
  members=(--member "models/$lang-bilstm")
  for seed in $SEEDS; do
    out="runs/export/$lang-bilstm-s$seed"
    if [ ! -f "$out/model.onnx" ]; then
      # shellcheck disable=SC2086 # FAST_ARGS holds several words
      $TRAIN train-fast "${args[@]}" --lang "$lang" --id "$lang-bilstm" --out "runs/$lang-bilstm-s$seed" --epochs "$EPOCHS" --seed "$seed" ${FAST_ARGS[$lang]:-}
      $TRAIN export --run "runs/$lang-bilstm-s$seed" --out "$out"
    fi
    members+=(--member "$out")
  done
  dev=(); for s in ${DEV_SETS[$lang]}; do dev+=(--dev "$(dataset_file "$s" dev)"); done
  id="$lang-bilstm-x$(( ${#members[@]} / 2 ))"
  $TRAIN ensemble "${members[@]}" --out "runs/export/$id" --id "$id" "${dev[@]}"
done
