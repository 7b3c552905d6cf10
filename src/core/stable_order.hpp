#pragma once
// Stable sorting through one compiled merge sort.
//
// Why not std::stable_sort at each call site: every comparator is its own type, and each one
// compiles its own copy of libc++'s merge sort (~3 KB of wasm per call site, eight of them). Here
// the merge sort runs once, on indices, with the caller's comparison behind a function pointer;
// a call site keeps only a few lines of glue. Orders are exactly std::stable_sort's: by `less`,
// ties in their original order.
#include <cstddef>
#include <type_traits>
#include <utility>
#include <vector>

namespace painlink {

// A borrowed "is index i before index j?": a function pointer and the caller's lambda it calls.
class IndexLess {
 public:
  template <class F>
    requires(!std::is_same_v<std::remove_cvref_t<F>, IndexLess>)
  IndexLess(const F& less)  // NOLINT(google-explicit-constructor): a lambda converts, like std::function_ref
      : context_(&less),
        call_([](const void* context, std::size_t i, std::size_t j) {
          return static_cast<bool>((*static_cast<const F*>(context))(i, j));
        }) {}

  bool operator()(std::size_t i, std::size_t j) const { return call_(context_, i, j); }

 private:
  const void* context_;  // the lambda, alive for the whole call that received this
  bool (*call_)(const void*, std::size_t, std::size_t);
};

// 0 .. n-1 in the order `less` gives them, ties by index.
std::vector<std::size_t> stable_order(std::size_t n, IndexLess less);

// Sorts `items` as std::stable_sort(items.begin(), items.end(), less) would.
template <class T, class Less>
void stable_sort_by(std::vector<T>& items, const Less& less) {
  const std::vector<std::size_t> order =
      stable_order(items.size(), [&](std::size_t i, std::size_t j) { return less(items[i], items[j]); });
  std::vector<T> sorted;
  sorted.reserve(items.size());
  for (const std::size_t i : order) sorted.push_back(std::move(items[i]));
  items = std::move(sorted);
}

}  // namespace painlink
