// Plain sentences for the patient. Shared number formats and the risk sentence every 2x2
// comparison uses; module-specific sentences (medication, pattern, ...) are built in their modules
// from these helpers. English for now; every number in a sentence comes from the result it
// describes (tests compare them).
//
// Format rules: percentages as whole numbers ("45%"); ratios with 2 decimals below 2 (so a CI
// bound of 1.04 never reads as "1.0"), 1 decimal below 10, none above ("0.62", "1.45", "3.0", "12");
// CIs as "1.9–4.6" (en dash, in the widget's font), an open side as "4.1 or more" / "up to 0.25".
#pragma once

#include <string>

#include "core/analysis/risk_table.hpp"

namespace painlink::analysis {

std::string format_percent(double share);           // 0.453 -> "45%"
std::string format_fixed(double v, int decimals);   // snprintf "%.*f"
std::string format_ratio(double v);                 // see rules above; "?" for NaN
std::string format_ci(double lo, double hi);        // "1.9–4.6", "4.1 or more", "up to 0.25"
// The label under a trigger chart row, "RR 2.0  (1.2–3.4)" ("" without an estimate): the same
// format_ratio / format_ci as the row's sentence, so the two never disagree.
std::string rr_label(double relative_risk, double ci_low, double ci_high);
std::string plural(int n, const char* one, const char* many);  // "1 day", "3 days"

// Plain words for a CI of an RR, e.g. "between 1.2 and 3.0 times as likely", "at least 4.1 times
// as likely", "between 20% and 60% less likely", "anywhere from 40% less likely to 2.1 times as
// likely" (the CI includes no difference).
std::string effect_phrase(const RiskComparison& c);

// "a headache", "a back-pain flare (4 or more out of 10)", "a new headache (after a headache-free day)".
std::string outcome_phrase(Outcome o, int flare_threshold);

// The main sentence of a comparison: absolute counts first, then the plain range, then the
// statistics, e.g.
// "You had a headache on 12 of 20 days (60%) with under 6 hours of sleep, against 9 of 68 other
//  days (13%): between 2.6 and 8.2 times as likely (relative risk 4.5, 95% CI 2.6–8.2, from 88 days)."
// Lag 1 and more: "The day after a day with X, you had a headache on 12 of 20 days (60%), against 0
// of 68 otherwise (0%): ...". `others` replaces "other days" / "otherwise" when the reference group is
// narrower (e.g. "days without back pain"). For a stratified comparison `state` names what was
// allowed for (", allowing for whether you already had a headache that day"). Only meaningful when
// c.enough_data.
std::string risk_sentence(const std::string& outcome, const std::string& exposure, int lag, const RiskComparison& c,
                          const char* others = nullptr, const char* state = nullptr);

// "No clear link so far: with 90 days, a factor would have to make headaches about 3.1 times as
// likely to stand out; keep recording." (or "... too few days to show even a strong link ...").
std::string no_clear_link_phrase(const RiskComparison& c, const char* outcome_plural);

// What is missing for a comparison below the minimum sample, e.g.
// "it needs at least 5 days with and 5 without under 6 hours of sleep (so far 2 with, 30 without)".
std::string missing_data_phrase(const TwoByTwo& t, const std::string& exposure, const std::string& outcome);

}  // namespace painlink::analysis
