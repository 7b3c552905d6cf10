// Sections counted from the journal over the report's period: key numbers, charts, treatments,
// notes.
#include <cmath>

#include "core/report/html_escape.hpp"
#include "core/report/report_data.hpp"
#include "core/report/report_format.hpp"
#include "core/report/report_sections.hpp"
#include "core/report/report_svg.hpp"

namespace painlink::report {

namespace {

std::string days_text(int n) { return std::to_string(n) + (n == 1 ? " day" : " days"); }

void number_row(std::string& out, std::string_view label, const std::string& value, const std::string& detail) {
  out += "<tr>";
  element(out, "th", "", label);
  element(out, "td", "value", value);
  element(out, "td", "detail", detail);
  out += "</tr>\n";
}

std::string mean_text(double mean, const char* on) {
  if (!std::isfinite(mean)) return "";
  return std::string("mean intensity ") + fixed(mean, 1) + " / 10 on " + on;
}

std::string percent_text(int part, int whole) {
  if (whole <= 0) return "";
  return " (" + std::to_string(static_cast<int>(std::lround(100.0 * part / whole))) + "%)";
}

void figure(std::string& out, const std::string& svg, std::string_view caption) {
  out += "<figure>\n" + svg + "\n";
  element(out, "figcaption", "", caption);
  out += "\n</figure>\n";
}

}  // namespace

void key_numbers_section(std::string& out, const Journal& journal, Period period) {
  const KeyNumbers k = compute_key_numbers(journal, period);
  out += "<section id=\"key-numbers\" class=\"key-numbers\">\n<h2>Key numbers</h2>\n";
  out += "<table class=\"numbers\">\n<tbody>\n";
  number_row(out, "Days recorded", std::to_string(k.days_recorded),
             "of " + days_text(period.days()) + " in the period" + percent_text(k.days_recorded, period.days()));
  number_row(out, "Back-pain days", std::to_string(k.back_pain_days),
             "of " + days_text(k.back_recorded_days) + " with back pain recorded" +
                 (std::isfinite(k.back_mean) ? "; " + mean_text(k.back_mean, "those days") : ""));
  number_row(out, "Back-pain flare days", std::to_string(k.flare_days),
             "back pain " + std::to_string(k.flare_threshold) + " / 10 or more");
  number_row(out, "Headache days", std::to_string(k.headache_days),
             "of " + days_text(k.headache_recorded_days) + " with headache recorded" +
                 (std::isfinite(k.headache_mean) ? "; " + mean_text(k.headache_mean, "those days") : ""));
  number_row(out, "Headache days per month", fixed(k.headache_days_per_month, 1),
             "per 30 days of the period; days not recorded count as no headache");
  number_row(out, "Migraine-like days", std::to_string(k.migraine_like_days),
             "headache days whose recorded features fit ICHD-3 migraine criteria B\xE2\x80\x93" "D (not a diagnosis)");
  number_row(out, "Medication days", std::to_string(k.medication_days), "days with any medication taken");
  out += "</tbody>\n</table>\n</section>\n";
}

void charts_section(std::string& out, const Journal& journal, Period period) {
  out += "<section id=\"charts\" class=\"charts\">\n<h2>Charts</h2>\n";
  const std::string daily = intensity_chart_svg(period, daily_intensity(journal, period));
  if (daily.empty())
    element(out, "p", "empty", "Nothing was recorded in this period.");
  else
    figure(out, daily, "Daily intensity. Solid line with dots: back pain. Dashed line with squares: headache.");
  const std::string months = headache_months_svg(headache_days_by_month(journal, period));
  if (!months.empty())
    figure(out, months,
           "Headache days per calendar month within the period. Months the period covers only in part are "
           "marked (part).");
  out += "</section>\n";
}

void treatments_section(std::string& out, const Journal& journal, Period period) {
  out += "<section id=\"treatments\" class=\"treatments\">\n<h2>Treatments and relief</h2>\n";
  const std::vector<TreatmentRow> rows = treatments_in_period(journal, period);
  if (rows.empty()) {
    element(out, "p", "empty", "No treatments were recorded in this period.");
    out += "</section>\n";
    return;
  }
  out += "<table class=\"data\">\n<thead><tr><th>Treatment</th><th class=\"num\">Times used</th>"
         "<th class=\"num\">Days</th><th class=\"num\">Mean relief (0\xE2\x80\x93" "10)</th>"
         "<th class=\"num\">Rated</th></tr></thead>\n<tbody>\n";
  for (const TreatmentRow& r : rows) {
    out += "<tr>";
    element(out, "td", "", r.label);
    element(out, "td", "num", std::to_string(r.times_used));
    element(out, "td", "num", std::to_string(r.days_used));
    element(out, "td", "num", fixed(r.relief_mean, 1));
    element(out, "td", "num", std::to_string(r.relief_n));
    out += "</tr>\n";
  }
  out += "</tbody>\n</table>\n";
  element(out, "p", "note",
          "Relief is the patient's own rating of how much a treatment helped (0 = not at all, 10 = completely). "
          "It is not compared with untreated days: the worst days are the ones that get treated.");
  out += "</section>\n";
}

void notes_section(std::string& out, const Journal& journal, Period period) {
  out += "<section id=\"notes\" class=\"notes\">\n<h2>Notes by date</h2>\n";
  std::string rows;
  for_each_entry(journal, period, [&](const Entry& e) {
    if (e.notes.empty()) return;
    rows += "<tr>";
    element(rows, "th", "date", format_date_long(e.date));
    element(rows, "td", "note-text", e.notes);
    rows += "</tr>\n";
  });
  if (rows.empty())
    element(out, "p", "empty", "No notes were written in this period.");
  else
    out += "<table class=\"data notes-table\">\n<tbody>\n" + rows + "</tbody>\n</table>\n";
  out += "</section>\n";
}

}  // namespace painlink::report
