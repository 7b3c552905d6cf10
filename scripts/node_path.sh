# Sourced by the scripts that run Emscripten (scripts/build_web.sh, tests/bench/build_baseline.sh):
# Debian's Emscripten runs its JavaScript optimizer with require('acorn'), which Debian installs
# under /usr/share/nodejs. The one place NODE_PATH is set; a value already in the environment wins.
export NODE_PATH="${NODE_PATH:-/usr/share/nodejs}"
