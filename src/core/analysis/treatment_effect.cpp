#include "core/analysis/treatment_effect.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <limits>
#include <map>

#include "core/analysis/wording.hpp"
#include "core/medicine_names.hpp"

namespace painlink::analysis {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

struct Acc {
  TreatmentStat stat;
  std::vector<double> relief;
  int last_day = std::numeric_limits<int>::min();
  void add(const Treatment& t, int day) {
    ++stat.times_used;
    if (day != last_day) {
      ++stat.days_used;
      last_day = day;
    }
    if (t.relief) relief.push_back(static_cast<double>(std::clamp(*t.relief, 0, kMaxIntensity)));
  }
  TreatmentStat finish() {
    stat.relief = mean_ci(relief);
    return stat;
  }
};

std::string trim(const std::string& name) {
  std::size_t b = 0, e = name.size();
  while (b < e && std::isspace(static_cast<unsigned char>(name[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(name[e - 1]))) --e;
  return name.substr(b, e - b);
}

// Trimmed, ASCII letters lower-cased (other UTF-8 bytes are kept as they are). Writes into `out`
// so one buffer serves every treatment.
void normalise_name(const std::string& name, std::string& out) {
  std::size_t b = 0, e = name.size();
  while (b < e && std::isspace(static_cast<unsigned char>(name[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(name[e - 1]))) --e;
  out.assign(name, b, e - b);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
}

std::string trend_phrase(const char* what, const Slope& sl) {
  if (!std::isfinite(sl.slope)) return "";
  const std::string ci = "95% CI " + format_fixed(sl.ci_low, 2) + " to " + format_fixed(sl.ci_high, 2);
  std::string s = std::string(" Over ") + plural(sl.n, "week", "weeks") + " of records, " + what;
  if (sl.ci_high < 0.0)
    s += " went down by about " + format_fixed(-sl.slope, 1) + " points a week (" + ci + ").";
  else if (sl.ci_low > 0.0)
    s += " went up by about " + format_fixed(sl.slope, 1) + " points a week (" + ci + ").";
  else
    s += " showed no clear change (" + format_fixed(sl.slope, 2) + " points a week, " + ci + ").";
  return s;
}

}  // namespace

TreatmentSummary analyse_treatments(const Journal& journal, const DailySeries& s) {
  TreatmentSummary out;
  out.back_slope.slope = out.headache_slope.slope = kNaN;
  out.back_recent_mean = out.headache_recent_mean = kNaN;

  std::vector<Acc> types(std::size(kAllTreatmentTypes)), classes(std::size(kAllDrugClasses));
  for (std::size_t i = 0; i < types.size(); ++i) {
    types[i].stat.key = to_string(kAllTreatmentTypes[i]);
    types[i].stat.label = label(kAllTreatmentTypes[i]);
  }
  for (std::size_t i = 0; i < classes.size(); ++i) {
    classes[i].stat.key = to_string(kAllDrugClasses[i]);
    classes[i].stat.label = label(kAllDrugClasses[i]);
  }
  std::map<std::string, Acc, std::less<>> names;
  std::string key;

  if (s.days > 0) {
    for (auto it = journal.entries.lower_bound(s.first), end = journal.entries.upper_bound(s.today); it != end;
         ++it) {
      const int day = it->first.days;
      for (const Treatment& t : it->second.treatments) {
        types[static_cast<std::size_t>(t.type)].add(t, day);
        if (t.type == TreatmentType::medication)
          classes[static_cast<std::size_t>(effective_drug_class(t))].add(t, day);
        normalise_name(t.name, key);
        if (!key.empty()) {
          auto pos = names.find(key);
          if (pos == names.end()) {
            pos = names.emplace(key, Acc{}).first;
            pos->second.stat.key = key;
            pos->second.stat.label = trim(t.name);
          }
          pos->second.add(t, day);
        }
      }
    }
  }
  for (Acc& a : types)
    if (a.stat.times_used > 0) out.by_type.push_back(a.finish());
  for (Acc& a : classes)
    if (a.stat.times_used > 0) out.by_drug_class.push_back(a.finish());
  for (auto& entry : names) out.by_name.push_back(entry.second.finish());

  // Care start and weekly trend.
  for (int i = 0; i < s.days; ++i)
    if (s.any_treatment[static_cast<std::size_t>(i)]) {
      out.care_start = s.date(i);
      break;
    }
  if (!out.care_start) {
    out.sentence = "No treatments recorded yet.";
    return out;
  }
  const Date start = *out.care_start;
  out.weeks_of_care = (s.today - start) / 7 + 1;
  std::vector<double> wx_back, wy_back, wx_head, wy_head;
  for (int w = std::max(1, out.weeks_of_care - kTrendWeeks + 1); w <= out.weeks_of_care; ++w) {
    WeekTrend wt;
    wt.week = w;
    wt.start = start + 7 * (w - 1);
    double sb = 0.0, sh = 0.0;
    for (int k = 0; k < 7; ++k) {
      const Date d = wt.start + k;
      if (d > s.today || !s.contains(d)) continue;
      const auto i = static_cast<std::size_t>(s.index_of(d));
      if (!std::isnan(s.back[i])) {
        sb += s.back[i];
        ++wt.back_n;
      }
      if (!std::isnan(s.headache[i])) {
        sh += s.headache[i];
        ++wt.headache_n;
      }
    }
    wt.back_mean = wt.back_n > 0 ? sb / wt.back_n : kNaN;
    wt.headache_mean = wt.headache_n > 0 ? sh / wt.headache_n : kNaN;
    if (wt.back_n >= kMinDaysPerWeek) {
      wx_back.push_back(w);
      wy_back.push_back(wt.back_mean);
    }
    if (wt.headache_n >= kMinDaysPerWeek) {
      wx_head.push_back(w);
      wy_head.push_back(wt.headache_mean);
    }
    out.weekly.push_back(wt);
  }
  auto trend = [](const std::vector<double>& x, const std::vector<double>& y) {
    Slope sl;
    if (static_cast<int>(x.size()) >= kMinTrendWeeks) return linear_slope_ar1(x, y);
    sl.slope = sl.ci_low = sl.ci_high = sl.intercept = kNaN;
    sl.n = static_cast<int>(x.size());
    return sl;
  };
  out.back_slope = trend(wx_back, wy_back);
  out.headache_slope = trend(wx_head, wy_head);

  double sb = 0.0, sh = 0.0;
  for (Date d = s.today - (kRecentWindowDays - 1); d <= s.today; d = d + 1) {
    if (!s.contains(d)) continue;
    const auto i = static_cast<std::size_t>(s.index_of(d));
    if (!std::isnan(s.back[i])) {
      sb += s.back[i];
      ++out.back_recent_n;
    }
    if (!std::isnan(s.headache[i])) {
      sh += s.headache[i];
      ++out.headache_recent_n;
    }
  }
  if (out.back_recent_n >= kMinRecentDays) out.back_recent_mean = sb / out.back_recent_n;
  if (out.headache_recent_n >= kMinRecentDays) out.headache_recent_mean = sh / out.headache_recent_n;
  const int weeks_ago = (s.today - start) / 7;
  out.sentence = "You started recording treatments on " + format_date_long(start) + " (" +
                 plural(weeks_ago, "week", "weeks") + " ago).";
  out.sentence += trend_phrase("your weekly back pain", out.back_slope);
  out.sentence += trend_phrase("your weekly headache intensity", out.headache_slope);
  return out;
}

}  // namespace painlink::analysis
