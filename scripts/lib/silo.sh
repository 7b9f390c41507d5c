# Sourced by scripts that need a running silo: start_silo PORT builds the Release silo and starts `serve` on a fresh
# temporary store (the sample corpus is ingested on start), waits until all samples are in, and stops it on exit.
# Sets URL, PID and DIR.
start_silo() {
  URL="http://127.0.0.1:$1"
  DIR=$(mktemp -d)
  dotnet build src/Silo/EntityGraph.Silo.csproj -c Release -v q -nologo >/dev/null
  dotnet src/Silo/bin/Release/net10.0/entitygraph.dll serve --urls "$URL" --data-dir "$DIR" >"$DIR/silo.log" 2>&1 &
  PID=$!
  trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null; rm -rf "$DIR"' EXIT
  local samples
  samples=$(grep -c . samples/documents.jsonl)
  for _ in $(seq 1 300); do curl -sf "$URL/health" | grep -q "\"documents\":$samples," && return 0; sleep 1; done
  echo "silo did not load the samples; log:"; cat "$DIR/silo.log"; exit 1
}
