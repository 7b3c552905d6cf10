// The self-assessment's printable one-page summary: one self-contained HTML document, printed like
// the doctor's report (report.hpp: same stylesheet link, no inline style or script, all text
// escaped). Order: red flags (what to do and how fast) first, then the patterns the answers fit,
// medicine days, specialist advice, what to track, and every answer given. Nothing is added that
// the answers do not say, and the page says it is not a diagnosis.
//
//   auto r = assessment::evaluate_assessment(journal, today);
//   std::string html = report::build_assessment_html(r, today, options);
#pragma once

#include <string>

#include "core/assessment/evaluate.hpp"
#include "core/report/report.hpp"
#include "core/on_demand.hpp"

namespace painlink::report {

std::string build_assessment_html(const assessment::AssessmentResult& result, Date today,
                                  const ReportOptions& options) PAINLINK_ON_DEMAND("assessment_summary");

}  // namespace painlink::report
