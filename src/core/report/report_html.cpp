// build_report_html: the document around the sections (head, header, footer).
#include <string_view>

#include "core/report/html_escape.hpp"
#include "core/report/report.hpp"
#include "core/report/report_format.hpp"
#include "core/report/report_sections.hpp"

namespace painlink::report {

namespace {

// Only an absolute http(s) URL is linked (the document is about:blank, so nothing else resolves
// to the widget's origin; other schemes have no business in a stylesheet link).
bool linkable_stylesheet(std::string_view url) {
  return url.rfind("https://", 0) == 0 || url.rfind("http://", 0) == 0;
}

void head(std::string& out, Period p, const ReportOptions& options) {
  out += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
  out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  // The title is what "Save as PDF" offers as the file name.
  element(out, "title", "", "Painlink report " + format_date(p.from) + " to " + format_date(p.to));
  out += '\n';
  if (linkable_stylesheet(options.stylesheet_url)) {
    out += "<link rel=\"stylesheet\" href=\"";
    append_escaped(out, options.stylesheet_url);
    out += "\">\n";
  }
  out += "</head>\n";
}

void header(std::string& out, Period p, Date generated, const ReportOptions& options) {
  out += "<header class=\"report-header\">\n";
  element(out, "h1", "", "Painlink report for " + period_text(p.from, p.to));
  out += "\n<p class=\"meta\">";
  append_escaped(out, std::to_string(p.days()) + " days (" + std::to_string(p.days() / 7) +
                          (p.days() % 7 == 0 ? " weeks" : " weeks and " + std::to_string(p.days() % 7) + " days") +
                          ") \xC2\xB7 generated " + day_month_year(generated));
  out += "</p>\n";
  if (!options.clinic_name.empty() || !options.clinic_contact.empty()) {
    out += "<p class=\"clinic\">Prepared for ";
    if (!options.clinic_name.empty()) element(out, "strong", "", options.clinic_name);
    if (!options.clinic_name.empty() && !options.clinic_contact.empty()) out += " \xC2\xB7 ";
    if (!options.clinic_contact.empty()) element(out, "span", "contact", options.clinic_contact);
    out += "</p>\n";
  }
  // Blank lines the patient fills in by hand: nothing about them is stored in the diary.
  out += "<p class=\"patient\">Name: ______________________________ \xC2\xB7 Date of birth: ______________</p>\n";
  out += "<p class=\"disclaimer\">Patient-recorded data from a personal diary, not a diagnosis. "
         "Numbers describe what was recorded; possible links are associations found in the diary, "
         "not proof of cause.</p>\n";
  out += "</header>\n";
}

void footer(std::string& out) {
  out += "<footer class=\"report-footer\"><p>Printed from the Painlink diary on the patient's own device. "
         "Intensities are on a 0\xE2\x80\x93" "10 scale (0 = none, 10 = worst imaginable).</p></footer>\n";
}

}  // namespace

std::string build_report_html(const Journal& journal, const analysis::Insights& insights, Date from, Date to,
                               const ReportOptions& options) {
  const Period p = normalized_period(from, to);
  std::string out;
  out.reserve(64 * 1024);
  head(out, p, options);
  out += "<body class=\"painlink-report\">\n";
  header(out, p, options.generated_on.value_or(insights.today), options);
  out += "<main>\n";
  attention_section(out, insights);
  key_numbers_section(out, journal, p);
  charts_section(out, journal, p);
  pattern_section(out, insights);
  triggers_section(out, insights);
  connection_section(out, insights);
  medication_section(out, journal, p, insights);
  treatments_section(out, journal, p);
  red_flags_section(out, insights);
  notes_section(out, journal, p);
  out += "</main>\n";
  footer(out);
  out += "</body>\n</html>\n";
  return out;
}

}  // namespace painlink::report
