#!/usr/bin/env bash
# Times the whole-structure commands and the one-file commands over generated structures,
# beside the floor (reading every byte with cat, tar) and the Python baseline
# (bench/exits.py, the exits figures with tomllib), cold (no .iae/index) and warm.
# Prints one line per figure: wall-clock seconds (median of $RUNS) and peak memory (MB).
# Usage: bench/run.sh [SIZES...]   (default: 1000 10000)
#   RUNS=5         runs per figure (the median is printed)
#   PYTHON_RUNS=1  runs of the Python baseline (slow at 100,000 files)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -gt 0 ]; then sizes=("$@"); else sizes=(1000 10000); fi
runs=${RUNS:-5}
python_runs=${PYTHON_RUNS:-1}

cargo build --release --quiet --bin iae --example generate
iae=$PWD/target/release/iae
gen=$PWD/target/release/examples/generate
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export IAE_LANG=en

# measure N PREP -- CMD...: median wall seconds, median CPU seconds (user + system; the
# steadier figure on a shared machine) and the largest peak RSS (MB) of N runs of CMD,
# running the shell snippet PREP before each run (not timed).
measure() {
  local n=$1 prep=$2
  shift 3
  local times=() cpus=() peak=0
  for _ in $(seq "$n"); do
    eval "$prep"
    /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$@" > /dev/null 2>&1 || true
    read -r secs user sys kb < <(tail -1 "$work/time")
    times+=("$secs")
    cpus+=("$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')")
    if [ "$kb" -gt "$peak" ]; then peak=$kb; fi
  done
  local mid=$(( (n + 1) / 2 ))
  printf '%8.2f %8.2f %8.0f' \
    "$(printf '%s\n' "${times[@]}" | sort -n | sed -n "${mid}p")" \
    "$(printf '%s\n' "${cpus[@]}" | sort -n | sed -n "${mid}p")" \
    "$((peak / 1024))"
}

row() { # size, label, prep, command...
  local size=$1 label=$2 prep=$3
  shift 3
  printf '%-8s %-34s %s\n' "$size" "$label" "$(measure "$runs" "$prep" -- "$@")"
}

cat_floor() { find "$1/salaries" -name '*.toml' -print0 | xargs -0 cat; }
tar_floor() { tar cf - -C "$1" salaries; }
export -f cat_floor tar_floor

echo "machine: $(nproc) cores, $(uname -sm), $(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2 | xargs), load $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-8s %-34s %8s %8s %8s\n' files command wall_s cpu_s peak_MB

# The one-file baseline: interview add on a 10-file structure.
small="$work/s10"
"$gen" "$small" 10 ACI 7 2> /dev/null
small_id=$("$iae" --dir "$small" list --format csv | sed -n 2p | cut -d, -f1)
row 10 "interview add ID" "" "$iae" --dir "$small" interview add "$small_id" --date 2025-06-02 --kind suivi --by "A. B."
row 10 "show ID" "" "$iae" --dir "$small" show "$small_id"

for n in "${sizes[@]}"; do
  dir="$work/s$n"
  "$gen" "$dir" "$n" ACI 7 2> /dev/null
  d=(--dir "$dir")
  cold="rm -f '$dir'/.iae/index '$dir'/.iae/index.journal"
  row "$n" "floor: find | xargs cat" "" bash -c "cat_floor '$dir'"
  row "$n" "floor: tar cf - salaries" "" bash -c "tar_floor '$dir'"
  printf '%-8s %-34s %s\n' "$n" "python3 bench/exits.py (tomllib)" \
    "$(measure "$python_runs" "" -- bash -c "python3 bench/exits.py '$dir' 2025 > '$work/py.json'")"
  # The Python figures are those of iae.
  "$iae" "${d[@]}" --format json report exits --year 2025 > "$work/iae.json"
  python3 - "$work/py.json" "$work/iae.json" <<'EOF'
import json, sys
py, rs = (json.load(open(p)) for p in sys.argv[1:])
diff = {k: (py[k], rs[k]) for k in py if py[k] != rs[k]}
assert not diff, f"bench/exits.py and iae disagree: {diff}"
EOF
  for mode in cold warm; do
    if [ $mode = cold ]; then prep=$cold; else prep=""; "$iae" "${d[@]}" check > /dev/null 2>&1 || true; fi
    row "$n" "report exits --year 2025 ($mode)" "$prep" "$iae" "${d[@]}" --format json report exits --year 2025
    row "$n" "report annual --year 2025 ($mode)" "$prep" "$iae" "${d[@]}" --format json report annual --year 2025
    row "$n" "report deadlines ($mode)" "$prep" "$iae" "${d[@]}" --today 2025-06-01 report deadlines
    row "$n" "check ($mode)" "$prep" "$iae" "${d[@]}" check
    row "$n" "check --verbose ($mode)" "$prep" "$iae" "${d[@]}" check --verbose
    row "$n" "list --all --format json ($mode)" "$prep" "$iae" "${d[@]}" list --all --format json
    row "$n" "barrier list ($mode)" "$prep" "$iae" "${d[@]}" barrier list
  done
  "$iae" "${d[@]}" check > /dev/null 2>&1 || true
  # Someone in parcours, so that the interview is written, not refused.
  id=$("$iae" "${d[@]}" list --format csv | sed -n 2p | cut -d, -f1)
  name=$(sed -n 's/^first_name = "\(.*\)"/\1/p' "$dir/salaries/$id.toml" | head -1)
  last=$(sed -n 's/^last_name = "\(.*\)"/\1/p' "$dir/salaries/$id.toml" | head -1)
  row "$n" "recruit (warm)" "" "$iae" "${d[@]}" recruit --last-name "Essai$RANDOM" --first-name Camille \
    --birth-date 1990-01-01 --sex F --hired-on 2025-06-01
  row "$n" "show NAME (warm)" "" "$iae" "${d[@]}" show "$name $last"
  row "$n" "show ID" "" "$iae" "${d[@]}" show "$id"
  row "$n" "interview add ID" "" "$iae" "${d[@]}" interview add "$id" --date 2025-06-02 --kind suivi --by "A. B."
  du -sh "$dir/salaries" "$dir/.iae/index" | sed "s|$dir/||" |
    awk -v n="$n" '{ printf "%-8s size of %-26s %8s\n", n, $2, $1 }'
  rm -rf "$dir"
done
