#include "core/analysis/wording.hpp"

#include <cmath>
#include <cstdio>

namespace painlink::analysis {

std::string format_fixed(double v, int decimals) {
  if (!std::isfinite(v)) return "?";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  return buf;
}

std::string format_percent(double share) {
  if (!std::isfinite(share)) return "?";
  return format_fixed(share * 100.0, 0) + "%";
}

std::string format_ratio(double v) {
  if (!std::isfinite(v)) return "?";
  if (v < 1.995) return format_fixed(v, 2);
  if (v < 9.95) return format_fixed(v, 1);
  return format_fixed(v, 0);
}

std::string format_ci(double lo, double hi) { return format_ratio(lo) + "\u2013" + format_ratio(hi); }

std::string plural(int n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

std::string effect_phrase(const RiskComparison& c) {
  if (!std::isfinite(c.relative_risk)) return "no estimate";
  if (c.relative_risk >= 1.0)
    return format_ratio(c.relative_risk) + " times as likely (95% CI " + format_ci(c.ci_low, c.ci_high) + ")";
  return format_percent(1.0 - c.relative_risk) + " less likely (relative risk " + format_ratio(c.relative_risk) +
         ", 95% CI " + format_ci(c.ci_low, c.ci_high) + ")";
}

std::string outcome_phrase(Outcome o, int flare_threshold) {
  switch (o) {
    case Outcome::headache: return "a headache";
    case Outcome::headache_onset: return "a new headache (after a headache-free day)";
    case Outcome::back_pain:
      return "a back-pain flare (" + std::to_string(flare_threshold) + " or more out of 10)";
  }
  return "a headache";
}

std::string risk_sentence(const std::string& outcome, const std::string& exposure, int lag, const RiskComparison& c,
                          const char* others) {
  const std::string tail = ": " + effect_phrase(c) + ", from " + plural(c.days(), "day", "days") + ".";
  if (lag <= 0)
    return "You had " + outcome + " on " + format_percent(c.risk_exposed) + " of days with " + exposure +
           ", against " + format_percent(c.risk_unexposed) + " " + (others ? others : "of other days") + tail;
  const std::string when = lag == 1 ? std::string("The day after") : (lag == 2 ? std::string("Two days after")
                                                                               : std::to_string(lag) + " days after");
  return when + " a day with " + exposure + ", you had " + outcome + " " + format_percent(c.risk_exposed) +
         " of the time, against " + format_percent(c.risk_unexposed) + " " + (others ? others : "otherwise") + tail;
}

std::string missing_data_phrase(const TwoByTwo& t, const std::string& exposure, const std::string& outcome) {
  if (t.total() < kMinPairedDays)
    return "it needs at least " + std::to_string(kMinPairedDays) + " days with both recorded (so far " +
           std::to_string(t.total()) + ")";
  if (t.exposed() < kMinGroupDays || t.unexposed() < kMinGroupDays)
    return "it needs at least " + std::to_string(kMinGroupDays) + " days with and " + std::to_string(kMinGroupDays) +
           " without " + exposure + " (so far " + std::to_string(t.exposed()) + " with, " +
           std::to_string(t.unexposed()) + " without)";
  return "it needs at least " + std::to_string(kMinEvents) + " days with and " + std::to_string(kMinEvents) +
         " without " + outcome + " (so far " + std::to_string(t.events()) + " with, " +
         std::to_string(t.total() - t.events()) + " without)";
}

}  // namespace painlink::analysis
