#!/usr/bin/env bash
# Trains en-conll-bilstm, an English BiLSTM-CRF from scratch specialised for news (CoNLL-2003), and exports it to
# runs/export/en-conll-bilstm. It was the `fast` route of `en` until 2026-12-06; en-bilstm (scripts/train-fast-all.sh,
# trained on CoNLL-2003, WikiANN and SEC filings) replaced it. Training data: CoNLL-2003 train plus (SILVER=1, the shipped setting)
# the text of en/wikiann.train labelled by the CoNLL transformer runs/export/en-conll-minilm, built by scripts/train-en.sh
# (distillation; WikiANN's own tags are not used). conll2003.dev only selects the best epoch. SILVER=0 RUN=runs/en-conll-bilstm EPOCHS=40 gives the
# CoNLL-only model (dev F1 90.89 at export). Resumable: rerun the same command to continue after the last finished epoch.
set -euo pipefail
cd "$(dirname "$0")/.."
DATA="${DATA:-../shared/data/ner}"
RUN="${RUN:-runs/en-conll-bilstm-silver}"
EPOCHS="${EPOCHS:-15}"
SILVER="${SILVER:-1}"
if [ -f /usr/lib/x86_64-linux-gnu/libjemalloc.so.2 ]; then
  export LD_PRELOAD=/usr/lib/x86_64-linux-gnu/libjemalloc.so.2 MALLOC_CONF=dirty_decay_ms:-1,muzzy_decay_ms:-1
fi
dotnet build src/Training/EntityGraph.Training.csproj -c Release -v q -nologo
TRAIN="dotnet src/Training/bin/Release/net10.0/entitygraph-train.dll"
EXTRA=()
if [ "$SILVER" = 1 ]; then
  SILVER_FILE=runs/silver/en-wikiann.train.silver.iob2
  [ -f "$SILVER_FILE" ] || $TRAIN label --model runs/export/en-conll-minilm --data "$DATA/en/wikiann.train.iob2" --lang en --out "$SILVER_FILE"
  EXTRA+=(--data "$SILVER_FILE")
fi
$TRAIN train-fast --data "$DATA/en/conll2003.train.iob2" "${EXTRA[@]}" --dev "$DATA/en/conll2003.dev.iob2" \
  --lang en --id en-conll-bilstm --out "$RUN" --epochs "$EPOCHS"
$TRAIN export --run "$RUN" --out runs/export/en-conll-bilstm
