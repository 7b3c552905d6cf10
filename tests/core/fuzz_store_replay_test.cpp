// The fuzz_store_load target's invariants, replayed over its regression inputs and seeds.
#include <doctest/doctest.h>

// REQUIRE: the harness dereferences what it has just checked.
#define FUZZ_CHECK(cond) REQUIRE(static_cast<bool>(cond))
#define LLVMFuzzerTestOneInput replay_fuzz_store_load
#include "fuzz/fuzz_store_load.cpp"
#undef LLVMFuzzerTestOneInput

#include "fuzz_replay.hpp"

TEST_CASE("fuzz regressions: fuzz_store_load inputs that once failed, and its seeds") {
  const std::string fixtures = PAINLINK_FIXTURES_DIR;
  CHECK(painlink::fuzz_replay::replay(fixtures + "/fuzz-regressions/fuzz_store_load", replay_fuzz_store_load) >= 1);
  CHECK(painlink::fuzz_replay::replay(fixtures + "/../fuzz/seeds/store", replay_fuzz_store_load) >= 10);
}
