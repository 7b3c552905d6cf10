#include "ui/language.hpp"

#include <string>

#include "core/i18n/translate.hpp"
#include "ui/widgets.hpp"

namespace painlink::ui {

namespace {

// Said in the language that could not be loaded too: its reader may not read English.
const char* failed_in_itself(i18n::Language lang) {
  switch (lang) {
    case i18n::Language::es:
      return "No se pudo cargar el espa\xC3\xB1ol. Painlink se muestra en ingl\xC3\xA9s por ahora.";
    case i18n::Language::en: return "";
  }
  return "";
}

void choose(Ui& ui, std::optional<i18n::Language> lang) {
  Settings s = ui.app.journal().settings;
  if (s.language == lang) return;
  s.language = lang;
  ui.app.set_settings(std::move(s));
  follow_language(ui);
}

}  // namespace

i18n::Language wanted_language(const Ui& ui) {
  if (const std::optional<i18n::Language> chosen = ui.app.journal().settings.language) return *chosen;
  if (ui.embed.lang) return *ui.embed.lang;
  return i18n::choose_language(ui.browser_languages);
}

void follow_language(Ui& ui) {
  const i18n::Language lang = wanted_language(ui);
  if (ui.language_asked && lang == ui.language) return;
  ui.language = lang;
  ui.language_asked = true;
  ui.language_failed.reset();
  ui.platform.use_language(lang);
  ui.frames_after_input = 0;
}

void refresh_after_language_change(Ui& ui) {
  if (ui.language_generation == i18n::active_generation()) return;
  ui.language_generation = i18n::active_generation();
  ui.summary.reset();
  ui.insights.valid = false;
  ui.frames_after_input = 0;
}

void draw_language_notice(Ui& ui) {
  if (!ui.language_failed) return;
  const Theme& t = ui.theme;
  const i18n::Language lang = *ui.language_failed;
  const std::string text =
      i18n::tr(
          "{language} could not be loaded, so Painlink is in English for now. Check the connection and try "
          "again.",
          {{"language", i18n::english_name(lang)}}) +
      "\n" + failed_in_itself(lang);
  banner(t.warning, t.warning_soft, t.text, text.c_str());
  Flow row;
  row.next(button_width(i18n::tr("Try again##language")));
  if (secondary_button(i18n::tr("Try again##language"))) {
    ui.language_failed.reset();
    ui.platform.use_language(ui.language);
  }
  row.next(button_width(i18n::tr("Dismiss##language")));
  if (secondary_button(i18n::tr("Dismiss##language"))) ui.language_failed.reset();
  ImGui::Dummy(ImVec2(0, em(0.2f)));
}

void draw_language_card(Ui& ui) {
  const Theme& t = ui.theme;
  card_begin("##language", i18n::tr("Language"), t, ui.font_bold);
  const std::optional<i18n::Language> chosen = ui.app.journal().settings.language;
  muted_text(t, "%s",
             chosen ? i18n::tr("You chose this language. Painlink keeps it on this device.")
                    : i18n::tr("Painlink follows your browser's language. You can choose another one here."));
  const float gap = em(0.4f);
  const float w = std::min(em(12.0f), (ImGui::GetContentRegionAvail().x - gap) * 0.5f);
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(gap, gap));
  bool first = true;
  for (const i18n::Language lang : i18n::kLanguages) {
    if (!first) ImGui::SameLine();
    first = false;
    // Each language is named in itself, so it is found whatever language is showing.
    const std::string label = std::string(i18n::native_name(lang)) + "##language-" + i18n::to_tag(lang);
    if (answer_button(label.c_str(), ui.language == lang, t, w) && ui.language != lang) {
      choose(ui, lang);
      ui.platform.announce(i18n::native_name(lang));
    }
  }
  ImGui::PopStyleVar();
  if (ui.language != i18n::active_language() && !ui.language_failed)
    muted_text(t, "%s",
               i18n::tr("Loading {language}\xE2\x80\xA6", {{"language", i18n::native_name(ui.language)}}).c_str());
  if (chosen && link_button(i18n::tr("Use my browser's language"), t)) choose(ui, std::nullopt);
  card_end();
}

}  // namespace painlink::ui
