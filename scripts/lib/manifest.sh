# Sourced by the measurement scripts: reads and edits models/manifest.json with jq.
MANIFEST="${MANIFEST:-models/manifest.json}"
manifest_fallback() { jq -r '.fallback' "$MANIFEST"; }
# manifest_route LANG best|fast: the model serving LANG at that tier, as the router resolves it
# (FAST falls back to BEST, a language without a route to the fallback).
manifest_route() {
  jq -r --arg l "$1" --arg t "$2" '(.routes[$l] // {}) as $r | ($r[$t] // $r.best // .fallback)' "$MANIFEST"
}
manifest_model_file() {
  echo "$(dirname "$MANIFEST")/$(jq -r --arg m "$1" '.models[] | select(.id == $m) | .path' "$MANIFEST")/model.onnx"
}
# manifest_set_route LANG best|fast MODEL (written as the .NET tools write it: '+' as \u002B, no final newline)
manifest_set_route() {
  local tmp json; tmp=$(mktemp)
  json=$(jq --indent 2 --arg l "$1" --arg t "$2" --arg m "$3" '.routes[$l][$t] = $m' "$MANIFEST" | sed 's/+/\\u002B/g') && printf '%s' "$json" > "$tmp" && mv "$tmp" "$MANIFEST"
}
