# Sourced by the measurement scripts: `measure FILE LANG MODEL` runs `entitygraph eval` once per (dev set, model) and
# prints the path of its JSON report in $OUT (default runs/eval), reused until the model's model.onnx changes.
# Needs scripts/lib/manifest.sh and a Release build of src/Silo.
OUT="${OUT:-runs/eval}"
EVAL="dotnet src/Silo/bin/Release/net10.0/entitygraph.dll eval"
f1() { grep -o '"f1":[0-9.]*' "$1" | head -1 | cut -d: -f2; }
measure() {
  local out="$OUT/$2-$(basename "$1" .iob2).$3.json"
  mkdir -p "$OUT"
  if [ ! -s "$out" ] || [ "$(manifest_model_file "$3")" -nt "$out" ]; then
    $EVAL --data "$1" --lang "$2" --model "$3" --json 2>/dev/null | tail -1 > "$out"
  fi
  echo "$out"
}
