#!/usr/bin/env bash
# Builds the widget with Emscripten into build/web (painlink.js, painlink.wasm) and assembles the
# static files of the web shell next to it.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export NODE_PATH=/usr/share/nodejs  # Emscripten's JS optimizer needs Debian's acorn
BUILD_TYPE="${BUILD_TYPE:-Release}"
cd "$ROOT"
emcmake cmake -S . -B build/wasm -DCMAKE_BUILD_TYPE="$BUILD_TYPE" >/dev/null
cmake --build build/wasm -j"${JOBS:-2}" --target painlink painlink_core_tests
mkdir -p build/web
cp build/wasm/web/painlink.js build/wasm/web/painlink.wasm build/web/
node scripts/assemble_web.mjs "$ROOT/web" "$ROOT/build/web"
