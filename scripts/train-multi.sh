#!/usr/bin/env bash
# Trains the multilingual fallback: one MiniLM-based model on every general-domain training set (PER/ORG/LOC/MISC),
# vocabulary extended for CJK, Kana, Hangul, Cyrillic, Arabic, Devanagari..., encoder and head initialised from the
# English CoNLL run. Each epoch draws at most MAX_PER_FILE sentences from every file; model selection on the first
# MAX_DEV sentences of each dev file (macro F1 over files). Resumable mid-epoch: rerun the same command.
set -euo pipefail
cd "$(dirname "$0")/.."
DATA="${DATA:-../shared/data/ner}"
RUN="${RUN:-runs/xx-multi-minilm}"
BASE="${BASE:-runs/en-conll-minilm}"
EPOCHS="${EPOCHS:-2}"
MAX_PER_FILE="${MAX_PER_FILE:-3000}"
MAX_DEV="${MAX_DEV:-400}"
HELD=data/ner-heldout
scripts/prepare-heldout.sh
if [ -f /usr/lib/x86_64-linux-gnu/libjemalloc.so.2 ]; then
  export LD_PRELOAD=/usr/lib/x86_64-linux-gnu/libjemalloc.so.2 MALLOC_CONF=dirty_decay_ms:-1,muzzy_decay_ms:-1
fi
dotnet build src/Training/EntityGraph.Training.csproj -c Release -v q -nologo
TRAIN="dotnet src/Training/bin/Release/net10.0/entitygraph-train.dll"
train=(en/conll2003 en/wikiann en/sec-filings de/conll2003 de/germeval2014 de/wikiann es/conll2002 es/wikiann fr/wikiann
  nl/conll2002 nl/wikiann pl/wikiann pt/wikiann pt/uner-pt_bosque ru/wikiann zh/uner-zh_gsd zh/uner-zh_gsdsimp
  ja/stockmark ar/anercorp da/uner-da_ddt hr/uner-hr_set sk/uner-sk_snk sr/uner-sr_set sv/uner-sv_talbanken)
dev=(en/conll2003 en/wikiann de/conll2003 de/wikiann es/conll2002 es/wikiann fr/wikiann nl/conll2002 nl/wikiann
  pl/wikiann pt/wikiann ru/wikiann zh/uner-zh_gsd ja/stockmark ar/anercorp)
args=()
for f in "${train[@]}"; do args+=(--data "$DATA/$f.train.iob2"); done
args+=(--data "$HELD/hi/hiner.train.iob2")
for f in "${dev[@]}"; do args+=(--dev "$DATA/$f.dev.iob2"); done
args+=(--dev "$HELD/hi/hiner.dev.iob2")
$TRAIN train "${args[@]}" --lang auto --id xx-multi-minilm --out "$RUN" --epochs "$EPOCHS" --lr 1e-4 --batch 32 \
  --max-per-file "$MAX_PER_FILE" --max-dev-per-file "$MAX_DEV" --extend-vocab 12000 \
  --tokenizer wordpiece-uncased-keep-script-marks --init-from "$BASE" --checkpoint-every 200 --log-every 50 "$@"
routes=()
for l in de es fr nl pl pt ru zh ja ar hi da hr sk sr sv; do routes+=(--route "$l"); done
$TRAIN export --run "$RUN" --out models/xx-multi-minilm --manifest models/manifest.json "${routes[@]}" --fallback
