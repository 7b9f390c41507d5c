# Sourced by the measurement scripts: `measure FILE LANG MODEL` runs `entitygraph eval` once per (dev set, model) and
# prints the path of its JSON report in $OUT (default runs/eval), reused while the model's model.onnx has the same
# content and calibration (their SHA-256 is kept beside the report; a checkout or copy that only touches them does not
# re-run it).
# eval_prepare makes the held-out Hindi split and the Release build of src/Silo that `measure` runs.
source scripts/lib/manifest.sh
OUT="${OUT:-runs/eval}"
EVAL="dotnet src/Silo/bin/Release/net10.0/entitygraph.dll eval"
f1() { grep -o '"f1":[0-9.]*' "$1" | head -1 | cut -d: -f2; }
measure() {
  local out="$OUT/$2-$(basename "$1" .iob2).$3.json"
  mkdir -p "$OUT"
  local model; model=$(manifest_model_file "$3")
  local sum; sum=$(cat "$model" "$(dirname "$model")/calibration.json" 2>/dev/null | sha256sum | cut -d' ' -f1)
  if [ ! -s "$out" ] || [ "$(cat "$out.sha256" 2>/dev/null)" != "$sum" ]; then
    $EVAL --data "$1" --lang "$2" --model "$3" --json 2>/dev/null | tail -1 > "$out.tmp"
    grep -q '"f1":' "$out.tmp" || { echo "eval of $3 on $1 failed: $(cat "$out.tmp")" >&2; rm -f "$out.tmp"; return 1; }
    mv "$out.tmp" "$out"
    echo "$sum" > "$out.sha256"
  fi
  echo "$out"
}
eval_prepare() {
  scripts/prepare-heldout.sh >/dev/null
  dotnet build src/Silo/EntityGraph.Silo.csproj -c Release -v q -nologo >/dev/null
}
