# Painlink: thin wrapper over CMake and the scripts. Every target installs what it needs first
# (scripts/setup.sh is idempotent), so these work on a fresh Debian machine.
#   make serve   build the widget and serve build/web on PORT (default 8080)
#   make test    every test suite: native doctest, the same tests as wasm under Node, browser tests
#   make bench   size and speed figures (build/bench/)
#   make fuzz    libFuzzer over the importer and the storage loader (FUZZ_SECONDS per target)
PORT ?= 8080
FUZZ_SECONDS ?= 300
JOBS ?= 2

.PHONY: all setup native web serve test bench fuzz clean

all: web

setup:
	@bash scripts/setup.sh

native: setup
	@cmake -S . -B build/native -DCMAKE_BUILD_TYPE=Debug >/dev/null
	@cmake --build build/native -j$(JOBS)

web: setup
	@bash scripts/build_web.sh

serve: web
	@node scripts/serve.mjs build/web $(PORT)

test: setup
	@bash scripts/run_tests.sh

bench: setup
	@bash scripts/bench.sh

fuzz: setup
	@bash scripts/fuzz.sh $(FUZZ_SECONDS)

clean:
	rm -rf build/native build/wasm build/web build/bench build/fuzz
