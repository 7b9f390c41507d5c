#!/usr/bin/env bash
# Builds the benchmark corpus of `entitygraph bench` (benchmarks/corpus) from dev splits of openly licensed sets in
# ../shared/data/ner: the first sentences of each, in order, up to WORDS tokens per language. Dev sets only, never test
# sets; the corpus measures speed, not accuracy. Usage: scripts/build-bench-corpus.sh [DATA=../shared/data/ner] [WORDS=8000]
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=${1:-../shared/data/ner}; WORDS=${2:-8000}
python3 - "$DATA" "$WORDS" <<'PY'
import sys
data, words = sys.argv[1], int(sys.argv[2])
sources = [("en", "crossner-politics"), ("de", "wikiann"), ("zh", "uner-zh_gsd")]
for lang, dataset in sources:
    sentences, current = [], []
    for line in open(f"{data}/{lang}/{dataset}.dev.iob2", encoding="utf-8"):
        line = line.rstrip("\n")
        if line:
            current.append(line)
        elif current:
            sentences.append(current)
            current = []
    if current:
        sentences.append(current)
    taken, count = [], 0
    for s in sentences:
        if count >= words:
            break
        taken.append(s)
        count += len(s)
    out = f"benchmarks/corpus/{lang}.{dataset}.dev.iob2"
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n\n".join("\n".join(s) for s in taken) + "\n")
    print(f"{out}: {len(taken)} sentences, {count} words")
PY
