// Safety first: the urgent red-flag message when the screening says so, else an invitation to
// answer the safety questions (never answered, or answered more than 30 days ago).
#include <string>

#include "ui/contrast.hpp"
#include "ui/insights_sections.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"

namespace painlink::ui {

namespace {
constexpr int kScreeningMaxAgeDays = 30;
}

void open_screening(Ui& ui) {
  ScreeningDraft& d = ui.insights_view.screening;
  d.open = true;
  d.loaded = true;
  d.answers = ui.app.journal().screening.answers;
  d.preview = analysis::evaluate_red_flags(ui.app.journal().screening);
  d.last_yes.clear();
  d.just_saved = false;
  ui.insights_view.scroll_top = true;
  ui.platform.announce("Safety questions");
}

void draw_insights_safety(Ui& ui) {
  const Theme& t = ui.theme;
  const analysis::RedFlagResult& rf = ui.insights.data.red_flags;
  if (rf.level != analysis::RedFlagTier::none) {
    // Emergency and same-day: a filled red card in white; "soon" is a calmer amber card.
    const bool strong = rf.urgent;
    const ImU32 ink = strong ? t.on_danger : t.text;
    const ImU32 fill = strong ? t.danger : t.warning_soft;
    alert_card_begin("##red-flag", fill, strong ? t.danger : t.warning);
    ImGui::PushFont(ui.font_heading);
    ImGui::PushStyleColor(ImGuiCol_Text, ink);
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(rf.headline.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    ImGui::PopFont();
    ImGui::Dummy(ImVec2(0, em(0.2f)));
    ImGui::PushStyleColor(ImGuiCol_Text, ink);
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(rf.message.c_str());
    if (!ui.embed.clinic_contact.empty() || !ui.embed.clinic_name.empty()) {
      ImGui::Dummy(ImVec2(0, em(0.2f)));
      ImGui::PushFont(ui.font_bold);
      std::string clinic = "Your clinic";
      if (!ui.embed.clinic_name.empty()) clinic += " (" + ui.embed.clinic_name + ")";
      clinic += ui.embed.clinic_contact.empty() ? "." : ": " + ui.embed.clinic_contact;
      ImGui::TextUnformatted(clinic.c_str());
      ImGui::PopFont();
    }
    if (rf.answered_on)
      ImGui::Text("From your answers on %s. If this was a mistake, or things have changed, review your answers.",
                  format_date_long(*rf.answered_on).c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    ImGui::Dummy(ImVec2(0, em(0.2f)));
    if (strong) {
      const ImU32 white = IM_COL32(255, 255, 255, 255);
      ImGui::PushStyleColor(ImGuiCol_Button, white);
      ImGui::PushStyleColor(ImGuiCol_ButtonHovered, mix_color(white, t.danger, 0.1f));
      ImGui::PushStyleColor(ImGuiCol_ButtonActive, mix_color(white, t.danger, 0.2f));
      // The dark theme's salmon danger is 2.8:1 on white: darkened until the label reads.
      ImGui::PushStyleColor(ImGuiCol_Text, with_contrast(t.danger, white, white, kMinTextContrast));
      if (text_button("Review my answers##screening")) open_screening(ui);
      ImGui::PopStyleColor(4);
    } else if (secondary_button("Review my answers##screening")) {
      open_screening(ui);
    }
    alert_card_end();
    return;
  }
  const bool never = !rf.answered_on;
  const bool old = rf.answered_on && ui.today - *rf.answered_on > kScreeningMaxAgeDays;
  if (never || old) {
    section_begin(ui, "##screening-invite", "A few safety questions", t.danger);
    ImGui::TextUnformatted(
        "Some signs that come with back pain or headaches need a doctor straight away. Please answer a few "
        "short yes / no questions; it takes about two minutes.");
    if (old)
      muted_text(t, "You last answered them on %s. Please check they are still right.",
                 format_date_long(*rf.answered_on).c_str());
    ImGui::Dummy(ImVec2(0, em(0.1f)));
    if (primary_button("Answer the safety questions##screening", t)) open_screening(ui);
    section_end();
    return;
  }
  // Answered recently, nothing urgent: one quiet line with a way back to the answers.
  const ScreeningDraft& d = ui.insights_view.screening;
  ImGui::PushStyleColor(ImGuiCol_Text, t.ok);
  ImGui::PushTextWrapPos(0);
  ImGui::Text("%sSafety questions answered on %s: no warning signs.%s", d.just_saved ? "Saved. " : "",
              format_date_long(*rf.answered_on).c_str(), rf.unanswered > 0 ? " Some are still unanswered." : "");
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
  if (secondary_button("Review safety questions##screening")) open_screening(ui);
  ImGui::Dummy(ImVec2(0, em(0.3f)));
}

}  // namespace painlink::ui
