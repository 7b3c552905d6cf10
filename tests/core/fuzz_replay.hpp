// Replays fuzz inputs through a fuzz target's LLVMFuzzerTestOneInput inside doctest: every file in
// tests/fixtures/fuzz-regressions/<target>/ (inputs that once failed) and tests/fuzz/seeds/<seeds>/.
// Include after defining FUZZ_CHECK and renaming LLVMFuzzerTestOneInput (see the *_replay_test.cpp).
#pragma once

#include <doctest/doctest.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace painlink::fuzz_replay {

inline std::vector<std::filesystem::path> inputs_in(const std::filesystem::path& dir) {
  std::vector<std::filesystem::path> files;
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(dir, ec))
    if (e.is_regular_file()) files.push_back(e.path());
  return files;
}

template <class Target>
int replay(const std::filesystem::path& dir, Target target) {
  int count = 0;
  for (const auto& file : inputs_in(dir)) {
    std::ifstream in(file, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    const std::string bytes = s.str();
    CAPTURE(file.string());
    target(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
    ++count;
  }
  return count;
}

}  // namespace painlink::fuzz_replay
