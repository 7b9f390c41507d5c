#!/usr/bin/env bash
# Custom entity types from few examples: fine-tunes the English CoNLL model's encoder on CrossNER politics (200 sentences)
# and on NCBI disease, exports both and copies their cards to docs/model-cards/ (the models themselves are not shipped).
# Needs the English run (scripts/train-en.sh) in runs/en-conll-minilm. Resumable like every training run.
set -euo pipefail
cd "$(dirname "$0")/.."
DATA="${DATA:-../shared/data/ner}"
BASE="${BASE:-runs/en-conll-minilm}"
if [ -f /usr/lib/x86_64-linux-gnu/libjemalloc.so.2 ]; then
  export LD_PRELOAD=/usr/lib/x86_64-linux-gnu/libjemalloc.so.2 MALLOC_CONF=dirty_decay_ms:-1,muzzy_decay_ms:-1
fi
dotnet build src/Training/EntityGraph.Training.csproj -c Release -v q -nologo
TRAIN="dotnet src/Training/bin/Release/net10.0/entitygraph-train.dll"
mkdir -p docs/model-cards
run() { # id, train file, dev file, epochs, batch, lr
  $TRAIN train --data "$DATA/en/$2" --dev "$DATA/en/$3" --lang en --id "$1" --out "runs/$1" \
    --epochs "$4" --batch "$5" --lr "$6" --init-from "$BASE" --log-every 20
  $TRAIN export --run "runs/$1" --out "runs/export/$1"
  cp "runs/export/$1/README.md" "docs/model-cards/$1.md"
}
run en-crossner-politics-minilm crossner-politics.train.iob2 crossner-politics.dev.iob2 30 16 2e-4
run en-ncbi-disease-minilm ncbi-disease.train.iob2 ncbi-disease.dev.iob2 4 32 1e-4
