// The self-assessment's printable summary (report/assessment_summary.hpp).
#include <doctest/doctest.h>

#include "core/assessment/wording.hpp"
#include "core/report/assessment_summary.hpp"

using namespace painlink;

namespace {

const Date kToday = date_from_civil(2026, 11, 20);

Journal migraine_with_red_flag() {
  Journal j;
  j.assessment.current.answered_on = kToday;
  j.assessment.current.answers = {{"headache_duration", "4h_72h"}, {"headache_side", "one_side"},
                                  {"headache_quality", "throbbing"}, {"headache_nausea", "yes"},
                                  {"med_specific_days", "10_plus"}, {"cause_stress", "yes"}};
  j.screening.answered_on = kToday;
  j.screening.answers["headache_thunderclap"] = true;
  return j;
}

std::size_t at(const std::string& html, const std::string& what) {
  const std::size_t p = html.find(what);
  CHECK_MESSAGE(p != std::string::npos, what);
  return p;
}

}  // namespace

TEST_CASE("assessment summary: the red-flag headline comes first, then the patterns and the rest") {
  const auto r = assessment::evaluate_assessment(migraine_with_red_flag(), kToday);
  report::ReportOptions options;
  options.stylesheet_url = "https://journal.example.org/report.css";
  const std::string html = report::build_assessment_html(r, kToday, options);
  CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
  const std::size_t flag = at(html, analysis::red_flag_headline(analysis::RedFlagTier::emergency));
  const std::size_t patterns = at(html, assessment::pattern_name(assessment::Pattern::migraine_like));
  const std::size_t medicines = at(html, "10 or more days a month");
  const std::size_t track = at(html, "Stress");
  const std::size_t answers = at(html, "Where is the pain usually?");
  CHECK(flag < patterns);
  CHECK(patterns < medicines);
  CHECK(medicines < track);
  CHECK(track < answers);
  CHECK(html.find("not a diagnosis") != std::string::npos);
  // Only what fits is named as a pattern: no tension-type section for these answers.
  CHECK(html.find(assessment::pattern_name(assessment::Pattern::tension_type_like)) == std::string::npos);
  // The same rules as the doctor's report: no inline style or script.
  CHECK(html.find("<style") == std::string::npos);
  CHECK(html.find("style=") == std::string::npos);
  CHECK(html.find("<script") == std::string::npos);
}

TEST_CASE("assessment summary: text from outside is escaped; no answers says so") {
  report::ReportOptions options;
  options.clinic_name = "<script>alert(1)</script> & Co";
  const auto r = assessment::evaluate_assessment(Journal{}, kToday);
  const std::string html = report::build_assessment_html(r, kToday, options);
  CHECK(html.find("<script>") == std::string::npos);
  CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co") != std::string::npos);
  CHECK(html.find("No questions answered yet") != std::string::npos);
}
