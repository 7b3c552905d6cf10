// Medication-overuse risk, after ICHD-3 8.2 (Cephalalgia 2018;38(1):1-211). README "Medication".
//
// Counts medication DAYS (not doses) per calendar month: a day counts once per row however many
// doses were taken. Every medication counts, whatever pain it was taken for (back pain included):
// overuse headache depends on intake, not on the reason. A medication without a drug class counts
// as "other".
//
// Rows and thresholds (days per calendar month):
//   nsaid, paracetamol, aspirin ......... >= 15 each   (8.2.3.2, 8.2.3.1, 8.2.3.2.1)
//   simple_analgesics (any of the three)  >= 15        (8.2.3: ICHD-3 treats all non-opioid
//                                                       analgesics as one class)
//   triptan >= 10 (8.2.2), ergot >= 10 (8.2.1), opioid >= 10 (8.2.4), combination >= 10 (8.2.5)
//   any_acute: any of the above classes, a day counted once, >= 10 (8.2.6, multiple classes not
//              individually overused)
//   muscle_relaxant, other ............... counted and shown, no ICHD threshold
// Months: the calendar month containing `today` (usually partial) and the ones before it.
// months_over: consecutive months at or above the threshold ending with the current month when it
// is already over, otherwise ending with the previous month (a partial month that has not yet
// reached the threshold neither breaks nor extends a run).
//   at_risk      months_over >= 3   (ICHD-3 asks for regular overuse for > 3 months; 3 calendar
//                                     months is the warning point)
//   approaching  months_over 1 or 2
// This flags a risk to discuss with a doctor; MOH also needs headache on >= 15 days a month.
#pragma once

#include <string>
#include <vector>

#include "core/analysis/daily_series.hpp"

namespace painlink::analysis {

inline constexpr int kOveruseMonths = 3;
inline constexpr int kSimpleAnalgesicDays = 15;
inline constexpr int kSpecificDrugDays = 10;

struct MonthCount {
  int year = 0;
  int month = 0;      // 1..12
  int days = 0;       // medication days in this month (up to today)
  bool complete = false;
};

struct MedicationOveruseRow {
  std::string drug_class;  // "nsaid", ..., "simple_analgesics", "any_acute", "muscle_relaxant", "other"
  std::string label;
  std::string ichd_code;   // "8.2.3.1"; empty when there is no threshold
  int threshold = 0;       // days per month; 0 = no ICHD-3 threshold
  int days_per_month = 0;  // the calendar month containing today (so far)
  std::vector<MonthCount> months;  // the last 3 calendar months, oldest first, current last
  int months_over = 0;
  bool at_risk = false;
  bool approaching = false;
  std::string sentence;
};

std::vector<MedicationOveruseRow> analyse_medication_overuse(const DailySeries& s);

// Consecutive months meeting a criterion, ending with the last month (oldest first in `meets`).
// When the last month is partial and does not meet it yet, the run ends with the one before.
int consecutive_months(const std::vector<bool>& meets, bool last_is_partial);

}  // namespace painlink::analysis
