# Sourced by the training scripts: the general-domain (PER/ORG/LOC/MISC) training and dev sets of every language.
# Entries are LANG/NAME; file LANG NAME SPLIT finds the file in shared/data/ner or in the held-out splits.
declare -A TRAIN_SETS=(
  [en]="en/conll2003 en/wikiann en/sec-filings"
  [de]="de/conll2003 de/germeval2014 de/wikiann" [es]="es/conll2002 es/wikiann" [fr]="fr/wikiann"
  [nl]="nl/conll2002 nl/wikiann" [pl]="pl/wikiann" [pt]="pt/wikiann pt/uner-pt_bosque" [ru]="ru/wikiann"
  [zh]="zh/uner-zh_gsd zh/uner-zh_gsdsimp" [ja]="ja/stockmark" [ar]="ar/anercorp" [hi]="hi/hiner"
  [da]="da/uner-da_ddt" [hr]="hr/uner-hr_set" [sk]="sk/uner-sk_snk" [sr]="sr/uner-sr_set" [sv]="sv/uner-sv_talbanken")
declare -A DEV_SETS=(
  [en]="en/conll2003 en/wikiann"
  [de]="de/conll2003 de/wikiann" [es]="es/conll2002 es/wikiann" [fr]="fr/wikiann" [nl]="nl/conll2002 nl/wikiann"
  [pl]="pl/wikiann" [pt]="pt/wikiann pt/uner-pt_bosque" [ru]="ru/wikiann" [zh]="zh/uner-zh_gsd" [ja]="ja/stockmark"
  [ar]="ar/anercorp" [hi]="hi/hiner" [da]="da/uner-da_ddt" [hr]="hr/uner-hr_set" [sk]="sk/uner-sk_snk"
  [sr]="sr/uner-sr_set" [sv]="sv/uner-sv_talbanken")
# Extra train-fast settings per language (scripts/train-fast-all.sh): one-character ideographic words see their
# neighbours' characters in ja; a wider character CNN for Arabic's clitics.
declare -A FAST_ARGS=([ja]="--context-chars 1" [ar]="--char-filters 100")
ALL_LANGUAGES="en de es fr nl pl pt ru zh ja ar hi da hr sk sr sv"
DATA="${DATA:-../shared/data/ner}"
HELD="${HELD:-data/ner-heldout}"
dataset_file() { [ -f "$DATA/$1.$2.iob2" ] && echo "$DATA/$1.$2.iob2" || echo "$HELD/$1.$2.iob2"; }
# Appends --data/--dev arguments for LANG to the array named by $2.
dataset_args() {
  local -n out=$2
  for f in ${TRAIN_SETS[$1]}; do out+=(--data "$(dataset_file "$f" train)"); done
  for f in ${DEV_SETS[$1]}; do out+=(--dev "$(dataset_file "$f" dev)"); done
}
# Puts the held-out splits in place, turns on jemalloc, builds the training CLI (Release) and sets TRAIN to run it.
prepare_training() {
  scripts/prepare-heldout.sh >/dev/null
  use_jemalloc
  dotnet build src/Training/EntityGraph.Training.csproj -c Release -v q -nologo
  TRAIN="dotnet src/Training/bin/Release/net10.0/entitygraph-train.dll"
}
use_jemalloc() {
  if [ -f /usr/lib/x86_64-linux-gnu/libjemalloc.so.2 ]; then
    export LD_PRELOAD=/usr/lib/x86_64-linux-gnu/libjemalloc.so.2 MALLOC_CONF=dirty_decay_ms:-1,muzzy_decay_ms:-1
  fi
}
