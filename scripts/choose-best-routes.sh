#!/usr/bin/env bash
# Model selection on dev: for every language with training data, routes BEST in models/manifest.json to whichever of
# its current BEST model, its FAST model and the multilingual fallback has the highest mean F1 over the language's dev
# sets (measured through the platform with scripts/lib/eval.sh, cached in runs/eval/). LANGS="de zh" limits the set.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/datasets.sh
source scripts/lib/eval.sh
eval_prepare
for lang in ${LANGS:-$ALL_LANGUAGES}; do
  chosen=""; chosen_mean=-1
  for model in $(printf '%s\n' "$(manifest_route "$lang" best)" "$(manifest_route "$lang" fast)" "$(manifest_fallback)" | sort -u); do
    sum=0; n=0
    for s in ${DEV_SETS[$lang]}; do
      sum=$(echo "$sum + $(f1 "$(measure "$(dataset_file "$s" dev)" "$lang" "$model")")" | bc -l); n=$((n + 1))
    done
    mean=$(echo "scale=2; $sum / $n" | bc -l)
    echo "$lang $model mean dev F1 $mean"
    if (( $(echo "$mean > $chosen_mean" | bc -l) )); then chosen=$model; chosen_mean=$mean; fi
  done
  [ "$chosen" = "$(manifest_route "$lang" best)" ] || { manifest_set_route "$lang" best "$chosen"; echo "$lang: BEST -> $chosen"; }
done
