// core/stable_order: every stable sort of the core and the UI goes through it (one compiled merge
// sort instead of eight), so it must order exactly as std::stable_sort does.
#include <doctest/doctest.h>

#include <algorithm>
#include <memory>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "core/stable_order.hpp"

using painlink::stable_order;
using painlink::stable_sort_by;

TEST_CASE("stable_order: indices by the comparison, ties in their original order") {
  const std::vector<int> keys = {3, 1, 3, 0, 1, 3};
  const auto order = stable_order(keys.size(), [&](std::size_t i, std::size_t j) { return keys[i] < keys[j]; });
  CHECK(order == std::vector<std::size_t>{3, 1, 4, 0, 2, 5});
  CHECK(stable_order(0, [](std::size_t, std::size_t) { return false; }).empty());
  CHECK(stable_order(1, [](std::size_t, std::size_t) { return false; }) == std::vector<std::size_t>{0});
}

TEST_CASE("stable_sort_by: the same order as std::stable_sort, on random data with many ties") {
  std::mt19937 rng(20261129);
  for (int round = 0; round < 200; ++round) {
    std::vector<std::pair<int, std::string>> items;
    const int n = static_cast<int>(rng() % 300);
    for (int i = 0; i < n; ++i) items.emplace_back(static_cast<int>(rng() % 7), "item " + std::to_string(i));
    auto expected = items;
    const auto by_key = [](const auto& a, const auto& b) { return a.first > b.first; };
    std::stable_sort(expected.begin(), expected.end(), by_key);
    stable_sort_by(items, by_key);
    REQUIRE(items == expected);
  }
}

TEST_CASE("stable_sort_by: move-only values are moved, not copied") {
  std::vector<std::unique_ptr<int>> items;
  for (int v : {2, 0, 1}) items.push_back(std::make_unique<int>(v));
  stable_sort_by(items, [](const auto& a, const auto& b) { return *a < *b; });
  REQUIRE(items.size() == 3);
  CHECK(*items[0] == 0);
  CHECK(*items[1] == 1);
  CHECK(*items[2] == 2);
}
