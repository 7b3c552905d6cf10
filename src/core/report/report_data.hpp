// What the report counts over its period, straight from the journal (no analysis needed):
// key numbers, day-by-day intensities, headache days per calendar month, medication days per
// drug class and treatments with their relief. Also used by the widget's report preview.
//
// Definitions (the report's key-numbers table says the same in words):
//   recorded day      an entry exists for the date
//   back-pain day     back section recorded with intensity >= 1; flare day: >= the journal's
//                     back_flare_threshold (Settings)
//   headache day      headache section recorded with intensity >= 1
//   mean intensity    over the pain days only (0 days excluded); NaN when there are none
//   headache days per month  headache days * 30 / days in the period (days not recorded count as
//                     no headache, as in the analysis, so a sparse diary can only under-count)
//   migraine-like day analysis::migraine_like (ICHD-3 1.1 B-D features; headache_pattern.hpp)
//   medication day    a day with any treatment of type medication; per class a day counts once
//                     (a medication without a class counts as "other")
#pragma once

#include <string>
#include <vector>

#include "core/model.hpp"
#include "core/report/report.hpp"

namespace painlink::report {

struct KeyNumbers {
  Period period;
  int days_recorded = 0;
  int back_recorded_days = 0;   // back section present
  int back_pain_days = 0;
  double back_mean = 0.0;       // on back-pain days; NaN if none
  int flare_threshold = 4;
  int flare_days = 0;
  int headache_recorded_days = 0;
  int headache_days = 0;
  double headache_mean = 0.0;   // on headache days; NaN if none
  double headache_days_per_month = 0.0;
  int migraine_like_days = 0;
  int medication_days = 0;
  int notes = 0;                // days with a note
};

KeyNumbers compute_key_numbers(const Journal& journal, Period period);

// Day i of each vector is period.from + i; NaN = not recorded.
struct DailyIntensity {
  std::vector<float> back;
  std::vector<float> headache;
};
DailyIntensity daily_intensity(const Journal& journal, Period period);

// One calendar month that overlaps the period, clipped to it.
struct MonthDays {
  int year = 0;
  int month = 0;
  int days_in_period = 0;     // days of this month inside the period
  bool partial = false;       // the period covers only part of the month
  int recorded_days = 0;      // headache section recorded
  int headache_days = 0;
  int migraine_like_days = 0;
};
std::vector<MonthDays> headache_days_by_month(const Journal& journal, Period period);

struct ClassDays {
  DrugClass drug_class = DrugClass::other;
  int days = 0;
  std::vector<std::string> names;  // medicine names as first written, in order of first use
};
// Classes with at least one day, in kAllDrugClasses order.
std::vector<ClassDays> medication_days_by_class(const Journal& journal, Period period);

struct TreatmentRow {
  std::string label;         // "Ice", "ibuprofen (NSAID)", "Medication (no name)"
  bool medication = false;
  int times_used = 0;
  int days_used = 0;
  int relief_n = 0;          // uses with a relief rating
  double relief_mean = 0.0;  // NaN when relief_n == 0
};
// Medications by name (trimmed, case-insensitive; first spelling shown), other treatment types by
// type ("other" by name). Medications first, then the rest, each by times used (most first).
std::vector<TreatmentRow> treatments_in_period(const Journal& journal, Period period);

// Short class names for tables and charts ("NSAID", "Paracetamol", "Muscle relaxant").
const char* short_label(DrugClass c);

// Entries inside the period, oldest first (a view into the journal's map).
template <class Fn>
void for_each_entry(const Journal& journal, Period period, Fn&& fn) {
  for (auto it = journal.entries.lower_bound(period.from); it != journal.entries.end() && it->first <= period.to;
       ++it)
    fn(it->second);
}

}  // namespace painlink::report
