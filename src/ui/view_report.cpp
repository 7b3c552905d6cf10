// Report: the printable summary for the doctor. The patient picks how far back it goes, sees the
// key numbers it will show, and prints it through the browser's print dialog (which can save a
// PDF). The HTML is built only when the button is pressed, never per frame.
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <iterator>
#include <memory>
#include <string>
#include <tuple>

#include "core/csv_export.hpp"
#include "core/report/report.hpp"
#include "core/report/report_data.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"

namespace painlink::ui {

namespace {

}  // namespace

// What this view remembers between frames (Ui::report_view).
struct ReportView {
  int weeks = report::kDefaultReportWeeks;
  // Preview numbers (days with notes among them), recounted when the journal, the day or the period
  // changes.
  Memo<std::tuple<std::uint64_t, Date, int>, report::KeyNumbers> preview;
  // The last printed document (notes included), reused when nothing changed since.
  Memo<std::tuple<std::uint64_t, Date, Date, std::string>, std::string> html;
};

namespace {

ReportView& view(Ui& ui) {
  if (!ui.report_view) ui.report_view = std::make_shared<ReportView>();
  return *ui.report_view;
}

const report::KeyNumbers& preview_numbers(Ui& ui, ReportView& v) {
  return v.preview.get({ui.app.revision(), ui.today, v.weeks}, [&] {
    return report::compute_key_numbers(ui.app.journal(), report::last_weeks(ui.today, v.weeks));
  });
}

std::string dmy(Date d) {
  const CivilDate c = civil_from_date(d);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%d %s %d", c.day, month_short_name(c.month), c.year);
  return buf;
}

void period_chips(Ui& ui, ReportView& v) {
  static const char* const kLabels[] = {"4 weeks##report", "8 weeks##report", "12 weeks##report",
                                        "26 weeks##report"};
  static_assert(std::size(kLabels) == std::size(report::kReportWeekChoices));
  Flow flow;
  for (std::size_t i = 0; i < std::size(kLabels); ++i) {
    flow.next(chip_width(kLabels[i]));
    const int w = report::kReportWeekChoices[i];
    if (choice_chip(kLabels[i], v.weeks == w, ui.theme)) v.weeks = w;
  }
}

void bullet_line(const char* text) {
  ImGui::Bullet();
  ImGui::TextWrapped("%s", text);
}

const char* days_word(int n) { return n == 1 ? "day" : "days"; }

// Short lines (they must not wrap inside a number on a phone: ImGui may break after a '.').
void preview(Ui& ui, const report::KeyNumbers& k) {
  const Theme& t = ui.theme;
  char line[160];
  ImGui::PushFont(ui.font_bold);
  std::snprintf(line, sizeof line, "%s \xE2\x80\x93 %s", dmy(k.period.from).c_str(), dmy(k.period.to).c_str());
  ImGui::TextWrapped("%s", line);
  ImGui::PopFont();
  std::snprintf(line, sizeof line, "Recorded: %d of %d days", k.days_recorded, k.period.days());
  bullet_line(line);
  if (k.back_pain_days > 0)
    std::snprintf(line, sizeof line, "Back pain: %d %s, mean %.1f/%d", k.back_pain_days, days_word(k.back_pain_days),
                  k.back_mean, kMaxIntensity);
  else
    std::snprintf(line, sizeof line, "Back pain: none recorded");
  bullet_line(line);
  std::snprintf(line, sizeof line, "Flare days: %d", k.flare_days);
  bullet_line(line);
  if (k.headache_days > 0)
    std::snprintf(line, sizeof line, "Headache: %d %s, mean %.1f/%d", k.headache_days, days_word(k.headache_days),
                  k.headache_mean, kMaxIntensity);
  else
    std::snprintf(line, sizeof line, "Headache: none recorded");
  bullet_line(line);
  std::snprintf(line, sizeof line, "Headache days a month: %.1f", k.headache_days_per_month);
  bullet_line(line);
  std::snprintf(line, sizeof line, "Migraine-like: %d %s", k.migraine_like_days, days_word(k.migraine_like_days));
  bullet_line(line);
  std::snprintf(line, sizeof line, "Medication: %d %s", k.medication_days, days_word(k.medication_days));
  bullet_line(line);
  std::snprintf(line, sizeof line, "Notes: %d %s", k.notes, days_word(k.notes));
  bullet_line(line);
  muted_text(t, "It also has the charts, possible triggers, how back pain and headache relate, medication-overuse "
                "checks, treatments and relief, your red-flag answers and your notes.");
  if (k.days_recorded == 0)
    banner(t.warning, t.warning_soft, t.text,
           "Nothing is recorded in this period yet, so the report would be almost empty.");
}

void print_report(Ui& ui, ReportView& v) {
  const report::Period p = report::last_weeks(ui.today, v.weeks);
  const std::string& html =
      v.html.get({ui.app.revision(), p.from, p.to, ui.embed.clinic_name + '\n' + ui.embed.clinic_contact}, [&] {
        ui.insights.refresh(ui.app, ui.today);  // no-op when the analysis is current
        report::ReportOptions options;
        options.clinic_name = ui.embed.clinic_name;
        options.clinic_contact = ui.embed.clinic_contact;
        options.stylesheet_url = ui.platform.asset_url("report.css");
        options.generated_on = ui.today;
        return report::build_report_html(ui.app.journal(), ui.insights.data, p.from, p.to, options);
      });
  ui.platform.print_html(html);
  ui.platform.announce("Opening the print dialog. Choose Save as PDF to keep a file.");
}

}  // namespace

void draw_report(Ui& ui) {
  const Theme& t = ui.theme;
  ReportView& v = view(ui);
  card_begin("##report", "Report for your doctor", t, ui.font_bold);
  if (!ui.embed.clinic_name.empty())
    muted_text(t, "A summary of your diary to share with %s.", ui.embed.clinic_name.c_str());
  else
    muted_text(t, "A summary of your diary to take to an appointment.");
  ImGui::TextUnformatted("How far back should it go?");
  period_chips(ui, v);
  ImGui::Spacing();
  preview(ui, preview_numbers(ui, v));
  ImGui::Spacing();
  Flow row;
  row.next(button_width("Print or save as PDF"));
  if (primary_button("Print or save as PDF", t)) print_report(ui, v);
  row.next(button_width("Download diary as CSV"));
  if (secondary_button("Download diary as CSV")) {
    ui.platform.download_file("painlink-journal-" + format_date(ui.today) + ".csv", "text/csv;charset=utf-8",
                            export_csv(ui.app.journal()));
    ui.platform.announce("CSV file downloaded.");
  }
  muted_text(t, "Printing happens on this device: your browser's print dialog opens, where you can also "
                "choose \"Save as PDF\". Nothing is sent anywhere.");
  card_end();
}

}  // namespace painlink::ui
