// The red-flag questionnaire (analysis/red_flags.hpp): every question as Yes / No, grouped.
// Any "yes" shows what to do and how fast at once (under that question and above Save); Save stores
// the answers with today's date through JournalApp::set_screening.
#include <string>

#include "ui/insights_sections.hpp"
#include "core/i18n/translate.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"

namespace painlink::ui {

namespace {

void flag_message(Ui& ui, const analysis::RedFlagResult& r, const char* id) {
  const Theme& t = ui.theme;
  const bool strong = r.urgent;
  const ImU32 ink = strong ? t.on_danger : t.text;
  alert_card_begin(id, strong ? t.danger : t.warning_soft, strong ? t.danger : t.warning);
  ImGui::PushStyleColor(ImGuiCol_Text, ink);
  ImGui::PushFont(ui.font_bold);
  ImGui::PushTextWrapPos(0);
  ImGui::TextUnformatted(r.headline.c_str());
  ImGui::PopFont();
  ImGui::TextUnformatted(r.message.c_str());
  if (!ui.embed.clinic_contact.empty())
    ImGui::TextUnformatted(i18n::tr("Your clinic: {contact}", {{"contact", ui.embed.clinic_contact}}).c_str());
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
  alert_card_end();
}

void reevaluate(Ui& ui) {
  ScreeningDraft& d = ui.insights_view.screening;
  Screening s;
  s.answered_on = ui.today;
  s.answers = d.answers;
  d.preview = analysis::evaluate_red_flags(s);
}

}  // namespace

void draw_screening(Ui& ui) {
  const Theme& t = ui.theme;
  ScreeningDraft& d = ui.insights_view.screening;
  if (!d.loaded) open_screening(ui);

  if (secondary_button(i18n::tr("\xE2\x86\x90 Back to insights##screening"))) {
    d.open = false;
    ui.insights_view.scroll_top = true;
    return;
  }
  ImGui::Dummy(ImVec2(0, em(0.2f)));
  ImGui::PushFont(ui.font_heading);
  ImGui::TextUnformatted(i18n::tr("Safety questions"));
  ImGui::PopFont();
  ImGui::PushTextWrapPos(0);
  ImGui::TextUnformatted(i18n::tr(
      "Answer each question Yes or No. A few signs need a doctor straight away; if you answer yes to any of them "
      "you will see what to do at once. Your answers stay on this device."));
  ImGui::PopTextWrapPos();
  ImGui::Dummy(ImVec2(0, em(0.3f)));

  struct Group {
    analysis::RedFlagGroup group;
    const char* title;
    const char* id;
  };
  static const Group kGroups[] = {
      {analysis::RedFlagGroup::headache, i18n::msg("About your headaches"), "##rf-head"},
      {analysis::RedFlagGroup::back, i18n::msg("About your back pain"), "##rf-back"},
      {analysis::RedFlagGroup::general, i18n::msg("About your general health"), "##rf-general"}};
  int answered = 0, total = 0;
  for (const Group& g : kGroups) {
    card_begin(g.id, i18n::tr(g.title), t, ui.font_bold,
               g.group == analysis::RedFlagGroup::headache ? t.head
               : g.group == analysis::RedFlagGroup::back   ? t.back
                                                           : t.accent);
    ImGui::PushTextWrapPos(0);
    bool first = true;
    for (const analysis::RedFlagQuestion& q : analysis::red_flag_questions()) {
      if (q.group != g.group) continue;
      ++total;
      if (!first) {
        ImGui::Dummy(ImVec2(0, em(0.1f)));
        ImGui::Separator();
        ImGui::Dummy(ImVec2(0, em(0.1f)));
      }
      first = false;
      std::optional<bool> value;
      if (auto it = d.answers.find(q.id); it != d.answers.end()) value = it->second;
      if (value) ++answered;
      if (yes_no(q.id, i18n::tr(q.question), value, t)) {
        if (value) d.answers[q.id] = *value;
        else d.answers.erase(q.id);
        if (value && *value) {
          d.last_yes = q.id;
          ui.platform.announce(i18n::tr("{headline}: please read the message below this question.",
                                        {{"headline", analysis::red_flag_headline(q.tier)}}));
        } else if (d.last_yes == q.id) {
          d.last_yes.clear();
        }
        reevaluate(ui);
      }
      if (d.last_yes == q.id && d.preview.any_yes) flag_message(ui, d.preview, "##rf-inline");
    }
    ImGui::PopTextWrapPos();
    card_end();
  }

  if (d.preview.any_yes) flag_message(ui, d.preview, "##rf-bottom");
  muted_text(t, "%s",
             i18n::tr("{answered} of {total} questions answered. You can save with some left unanswered.",
                      {{"answered", answered}, {"total", total}})
                 .c_str());
  Flow row;
  row.next(button_width(i18n::tr("Save answers##screening")));
  if (primary_button(i18n::tr("Save answers##screening"), t)) {
    Screening s;
    s.answered_on = ui.today;
    s.answers = d.answers;
    ui.app.set_screening(s);
    d.open = false;
    d.just_saved = true;
    ui.insights_view.scroll_top = true;
    ui.platform.announce(d.preview.any_yes ? d.preview.headline + ". " + d.preview.message
                                           : std::string(i18n::tr("Answers saved. No warning signs in your answers.")));
  }
  row.next(button_width(i18n::tr("Cancel##screening")));
  if (secondary_button(i18n::tr("Cancel##screening"))) {
    d.open = false;
    ui.insights_view.scroll_top = true;
  }
  ImGui::Dummy(ImVec2(0, em(0.4f)));
  muted_text(
      t, "%s",
      i18n::tr("Where these questions come from: the SNNOOP10 list of headache warning signs (Do et al., Neurology "
               "2019;92:134-144); NICE guideline NG59 and NICE CKS on low back pain and sciatica (signs of cancer, "
               "infection, fracture and cauda equina syndrome); the GIRFT national suspected cauda equina pathway "
               "(2023). They are a safety check, not a diagnosis."));
}

}  // namespace painlink::ui
