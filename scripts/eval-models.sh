#!/usr/bin/env bash
# Measures every shipped model on every general-domain dev set through the platform (`entitygraph eval`: raw sentence
# text in, the extraction grains, character spans out) and prints the markdown table of models/README.md.
# Rows: language/dev file. Columns: the BEST route, the FAST route, and each model given with MODELS (default: the
# fallback and every model in models/manifest.json). JSON reports are kept in runs/eval/.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/datasets.sh
OUT="${OUT:-runs/eval}"
LIMIT="${LIMIT:-}"
scripts/prepare-heldout.sh >/dev/null
dotnet build src/Silo/EntityGraph.Silo.csproj -c Release -v q -nologo >/dev/null
EVAL="dotnet src/Silo/bin/Release/net10.0/entitygraph.dll eval"
mkdir -p "$OUT"
sets=()
for lang in ${LANGS:-$ALL_LANGUAGES}; do sets+=(${DEV_SETS[$lang]}); done
read -r -a models <<< "${MODELS:-$(grep -o '"id": "[^"]*"' models/manifest.json | cut -d'"' -f4 | tr '\n' ' ')}"
f1() { grep -o '"f1":[0-9.]*' "$1" | head -1 | cut -d: -f2; }
model_of() { grep -o '"model":"[^"]*"' "$1" | head -1 | cut -d'"' -f4; }
header="| dev set | BEST route | FAST route |"
rule="|---|---|---|"
for m in "${models[@]}"; do header+=" \`$m\` |"; rule+="---:|"; done
echo "$header"; echo "$rule"
for s in "${sets[@]}"; do
  lang=${s%%/*}; name=${s#*/}
  file=$(dataset_file "$s" dev)
  limit=(); [ -n "$LIMIT" ] && limit=(--limit "$LIMIT")
  row="| $lang/$name.dev |"
  for tier in best fast; do
    json="$OUT/$lang-$name.$tier.json"
    $EVAL --data "$file" --lang "$lang" --accuracy "$tier" --json "${limit[@]}" 2>/dev/null | tail -1 > "$json"
    row+=" $(f1 "$json") (\`$(model_of "$json")\`) |"
  done
  for m in "${models[@]}"; do
    json="$OUT/$lang-$name.$m.json"
    $EVAL --data "$file" --lang "$lang" --model "$m" --json "${limit[@]}" 2>/dev/null | tail -1 > "$json"
    row+=" $(f1 "$json") |"
  done
  echo "$row"
done
