#!/usr/bin/env bash
# Runs every Painlink test suite and ends with one line that counts them all:
#   1. core tests and the headless UI tests (real ImGui frames, no browser), native (doctest, host g++)
#   2. the same core tests compiled to wasm, under Node
#   3. browser tests (node:test + playwright-core driving Debian's Chromium)
# A suite that fails to build counts as one failure. Exit status is non-zero on any failure.
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
JOBS="${JOBS:-2}"
LOG_DIR="$ROOT/build/test-logs"
mkdir -p "$LOG_DIR"

TOTAL_PASS=0
TOTAL_FAIL=0
SUMMARY=()

# doctest prints: "[doctest] test cases: 12 | 11 passed | 1 failed | 0 skipped"
count_doctest() {
  local name="$1" log="$2" rc="$3"
  local line pass fail
  line="$(grep -E '^\[doctest\] test cases:' "$log" | tail -1)"
  pass="$(sed -E 's/.*\| *([0-9]+) passed.*/\1/' <<<"$line")"
  fail="$(sed -E 's/.*\| *([0-9]+) failed.*/\1/' <<<"$line")"
  if [[ -z "$line" || ! "$pass" =~ ^[0-9]+$ ]]; then pass=0; fail=1; fi
  if [[ "$rc" -ne 0 && "$fail" -eq 0 ]]; then fail=1; fi
  TOTAL_PASS=$((TOTAL_PASS + pass)); TOTAL_FAIL=$((TOTAL_FAIL + fail))
  SUMMARY+=("$name: $pass passed, $fail failed")
}

# node --test (TAP) ends with "# pass N" and "# fail N"
count_node() {
  local name="$1" log="$2" rc="$3"
  local pass fail
  pass="$(grep -E '^# pass [0-9]+' "$log" | tail -1 | awk '{print $3}')"
  fail="$(grep -E '^# fail [0-9]+' "$log" | tail -1 | awk '{print $3}')"
  if [[ -z "$pass" ]]; then pass=0; fail=1; fi
  if [[ "$rc" -ne 0 && "$fail" -eq 0 ]]; then fail=1; fi
  TOTAL_PASS=$((TOTAL_PASS + pass)); TOTAL_FAIL=$((TOTAL_FAIL + fail))
  SUMMARY+=("$name: $pass passed, $fail failed")
}

# Each phase says when it started (seconds since the tests began, after set-up), so the slow
# part of the suite's time is visible in CI's log.
at() { printf '[%4ds] ' "$SECONDS"; }

build_failed() {
  TOTAL_FAIL=$((TOTAL_FAIL + 1))
  SUMMARY+=("$1: build failed (see $2)")
}

echo "$(at)== core tests and headless UI tests, native"
if cmake -S . -B build/native -DCMAKE_BUILD_TYPE=Debug >"$LOG_DIR/native-build.log" 2>&1 &&
   cmake --build build/native -j"$JOBS" --target painlink_core_tests painlink_ui_tests >>"$LOG_DIR/native-build.log" 2>&1; then
  ./build/native/painlink_core_tests --no-colors 2>&1 | tee "$LOG_DIR/native.log" | tail -4
  count_doctest "core (native)" "$LOG_DIR/native.log" "${PIPESTATUS[0]}"
  ./build/native/painlink_ui_tests --no-colors 2>&1 | tee "$LOG_DIR/ui-native.log" | tail -4
  count_doctest "ui (native, headless)" "$LOG_DIR/ui-native.log" "${PIPESTATUS[0]}"
else
  tail -30 "$LOG_DIR/native-build.log"
  build_failed "core and ui (native)" "$LOG_DIR/native-build.log"
fi

echo "$(at)== widget build and core tests as wasm"
if bash scripts/build_web.sh >"$LOG_DIR/web-build.log" 2>&1; then
  node --no-experimental-fetch build/wasm/painlink_core_tests.js --no-colors 2>&1 | tee "$LOG_DIR/wasm.log" | tail -4
  count_doctest "core (wasm)" "$LOG_DIR/wasm.log" "${PIPESTATUS[0]}"

  echo "$(at)== browser tests (Chromium)"
  node --test --test-reporter=tap --test-concurrency=1 tests/browser/ >"$LOG_DIR/browser.log" 2>&1
  rc=$?
  grep -E '^(not ok|ok) |^# (tests|pass|fail)' "$LOG_DIR/browser.log" | tail -60
  if [[ $rc -ne 0 ]]; then grep -A25 '^not ok' "$LOG_DIR/browser.log" | head -80; fi
  count_node "browser" "$LOG_DIR/browser.log" "$rc"
else
  tail -30 "$LOG_DIR/web-build.log"
  build_failed "widget build" "$LOG_DIR/web-build.log"
fi

echo
echo "$(at)== done"
for line in "${SUMMARY[@]}"; do echo "  $line"; done
echo "$TOTAL_PASS passed, $TOTAL_FAIL failed"
[[ $TOTAL_FAIL -eq 0 ]]
