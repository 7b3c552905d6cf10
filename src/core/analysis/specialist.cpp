#include "core/analysis/specialist.hpp"

#include <cmath>
#include <limits>

#include "core/analysis/wording.hpp"

namespace painlink::analysis {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

struct Window {
  double sum = 0.0;
  int n = 0;
  int back_days = 0;      // days with back pain >= 1
  int leg_days = 0;       // ... radiating to the leg
  double mean(int min_days) const { return n >= min_days ? sum / n : kNaN; }
};

Window window(const DailySeries& s, const std::vector<float>& series, Date from, Date to) {
  Window w;
  for (Date d = from; d <= to; d = d + 1) {
    if (!s.contains(d)) continue;
    const auto i = static_cast<std::size_t>(s.index_of(d));
    if (std::isnan(series[i])) continue;
    w.sum += series[i];
    ++w.n;
    if (&series == &s.back && series[i] >= 1.0f) {
      ++w.back_days;
      if (s.back_regions[i] & kRegionLeg) ++w.leg_days;
    }
  }
  return w;
}

PainChange change(const DailySeries& s, const std::vector<float>& series, Date care_start) {
  PainChange c;
  const Window first = window(s, series, care_start, care_start + (kRecentWindowDays - 1));
  const Window last = window(s, series, s.today - (kRecentWindowDays - 1), s.today);
  c.start_mean = first.mean(kMinStartDays);
  c.start_n = first.n;
  c.recent_mean = last.mean(kMinRecentDays);
  c.recent_n = last.n;
  if (std::isfinite(c.start_mean) && std::isfinite(c.recent_mean) && c.recent_mean >= kStillModerate) {
    const double drop = c.start_mean - c.recent_mean;
    const bool meaningful = drop >= kMeaningfulPoints || (c.start_mean > 0 && drop / c.start_mean >= kMeaningfulShare);
    c.not_improving = !meaningful;
  }
  return c;
}

std::string change_words(const char* what, const PainChange& c, int weeks) {
  return std::string(what) + " has not clearly improved after " + plural(weeks, "week", "weeks") + " of care (" +
         format_fixed(c.start_mean, 1) + " out of 10 on average in the first 2 weeks, " +
         format_fixed(c.recent_mean, 1) + " in the last 2)";
}

std::string join(const std::vector<std::string>& parts) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += (i + 1 == parts.size()) ? "; and " : "; ";
    out += parts[i];
  }
  return out;
}

}  // namespace

const char* to_string(SpecialistReason r) {
  switch (r) {
    case SpecialistReason::medication_overuse: return "medication_overuse";
    case SpecialistReason::chronic_headache: return "chronic_headache";
    case SpecialistReason::back_not_improving: return "back_not_improving";
    case SpecialistReason::leg_pain_not_improving: return "leg_pain_not_improving";
    case SpecialistReason::headache_not_improving: return "headache_not_improving";
  }
  return "medication_overuse";
}

SpecialistAdvice advise_specialist(const DailySeries& s, const TreatmentSummary& treatments,
                                   const std::vector<MedicationOveruseRow>& medication,
                                   const HeadachePattern& pattern) {
  SpecialistAdvice out;
  std::vector<std::string> why;

  for (const MedicationOveruseRow& r : medication) {
    if (!r.at_risk) continue;
    out.reasons.push_back(SpecialistReason::medication_overuse);
    why.push_back("you took " + (r.drug_class == "multiple_classes" ? std::string("acute medicines of different kinds")
                                                                     : r.label) +
                  " on " + std::to_string(r.threshold) + " or more days a month for " +
                  std::to_string(r.months_over) + " months in a row");
    break;  // one overuse reason is enough; the medication section lists every row
  }
  if (pattern.chronic_pattern) {
    out.reasons.push_back(SpecialistReason::chronic_headache);
    why.push_back("you had headaches on 15 or more days a month for " + std::to_string(pattern.months_chronic) +
                  " months in a row");
  }
  if (treatments.care_start && s.today - *treatments.care_start >= kSpecialistAfterDays) {
    out.weeks_of_care = (s.today - *treatments.care_start) / 7;
    out.back = change(s, s.back, *treatments.care_start);
    out.headache = change(s, s.headache, *treatments.care_start);
    if (out.back.not_improving) {
      const Window recent = window(s, s.back, s.today - (kRecentWindowDays - 1), s.today);
      out.leg_pain = recent.back_days > 0 && 2 * recent.leg_days >= recent.back_days;
      out.reasons.push_back(out.leg_pain ? SpecialistReason::leg_pain_not_improving
                                         : SpecialistReason::back_not_improving);
      why.push_back(change_words(out.leg_pain ? "your back pain going down the leg (sciatica)" : "your back pain",
                                 out.back, out.weeks_of_care));
    }
    if (out.headache.not_improving) {
      out.reasons.push_back(SpecialistReason::headache_not_improving);
      why.push_back(change_words("your headache", out.headache, out.weeks_of_care));
    }
  }
  out.suggest = !out.reasons.empty();
  if (out.suggest)
    out.sentence = "It may be time to see a specialist: ask your doctor about a referral, and take your report. Why: " +
                   join(why) +
                   ". Conservative care (rest, over-the-counter medicine, ice and heat, posture, exercise) comes "
                   "first; when a full course has not brought relief, a specialist can look for the cause.";
  return out;
}

}  // namespace painlink::analysis
