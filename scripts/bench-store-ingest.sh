#!/usr/bin/env bash
# Ingest throughput of the two store backends on the same documents (a benchmark, not a test).
#
#   scripts/bench-store-ingest.sh "Host=127.0.0.1;Port=5432;Username=postgres;Database=postgres" [rounds] [documents]
#
# Builds 240 English documents of about 200 words from the CoNLL-2003 dev sentences (../shared/data/ner, or pass a
# JSONL file of {"id","text"} lines as the third argument), builds the silo in Release, then runs `entitygraph ingest`
# into a fresh SQLite directory and into a fresh PostgreSQL database (created and dropped by the script, so the role
# needs CREATEDB), alternating, `rounds` times (default 3). Prints each round and the median of both.
set -euo pipefail
cd "$(dirname "$0")/.."
conn="${1:?usage: $0 POSTGRES_CONNECTION_STRING [rounds] [documents.jsonl]}"
rounds="${2:-3}"
docs="${3:-}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if [[ -z "$docs" ]]; then
  docs="$work/docs.jsonl"
  python3 - "../shared/data/ner/en/conll2003.dev.iob2" "$docs" <<'PY'
import json, sys
sentences, words = [], []
for line in open(sys.argv[1], encoding="utf-8"):
    line = line.strip()
    if not line:
        if words: sentences.append(words); words = []
        continue
    token = line.split("\t")[0]
    if token != "-DOCSTART-": words.append(token)
if words: sentences.append(words)
documents, current = [], []
for sentence in sentences:
    current.extend(sentence)
    if len(current) >= 200:
        documents.append(" ".join(current)); current = []
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for i, text in enumerate(documents[:240]):
        out.write(json.dumps({"id": f"b{i:03d}", "text": text}) + "\n")
PY
fi
echo "documents: $(wc -l < "$docs") ($docs)"

dotnet build src/Silo -c Release -v quiet -nologo > "$work/build.log" || { cat "$work/build.log"; exit 1; }
cli=(dotnet src/Silo/bin/Release/net10.0/entitygraph.dll)
database="entitygraph_bench_$$"
# psql takes "host=... user=..." where Npgsql takes "Host=...;Username=...".
dsn=$(python3 -c 'import sys
names = {"host": "host", "port": "port", "username": "user", "user id": "user", "password": "password", "database": "dbname"}
pairs = [p.split("=", 1) for p in sys.argv[1].split(";") if "=" in p]
print(" ".join(f"{names[k.strip().lower()]}={v.strip()}" for k, v in pairs if k.strip().lower() in names))' "$conn")
admin() { PGOPTIONS="-c client_min_messages=warning" psql "$dsn" -qc "$1" > /dev/null; }

seconds() { grep -o 'in [0-9.]* s' | tail -1 | grep -o '[0-9.]*'; }
sqlite_times=(); pg_times=()
for round in $(seq 1 "$rounds"); do
  rm -rf "$work/sqlite"
  s=$("${cli[@]}" ingest --data-dir "$work/sqlite" "$docs" 2>&1 | seconds)
  admin "DROP DATABASE IF EXISTS $database"; admin "CREATE DATABASE $database"
  p=$("${cli[@]}" ingest --store-provider postgresql --store "$conn;Database=$database" "$docs" 2>&1 | seconds)
  echo "round $round: sqlite ${s} s, postgresql ${p} s"
  sqlite_times+=("$s"); pg_times+=("$p")
done
admin "DROP DATABASE IF EXISTS $database"
python3 - "${sqlite_times[*]}" "${pg_times[*]}" <<'PY'
import statistics, sys
s = statistics.median(map(float, sys.argv[1].split())); p = statistics.median(map(float, sys.argv[2].split()))
print(f"median: sqlite {s:.1f} s, postgresql {p:.1f} s, postgresql/sqlite {p / s:.2f}")
PY
