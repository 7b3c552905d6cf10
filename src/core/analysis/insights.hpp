// The Insight part in one call: everything the UI draws, computed from the journal as of `today`.
// Methods, thresholds and minimum-data rules: src/core/analysis/README.md and each module's header.
//
//   Insights in = compute_insights(journal, today);   // one pass to dense arrays, then counting
//   Json j = insights_to_json(in);                     // NaN/Inf never appear: they become null
//
// Nothing here throws (allocation failure aside) or aborts; an empty journal gives empty results
// with "not enough data" hints.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/analysis/body_map.hpp"
#include "core/analysis/charts.hpp"
#include "core/analysis/connection.hpp"
#include "core/analysis/findings.hpp"
#include "core/analysis/headache_pattern.hpp"
#include "core/analysis/medication_overuse.hpp"
#include "core/analysis/red_flags.hpp"
#include "core/analysis/specialist.hpp"
#include "core/analysis/treatment_effect.hpp"
#include "core/analysis/triggers.hpp"
#include "core/model.hpp"
#include "core/on_demand.hpp"

namespace painlink::analysis {

struct Insights {
  Date today{};
  std::optional<Date> first_date;  // first day analysed (first entry, at most ~20 years back)
  int days_in_range = 0;           // first_date .. today
  int days_recorded = 0;           // entries in that range
  int back_flare_threshold = 4;

  ConnectionResult connection;
  std::vector<TriggerResult> triggers;
  std::vector<MedicationOveruseRow> medication_overuse;
  HeadachePattern headache_pattern;
  TreatmentSummary treatments;
  SpecialistAdvice specialist;
  RedFlagResult red_flags;
  BodyMap body_map;
  ChartSeries charts;
  // "Record about N more days ..." hints for parts that cannot say anything yet, each with the
  // section it belongs to (the UI shows it there; the sentence is for reading, never for routing).
  struct Hint {
    enum class Section { general, connection, triggers, pattern, treatments };
    Section section = Section::general;
    std::string text;
    bool operator==(const Hint&) const = default;
  };
  std::vector<Hint> not_enough_data;
  // What stands out across every outcome and lag, strongest first (findings.hpp).
  std::vector<Finding> standouts;
};

Insights compute_insights(const Journal& journal, Date today) PAINLINK_ON_DEMAND("analysis");
Json insights_to_json(const Insights& insights);

// The safety part alone: the red-flag answers and the flare threshold, every count left empty.
// While fewer than kDaysForAnyFinding days are recorded it is all that Check-in's banner and the
// screen-reader summary can show, since no comparison has its minimum of paired days and no
// medicine can have been over its monthly limit for months; it needs none of the counting code,
// which the web build then loads only once a journal grows (core/on_demand.hpp). The test "fewer
// days than any finding needs" holds compute_insights to that.
inline constexpr int kDaysForAnyFinding = kMinPairedDays;
Insights safety_insights(const Journal& journal, Date today);

}  // namespace painlink::analysis
