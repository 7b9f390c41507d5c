#!/usr/bin/env bash
# Measures the shipped models on every general-domain dev set through the platform (`entitygraph eval`: raw sentence
# text in, the extraction grains, character spans out) and prints the markdown table of models/README.md: for each dev
# set, the model models/manifest.json routes at BEST and at FAST, and the multilingual fallback. Each (dev set, model)
# pair runs once; its JSON report is kept in runs/eval/ and reused until the model's model.onnx changes.
# LANGS="de zh" limits the languages.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/datasets.sh
source scripts/lib/eval.sh
eval_prepare
FALLBACK=$(manifest_fallback)
echo "| dev set | BEST route | F1 | FAST route | F1 | fallback \`$FALLBACK\` F1 |"
echo "|---|---|---:|---|---:|---:|"
for lang in ${LANGS:-$ALL_LANGUAGES}; do
  best=$(manifest_route "$lang" best); fast=$(manifest_route "$lang" fast)
  for s in ${DEV_SETS[$lang]}; do
    file=$(dataset_file "$s" dev)
    echo "| $s.dev | \`$best\` | $(f1 "$(measure "$file" "$lang" "$best")") | \`$fast\` | $(f1 "$(measure "$file" "$lang" "$fast")") | $(f1 "$(measure "$file" "$lang" "$FALLBACK")") |"
  done
done
