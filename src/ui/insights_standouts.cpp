// "What stands out": Insights opens on the findings across every outcome and lag (analysis/
// findings.hpp), strongest first, before the sections with their details.
#include <algorithm>
#include <cstddef>

#include "ui/insights_sections.hpp"
#include "ui/widgets.hpp"

namespace painlink::ui {

namespace {
const char* kind_label(analysis::Finding::Kind k) {
  switch (k) {
    case analysis::Finding::Kind::medication_overuse: return "Medication days";
    case analysis::Finding::Kind::connection: return "Back pain and headaches";
    case analysis::Finding::Kind::possible_trigger: return "Possible trigger";
    case analysis::Finding::Kind::possible_protector: return "Possibly helpful";
  }
  return "";
}
}  // namespace

void follow_top_finding(Ui& ui) {
  TriggerView& v = ui.insights_view.triggers;
  if (v.chosen) return;
  for (const analysis::Finding& f : ui.insights.data.standouts) {
    if (f.kind != analysis::Finding::Kind::possible_trigger && f.kind != analysis::Finding::Kind::possible_protector)
      continue;
    const analysis::TriggerResult& r = ui.insights.data.triggers[f.index];
    v.outcome = r.outcome;
    v.lag = r.lag_days;
    return;
  }
}

void acknowledge_new_triggers(Ui& ui) {
  const std::vector<analysis::Finding>& fresh = ui.insights.new_triggers;
  if (fresh.empty()) return;
  if (ui.app.save_state() == SaveState::read_only) {
    ui.findings_dismissed = true;  // cannot be written down: seen for this visit
    return;
  }
  Settings s = ui.app.journal().settings;
  for (const analysis::Finding& f : fresh) {
    std::string key = analysis::finding_key(ui.insights.data, f);
    if (std::find(s.seen_findings.begin(), s.seen_findings.end(), key) == s.seen_findings.end())
      s.seen_findings.push_back(std::move(key));
  }
  // The oldest go first when the list is full: at worst an old finding is told of again.
  if (s.seen_findings.size() > kMaxSeenFindings)
    s.seen_findings.erase(s.seen_findings.begin(),
                          s.seen_findings.end() - static_cast<std::ptrdiff_t>(kMaxSeenFindings));
  ui.app.set_settings(std::move(s));
}

void draw_insights_standouts(Ui& ui) {
  const analysis::Insights& in = ui.insights.data;
  if (in.days_recorded == 0) return;
  const Theme& t = ui.theme;
  follow_top_finding(ui);
  acknowledge_new_triggers(ui);  // shown here, so Check-in no longer calls them new
  section_begin(ui, "##insights-standouts", "What stands out", t.accent);
  if (in.standouts.empty()) {
    ImGui::TextUnformatted("Nothing stands out in your diary yet.");
    muted_text(t, "Each section below says what it has found so far and what it still needs.");
    section_end();
    return;
  }
  constexpr std::size_t kShown = 5;
  for (std::size_t i = 0; i < in.standouts.size() && i < kShown; ++i) {
    const analysis::Finding& f = in.standouts[i];
    ImGui::PushID(static_cast<int>(i));
    ImGui::PushFont(ui.font_bold);
    ImGui::PushStyleColor(ImGuiCol_Text, f.kind == analysis::Finding::Kind::medication_overuse ? t.danger : t.accent);
    ImGui::TextUnformatted(kind_label(f.kind));
    ImGui::PopStyleColor();
    ImGui::PopFont();
    ImGui::TextWrapped("%s", f.sentence.c_str());
    ImGui::Dummy(ImVec2(0, em(0.3f)));
    ImGui::PopID();
  }
  if (in.standouts.size() > kShown)
    muted_text(t, "%d more below.", static_cast<int>(in.standouts.size() - kShown));
  muted_text(t, "Patterns to discuss with your doctor, not a diagnosis. The details are in the sections below.");
  section_end();
}

}  // namespace painlink::ui
