// The doctest runner for the core suite (native and wasm). Each test file holds one module's tests.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
