#!/usr/bin/env bash
# The human review loop end to end, against a live silo and through its GraphQL API only: starts `serve` on a fresh data
# directory, ingests the 200 training sentences of en/crossner-politics as documents of domain `politics` (extracted by
# the general English model, whose types are PER/ORG/LOC/MISC), applies their gold annotation with the review mutations
# (accept, correct, reject, add, complete), exports the feedback, fine-tunes the English model on it (a held-out tenth
# reported, not trained on), promotes the result for en:best:politics behind the dev-F1 gate, activates it on the running
# silo (no restart), and measures: extract(..., domain: "politics") types, `eval --domain politics` on
# crossner-politics.dev, and the general English model on conll2003.dev before and after. Writes runs/review-loop/report.md.
# Usage: scripts/review-loop.sh [PORT]   (about 15 minutes on 2 cores)
set -euo pipefail
cd "$(dirname "$0")/.."
SET="${DATA:-../shared/data/ner}/en"
PORT="${1:-5097}"
URL="http://127.0.0.1:$PORT"
OUT=runs/review-loop
DIR="$OUT/data"
rm -rf "$OUT"
mkdir -p "$OUT"
if [ -f /usr/lib/x86_64-linux-gnu/libjemalloc.so.2 ]; then JEMALLOC=/usr/lib/x86_64-linux-gnu/libjemalloc.so.2; else JEMALLOC=; fi
dotnet build src/Silo/EntityGraph.Silo.csproj -c Release -v q -nologo >/dev/null
dotnet build src/Training/EntityGraph.Training.csproj -c Release -v q -nologo >/dev/null
EG="dotnet src/Silo/bin/Release/net10.0/entitygraph.dll"
TRAIN="dotnet src/Training/bin/Release/net10.0/entitygraph-train.dll"
LOOP="python3 scripts/lib/review_loop.py"
f1() { python3 -c "import json,sys; r=json.load(open(sys.argv[1])); print(f\"{r['f1']} (model {r['model']}, {r['sentences']} sentences)\")" "$1"; }

echo "== general English model on conll2003.dev before the loop"
$EG eval --data "$SET/conll2003.dev.iob2" --lang en --json > "$OUT/general-before.json"

echo "== serve on $URL"
# The simulated reviewer sends about a thousand decisions in a few minutes: the per-address request budget is lifted
# for this run (the driver also waits out 429 and 503 answers as their Retry-After says).
EntityGraph__Security__RequestsPerMinute=0 $EG serve --urls "$URL" --data-dir "$DIR" > "$OUT/silo.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null' EXIT
for _ in $(seq 1 300); do curl -sf "$URL/health" >/dev/null && break; sleep 1; done
START=$(date +%s)

echo "== ingest and review (GraphQL only)"
$LOOP ingest "$URL" "$SET/crossner-politics.train.iob2" politics | tee "$OUT/ingest.txt"
curl -sf -X POST "$URL/graphql" -H 'content-type: application/json' \
  -d '{"query":"{ statistics { mentions mentionsByStatus { accepted inReview rejected corrected added } } }"}' > "$OUT/statistics-before-review.json"
$LOOP review "$URL" "$SET/crossner-politics.train.iob2" politics | tee "$OUT/review.txt"
curl -sf -X POST "$URL/graphql" -H 'content-type: application/json' \
  -d '{"query":"{ statistics { mentions mentionsByStatus { accepted inReview rejected corrected added } } }"}' > "$OUT/statistics-after-review.json"
$LOOP extract "$URL" politics "Angela Merkel of the Christian Democratic Union won the 2013 German federal election." > "$OUT/extract-before.json"

echo "== feedback export, hold out a tenth"
$EG feedback export --data-dir "$DIR" --format iob2 --domain politics "$OUT/feedback.iob2"
python3 - "$OUT/feedback.iob2" "$OUT/feedback-train.iob2" "$OUT/feedback-heldout.iob2" <<'PY'
import sys
blocks = [b for b in open(sys.argv[1], encoding="utf-8").read().split("\n\n") if b.strip()]
held = set(range(9, len(blocks), 10))
open(sys.argv[2], "w", encoding="utf-8").write("".join(b.strip("\n") + "\n\n" for i, b in enumerate(blocks) if i not in held))
open(sys.argv[3], "w", encoding="utf-8").write("".join(b.strip("\n") + "\n\n" for i, b in enumerate(blocks) if i in held))
print(f"{len(blocks)} sentences: {len(blocks) - len(held)} to train on, {len(held)} held out")
PY

echo "== fine-tune the English model on the feedback"
LD_PRELOAD="$JEMALLOC" $TRAIN train --data "$OUT/feedback-train.iob2" --dev "$SET/crossner-politics.dev.iob2" --lang en --id en-politics \
  --out "$OUT/run" --epochs 20 --batch 16 --lr 2e-4 --init-from models/en-minilm --log-every 50 | tee "$OUT/train.log" | grep -E "dev|done"
LD_PRELOAD="$JEMALLOC" $TRAIN export --run "$OUT/run" --out "$OUT/export" | tail -3

echo "== promote (gate: crossner-politics.dev; reported: held-out feedback, conll2003.dev)"
$TRAIN promote --model "$OUT/export" --data-dir "$DIR" --lang en --tier best --domain politics --dev "$SET/crossner-politics.dev.iob2" \
  --report-dev "$OUT/feedback-heldout.iob2" --report-dev "$SET/conll2003.dev.iob2" | tee "$OUT/promote.txt"

echo "== activate on the running silo"
$LOOP activate "$URL" en best politics v1 | tee "$OUT/activate.txt"
$LOOP extract "$URL" politics "Angela Merkel of the Christian Democratic Union won the 2013 German federal election." > "$OUT/extract-after.json"
$LOOP extract "$URL" "" "Angela Merkel of the Christian Democratic Union won the 2013 German federal election." > "$OUT/extract-general.json"
RESTARTS=$(grep -c "Now listening" "$OUT/silo.log" || true)
kill -0 $PID

echo "== evaluate"
$EG eval --data-dir "$DIR" --domain politics --data "$SET/crossner-politics.dev.iob2" --lang en --json > "$OUT/politics-after.json"
$EG eval --data-dir "$DIR" --data "$SET/conll2003.dev.iob2" --lang en --json > "$OUT/general-after.json"
END=$(date +%s)

cat > "$OUT/report.md" <<MD
# Review loop on en/crossner-politics ($(date -u +%F))

Command: \`scripts/review-loop.sh\` (live silo on $URL, data directory $DIR; $((END - START)) s from the first ingest to the last eval).

- Ingest: $(cat "$OUT/ingest.txt")
- Statistics before review: $(cat "$OUT/statistics-before-review.json")
- $(cat "$OUT/review.txt")
- Statistics after review: $(cat "$OUT/statistics-after-review.json")
- Promotion:
\`\`\`
$(cat "$OUT/promote.txt")
\`\`\`
- Activation (the silo was started once: $RESTARTS "Now listening" line(s) in its log): $(cat "$OUT/activate.txt")
- extract(domain: politics) before: $(cat "$OUT/extract-before.json")
- extract(domain: politics) after: $(cat "$OUT/extract-after.json")
- extract without a domain after: $(cat "$OUT/extract-general.json")
- \`entitygraph eval --data-dir DIR --domain politics\` on crossner-politics.dev (dev): F1 $(f1 "$OUT/politics-after.json")
- General English model on conll2003.dev (dev): F1 $(f1 "$OUT/general-before.json") before, $(f1 "$OUT/general-after.json") after
MD
cat "$OUT/report.md"
