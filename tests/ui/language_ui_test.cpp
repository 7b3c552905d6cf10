// Languages, headless (issue 16 item 1): the first visit in Spanish when the browser prefers it
// or the page asks for it, English until the catalogue has arrived and when it cannot be had, the
// switch in Data kept in the settings, and the printed self-check summary in Spanish.
#include "ui_harness.hpp"

#include "core/i18n/translate.hpp"
#include "ui/views.hpp"

using namespace painlink;
using painlink::test::UiHarness;

namespace {

bool has(const UiHarness& h, const std::string& text) { return h.text().find(text) != std::string::npos; }

// Goes on from wherever the self-check is to its result, in whatever language is showing.
void to_result(UiHarness& h) {
  for (int i = 0; i < ui::kAssessmentSteps && ui::assessment_step(*h.ui) < ui::kAssessmentSteps; ++i) {
    if (ui::assessment_step(*h.ui) == ui::kAssessmentSteps - 1)
      h.tap("Ver mi resultado##assessment");
    else
      h.tap("Siguiente##assessment");
  }
  REQUIRE(ui::assessment_step(*h.ui) == ui::kAssessmentSteps);
}

}  // namespace

TEST_CASE("language: a browser that prefers Spanish gets the first visit in Spanish, English until it arrives") {
  UiHarness h;
  h.capture_text();
  h.open_with_languages({"es-MX", "es", "en-GB"});
  REQUIRE(h.platform.catalogue_requested == i18n::Language::es);
  // Until the file is here: English, not an empty screen.
  CHECK(has(h, "Welcome to Painlink"));
  CHECK(h.shows("Check yourself (2 minutes)"));

  h.deliver_catalogue();
  CHECK(i18n::active_language() == i18n::Language::es);
  CHECK(has(h, "Le damos la bienvenida a Painlink"));
  CHECK(has(h,
            "No se env\xC3\xAD"
            "a a ninguna parte"));
  CHECK(h.shows("Hacer la autoevaluaci\xC3\xB3n (2 minutos)"));
  CHECK(h.shows("Empezar el registro de hoy"));
  CHECK(h.shows("Registro"));  // the tabs
  CHECK(h.shows("Datos"));
  CHECK_FALSE(h.shows("Check yourself (2 minutes)"));

  h.tap("Hacer la autoevaluaci\xC3\xB3n (2 minutos)");
  CHECK(has(h, "Autoevaluaci\xC3\xB3n \xC2\xB7 Paso 1 de 6"));
  CHECK(has(h,
            "Primero, las se\xC3\xB1"
            "ales de alarma"));
  CHECK(has(h, "Sobre sus dolores de cabeza"));
  // A red flag is exactly as urgent in Spanish: the emergency headline at once, at the top.
  h.tap("S\xC3\xAD##rf-headache_thunderclap");
  CHECK(h.app->journal().screening.answers.at("headache_thunderclap") == true);
  CHECK(has(h, "Emergencia: llame ahora al n\xC3\xBAmero de emergencias"));
  CHECK(has(h, "112"));
  h.tap("No##rf-headache_thunderclap");

  h.tap("Siguiente##assessment");
  CHECK(has(h, "Su dolor de cabeza habitual"));
  h.tap("S\xC3\xAD##headache_any");
  CHECK(h.app->journal().assessment.current.answers.at("headache_any") == "yes");
  CHECK_FALSE(h.shows("No lo s\xC3\xA9##headache_days"));  // a choice question: its own options
  CHECK(
      h.shows("De 4 a 7 d\xC3\xAD"
              "as al mes##headache_days"));

  to_result(h);
  CHECK(has(h, "Resultado de su autoevaluaci\xC3\xB3n"));
  CHECK(has(h, "no es un diagn\xC3\xB3stico"));
  CHECK(h.shows("Imprimir este resumen"));
}

TEST_CASE("language: the page's lang option chooses Spanish when the patient has not chosen") {
  UiHarness h(date_from_civil(2026, 11, 20), test::kPhoneW, test::kPhoneH, Json{{"lang", "es"}});
  h.capture_text();
  REQUIRE(h.platform.catalogue_requested == i18n::Language::es);
  h.deliver_catalogue();
  CHECK(has(h, "Le damos la bienvenida a Painlink"));
}

