#!/usr/bin/env bash
# Prints the example queries of README.md with their real output: starts `serve` on a fresh temporary store (the sample
# corpus is ingested on start, in file order), runs each query, stops the silo. Usage: scripts/readme-examples.sh [PORT]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/silo.sh
start_silo "${1:-5098}"
echo "GET /health: $(curl -sf "$URL/health")"
queries=(
  '{ entities(search: \"keller\", first: 1) { totalCount nodes { canonicalName type mentionCount documentCount aliases { name language count } } } }'
  '{ relatedDocuments(documentId: \"en-001\", first: 2) { score document { id title } sharedEntities { canonicalName } } }'
  'mutation { extract(text: \"Apple Inc. hired Tim Cook in Cupertino on March 3, 2024.\", language: \"en\") { usedFallback entities { text type confidence modelId } } }'
)
for q in "${queries[@]}"; do
  echo; echo "$q"
  curl -sf -X POST "$URL/graphql" -H 'content-type: application/json' -d "{\"query\": \"$q\"}" | python3 -m json.tool --indent 1
done
