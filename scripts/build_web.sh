#!/usr/bin/env bash
# Builds the widget with Emscripten into build/web (painlink.js, painlink.wasm) and assembles the
# static files of the web shell next to it.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/node_path.sh"
BUILD_TYPE="${BUILD_TYPE:-Release}"
# Separate folders let several builds run side by side (e.g. the benchmark's release build).
WASM_BUILD_DIR="${WASM_BUILD_DIR:-build/wasm}"
WEB_OUT="${WEB_OUT:-build/web}"
cd "$ROOT"
emcmake cmake -S . -B "$WASM_BUILD_DIR" -DCMAKE_BUILD_TYPE="$BUILD_TYPE" >/dev/null
cmake --build "$WASM_BUILD_DIR" -j"${JOBS:-2}" --target painlink painlink_core_tests
mkdir -p "$WEB_OUT"
cp "$WASM_BUILD_DIR/web/painlink.js" "$WASM_BUILD_DIR/web/painlink.wasm" "$WEB_OUT/"
# The part of the widget a first visit does not run (scripts/split_wasm.mjs); split Release builds only.
rm -f "$WEB_OUT"/painlink.deferred.*.wasm
for f in "$WASM_BUILD_DIR"/web/painlink.deferred.*.wasm; do
  if [ -f "$f" ]; then cp "$f" "$WEB_OUT/"; fi
done
cp "$WASM_BUILD_DIR/generated/Inter-Regular-more.otf" "$WEB_OUT/"  # fetched on demand (ui/fonts.cpp)
node scripts/assemble_web.mjs "$ROOT/web" "$(cd "$WEB_OUT" && pwd)"