TEST_CASE("language: the switch in Data is kept in the settings and wins over the browser") {
  UiHarness h;
  h.capture_text();
  h.open_with_languages({"es-ES"});
  h.deliver_catalogue();
  h.tap("Empezar el registro de hoy");
  h.tap("Datos");
  CHECK(has(h, "Idioma"));
  h.tap("English##language-en");
  CHECK(h.app->journal().settings.language == i18n::Language::en);
  CHECK(i18n::active_language() == i18n::Language::en);
  CHECK(h.shows("Data"));
  CHECK(has(h, "You chose this language"));

  const std::size_t fetched = h.platform.catalogues_fetched.size();
  h.open();  // a reload: still English, though the browser prefers Spanish, and nothing fetched
  CHECK(has(h, "Welcome to Painlink"));
  CHECK(h.platform.catalogues_fetched.size() == fetched);

  h.tap("Start today's entry");
  h.tap("Data");
  h.tap("Espa\xC3\xB1ol##language-es");
  CHECK(h.app->journal().settings.language == i18n::Language::es);
  if (h.platform.catalogue_requested) h.deliver_catalogue();
  CHECK(h.shows("Datos"));
  h.tap("Usar el idioma del navegador");
  CHECK_FALSE(h.app->journal().settings.language.has_value());
  CHECK(i18n::active_language() == i18n::Language::es);  // the browser prefers it too
}

TEST_CASE("language: a catalogue that cannot be fetched leaves English working, and says so") {
  UiHarness h;
  h.capture_text();
  h.open_with_languages({"es"});
  h.platform.deliver_catalogue(*h.ui, std::nullopt);
  h.frames(3);
  CHECK(i18n::active_language() == i18n::Language::en);
  CHECK(has(h, "Spanish could not be loaded, so Painlink is in English for now"));
  CHECK(has(h, "No se pudo cargar el espa\xC3\xB1ol"));
  CHECK(h.shows("Check yourself (2 minutes)"));  // English keeps working
  h.tap("Try again##language");
  REQUIRE(h.platform.catalogue_requested == i18n::Language::es);
  h.deliver_catalogue();
  CHECK_FALSE(has(h, "could not be loaded"));
  CHECK(has(h, "Le damos la bienvenida a Painlink"));
}

TEST_CASE("language: the printed self-check summary is in Spanish, dates the Spanish way") {
  UiHarness h;
  h.capture_text();
  h.open_with_languages({"es"});
  h.deliver_catalogue();
  h.tap("Hacer la autoevaluaci\xC3\xB3n (2 minutos)");
  h.tap("S\xC3\xAD##rf-cancer_history");
  to_result(h);
  h.tap("Imprimir este resumen");
  REQUIRE(h.platform.printed.size() == 1);
  const std::string& html = h.platform.printed[0];
  CHECK(html.find("<html lang=\"es\">") != std::string::npos);
  CHECK(html.find("Autoevaluaci\xC3\xB3n de dolor de espalda y de cabeza") != std::string::npos);
  CHECK(html.find("20 nov 2026") != std::string::npos);
  CHECK(html.find("Preguntas de seguridad") != std::string::npos);
  CHECK(html.find("\xC2\xBFHa tenido c\xC3\xA1ncer alguna vez?") != std::string::npos);
  CHECK(html.find("Safety questions") == std::string::npos);
}

TEST_CASE("language: the bold and heading faces gain the Spanish letters only while Spanish is drawn") {
  UiHarness h;
  h.open_with_languages({"es"});
  // English first frames rasterise no more SemiBold glyphs than before languages came.
  CHECK(h.ui->font_bold->FindGlyphNoFallback(0x00E9) == nullptr);
  CHECK(h.ui->font_heading->FindGlyphNoFallback(0x00F1) == nullptr);
  CHECK(h.ui->font_bold->FindGlyphNoFallback(0x00D7) != nullptr);  // English's own "×" stays
  h.deliver_catalogue();
  for (const ImWchar c : {0x00E1, 0x00E9, 0x00ED, 0x00F3, 0x00FA, 0x00F1, 0x00FC, 0x00BF, 0x00A1}) {
    CAPTURE(static_cast<int>(c));
    CHECK(h.ui->font_bold->FindGlyphNoFallback(c) != nullptr);
    CHECK(h.ui->font_heading->FindGlyphNoFallback(c) != nullptr);
  }
  h.tap("Empezar el registro de hoy");
  h.tap("Datos");
  h.tap("English##language-en");
  CHECK(h.ui->font_bold->FindGlyphNoFallback(0x00E9) == nullptr);
}
