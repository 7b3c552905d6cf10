#include "core/analysis/medication_overuse.hpp"

#include <algorithm>
#include <cmath>

#include "core/analysis/wording.hpp"

namespace painlink::analysis {

namespace {

constexpr int kHistoryMonths = 12;  // months examined for runs

std::uint16_t bit(DrugClass c) { return static_cast<std::uint16_t>(1u << static_cast<unsigned>(c)); }

const std::uint16_t kNonOpioid = bit(DrugClass::nsaid) | bit(DrugClass::paracetamol) | bit(DrugClass::aspirin);
// The ICHD-3 classes 8.2.6 counts across, each as one class.
const std::uint16_t kIchdClasses[] = {bit(DrugClass::ergot), bit(DrugClass::triptan), kNonOpioid,
                                      bit(DrugClass::opioid), bit(DrugClass::combination)};
const std::uint16_t kAcute = kNonOpioid | bit(DrugClass::triptan) | bit(DrugClass::ergot) | bit(DrugClass::opioid) |
                             bit(DrugClass::combination);

struct RowDef {
  const char* id;
  const char* label;
  const char* ichd;
  int threshold;
  std::uint16_t mask;
  bool multiple_classes;  // the 8.2.6 row
};

std::vector<RowDef> row_defs() {
  return {
      {"nsaid", label(DrugClass::nsaid), "8.2.3.2", kSimpleAnalgesicDays, bit(DrugClass::nsaid), false},
      {"paracetamol", label(DrugClass::paracetamol), "8.2.3.1", kSimpleAnalgesicDays, bit(DrugClass::paracetamol),
       false},
      {"aspirin", label(DrugClass::aspirin), "8.2.3.2.1", kSimpleAnalgesicDays, bit(DrugClass::aspirin), false},
      {"simple_analgesics", "Non-opioid painkillers together (NSAIDs, paracetamol, aspirin)", "8.2.3",
       kSimpleAnalgesicDays, kNonOpioid, false},
      {"triptan", label(DrugClass::triptan), "8.2.2", kSpecificDrugDays, bit(DrugClass::triptan), false},
      {"ergot", label(DrugClass::ergot), "8.2.1", kSpecificDrugDays, bit(DrugClass::ergot), false},
      {"opioid", label(DrugClass::opioid), "8.2.4", kSpecificDrugDays, bit(DrugClass::opioid), false},
      {"combination", label(DrugClass::combination), "8.2.5", kSpecificDrugDays, bit(DrugClass::combination), false},
      {"multiple_classes", "Acute medicines of different kinds together", "8.2.6", kSpecificDrugDays, kAcute, true},
      {"muscle_relaxant", label(DrugClass::muscle_relaxant), "", 0, bit(DrugClass::muscle_relaxant), false},
      {"other", label(DrugClass::other), "", 0, bit(DrugClass::other), false},
  };
}

struct Window {
  int year, month;
  Date from, to;  // inclusive, `to` capped at today
  bool complete;
};

// Per month: recorded days, headache days and the days elapsed so far.
struct MonthDays {
  int recorded = 0;
  int headache = 0;
  int elapsed = 0;
};

int days_with(const DailySeries& s, const Window& w, std::uint16_t mask) {
  int n = 0;
  for (Date d = std::max(w.from, s.first); d <= w.to; d = d + 1)
    if (s.contains(d) && (s.med_classes[static_cast<std::size_t>(s.index_of(d))] & mask)) ++n;
  return n;
}

std::string month_list(const std::vector<MonthCount>& months, std::size_t from) {
  std::string out;
  for (std::size_t i = from; i < months.size(); ++i) {
    if (!months[i].complete) continue;
    if (!out.empty()) out += ", ";
    out += std::string(month_name(months[i].month)) + " " + std::to_string(months[i].days);
  }
  return out;
}

}  // namespace

int consecutive_months(const std::vector<bool>& meets, bool last_is_partial) {
  if (meets.empty()) return 0;
  std::size_t end = meets.size();
  if (last_is_partial && !meets.back()) --end;
  int run = 0;
  while (end > 0 && meets[end - 1]) {
    ++run;
    --end;
  }
  return run;
}

std::vector<MedicationOveruseRow> analyse_medication_overuse(const DailySeries& s) {
  std::vector<Window> windows;
  const CivilDate now = civil_from_date(s.today);
  for (int back = kHistoryMonths - 1; back >= 0; --back) {
    int y = now.year, m = now.month - back;
    while (m < 1) {
      m += 12;
      --y;
    }
    const Date from = date_from_civil(y, m, 1);
    const Date last = date_from_civil(y, m, days_in_month(y, m));
    windows.push_back({y, m, from, std::min(last, s.today), last <= s.today});
  }

  std::vector<MonthDays> month_days(windows.size());
  for (std::size_t w = 0; w < windows.size(); ++w) {
    MonthDays& md = month_days[w];
    md.elapsed = windows[w].to - windows[w].from + 1;
    for (Date d = std::max(windows[w].from, s.first); d <= windows[w].to; d = d + 1) {
      if (!s.contains(d)) continue;
      const auto k = static_cast<std::size_t>(s.index_of(d));
      if (s.recorded[k]) ++md.recorded;
      if (s.headache_day[k] == 1) ++md.headache;
    }
  }

  const std::vector<RowDef> defs = row_defs();
  // Whether each single-class row meets its own limit per month, for 8.2.6's "none overused alone".
  std::vector<std::vector<bool>> single_meets;
  std::vector<MedicationOveruseRow> rows;
  rows.reserve(defs.size());
  for (const RowDef& def : defs) {
    MedicationOveruseRow row;
    row.drug_class = def.id;
    row.label = def.label;
    row.ichd_code = def.ichd;
    row.threshold = def.threshold;
    std::vector<int> days(windows.size(), 0);
    std::vector<bool> meets(windows.size(), false);
    for (std::size_t w = 0; w < windows.size(); ++w) {
      days[w] = days_with(s, windows[w], def.mask);
      if (def.threshold == 0) continue;
      meets[w] = days[w] >= def.threshold;
      if (def.multiple_classes && meets[w]) {
        int classes = 0;
        for (std::uint16_t c : kIchdClasses) classes += days_with(s, windows[w], c) > 0 ? 1 : 0;
        bool single_over = false;
        for (const std::vector<bool>& m : single_meets) single_over = single_over || m[w];
        meets[w] = classes >= 2 && !single_over;
      }
    }
    if (def.threshold > 0 && !def.multiple_classes) single_meets.push_back(meets);

    row.days_per_month = days.back();
    row.last_complete_days = windows.size() >= 2 ? days[windows.size() - 2] : 0;
    for (std::size_t w = windows.size() - kShownMonths; w < windows.size(); ++w)
      row.months.push_back({windows[w].year, windows[w].month, days[w], month_days[w].recorded,
                            month_days[w].elapsed, month_days[w].headache, windows[w].complete, meets[w]});
    if (row.threshold > 0) {
      row.months_over = consecutive_months(meets, !windows.back().complete);
      row.at_risk = row.months_over >= kMoreThan3Months;
      row.approaching = row.months_over > 0 && !row.at_risk;
      // Criterion A over the run's months.
      if (row.months_over > 0) {
        std::size_t end = windows.size();
        if (!windows.back().complete && !meets.back()) --end;
        bool all = true;
        for (std::size_t w = end - static_cast<std::size_t>(row.months_over); w < end; ++w)
          all = all && month_days[w].headache >= kMohHeadacheDays;
        row.headache_criterion = all;
      }
    }

    // Sentence: what to do first, then the complete months, then the month so far.
    const std::string limit = std::to_string(row.threshold) + " or more days a month";
    const std::string what = def.multiple_classes ? "acute medicines of different kinds (counted together)" : row.label;
    // The run's months among those shown: it ends before the current month unless that one is in it.
    const std::size_t run_end = row.months.size() - (!row.months.back().complete && !row.months.back().meets ? 1 : 0);
    const std::size_t shown_from = run_end - std::min<std::size_t>(run_end, static_cast<std::size_t>(row.months_over));
    const std::string run_months = month_list(row.months, row.months_over > 0 ? shown_from : 0);
    if (row.at_risk && row.headache_criterion) {
      row.sentence = "Talk to your doctor about this medicine soon, and do not stop or change it without advice. " +
                     what + ": taken on " + limit + " for " + std::to_string(row.months_over) +
                     " months in a row (days: " + run_months +
                     "), with headaches on 15 or more days in each of those months. Together this fits what "
                     "doctors call medication-overuse headache (ICHD-3 " + row.ichd_code +
                     "): a pattern to discuss with your doctor, not a diagnosis.";
    } else if (row.at_risk) {
      row.sentence = "Talk to your doctor about how often you take this medicine. " + what + ": taken on " + limit +
                     " for " + std::to_string(row.months_over) + " months in a row (days: " + run_months +
                     "). That is above the limit, which can lead to medication-overuse headache (more frequent "
                     "headaches caused by the medicine itself). Your recorded headache days were not 15 or more in "
                     "each of those months, so it does not fit medication-overuse headache now.";
    } else if (row.approaching) {
      row.sentence = what + ": taken on " + limit + " in " + plural(row.months_over, "month", "months in a row") +
                     (run_months.empty() ? std::string() : " (days: " + run_months + ")") +
                     ". Keeping this up for more than 3 months can lead to medication-overuse headache (more "
                     "frequent headaches caused by the medicine itself); consider talking to your doctor.";
    } else {
      const MonthCount& last = row.months[row.months.size() - 2];
      row.sentence = what + ": ";
      row.sentence += last.recorded_days == 0
                          ? std::string("no days recorded in ") + month_name(last.month) + "."
                          : "taken on " + plural(last.days, "day", "days") + " in " + month_name(last.month) + ".";
      if (row.threshold > 0)
        row.sentence += " The limit to stay under is " + std::to_string(row.threshold) + " days a month.";
    }
    // Unknown days: a month mostly unrecorded can hide medicine days.
    const std::size_t check_from = row.months_over > 0 ? shown_from : row.months.size() - 2;
    for (std::size_t i = check_from; i < row.months.size(); ++i) {
      const MonthCount& m = row.months[i];
      if (!m.complete || m.recorded_days == 0 || 2 * m.recorded_days >= m.elapsed_days) continue;
      row.sentence += std::string(" In ") + month_name(m.month) + " only " + std::to_string(m.recorded_days) +
                      " of " + std::to_string(m.elapsed_days) +
                      " days were recorded, so the real number of medicine days may be higher.";
      break;
    }
    const MonthCount& current = row.months.back();
    if (!current.complete && (row.at_risk || row.approaching || current.days > 0))
      row.sentence += std::string(" So far in ") + month_name(current.month) + ": " +
                      plural(current.days, "day", "days") + " (" + std::to_string(current.recorded_days) + " of " +
                      std::to_string(current.elapsed_days) + " days recorded).";
    rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace painlink::analysis
