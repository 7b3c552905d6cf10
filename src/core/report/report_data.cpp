#include <algorithm>
#include <cmath>
#include <limits>

#include "core/analysis/headache_pattern.hpp"
#include "core/report/report_data.hpp"

namespace painlink::report {

Period last_weeks(Date today, int weeks) {
  const int w = std::clamp(weeks, 1, kMaxReportDays / 7);
  return Period{today - (w * 7 - 1), today};
}

Period normalized_period(Date from, Date to) {
  Period p{std::min(from, to), std::max(from, to)};
  if (p.days() > kMaxReportDays) p.from = p.to - (kMaxReportDays - 1);
  return p;
}

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

bool is_migraine_like(const Headache& h) { return analysis::migraine_like(analysis::headache_day_from(h)); }

bool has_medication(const Entry& e) {
  return std::any_of(e.treatments.begin(), e.treatments.end(),
                     [](const Treatment& t) { return t.type == TreatmentType::medication; });
}

double mean_or_nan(long sum, int n) { return n > 0 ? static_cast<double>(sum) / n : kNaN; }

}  // namespace

KeyNumbers compute_key_numbers(const Journal& journal, Period period) {
  KeyNumbers k;
  k.period = period;
  k.flare_threshold = std::clamp(journal.settings.back_flare_threshold, 1, kMaxIntensity);
  long back_sum = 0, head_sum = 0;
  for_each_entry(journal, period, [&](const Entry& e) {
    ++k.days_recorded;
    if (!e.notes.empty()) ++k.notes;
    if (has_medication(e)) ++k.medication_days;
    if (e.back_pain) {
      ++k.back_recorded_days;
      const int v = e.back_pain->intensity;
      if (v >= 1) {
        ++k.back_pain_days;
        back_sum += v;
      }
      if (v >= k.flare_threshold) ++k.flare_days;
    }
    if (e.headache) {
      ++k.headache_recorded_days;
      const int v = e.headache->intensity;
      if (v >= 1) {
        ++k.headache_days;
        head_sum += v;
        if (is_migraine_like(*e.headache)) ++k.migraine_like_days;
      }
    }
  });
  k.back_mean = mean_or_nan(back_sum, k.back_pain_days);
  k.headache_mean = mean_or_nan(head_sum, k.headache_days);
  k.headache_days_per_month = period.days() > 0 ? k.headache_days * 30.0 / period.days() : kNaN;
  return k;
}

DailyIntensity daily_intensity(const Journal& journal, Period period) {
  DailyIntensity d;
  const auto n = static_cast<std::size_t>(std::max(period.days(), 0));
  d.back.assign(n, std::numeric_limits<float>::quiet_NaN());
  d.headache.assign(n, std::numeric_limits<float>::quiet_NaN());
  for_each_entry(journal, period, [&](const Entry& e) {
    const auto i = static_cast<std::size_t>(e.date - period.from);
    if (e.back_pain) d.back[i] = static_cast<float>(e.back_pain->intensity);
    if (e.headache) d.headache[i] = static_cast<float>(e.headache->intensity);
  });
  return d;
}

std::vector<MonthDays> headache_days_by_month(const Journal& journal, Period period) {
  std::vector<MonthDays> months;
  if (period.days() <= 0) return months;
  for (Date start = month_start(period.from); start <= period.to;) {
    const CivilDate c = civil_from_date(start);
    const int length = days_in_month(c.year, c.month);
    const Date end = start + (length - 1);
    MonthDays m;
    m.year = c.year;
    m.month = c.month;
    m.days_in_period = std::min(end, period.to) - std::max(start, period.from) + 1;
    m.partial = m.days_in_period < length;
    months.push_back(m);
    start = end + 1;
  }
  for_each_entry(journal, period, [&](const Entry& e) {
    if (!e.headache) return;
    const CivilDate c = civil_from_date(e.date);
    for (MonthDays& m : months) {
      if (m.year != c.year || m.month != c.month) continue;
      ++m.recorded_days;
      if (e.headache->intensity >= 1) {
        ++m.headache_days;
        if (is_migraine_like(*e.headache)) ++m.migraine_like_days;
      }
      break;
    }
  });
  return months;
}

}  // namespace painlink::report
