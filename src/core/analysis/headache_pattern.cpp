#include "core/analysis/headache_pattern.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/analysis/medication_overuse.hpp"
#include "core/analysis/wording.hpp"

namespace painlink::analysis {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr int kSideLeft = static_cast<int>(HeadacheSide::left);
constexpr int kSideRight = static_cast<int>(HeadacheSide::right);
constexpr int kSideBoth = static_cast<int>(HeadacheSide::both);
}  // namespace

bool migraine_like(const HeadacheDay& h) {
  if (!(h.intensity >= 1.0f) || std::isnan(h.hours)) return false;
  if (h.hours < 4.0f || h.hours > 72.0f) return false;
  int c = 0;
  if (h.side == kSideLeft || h.side == kSideRight) ++c;
  if (h.features & kFeatPulsating) ++c;
  if (h.intensity >= kModerateIntensity) ++c;
  if (h.features & kFeatWorseActivity) ++c;
  if (c < 2) return false;
  const bool light_and_sound = (h.features & kFeatLight) && (h.features & kFeatSound);
  return (h.features & kFeatNausea) || light_and_sound;
}

bool tension_type_like(const HeadacheDay& h) {
  if (!(h.intensity >= 1.0f) || std::isnan(h.hours)) return false;
  if (h.hours < 0.5f) return false;
  int c = 0;
  if (h.side == kSideBoth) ++c;
  if (!(h.features & kFeatPulsating)) ++c;
  if (h.intensity < kSevereIntensity) ++c;
  if (!(h.features & kFeatWorseActivity)) ++c;
  if (c < 2) return false;
  const bool light_and_sound = (h.features & kFeatLight) && (h.features & kFeatSound);
  return !(h.features & kFeatNausea) && !light_and_sound;
}

HeadachePattern analyse_headache_pattern(const DailySeries& s) {
  HeadachePattern out;
  const CivilDate now = civil_from_date(s.today);
  // Enough history for the chronic run: kPatternMonths shown, up to 12 examined.
  constexpr int kExamined = 12;
  std::vector<MonthPattern> all;
  for (int back = kExamined - 1; back >= 0; --back) {
    int y = now.year, m = now.month - back;
    while (m < 1) {
      m += 12;
      --y;
    }
    MonthPattern mp;
    mp.year = y;
    mp.month = m;
    const Date from = date_from_civil(y, m, 1);
    const Date last = date_from_civil(y, m, days_in_month(y, m));
    mp.complete = last <= s.today;
    const Date to = std::min(last, s.today);
    for (Date d = std::max(from, s.first); d <= to; d = d + 1) {
      if (!s.contains(d)) continue;
      const int i = s.index_of(d);
      const auto k = static_cast<std::size_t>(i);
      if (std::isnan(s.headache[k])) continue;
      ++mp.recorded_days;
      if (s.headache_day[k] != 1) continue;
      ++mp.headache_days;
      const HeadacheDay h = headache_day_at(s, i);
      if (migraine_like(h)) ++mp.migraine_like_days;
      if (tension_type_like(h)) ++mp.tension_type_like_days;
      if (h.features & kFeatAura) ++mp.aura_days;
    }
    all.push_back(mp);
  }
  out.months.assign(all.end() - kPatternMonths, all.end());

  double sum = 0.0;
  for (const MonthPattern& m : out.months) {
    if (!m.complete || m.recorded_days == 0) continue;
    sum += m.headache_days;
    ++out.complete_months;
  }
  out.average_headache_days = out.complete_months > 0 ? sum / out.complete_months : kNaN;

  std::vector<bool> chronic(all.size()), chronic_migraine(all.size());
  for (std::size_t i = 0; i < all.size(); ++i) {
    chronic[i] = all[i].headache_days >= kChronicHeadacheDays;
    chronic_migraine[i] = chronic[i] && all[i].migraine_like_days >= kChronicMigraineDays;
  }
  const bool partial = !all.back().complete;
  out.months_chronic = consecutive_months(chronic, partial);
  out.months_chronic_migraine = consecutive_months(chronic_migraine, partial);
  out.chronic_pattern = out.months_chronic >= kChronicMinMonths;
  out.chronic_migraine_like_pattern = out.months_chronic_migraine >= kChronicMinMonths;

  // Sentence: the last complete month, the average, and the chronic flag.
  const MonthPattern* last = nullptr;
  for (auto it = out.months.rbegin(); it != out.months.rend(); ++it)
    if (it->complete) {
      last = &*it;
      break;
    }
  if (last == nullptr || last->recorded_days == 0) {
    out.sentence = "Not enough data yet: a headache pattern needs at least one full calendar month of headache "
                   "records.";
    return out;
  }
  out.sentence = std::string("In ") + month_name(last->month) + " you recorded " +
                 plural(last->headache_days, "headache day", "headache days") + " (" +
                 std::to_string(last->recorded_days) + " of " +
                 std::to_string(days_in_month(last->year, last->month)) + " days recorded): " +
                 std::to_string(last->migraine_like_days) + " with features that fit migraine, " +
                 std::to_string(last->tension_type_like_days) + " with features that fit tension-type headache, " +
                 std::to_string(last->aura_days) + " with aura.";
  if (out.complete_months > 1)
    out.sentence += " Average over the last " + std::to_string(out.complete_months) + " full months: " +
                    format_fixed(out.average_headache_days, 1) + " headache days a month.";
  if (out.chronic_migraine_like_pattern)
    out.sentence += " Headache on 15 or more days a month for more than 3 months, with 8 or more migraine-like days "
                    "a month, fits the pattern doctors call chronic migraine.";
  else if (out.chronic_pattern)
    out.sentence += " Headache on 15 or more days a month for more than 3 months fits the pattern doctors call "
                    "chronic headache.";
  out.sentence += " This is information to share with your doctor, not a diagnosis.";
  return out;
}

}  // namespace painlink::analysis
