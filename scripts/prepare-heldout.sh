#!/usr/bin/env bash
# Sets aside a dev split for languages whose corpus ships only a train split (Hindi HiNER): the last 10% of the
# sentences, by position, become data/ner-heldout/LANG/NAME.dev.iob2 and the rest NAME.train.iob2. Idempotent.
set -euo pipefail
cd "$(dirname "$0")/.."
DATA="${DATA:-../shared/data/ner}"
OUT="${HELD:-data/ner-heldout}"
split() { # lang, name
  local src="$DATA/$1/$2.train.iob2" dir="$OUT/$1"
  [ -f "$dir/$2.dev.iob2" ] && return 0
  mkdir -p "$dir"
  local total keep
  total=$(awk 'BEGIN{RS="";n=0} {n++} END{print n}' "$src")
  keep=$(( total - total / 10 ))
  awk -v keep="$keep" -v train="$dir/$2.train.iob2.tmp" -v dev="$dir/$2.dev.iob2.tmp" \
    'BEGIN{RS="";ORS="\n\n"} {print > (NR <= keep ? train : dev)}' "$src"
  mv "$dir/$2.train.iob2.tmp" "$dir/$2.train.iob2"
  mv "$dir/$2.dev.iob2.tmp" "$dir/$2.dev.iob2"
  echo "$1/$2: $keep train + $(( total - keep )) held-out dev sentences in $dir"
}
split hi hiner
