#!/usr/bin/env bash
# Packs the word embeddings of shipped models to 4 bits (entitygraph-train pack), in place: each model is scored before
# and after on the dev sets in its eval.json (as many sentences per file as at export), the card gets both, the manifest
# the new size. Models already packed are skipped; a model whose dev F1 falls by more than MAX_DROP (default 0.2) is
# left as it is. en-minilm, which serves English only, also drops the 12,000 pieces its vocabulary was extended with for
# other scripts. Then run scripts/eval-models.sh for the platform figures.
# Usage: [MAX_DROP=0.2] scripts/pack-models.sh [MODEL_ID...]   (default: every model in models/manifest.json)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/datasets.sh
prepare_training
declare -A PACK_ARGS=([en-minilm]="--drop-added-pieces")
ids=("$@")
[ ${#ids[@]} -gt 0 ] || mapfile -t ids < <(jq -r '.models[].id' models/manifest.json)
for id in "${ids[@]}"; do
  folder="models/$(jq -r --arg id "$id" '.models[] | select(.id == $id) | .path' models/manifest.json)"
  if jq -e .packing "$folder/eval.json" >/dev/null; then echo "$id: already packed"; continue; fi
  dev=(); while read -r file; do dev+=(--dev "$file"); done < <(jq -r '.devData[]' "$folder/eval.json")
  # shellcheck disable=SC2086 # PACK_ARGS holds options
  $TRAIN pack --model "$folder" "${dev[@]}" ${PACK_ARGS[$id]:-} --max-dev-per-file "$(jq -r '.maxDevExamplesPerFile' "$folder/eval.json")" --max-drop "${MAX_DROP:-0.2}" --manifest models/manifest.json || [ $? -eq 3 ]
done
