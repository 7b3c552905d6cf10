#!/usr/bin/env bash
# `make bench`: size and speed figures for the release widget (README "Benchmarks").
#   1. release build of the widget (scripts/build_web.sh into build/wasm-bench -> build/bench/web)
#   2. the baseline: Dear ImGui's GLFW/OpenGL3 example with the same flags (tests/bench/build_baseline.sh)
#   3. native Release build of tests/bench/bench_native.cpp (build/bench/native)
#   4. a synthetic 10-year journal (tests/bench/gen_journal.mjs -> build/bench/journal-10y.json)
#   5. native timings, then headless Chromium (tests/bench/browser_bench.mjs)
#   6. calibration of the Insight statistics: false-positive rates and power on synthetic diaries
#      (native Release painlink_calibration, tests/bench/calibration.cpp; CALIBRATION_DIARIES per
#      row, default 400, about 10 s)
# Prints one line per figure (name, value, unit, target, PASS/MISS/INFO) and writes
# build/bench/results.json. Misses do not fail the command: it measures, it does not judge.
# BENCH_RUNS (default 7) sets the runs per median; logs of the builds are in build/bench/*.log.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
JOBS="${JOBS:-2}"
OUT="build/bench"
mkdir -p "$OUT"

step() { printf '== %s\n' "$*" >&2; }
run_logged() {  # run_logged LOG command... : quiet unless it fails
  local log="$1"; shift
  if ! "$@" >"$log" 2>&1; then
    tail -40 "$log" >&2
    echo "bench: failed, see $log" >&2
    exit 1
  fi
}

step "widget, release build"
run_logged "$OUT/build-web.log" env WASM_BUILD_DIR=build/wasm-bench WEB_OUT="$OUT/web" BUILD_TYPE=Release \
  JOBS="$JOBS" bash scripts/build_web.sh
step "baseline: Dear ImGui example_glfw_opengl3, same flags"
run_logged "$OUT/build-baseline.log" env JOBS="$JOBS" BUILD_TYPE=Release \
  bash tests/bench/build_baseline.sh "$ROOT/$OUT/baseline/web"
step "native bench, release build"
run_logged "$OUT/build-native.log" bash -c \
  "cmake -S tests/bench -B $OUT/native -DCMAKE_BUILD_TYPE=Release && cmake --build $OUT/native -j$JOBS"

step "synthetic 10-year journal"
node tests/bench/gen_journal.mjs "$OUT/journal-10y.json" 3650
step "native timings"
"$OUT/native/bench_native" "$OUT/journal-10y.json" 15 >"$OUT/native.json"
step "headless Chromium (a few minutes)"
node tests/bench/browser_bench.mjs --web "$OUT/web" --baseline "$OUT/baseline/web" \
  --journal "$OUT/journal-10y.json" --native "$OUT/native.json" --fonts build/wasm-bench/generated \
  --out "$OUT/results.json"
step "calibration of the Insight statistics (native)"
run_logged "$OUT/build-calibration.log" bash -c \
  "cmake -S . -B $OUT/calibration -DCMAKE_BUILD_TYPE=Release && cmake --build $OUT/calibration -j$JOBS --target painlink_calibration"
"$OUT/calibration/painlink_calibration" "${CALIBRATION_DIARIES:-400}" | grep -v '^#' | tee "$OUT/calibration.txt"

# Two tabs writing at full speed for 30 s, then at human pace (tests/browser/tabs.test.mjs; make
# test runs the same test for a few seconds). Every day written must still be stored.
step "two tabs at full speed, 30 s"
tabs_log="$OUT/tabs.log"
PAINLINK_WEB_DIR="$OUT/web" TABS_SECONDS="${TABS_SECONDS:-30}" node --test --test-reporter=tap \
  --test-name-pattern="full speed" tests/browser/tabs.test.mjs >"$tabs_log" 2>&1 || true
line="$(grep -oE '[0-9]+ days written, [0-9]+ lost' "$tabs_log" | tail -1)"
if [[ -n "$line" ]]; then
  written="${line%% days written*}"
  lost="$(sed -E 's/.*, ([0-9]+) lost/\1/' <<<"$line")"
  printf '%s %s %s %s %s\n' two_tab_days_written "$written" days - INFO
  printf '%s %s %s %s %s\n' two_tab_days_lost "$lost" days 0 "$([[ "$lost" == 0 ]] && echo PASS || echo MISS)"
else
  printf '%s %s %s %s %s\n' two_tab_days_lost "?" days 0 MISS
  tail -20 "$tabs_log" >&2
fi
