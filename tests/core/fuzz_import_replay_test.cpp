// The fuzz_import target's invariants, replayed over its regression inputs and seeds.
#include <doctest/doctest.h>

// REQUIRE: the harness dereferences what it has just checked.
#define FUZZ_CHECK(cond) REQUIRE(static_cast<bool>(cond))
#define LLVMFuzzerTestOneInput replay_fuzz_import
#include "fuzz/fuzz_import.cpp"
#undef LLVMFuzzerTestOneInput

#include "fuzz_replay.hpp"

TEST_CASE("fuzz regressions: fuzz_import inputs that once failed, and its seeds") {
  const std::string fixtures = PAINLINK_FIXTURES_DIR;
  painlink::fuzz_replay::replay(fixtures + "/fuzz-regressions/fuzz_import", replay_fuzz_import);
  CHECK(painlink::fuzz_replay::replay(fixtures + "/../fuzz/seeds/import", replay_fuzz_import) >= 10);
}
