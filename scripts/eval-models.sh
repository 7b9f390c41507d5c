#!/usr/bin/env bash
# Measures the shipped models on every general-domain dev set through the platform (`entitygraph eval`: raw sentence
# text in, the extraction grains, character spans out) and prints the markdown table of models/README.md: for each dev
# set, the BEST route, the FAST route and the multilingual fallback (each run once; a route served by the same model
# reuses its figure). JSON reports are kept in runs/eval/. LANGS="de zh" limits the languages.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/datasets.sh
OUT="${OUT:-runs/eval}"
scripts/prepare-heldout.sh >/dev/null
dotnet build src/Silo/EntityGraph.Silo.csproj -c Release -v q -nologo >/dev/null
EVAL="dotnet src/Silo/bin/Release/net10.0/entitygraph.dll eval"
FALLBACK=$(grep -o '"fallback": "[^"]*"' models/manifest.json | cut -d'"' -f4)
mkdir -p "$OUT"
f1() { grep -o '"f1":[0-9.]*' "$1" | head -1 | cut -d: -f2; }
model_of() { grep -o '"model":"[^"]*"' "$1" | head -1 | cut -d'"' -f4; }
run() { $EVAL --data "$1" --lang "$2" "${@:4}" --json 2>/dev/null | tail -1 > "$3"; }
echo "| dev set | BEST route | F1 | FAST route | F1 | fallback \`$FALLBACK\` F1 |"
echo "|---|---|---:|---|---:|---:|"
for lang in ${LANGS:-$ALL_LANGUAGES}; do
  for s in ${DEV_SETS[$lang]}; do
    file=$(dataset_file "$s" dev); name=${s//\//-}
    run "$file" "$lang" "$OUT/$name.best.json" --accuracy best
    best=$(model_of "$OUT/$name.best.json")
    run "$file" "$lang" "$OUT/$name.fast.json" --accuracy fast --limit 1
    if [ "$(model_of "$OUT/$name.fast.json")" = "$best" ]; then cp "$OUT/$name.best.json" "$OUT/$name.fast.json";
    else run "$file" "$lang" "$OUT/$name.fast.json" --accuracy fast; fi
    if [ "$best" = "$FALLBACK" ]; then cp "$OUT/$name.best.json" "$OUT/$name.fallback.json";
    else run "$file" "$lang" "$OUT/$name.fallback.json" --model "$FALLBACK"; fi
    echo "| $s.dev | \`$best\` | $(f1 "$OUT/$name.best.json") | \`$(model_of "$OUT/$name.fast.json")\` | $(f1 "$OUT/$name.fast.json") | $(f1 "$OUT/$name.fallback.json") |"
  done
done
