#!/usr/bin/env bash
# Linking precision at scale on real model output: 270 news documents made of CoNLL-2003 English dev sentences
# (12 consecutive sentences a document, -DOCSTART- lines dropped) ingested with the shipped models into a fresh embedded
# store, then every entity whose aliases join names that are different things (places a few letters apart, people
# with different initials, unequal values) is listed. Needs ../shared/data/ner/en/conll2003.dev.iob2 (dev split only).
# Usage: scripts/check-conll-linking.sh [DEV_FILE]
set -euo pipefail
cd "$(dirname "$0")/.."
DEV=${1:-../shared/data/ner/en/conll2003.dev.iob2}
WORK=$(mktemp -d /tmp/entitygraph-conll-linking-XXXXXX)
trap 'rm -rf "$WORK"' EXIT
dotnet build src/Silo -c Release -v q -nologo >/dev/null
python3 - "$DEV" "$WORK/docs.jsonl" <<'PY'
import json, sys
sentences, current = [], []
for line in open(sys.argv[1], encoding="utf-8"):
    line = line.strip()
    if not line:
        if current: sentences.append(" ".join(current)); current = []
        continue
    token = line.split()[0]
    if token == "-DOCSTART-": continue
    current.append(token)
if current: sentences.append(" ".join(current))
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for n in range(270):
        chunk = sentences[n * 12:(n + 1) * 12]
        if not chunk: break
        out.write(json.dumps({"id": f"conll-dev-{n:03d}", "text": "\n".join(chunk), "language": "en"}) + "\n")
PY
dotnet src/Silo/bin/Release/net10.0/entitygraph.dll ingest --data-dir "$WORK/data" --parallel 4 "$WORK/docs.jsonl" 2>&1 | tail -1
python3 - "$WORK/data/entitygraph.db" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
pairs = [("Australia", "Austria"), ("Australian", "Austrian"), ("Colombia", "Colombo"), ("Niger", "Nigeria"),
         ("M. Waugh", "S. Waugh"), ("$ 2.3 billion", "$ 23.4 million")]
names = {}
for entity, name in db.execute("SELECT entity_id, name FROM aliases"):
    names.setdefault(entity, set()).add(name)
entities = db.execute("SELECT COUNT(*) FROM entities").fetchone()[0]
print(f"{entities} entities")
bad = 0
for left, right in pairs:
    joined = [e for e, n in names.items() if left in n and right in n]
    seen = [any(left in n for n in names.values()), any(right in n for n in names.values())]
    print(f"{left!r} and {right!r}: {'JOINED in ' + ', '.join(joined) if joined else 'apart'} (seen: {seen[0]}, {seen[1]})")
    bad += len(joined)
sys.exit(1 if bad else 0)
PY
