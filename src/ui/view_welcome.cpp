// The first visit: a visitor from a clinic's article sees in a few lines what Painlink is and that
// entries stay on this device, and picks a start: the two-minute self-check or today's entry. It is
// drawn at the top of Check-in while the journal is empty and nothing has been answered (so never
// again once there is an entry or an answer, unless the journal is emptied), until "Start today's
// entry". Afterwards the self-check stays reachable from a small card at the end of Check-in.
#include "core/i18n/translate.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"

namespace painlink::ui {

bool welcome_due(const Ui& ui) {
  const Journal& j = ui.app.journal();
  return !ui.welcome_dismissed && j.entries.empty() && !assessment_started(ui) && j.assessment.empty();
}

void draw_welcome(Ui& ui) {
  const Theme& t = ui.theme;
  card_begin("##welcome", nullptr, t, ui.font_bold, t.accent);
  ImGui::PushFont(ui.font_heading);
  ImGui::TextWrapped("%s", i18n::tr("Welcome to Painlink"));
  ImGui::PopFont();
  ImGui::TextWrapped(
      "%s",
      i18n::tr("A private journal for back pain and headaches: a quick daily check-in, what tends to come before bad "
               "days, and a summary to take to your doctor."));
  ImGui::TextWrapped("%s", i18n::tr("Everything you enter stays on this device. Nothing is sent anywhere."));
  ImGui::Dummy(ImVec2(0, em(0.3f)));
  const float gap = ImGui::GetStyle().ItemSpacing.x;
  const float avail = ImGui::GetContentRegionAvail().x;
  const float w = ui.narrow ? avail : std::min(em(16.0f), (avail - gap) * 0.5f);
  if (primary_button(i18n::tr("Check yourself (2 minutes)"), t, ImVec2(w, em(2.75f)))) {
    open_assessment(ui);
    ui.platform.announce(i18n::tr("Self-check. Warning signs first."));
  }
  if (!ui.narrow) ImGui::SameLine();
  if (secondary_button(i18n::tr("Start today's entry"), ImVec2(w, em(2.75f)))) {
    ui.welcome_dismissed = true;
    ui.platform.announce(i18n::tr("Today's entry. Every tap is saved at once."));
  }
  muted_text(t, "%s",
             i18n::tr("The self-check asks about warning signs first, then your usual headaches, back pain and "
                      "medicines, and shows what your answers may mean."));
  card_end();
}

void draw_assessment_card(Ui& ui) {
  const Theme& t = ui.theme;
  ImGui::Dummy(ImVec2(0, em(0.4f)));
  card_begin("##selfcheck", i18n::tr("Self-check"), t, ui.font_bold, t.accent);
  const bool started = assessment_started(ui);
  const bool finished = started && assessment_finished(ui);
  const char* label = i18n::tr(!started   ? "Check yourself (2 minutes)##selfcheck"
                               : finished ? "See my self-check result##selfcheck"
                                          : "Continue the self-check##selfcheck");
  muted_text(t, "%s",
             i18n::tr(started ? "Your answers are kept on this device. You can change them at any time."
                              : "A few questions, warning signs first, and what your answers may mean."));
  if (primary_button(label, t)) {
    open_assessment(ui);
    ui.platform.announce(i18n::tr(finished ? "Self-check result." : "Self-check."));
  }
  card_end();
}

}  // namespace painlink::ui
