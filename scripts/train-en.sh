#!/usr/bin/env bash
# Trains the English CoNLL model (CoNLL-2003 train only; dev for model selection), the encoder the multilingual and
# few-shot runs start from, and exports it to runs/export/en-conll-minilm (not shipped: no route chose it, and models/
# keeps to 80 MB; copy it to models/ and pin it with EntityGraph:Ner:Routes:en:Best to serve English news with it).
# Resumable: rerun the same command to continue after the last finished epoch.
set -euo pipefail
cd "$(dirname "$0")/.."
DATA="${DATA:-../shared/data/ner}"
RUN="${RUN:-runs/en-conll-minilm}"
EPOCHS="${EPOCHS:-5}"
if [ -f /usr/lib/x86_64-linux-gnu/libjemalloc.so.2 ]; then
  export LD_PRELOAD=/usr/lib/x86_64-linux-gnu/libjemalloc.so.2 MALLOC_CONF=dirty_decay_ms:-1,muzzy_decay_ms:-1
fi
dotnet build src/Training/EntityGraph.Training.csproj -c Release -v q -nologo
TRAIN="dotnet src/Training/bin/Release/net10.0/entitygraph-train.dll"
$TRAIN train --data "$DATA/en/conll2003.train.iob2" --dev "$DATA/en/conll2003.dev.iob2" \
  --lang en --id en-conll-minilm --out "$RUN" --epochs "$EPOCHS" --lr 1e-4 --batch 32
$TRAIN export --run "$RUN" --out runs/export/en-conll-minilm
