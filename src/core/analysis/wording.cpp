#include "core/analysis/wording.hpp"

#include <cmath>
#include <cstdio>

#include "core/model.hpp"

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

std::string format_ci(double lo, double hi) {
  if (std::isinf(hi) && hi > 0 && std::isfinite(lo)) return format_ratio(lo) + " or more";
  if (lo == 0.0 && std::isfinite(hi)) return "up to " + format_ratio(hi);
  return format_ratio(lo) + "\u2013" + format_ratio(hi);
}

std::string rr_label(double relative_risk, double ci_low, double ci_high) {
  if (!std::isfinite(relative_risk)) return "";
  return "RR " + format_ratio(relative_risk) + "  (" + format_ci(ci_low, ci_high) + ")";
}

std::string plural(int n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

std::string effect_phrase(const RiskComparison& c) {
  const double lo = c.ci_low, hi = c.ci_high;
  if (std::isnan(lo) || std::isnan(hi)) return "no estimate";
  const bool open_hi = std::isinf(hi), open_lo = lo <= 0.0;
  auto more = [](double v) { return format_ratio(v) + " times as likely"; };
  auto less = [](double v) { return format_percent(1.0 - v) + " less likely"; };
  if (lo >= 1.0) return open_hi ? "at least " + more(lo) : "between " + format_ratio(lo) + " and " + more(hi);
  if (hi <= 1.0) return open_lo ? "at least " + less(hi) : "between " + format_percent(1.0 - hi) + " and " + less(lo);
  return "anywhere from " + (open_lo ? std::string("much less likely") : less(lo)) + " to " +
         (open_hi ? std::string("many times as likely") : more(hi));
}

std::string outcome_phrase(Outcome o, int flare_threshold) {
  switch (o) {
    case Outcome::headache: return "a headache";
    case Outcome::headache_onset: return "a new headache (after a headache-free day)";
    case Outcome::back_pain:
      return "a back-pain flare (" + std::to_string(flare_threshold) + " or more out of " + std::to_string(kMaxIntensity) + ")";
  }
  return "a headache";
}

std::string risk_sentence(const std::string& outcome, const std::string& exposure, int lag, const RiskComparison& c,
                          const char* others, const char* state) {
  const TwoByTwo& t = c.table;
  std::string stats = c.corrected ? std::string("95% CI ") + format_ci(c.ci_low, c.ci_high)
                                  : "relative risk " + format_ratio(c.relative_risk) + ", 95% CI " +
                                        format_ci(c.ci_low, c.ci_high);
  stats += ", from " + plural(c.days(), "day", "days");
  if (c.stratified && state) stats += std::string(", allowing for whether you already had ") + state + " that day";
  const std::string tail = ": " + effect_phrase(c) + " (" + stats + ").";
  const std::string exposed = std::to_string(t.a) + " of " + plural(t.exposed(), "day", "days");
  const std::string unexposed = std::to_string(t.c) + " of " + std::to_string(t.unexposed());
  if (lag <= 0)
    return "You had " + outcome + " on " + exposed + " (" + format_percent(c.risk_exposed) + ") with " + exposure +
           ", against " + unexposed + " " + (others ? others : "other days") + " (" +
           format_percent(c.risk_unexposed) + ")" + tail;
  const std::string when = lag == 1 ? std::string("The day after") : (lag == 2 ? std::string("Two days after")
                                                                               : std::to_string(lag) + " days after");
  return when + " a day with " + exposure + ", you had " + outcome + " on " + exposed + " (" +
         format_percent(c.risk_exposed) + "), against " + unexposed + " " + (others ? others : "otherwise") + " (" +
         format_percent(c.risk_unexposed) + ")" + tail;
}

std::string no_clear_link_phrase(const RiskComparison& c, const char* outcome_plural) {
  if (!std::isfinite(c.minimum_detectable_rr))
    return std::string("No clear link so far: ") + plural(c.days(), "day", "days") +
           " are too few to show even a strong link here; keep recording.";
  return std::string("No clear link so far: with ") + plural(c.days(), "day", "days") +
         ", a factor would have to make " + outcome_plural + " about " + format_ratio(c.minimum_detectable_rr) +
         " times as likely to stand out; keep recording.";
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
