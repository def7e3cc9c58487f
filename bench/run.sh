#!/usr/bin/env bash
# Times `iae check` and `iae list --all` over generated structures of 1,000 and 20,000
# case files, against `cat` of the same files (the cost of merely reading them).
# Usage: bench/run.sh [SIZES...]   (default: 1000 20000). Results go to stdout.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -gt 0 ]; then sizes=("$@"); else sizes=(1000 20000); fi
runs=${RUNS:-5}

cargo build --release --quiet --bin iae --example generate
iae=target/release/iae
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Median wall-clock seconds of $runs runs of a command.
median() {
  local times=()
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s.%N)
    "$@" > /dev/null 2>&1 || true
    end=$(date +%s.%N)
    times+=("$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.4f", b - a }')")
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p"
}

echo "machine: $(nproc) cores, $(uname -sm), $(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2 | xargs)"
printf '%-8s %-24s %10s\n' files command seconds
for n in "${sizes[@]}"; do
  dir="$work/s$n"
  target/release/examples/generate "$dir" "$n" ACI 7 2> /dev/null
  cat_files() { cat "$dir"/salaries/*.toml; }
  printf '%-8s %-24s %10.3f\n' "$n" "cat salaries/*.toml" "$(median cat_files)"
  printf '%-8s %-24s %10.3f\n' "$n" "iae check" "$(median "$iae" --dir "$dir" check)"
  printf '%-8s %-24s %10.3f\n' "$n" "iae list --all" "$(median "$iae" --dir "$dir" list --all)"
  printf '%-8s %-24s %10.3f\n' "$n" "iae list --all (json)" "$(median "$iae" --dir "$dir" list --all --format json)"
  printf '%-8s %-24s %10.3f\n' "$n" "iae report exits" "$(median "$iae" --dir "$dir" report exits --year 2024)"
  printf '%-8s %-24s %10.3f\n' "$n" "iae report annual" "$(median "$iae" --dir "$dir" report annual --year 2024)"
  printf '%-8s %-24s %10.3f\n' "$n" "iae report deadlines" "$(median "$iae" --dir "$dir" --today 2025-01-15 report deadlines)"
done
