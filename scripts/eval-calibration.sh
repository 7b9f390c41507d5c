#!/usr/bin/env bash
# Calibration through the platform: for every dev set of the models table, `entitygraph eval --json` of the BEST and the
# FAST route (reports cached in runs/eval like scripts/eval-models.sh), printed as a markdown table of the expected
# calibration error, the shares accepted / in review / rejected at EntityGraph:Review's thresholds (0.95 / 0.80) and
# the precision of the accepted entities. LANGS="de zh" limits the languages.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/datasets.sh
source scripts/lib/eval.sh
eval_prepare
field() { jq -r ".confidence.$2 // \"-\"" "$1"; }
row() { # dev set, model, report
  echo "| $1 | \`$2\` | $(field "$3" entities) | $(field "$3" ece) | $(field "$3" accepted) | $(field "$3" review) | $(field "$3" rejected) | $(field "$3" accepted_precision) |"
}
echo "| dev set | model | entities | ECE | accepted | review | rejected | precision of accepted |"
echo "|---|---|---:|---:|---:|---:|---:|---:|"
for lang in ${LANGS:-$ALL_LANGUAGES}; do
  best=$(manifest_route "$lang" best); fast=$(manifest_route "$lang" fast)
  for s in ${DEV_SETS[$lang]}; do
    file=$(dataset_file "$s" dev)
    row "$s.dev" "$best" "$(measure "$file" "$lang" "$best")"
    [ "$fast" = "$best" ] || row "$s.dev" "$fast" "$(measure "$file" "$lang" "$fast")"
  done
done
