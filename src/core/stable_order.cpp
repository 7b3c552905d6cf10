#include "core/stable_order.hpp"

#include <algorithm>
#include <numeric>

namespace painlink {

std::vector<std::size_t> stable_order(std::size_t n, IndexLess less) {
  std::vector<std::size_t> order(n);
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), less);
  return order;
}

}  // namespace painlink
