#!/usr/bin/env bash
# BiLSTM-CRF seed ensembles: for each language, trains the language's BiLSTM-CRF again with other seeds (same data,
# epochs and FAST_ARGS as models/LANG-bilstm, so the vocabularies match), exports each to runs/export/LANG-bilstm-sSEED
# and packs its word embeddings to 4 bits like the shipped models (scripts/pack-models.sh).
# Default: joins them with the shipped models/LANG-bilstm into runs/export/LANG-bilstm-xN (one graph holding every
# member; dev F1 of every member and of the ensemble in the log and the card).
# SHIP=1: two members, the shipped models/LANG-bilstm shared (not copied) and the first seed's graph, written to
# models/LANG-bilstm-x2 and routed as the language's BEST (`ensemble --share-first`); then scripts/eval-models.sh and
# scripts/choose-best-routes.sh. Mind the 80 MB budget of models/ (about 2.1 MB each).
# Resumable. Usage: [SHIP=1] EPOCHS=8 SEEDS="14 15" scripts/train-ensemble.sh LANG [LANG...]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/datasets.sh
EPOCHS="${EPOCHS:-8}"
SEEDS="${SEEDS:-14 15}"
prepare_training
for lang in "$@"; do
  args=(); dataset_args "$lang" args
  dev=(); for s in ${DEV_SETS[$lang]}; do dev+=(--dev "$(dataset_file "$s" dev)"); done
  members=(--member "models/$lang-bilstm")
  for seed in $SEEDS; do
    out="runs/export/$lang-bilstm-s$seed"
    if [ ! -f "$out/model.onnx" ]; then
      # shellcheck disable=SC2086 # FAST_ARGS holds several words
      $TRAIN train-fast "${args[@]}" --lang "$lang" --id "$lang-bilstm" --out "runs/$lang-bilstm-s$seed" --epochs "$EPOCHS" --seed "$seed" ${FAST_ARGS[$lang]:-}
      $TRAIN export --run "runs/$lang-bilstm-s$seed" --out "$out"
    fi
    jq -e .packing "$out/eval.json" >/dev/null || $TRAIN pack --model "$out" "${dev[@]}"
    members+=(--member "$out")
  done
  if [ "${SHIP:-0}" = 1 ]; then
    $TRAIN ensemble "${members[@]:0:4}" --share-first --out "models/$lang-bilstm-x2" --id "$lang-bilstm-x2" "${dev[@]}" \
      --manifest models/manifest.json --route "$lang"
  else
    id="$lang-bilstm-x$(( ${#members[@]} / 2 ))"
    $TRAIN ensemble "${members[@]}" --out "runs/export/$id" --id "$id" "${dev[@]}"
  fi
done
