// Plain sentences for the patient. Shared number formats and the risk sentence every 2x2
// comparison uses; module-specific sentences (medication, pattern, ...) are built in their modules
// from these helpers. English for now; every number in a sentence comes from the result it
// describes (tests compare them).
//
// Format rules: percentages as whole numbers ("45%"); ratios with 2 decimals below 2 (so a CI
// bound of 1.04 never reads as "1.0"), 1 decimal below 10, none above ("0.62", "1.45", "3.0", "12"); CIs as "1.9–4.6" (en dash, in the widget's font).
#pragma once

#include <string>

#include "core/analysis/risk_table.hpp"

namespace painlink::analysis {

std::string format_percent(double share);           // 0.453 -> "45%"
std::string format_fixed(double v, int decimals);   // snprintf "%.*f"
std::string format_ratio(double v);                 // see rules above; "?" for NaN
std::string format_ci(double lo, double hi);        // "1.9–4.6"
std::string plural(int n, const char* one, const char* many);  // "1 day", "3 days"

// "3.0 times as likely (95% CI 1.9–4.6)" or "40% less likely (relative risk 0.60, 95% CI 0.40–0.90)".
std::string effect_phrase(const RiskComparison& c);

// "a headache", "a back-pain flare (4 or more out of 10)", "a new headache (after a headache-free day)".
std::string outcome_phrase(Outcome o, int flare_threshold);

// The main sentence of a comparison, e.g.
// "You had a headache on 45% of days with under 6 hours of sleep, against 15% of other days:
//  3.0 times as likely (95% CI 1.9–4.6), from 84 days."
// Lag 1 and more: "The day after a day with X, you had a headache 40% of the time, against 15%
// otherwise: ...". `others` replaces "of other days" / "otherwise" when the reference group is
// narrower (e.g. "of days without back pain"). Only meaningful when c.enough_data.
std::string risk_sentence(const std::string& outcome, const std::string& exposure, int lag, const RiskComparison& c,
                          const char* others = nullptr);

// What is missing for a comparison below the minimum sample, e.g.
// "it needs at least 5 days with and 5 without under 6 hours of sleep (so far 2 with, 30 without)".
std::string missing_data_phrase(const TwoByTwo& t, const std::string& exposure, const std::string& outcome);

}  // namespace painlink::analysis
