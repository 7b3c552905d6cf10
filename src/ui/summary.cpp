#include "ui/summary.hpp"

#include <cstdio>

#include "ui/views.hpp"


namespace painlink::ui {

namespace {
std::string describe_entry(const Entry* e) {
  if (!e) return "nothing recorded yet.";
  std::string s;
  char buf[96];
  if (e->back_pain) {
    std::snprintf(buf, sizeof buf, "back pain %d of %d", e->back_pain->intensity, kMaxIntensity);
    s += buf;
  } else {
    s += "back pain not recorded";
  }
  if (e->headache) {
    std::snprintf(buf, sizeof buf, ", headache %d of %d", e->headache->intensity, kMaxIntensity);
    s += buf;
  } else {
    s += ", headache not recorded";
  }
  if (!e->treatments.empty()) {
    std::snprintf(buf, sizeof buf, ", %zu treatment%s", e->treatments.size(), e->treatments.size() == 1 ? "" : "s");
    s += buf;
  }
  return s + ".";
}

// The findings worth reading out: a connection, the strongest possible trigger and a
// medication-overuse risk (plain sentences from the analysis).
std::string key_insight(const analysis::Insights& in) {
  std::string s;
  if (in.connection.same_day.verdict == analysis::LinkVerdict::linked) s += in.connection.same_day.sentence + " ";
  for (const analysis::TriggerChartRow& r : in.charts.trigger_rows) {
    if (r.verdict != analysis::Verdict::possible_trigger) continue;
    s += r.sentence + " ";
    break;
  }
  for (const analysis::MedicationOveruseRow& r : in.medication_overuse) {
    if (!r.at_risk) continue;
    s += r.sentence + " ";
    break;
  }
  return s;
}
}  // namespace

std::string accessible_summary(Ui& ui) {
  std::string s = "Painlink pain journal. ";
  s += std::to_string(ui.app.journal().entries.size()) + " days recorded. ";
  s += (ui.selected == ui.today ? "Today, " : "") + format_date_long(ui.selected) + ": " +
       describe_entry(ui.app.entry(ui.selected)) + " ";
  s += std::string("Storage: ") + ui.app.save_state_text() + ". ";
  if (reminder_prompt_due(ui)) s += std::string("Reminder: ") + kReminderPrompt + " ";
  ui.insights.refresh_safety(ui.app, ui.today, analysis_loaded(ui));
  const analysis::Insights& in = ui.insights.data;
  if (in.red_flags.any_yes) s += "Warning: " + in.red_flags.headline + ". " + in.red_flags.message + " ";
  const std::string insight = key_insight(in);
  if (!insight.empty()) s += "Insight: " + insight;
  return s;
}

void update_accessible_summary(Ui& ui) {
  // The text is only rebuilt when something it says can have changed.
  const auto key =
      std::make_tuple(ui.app.revision(), ui.selected, static_cast<int>(ui.app.save_state()), reminder_prompt_due(ui),
                      analysis_loaded(ui));
  if (ui.summary.current(key)) return;
  const std::string& text = ui.summary.get(key, [&] { return accessible_summary(ui); });
  // A red-flag warning is also read out once when it appears or changes (the summary is not live:
  // it changes with every tap and would be read out constantly).
  const analysis::RedFlagResult& flags = ui.insights.data.red_flags;
  std::string warning = flags.any_yes ? flags.headline + ". " + flags.message : std::string();
  if (warning != ui.last_warning) {
    if (!warning.empty()) ui.platform.announce("Warning: " + warning);
    ui.last_warning = std::move(warning);
  }
  if (text != ui.last_summary) {
    ui.last_summary = text;
    ui.platform.set_accessible_summary(text);
  }
}

}  // namespace painlink::ui
