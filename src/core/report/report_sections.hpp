// The report's sections, each appending one <section> to `out` (internal to src/core/report;
// build_report_html in report_html.cpp puts them in order). Every dynamic string is escaped.
#pragma once

#include <string>

#include "core/analysis/insights.hpp"
#include "core/report/report.hpp"

namespace painlink::report {

// From the journal, over the period (report_period_sections.cpp).
void key_numbers_section(std::string& out, const Journal& journal, Period period);
void charts_section(std::string& out, const Journal& journal, Period period);
void treatments_section(std::string& out, const Journal& journal, Period period);
void notes_section(std::string& out, const Journal& journal, Period period);

// From the analysis (report_analysis_sections.cpp).
void pattern_section(std::string& out, const analysis::Insights& insights);
void triggers_section(std::string& out, const analysis::Insights& insights);
void connection_section(std::string& out, const analysis::Insights& insights);
void medication_section(std::string& out, const Journal& journal, Period period, const analysis::Insights& insights);
void red_flags_section(std::string& out, const analysis::Insights& insights);
// Page one, before the numbers: a red-flag "yes" and medication days over an ICHD-3 limit, so the
// doctor sees them without turning to the sections that explain them. Nothing when neither.
void attention_section(std::string& out, const analysis::Insights& insights);

}  // namespace painlink::report
