#!/usr/bin/env bash
# Builds the browser assets the GraphApi project embeds, from the npm packages pinned in package-lock.json:
#   GraphiQL (graphiql + React + Monaco and its workers) -> src/GraphApi/Endpoint/GraphiQL/
#   cytoscape as an ES module                            -> src/GraphApi/Endpoint/Explorer/cytoscape.js
# Minified, no source maps, no legal-comment files; the same inputs give the same bytes.
#   web/build.sh           install the locked packages (npm ci) and write the assets
#   web/build.sh --check   build into a temporary folder and fail when it differs from the committed assets
set -euo pipefail
cd "$(dirname "$0")"
web=$(pwd)
repo=$(cd .. && pwd)
mode=${1:-build}
case "$mode" in build|--check) ;; *) echo "usage: web/build.sh [--check]" >&2; exit 2 ;; esac

graphiql_out="$repo/src/GraphApi/Endpoint/GraphiQL"
explorer_out="$repo/src/GraphApi/Endpoint/Explorer"
if [ "$mode" = --check ]; then
  tmp=$(mktemp -d /tmp/entitygraph-web-check.XXXXXX)
  trap 'rm -rf "$tmp"' EXIT
  graphiql_out="$tmp/GraphiQL"
  explorer_out="$tmp/Explorer"
fi
mkdir -p "$graphiql_out" "$explorer_out"

npm ci --no-audit --no-fund --loglevel=error >/dev/null
esbuild="$web/node_modules/.bin/esbuild"
common=(--bundle --minify --legal-comments=none --charset=utf8 --log-level=warning --target=es2022
  "--define:process.env.NODE_ENV=\"production\"")

"$esbuild" src/graphiql.js "${common[@]}" --format=iife --outfile="$graphiql_out/graphiql.js" \
  --loader:.ttf=dataurl --loader:.woff2=dataurl
for worker in \
  "editor:node_modules/monaco-editor/esm/vs/editor/editor.worker.js" \
  "json:node_modules/monaco-editor/esm/vs/language/json/json.worker.js" \
  "graphql:node_modules/monaco-graphql/esm/graphql.worker.js"; do
  "$esbuild" "${worker#*:}" "${common[@]}" --format=iife --outfile="$graphiql_out/${worker%%:*}.worker.js"
done
"$esbuild" src/cytoscape.js "${common[@]}" --format=esm --outfile="$explorer_out/cytoscape.js"

if [ "$mode" = --check ]; then
  status=0
  for built in "$graphiql_out"/* "$explorer_out/cytoscape.js"; do
    committed="$repo/src/GraphApi/Endpoint/$(basename "$(dirname "$built")")/$(basename "$built")"
    if ! cmp -s "$built" "$committed"; then
      echo "web/build.sh --check: $committed differs from a fresh build (run web/build.sh and commit)" >&2
      status=1
    fi
  done
  [ "$status" -eq 0 ] && echo "web/build.sh --check: the committed assets equal a fresh build"
  exit "$status"
fi
ls -l "$graphiql_out" "$explorer_out/cytoscape.js" | awk 'NF > 5 { print $5, $NF }'
