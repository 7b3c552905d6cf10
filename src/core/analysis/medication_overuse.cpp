#include "core/analysis/medication_overuse.hpp"

#include <algorithm>

#include "core/analysis/wording.hpp"

namespace painlink::analysis {

namespace {

constexpr int kHistoryMonths = 12;  // months examined for runs

std::uint16_t bit(DrugClass c) { return static_cast<std::uint16_t>(1u << static_cast<unsigned>(c)); }

struct RowDef {
  const char* id;
  const char* label;
  const char* ichd;
  int threshold;
  std::uint16_t mask;
};

std::vector<RowDef> row_defs() {
  const std::uint16_t simple = bit(DrugClass::nsaid) | bit(DrugClass::paracetamol) | bit(DrugClass::aspirin);
  const std::uint16_t acute = simple | bit(DrugClass::triptan) | bit(DrugClass::ergot) | bit(DrugClass::opioid) |
                              bit(DrugClass::combination);
  return {
      {"nsaid", label(DrugClass::nsaid), "8.2.3.2", kSimpleAnalgesicDays, bit(DrugClass::nsaid)},
      {"paracetamol", label(DrugClass::paracetamol), "8.2.3.1", kSimpleAnalgesicDays, bit(DrugClass::paracetamol)},
      {"aspirin", label(DrugClass::aspirin), "8.2.3.2.1", kSimpleAnalgesicDays, bit(DrugClass::aspirin)},
      {"simple_analgesics", "Simple painkillers together (NSAIDs, paracetamol, aspirin)", "8.2.3",
       kSimpleAnalgesicDays, simple},
      {"triptan", label(DrugClass::triptan), "8.2.2", kSpecificDrugDays, bit(DrugClass::triptan)},
      {"ergot", label(DrugClass::ergot), "8.2.1", kSpecificDrugDays, bit(DrugClass::ergot)},
      {"opioid", label(DrugClass::opioid), "8.2.4", kSpecificDrugDays, bit(DrugClass::opioid)},
      {"combination", label(DrugClass::combination), "8.2.5", kSpecificDrugDays, bit(DrugClass::combination)},
      {"any_acute", "Any acute painkiller or migraine medicine", "8.2.6", kSpecificDrugDays, acute},
      {"muscle_relaxant", label(DrugClass::muscle_relaxant), "", 0, bit(DrugClass::muscle_relaxant)},
      {"other", label(DrugClass::other), "", 0, bit(DrugClass::other)},
  };
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
  // Month windows, oldest first, the current month last.
  struct Window {
    int year, month;
    Date from, to;  // inclusive, `to` capped at today
    bool complete;
  };
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

  const std::vector<RowDef> defs = row_defs();
  std::vector<MedicationOveruseRow> rows;
  rows.reserve(defs.size());
  for (const RowDef& def : defs) {
    MedicationOveruseRow row;
    row.drug_class = def.id;
    row.label = def.label;
    row.ichd_code = def.ichd;
    row.threshold = def.threshold;
    std::vector<int> days(windows.size(), 0);
    for (std::size_t w = 0; w < windows.size(); ++w) {
      for (Date d = std::max(windows[w].from, s.first); d <= windows[w].to; d = d + 1) {
        if (!s.contains(d)) continue;
        if (s.med_classes[static_cast<std::size_t>(s.index_of(d))] & def.mask) ++days[w];
      }
    }
    row.days_per_month = days.back();
    for (std::size_t w = windows.size() - kOveruseMonths; w < windows.size(); ++w)
      row.months.push_back({windows[w].year, windows[w].month, days[w], windows[w].complete});
    if (row.threshold > 0) {
      std::vector<bool> meets(windows.size());
      for (std::size_t w = 0; w < windows.size(); ++w) meets[w] = days[w] >= row.threshold;
      row.months_over = consecutive_months(meets, !windows.back().complete);
      row.at_risk = row.months_over >= kOveruseMonths;
      row.approaching = row.months_over > 0 && !row.at_risk;
    }

    const std::string taken = row.label + ": taken on " + plural(row.days_per_month, "day", "days") + " so far in " +
                              month_name(now.month) + ".";
    if (row.at_risk) {
      row.sentence = taken + " You have taken it on " + std::to_string(row.threshold) + " or more days a month for " +
                     std::to_string(row.months_over) +
                     " months in a row. Taking it this often can itself cause more frequent headaches "
                     "(medication-overuse headache). Please talk to your doctor before changing anything.";
    } else if (row.approaching) {
      row.sentence = taken + " That is at or above " + std::to_string(row.threshold) + " days a month in " +
                     plural(row.months_over, "month", "months") + " so far. If this goes on for " +
                     std::to_string(kOveruseMonths) +
                     " months it can itself cause more frequent headaches; consider talking to your doctor.";
    } else if (row.threshold > 0) {
      row.sentence = taken + " The limit to stay under is " + std::to_string(row.threshold) + " days a month.";
    } else {
      row.sentence = taken;
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace painlink::analysis
