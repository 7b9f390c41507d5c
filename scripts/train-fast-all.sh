#!/usr/bin/env bash
# Trains the FAST tier (BiLSTM-CRF from scratch, <= 5 MB int8) for every language with general-domain training data
# except English (scripts/train-en-fast.sh), exports each to models/LANG-bilstm and registers it as the language's
# `fast` route. Gold train splits only; dev splits select the best epoch. Languages run one after another; each run is
# resumable (rerun the same command), finished exports are skipped. LANGS="de es" limits the set.
set -euo pipefail
cd "$(dirname "$0")/.."
DATA="${DATA:-../shared/data/ner}"
HELD=data/ner-heldout
EPOCHS="${EPOCHS:-12}"
scripts/prepare-heldout.sh >/dev/null
if [ -f /usr/lib/x86_64-linux-gnu/libjemalloc.so.2 ]; then
  export LD_PRELOAD=/usr/lib/x86_64-linux-gnu/libjemalloc.so.2 MALLOC_CONF=dirty_decay_ms:-1,muzzy_decay_ms:-1
fi
dotnet build src/Training/EntityGraph.Training.csproj -c Release -v q -nologo
TRAIN="dotnet src/Training/bin/Release/net10.0/entitygraph-train.dll"
declare -A train=(
  [de]="de/conll2003 de/germeval2014 de/wikiann" [es]="es/conll2002 es/wikiann" [fr]="fr/wikiann"
  [nl]="nl/conll2002 nl/wikiann" [pl]="pl/wikiann" [pt]="pt/wikiann pt/uner-pt_bosque" [ru]="ru/wikiann"
  [zh]="zh/uner-zh_gsd zh/uner-zh_gsdsimp" [ja]="ja/stockmark" [ar]="ar/anercorp" [hi]="hi/hiner"
  [da]="da/uner-da_ddt" [hr]="hr/uner-hr_set" [sk]="sk/uner-sk_snk" [sr]="sr/uner-sr_set" [sv]="sv/uner-sv_talbanken")
declare -A dev=(
  [de]="de/conll2003 de/wikiann" [es]="es/conll2002 es/wikiann" [fr]="fr/wikiann" [nl]="nl/conll2002 nl/wikiann"
  [pl]="pl/wikiann" [pt]="pt/wikiann pt/uner-pt_bosque" [ru]="ru/wikiann" [zh]="zh/uner-zh_gsd" [ja]="ja/stockmark"
  [ar]="ar/anercorp" [hi]="hi/hiner" [da]="da/uner-da_ddt" [hr]="hr/uner-hr_set" [sk]="sk/uner-sk_snk"
  [sr]="sr/uner-sr_set" [sv]="sv/uner-sv_talbanken")
file() { [ -f "$DATA/$1.$2.iob2" ] && echo "$DATA/$1.$2.iob2" || echo "$HELD/$1.$2.iob2"; }
for lang in ${LANGS:-de es fr nl pl pt ru zh ja ar hi da hr sk sr sv}; do
  [ -f "models/$lang-bilstm/model.onnx" ] && { echo "$lang: models/$lang-bilstm exists, skipped"; continue; }
  args=()
  for f in ${train[$lang]}; do args+=(--data "$(file "$f" train)"); done
  for f in ${dev[$lang]}; do args+=(--dev "$(file "$f" dev)"); done
  $TRAIN train-fast "${args[@]}" --lang "$lang" --id "$lang-bilstm" --out "runs/$lang-bilstm" --epochs "$EPOCHS"
  $TRAIN export --run "runs/$lang-bilstm" --out "models/$lang-bilstm" --manifest models/manifest.json --route "$lang" --tier fast
done
