// Insights: what the diary shows so far, drawn from the cached analysis (ui.insights, recomputed
// only when the journal or the day changes). Sections, in order: safety (red flags), what stands
// out (the strongest findings across every outcome and lag), connection,
// day by day, month at a glance, triggers, medication days, headache pattern, treatments, body map.
#include <string>

#include "ui/chart_common.hpp"
#include "ui/insights_sections.hpp"
#include "ui/views.hpp"
#include "ui/semantics.hpp"
#include "ui/widgets.hpp"

namespace painlink::ui {

void section_begin(Ui& ui, const char* id, const char* title, ImU32 accent_dot) {
  card_begin(id, "", ui.theme, nullptr);
  ImGui::PushTextWrapPos(0);
  // The title wraps on a phone (card_begin's title would be cut off), with the section's dot.
  ImGui::PushFont(ui.font_heading);
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const float r = em(0.26f);
  const float indent = accent_dot ? 2.0f * r + em(0.4f) : 0.0f;
  if (accent_dot)
    ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(p.x + r, p.y + ImGui::GetTextLineHeight() * 0.5f), r,
                                                accent_dot);
  ImGui::SetCursorScreenPos(ImVec2(p.x + indent, p.y));
  const std::string lines = wrap_at_spaces(title, ImGui::GetContentRegionAvail().x - indent);
  ImGui::PushTextWrapPos(-1.0f);
  // A heading for screen readers, as a card's title is (they move from section to section by it).
  if (Semantics* s = current_semantics()) s->heading(title, 2);
  ImGui::TextUnformatted(lines.c_str());
  ImGui::PopTextWrapPos();
  ImGui::PopFont();
  ImGui::Dummy(ImVec2(0, em(0.15f)));
}

void section_end() {
  ImGui::PopTextWrapPos();
  card_end();
  ImGui::Dummy(ImVec2(0, em(0.3f)));
}

bool columns_begin(Ui& ui, TwoColumns& cols, const char* id, float left_weight, float right_weight) {
  if (ui.narrow) return false;
  two_columns_begin(cols, id, left_weight, right_weight, em(1.6f));
  ImGui::PushTextWrapPos(0);
  return true;
}

void columns_next(TwoColumns& cols) {
  ImGui::PopTextWrapPos();
  two_columns_next(cols);
  ImGui::PushTextWrapPos(0);
}

void columns_end(TwoColumns& cols) {
  ImGui::PopTextWrapPos();
  two_columns_end(cols);
}

void insights_subheading(Ui& ui, const char* text) {
  ImGui::Dummy(ImVec2(0, em(0.2f)));
  ImGui::PushFont(ui.font_bold);
  ImGui::PushTextWrapPos(0);
  ImGui::TextUnformatted(text);
  ImGui::PopTextWrapPos();
  ImGui::PopFont();
}

void insights_empty_state(Ui& ui, const std::string& text) {
  const Theme& t = ui.theme;
  banner(mix_color(t.card, t.text_muted, 0.35f), mix_color(t.card, t.bg, 0.6f), t.text, text.c_str());
}

void alert_card_begin(const char* id, ImU32 fill, ImU32 border) {
  ImGui::PushStyleColor(ImGuiCol_ChildBg, fill);
  ImGui::PushStyleColor(ImGuiCol_Border, border);
  ImGui::PushStyleVar(ImGuiStyleVar_ChildRounding, em(0.7f));
  ImGui::PushStyleVar(ImGuiStyleVar_ChildBorderSize, 2.0f);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(em(1.0f), em(0.9f)));
  ImGui::BeginChild(id, ImVec2(-FLT_MIN, 0),
                    ImGuiChildFlags_Border | ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_AlwaysUseWindowPadding,
                    ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NavFlattened);
}

void alert_card_end() {
  ImGui::EndChild();
  ImGui::PopStyleVar(3);
  ImGui::PopStyleColor(2);
  ImGui::Dummy(ImVec2(0, em(0.25f)));
}

void draw_insights(Ui& ui) {
  ui.insights.refresh(ui.app, ui.today);
  InsightsView& v = ui.insights_view;
  if (v.scroll_top) {
    ImGui::SetScrollY(0);
    v.scroll_top = false;
  }
  if (v.screening.open) {
    draw_screening(ui);
    return;
  }
  const Theme& t = ui.theme;
  const analysis::Insights& in = ui.insights.data;

  draw_insights_safety(ui);
  draw_insights_standouts(ui);
  if (in.days_recorded == 0) {
    section_begin(ui, "##insights-start", "Your insights will appear here", t.accent);
    ImGui::TextUnformatted(ui.insights.hint_general.empty()
                               ? "Record your back pain and headaches each day in Check-in."
                               : ui.insights.hint_general.c_str());
    muted_text(t, "Everything here is worked out on this device from your own entries. Nothing is sent anywhere.");
    section_end();
  }
  draw_insights_connection(ui);
  draw_insights_timeline(ui);
  draw_insights_calendar(ui);
  draw_insights_triggers(ui);
  draw_insights_medication(ui);
  draw_insights_pattern(ui);
  draw_insights_treatments(ui);
  draw_insights_body_map(ui);
  muted_text(t,
             "These are patterns in your own diary, not a diagnosis. Links between days can be chance or have "
             "other causes; talk them over with your doctor before changing treatment.");
}

}  // namespace painlink::ui
