#!/usr/bin/env bash
# Ingest of a generated folder of every format (entitygraph-document-corpus: txt/md in several charsets, html, e-mails
# with attachments, pdf, docx, json, jsonl, broken and unsupported files) into a fresh embedded store, against `extract`
# of the same texts (the manifest's expected documents, as JSONL) at the same parallelism, nothing stored. Both are
# Release builds, each a fresh process (model loading counts in both); ROUNDS alternating rounds, medians reported.
# Words are whitespace-separated tokens of the expected texts, the same count for both.
# Usage: scripts/bench-ingest-vs-extract.sh [FILES=1000] [PARALLEL=4] [ROUNDS=3] [SEED=11]
set -euo pipefail
cd "$(dirname "$0")/.."
FILES=${1:-1000}; PARALLEL=${2:-4}; ROUNDS=${3:-3}; SEED=${4:-11}
WORK=$(mktemp -d /tmp/entitygraph-bench-ingest-XXXXXX)
trap 'rm -rf "$WORK"' EXIT
dotnet build src/Silo -c Release -v q -nologo >/dev/null
dotnet build src/DocumentCorpus -c Release -v q -nologo >/dev/null
EG="dotnet src/Silo/bin/Release/net10.0/entitygraph.dll"
dotnet src/DocumentCorpus/bin/Release/net10.0/entitygraph-document-corpus.dll generate "$WORK/folder" --files "$FILES" --seed "$SEED" --manifest "$WORK/manifest.json" >/dev/null
python3 - "$WORK" <<'PY'
import json, sys
work = sys.argv[1]
manifest = json.load(open(f"{work}/manifest.json"))
words = 0
with open(f"{work}/texts.jsonl", "w") as out:
    for d in manifest["documents"]:
        out.write(json.dumps({"id": d["id"], "text": d["text"]}) + "\n")
        words += len(d["text"].split())
json.dump({"documents": len(manifest["documents"]), "words": words}, open(f"{work}/words.json", "w"))
PY
for round in $(seq 1 "$ROUNDS"); do
  rm -rf "$WORK/data"
  $EG ingest --data-dir "$WORK/data" --parallel "$PARALLEL" --report "$WORK/ingest-$round.json" "$WORK/folder" > /dev/null 2> "$WORK/ingest-$round.log" || true
  $EG extract --input "$WORK/texts.jsonl" --parallel "$PARALLEL" > "$WORK/extract-$round.jsonl" 2> "$WORK/extract-$round.log" || true
done
python3 - "$WORK" "$ROUNDS" "$PARALLEL" "$FILES" <<'PY'
import json, re, statistics, sys
work, rounds, parallel, files = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
corpus = json.load(open(f"{work}/words.json"))
ingest, extract = [], []
for r in range(1, rounds + 1):
    report = json.load(open(f"{work}/ingest-{r}.json"))
    counts = report["counts"]
    ingest.append(report["elapsedSeconds"])
    m = re.search(r"extracted (\d+) documents .* in ([0-9.]+) s", open(f"{work}/extract-{r}.log").read())
    extract.append(float(m.group(2)))
    print(f"round {r}: ingest {report['elapsedSeconds']:.1f} s ({counts['created']} created, {counts['failed']} failed, {counts['skipped']} skipped), extract {m.group(2)} s ({m.group(1)} documents)")
i, e = statistics.median(ingest), statistics.median(extract)
w = corpus["words"]
print(f"{files} files, {corpus['documents']} readable documents, {w} words, parallelism {parallel}")
print(f"ingest  {w / i:8.0f} words/s (median {i:.1f} s)")
print(f"extract {w / e:8.0f} words/s (median {e:.1f} s)")
print(f"ingest / extract: {e / i:.1%}")
PY
