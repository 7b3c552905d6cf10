#!/usr/bin/env bash
# Builds the size/speed baseline for `make bench`: Dear ImGui's GLFW + OpenGL3 example from the
# same Debian source package as the widget (tests/bench/baseline/CMakeLists.txt says how), into
# OUT (default build/bench/baseline/web: index.html, index.js, index.wasm).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
source "$ROOT/scripts/node_path.sh"
BUILD_TYPE="${BUILD_TYPE:-Release}"
BUILD_DIR="${BASELINE_BUILD_DIR:-$ROOT/build/bench/baseline-build}"
OUT="${1:-$ROOT/build/bench/baseline/web}"
emcmake cmake -S "$ROOT/tests/bench/baseline" -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE="$BUILD_TYPE" >/dev/null
cmake --build "$BUILD_DIR" -j"${JOBS:-2}"
mkdir -p "$OUT"
cp "$BUILD_DIR/web/index.js" "$BUILD_DIR/web/index.wasm" "$OUT/"
cp "$ROOT/tests/bench/baseline/shell/index.html" "$OUT/index.html"
