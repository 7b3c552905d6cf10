// The trigger chart's label under a row ("RR 2.0  (1.2–3.4)") and the row's sentence ("relative
// risk 2.0, 95% CI 1.2–3.4") print the same numbers, also next to a rounding edge.
#include <doctest/doctest.h>

#include <cmath>
#include <string>

#include "core/analysis/wording.hpp"

using namespace painlink::analysis;

namespace {

// The text between `before` and the first of `ends` after it.
std::string between(const std::string& s, const std::string& before, const std::string& end) {
  const auto a = s.find(before);
  if (a == std::string::npos) return "<no '" + before + "'>";
  const auto from = a + before.size();
  const auto b = s.find(end, from);
  return s.substr(from, b == std::string::npos ? std::string::npos : b - from);
}

RiskComparison comparison(double rr, double lo, double hi) {
  RiskComparison c;
  c.table.a = 12;
  c.table.b = 8;
  c.table.c = 9;
  c.table.d = 59;
  c.risk_exposed = 0.6;
  c.risk_unexposed = 9.0 / 68.0;
  c.relative_risk = rr;
  c.ci_low = lo;
  c.ci_high = hi;
  c.enough_data = true;
  return c;
}

}  // namespace

TEST_CASE("chart label and sentence round a relative risk the same way, next to rounding edges") {
  const double values[] = {0.995, 0.9949, 1.95, 1.994, 1.995, 1.996, 1.9999, 2.0, 2.049, 2.05,
                           9.94,  9.949,  9.95, 9.951, 9.96,  9.99,  10.0,   19.5, 0.125, 0.62};
  for (double rr : values) {
    for (double lo : {rr * 0.5, 1.996, 0.995}) {
      const double hi = rr * 1.999;
      CAPTURE(rr);
      CAPTURE(lo);
      const RiskComparison c = comparison(rr, lo, hi);
      const std::string label = rr_label(c.relative_risk, c.ci_low, c.ci_high);
      const std::string sentence = risk_sentence("a headache", "under 6 hours of sleep", 0, c, nullptr, nullptr);
      CAPTURE(label);
      CAPTURE(sentence);
      CHECK(between(label, "RR ", "  (") == between(sentence, "relative risk ", ","));
      CHECK(between(label, "  (", ")") == between(sentence, "95% CI ", ","));
    }
  }
  CHECK(rr_label(NAN, NAN, NAN).empty());
}
