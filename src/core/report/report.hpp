// The report for the doctor (issue 3): one self-contained HTML document, printed through the
// browser's print dialog (so it can be saved as PDF).
//
//   Period p = last_weeks(today, 12);
//   analysis::Insights in = analysis::compute_insights(journal, today);
//   std::string html = build_report_html(journal, in, p.from, p.to, options);
//
// Period-bound parts (key numbers, daily chart, headache days per month, medication days,
// treatments, notes) use only the entries dated from..to (inclusive). The analysis parts (triggers,
// connection, ICHD-3 medication months, red flags) come from `insights` as given: the caller
// decides what it covers (the widget passes the analysis of the whole journal as of today, since
// triggers need many days), and the report says which days it covers.
//
// Content-Security-Policy: the document is written into a same-origin about:blank iframe that
// inherits the widget page's CSP (default-src 'self'; no 'unsafe-inline'), so the output has no
// <style> element, no style="" attribute and no script: it links the stylesheet
// (ReportOptions.stylesheet_url, web/report.css) and styles the SVG charts with presentation
// attributes (fill=, stroke=). Every piece of user text is escaped (html_escape.hpp).
#pragma once

#include <optional>
#include <string>

#include "core/analysis/insights.hpp"
#include "core/model.hpp"
#include "core/on_demand.hpp"

namespace painlink::report {

// The periods the widget offers, in weeks (ending today).
inline constexpr int kReportWeekChoices[] = {4, 8, 12, 26};
inline constexpr int kDefaultReportWeeks = 12;
// Longest period a report covers; an earlier `from` is moved up to to - kMaxReportDays + 1.
inline constexpr int kMaxReportDays = 366 * 5;

struct Period {
  Date from{};
  Date to{};
  int days() const { return to - from + 1; }
};

// The `weeks` * 7 days ending with `today` (weeks below 1 count as 1).
Period last_weeks(Date today, int weeks);
// from..to made usable: swapped if reversed, shortened to kMaxReportDays.
Period normalized_period(Date from, Date to);

struct ReportOptions {
  std::string clinic_name;
  std::string clinic_contact;
  // Absolute http(s) URL of report.css on the widget's origin. Anything else (empty, another
  // scheme) is left out: the report still prints, unstyled.
  std::string stylesheet_url;
  // "Generated <date>" in the header; defaults to insights.today.
  std::optional<Date> generated_on;
};

std::string build_report_html(const Journal& journal, const analysis::Insights& insights, Date from, Date to,
                              const ReportOptions& options) PAINLINK_ON_DEMAND("report");

}  // namespace painlink::report
