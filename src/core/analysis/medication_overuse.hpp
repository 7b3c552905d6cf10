// Medication days against the ICHD-3 8.2 limits for medication-overuse headache (Cephalalgia
// 2018;38(1):1-211). src/core/analysis/README.md "Medication overuse".
//
// Counts medication DAYS (not doses) per calendar month: a day counts once per row however many
// doses were taken. Every medication counts, whatever pain it was taken for (back pain included):
// overuse headache depends on intake, not on the reason. A medication without a chosen class counts
// as the class of its name (core/medicine_names.hpp), else as "other".
//
// Rows and limits (days per calendar month, always "at or above"):
//   nsaid, paracetamol, aspirin ......... >= 15 each   (8.2.3.2, 8.2.3.1, 8.2.3.2.1)
//   simple_analgesics: any of the three . >= 15        (8.2.3: the non-opioid painkillers are one class)
//   triptan >= 10 (8.2.2), ergot >= 10 (8.2.1), opioid >= 10 (8.2.4), combination >= 10 (8.2.5)
//   multiple_classes (8.2.6): days with any acute medicine, a day counted once, >= 10, only in a month
//     when at least two ICHD-3 classes were taken (ergot, triptan, non-opioid painkillers, opioid,
//     combination) and none of them reached its own limit. One NSAID on 12 days is not overuse.
//   muscle_relaxant, other ............... counted and shown, no ICHD-3 limit
//
// Months: the calendar month containing `today` (usually partial) and the ones before it.
// months_over: consecutive months at or above the limit, ending with the current month when it is
// already there, otherwise with the previous month (a partial month that has not reached the limit
// yet neither breaks nor extends a run).
//   at_risk      months_over >= kMoreThan3Months: ICHD-3's "regular overuse for more than 3 months"
//   approaching  months_over 1 .. kMoreThan3Months - 1
// Criterion A of medication-overuse headache is headache on >= 15 days a month: `headache_criterion`
// says whether every month of the run had that many recorded headache days. Only then does the
// sentence say the pattern fits medication-overuse headache; otherwise it says the medicine days are
// above the limit, which can lead to it. Both are things to discuss with a doctor, not diagnoses.
// Unrecorded days are unknown, not "no medicine": each month carries its recorded days and the
// sentence says when a month was mostly unrecorded.
#pragma once

#include <string>
#include <vector>

#include "core/analysis/daily_series.hpp"

namespace painlink::analysis {

// "More than 3 months" in calendar months, one definition for medication overuse and the chronic
// headache patterns: 4 months in a row, the current month counting once it has reached the limit.
inline constexpr int kMoreThan3Months = 4;
inline constexpr int kSimpleAnalgesicDays = 15;
inline constexpr int kSpecificDrugDays = 10;
inline constexpr int kMohHeadacheDays = 15;  // ICHD-3 8.2 criterion A
inline constexpr int kShownMonths = 4;        // months listed per row (the run length that matters)

struct MonthCount {
  int year = 0;
  int month = 0;      // 1..12
  int days = 0;       // medication days in this month (up to today)
  int recorded_days = 0;  // days with an entry (the others are unknown)
  int elapsed_days = 0;   // days of the month up to today (the whole month when complete)
  int headache_days = 0;  // recorded days with a headache
  bool complete = false;
  bool meets = false;     // at or above the row's limit (and, for 8.2.6, the row's other conditions)
};

struct MedicationOveruseRow {
  std::string drug_class;  // "nsaid", ..., "simple_analgesics", "multiple_classes", "muscle_relaxant", "other"
  std::string label;
  std::string ichd_code;   // "8.2.3.1"; empty when there is no limit
  int threshold = 0;       // days per month; 0 = no ICHD-3 limit
  int days_per_month = 0;  // the calendar month containing today (so far)
  int last_complete_days = 0;  // the last complete calendar month
  std::vector<MonthCount> months;  // the last kShownMonths calendar months, oldest first, current last
  int months_over = 0;
  bool at_risk = false;
  bool approaching = false;
  bool headache_criterion = false;  // >= 15 headache days in every month of the run
  std::string sentence;
};

std::vector<MedicationOveruseRow> analyse_medication_overuse(const DailySeries& s);

// Consecutive months meeting a criterion, ending with the last month (oldest first in `meets`).
// When the last month is partial and does not meet it yet, the run ends with the one before.
int consecutive_months(const std::vector<bool>& meets, bool last_is_partial);

}  // namespace painlink::analysis
