#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (build/fuzz) and runs each for $1 seconds (default 300).
# Each target grows its own corpus in build/fuzz/corpus-<target>, seeded from tests/fuzz/seeds.
# Prints executions, executions per second and corpus size; exits non-zero if any target crashed
# (the input is then in build/fuzz/artifacts-<target>/: fix the bug and add the input as a doctest
# regression under tests/fixtures/fuzz-regressions/).
set -euo pipefail

SECONDS_PER_TARGET="${1:-300}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="$ROOT/build/fuzz"
TARGETS=(fuzz_import fuzz_store_load)

CXX=clang++ cmake -S "$ROOT" -B "$BUILD" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$BUILD" -j2 --target "${TARGETS[@]}"

seeds_for() {
  case "$1" in
    fuzz_import) echo "$ROOT/tests/fuzz/seeds/import" ;;
    fuzz_store_load) echo "$ROOT/tests/fuzz/seeds/store" ;;
  esac
}

stat_of() {  # stat_of <log> <name>: a number from libFuzzer's -print_final_stats output
  sed -n "s/^stat::$2: *\([0-9]*\).*/\1/p" "$1" | tail -1
}

status=0
printf '%-16s %8s %12s %10s %14s  %s\n' target seconds executions exec/s corpus result
for target in "${TARGETS[@]}"; do
  corpus="$BUILD/corpus-$target"
  artifacts="$BUILD/artifacts-$target"
  log="$BUILD/$target.log"
  mkdir -p "$corpus" "$artifacts"
  for seed in "$(seeds_for "$target")"/*; do
    [ -e "$corpus/$(basename "$seed")" ] || cp "$seed" "$corpus/"
  done
  result=ok
  if ! "$BUILD/$target" -max_total_time="$SECONDS_PER_TARGET" -rss_limit_mb=2048 -max_len=65536 \
      -print_final_stats=1 -artifact_prefix="$artifacts/" "$corpus" >"$log" 2>&1; then
    result="CRASH (see $log and $artifacts)"
    status=1
  fi
  files=$(find "$corpus" -type f | wc -l)
  bytes=$(du -sb "$corpus" | cut -f1)
  printf '%-16s %8s %12s %10s %14s  %s\n' "$target" "$SECONDS_PER_TARGET" \
    "$(stat_of "$log" number_of_executed_units)" "$(stat_of "$log" average_exec_per_sec)" \
    "$files files/$((bytes / 1024)) KiB" "$result"
  if [ "$result" != ok ]; then
    grep -m1 -E 'ERROR: |invariant failed|runtime error' "$log" >&2 || true
  fi
done
exit "$status"
