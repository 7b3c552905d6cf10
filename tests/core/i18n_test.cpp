// The language mechanism (core/i18n): choosing a language, CLDR plural rules, reading a
// catalogue, looking text up, and numbers and dates written each language's way.
#include <doctest/doctest.h>

#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "core/i18n/catalogue.hpp"
#include "core/i18n/format.hpp"
#include "core/i18n/language.hpp"
#include "core/i18n/plural.hpp"
#include "core/i18n/translate.hpp"

using namespace painlink;
using namespace painlink::i18n;

namespace {

std::shared_ptr<const Catalogue> catalogue(const std::string& text) {
  Parsed<Catalogue> parsed = parse_catalogue(text);
  REQUIRE_MESSAGE(parsed.ok(),
                  (parsed.errors.empty() ? std::string() : parsed.errors[0].path + ": " + parsed.errors[0].message));
  return std::make_shared<const Catalogue>(std::move(*parsed.value));
}

std::vector<std::string> error_paths(const Parsed<Catalogue>& p) {
  std::vector<std::string> out;
  for (const FieldError& e : p.errors) out.push_back(e.path + ": " + e.message);
  return out;
}

const char* kSpanish = R"({"format": "painlink.messages", "language": "es", "messages": {
  "Back": "Atrás",
  "Step {n} of {total}": "Paso {n} de {total}",
  "{n} question is not answered.": {"one": "Falta {n} pregunta.", "many": "Faltan {n} de preguntas.",
                                     "other": "Faltan {n} preguntas."}
}})";

}  // namespace

TEST_CASE("i18n: a language tag is read for its language and region") {
  CHECK(parse_language_tag("es-MX") == LanguageTag{"es", "MX"});
  CHECK(parse_language_tag("ES_mx") == LanguageTag{"es", "MX"});
  CHECK(parse_language_tag("es-419") == LanguageTag{"es", "419"});
  CHECK(parse_language_tag("zh-Hant-TW") == LanguageTag{"zh", "TW"});
  CHECK(parse_language_tag("en") == LanguageTag{"en", ""});
  CHECK_FALSE(parse_language_tag("").has_value());
  CHECK_FALSE(parse_language_tag("e").has_value());
  CHECK_FALSE(parse_language_tag("es-").has_value());
  CHECK_FALSE(parse_language_tag("español").has_value());
  CHECK_FALSE(parse_language_tag("es MX").has_value());
  CHECK(language_from_tag("es-AR") == Language::es);
  CHECK(language_from_tag("en-GB") == Language::en);
  CHECK_FALSE(language_from_tag("fr-FR").has_value());
}

TEST_CASE("i18n: the language follows the first preference Painlink speaks, English otherwise") {
  const auto choose = [](std::vector<std::string> tags) { return choose_language(tags); };
  CHECK(choose({"es-MX", "es", "en-GB"}) == Language::es);
  CHECK(choose({"en-GB", "es-MX"}) == Language::en);
  CHECK(choose({"fr-FR", "de", "es"}) == Language::es);  // the first it speaks, not the first listed
  CHECK(choose({"fr-FR", "de"}) == Language::en);
  CHECK(choose({}) == Language::en);
  CHECK(choose({"", "??", "es-419"}) == Language::es);  // unreadable tags are skipped
  CHECK(std::string(to_tag(Language::es)) == "es");
  CHECK(std::string(native_name(Language::es)) == "Espa\xC3\xB1ol");
}

TEST_CASE("i18n: CLDR cardinal plural categories of English and Spanish") {
  CHECK(plural_category(Language::en, 1) == Plural::one);
  CHECK(plural_category(Language::en, 0) == Plural::other);
  CHECK(plural_category(Language::en, 2) == Plural::other);
  CHECK(plural_category(Language::en, 1000000) == Plural::other);
  CHECK(plural_category(Language::en, 1.0, 1) == Plural::other);  // "1.0 days": v = 1
  CHECK(plural_category(Language::en, -1) == Plural::one);
  // Spanish: one is n = 1, so "1,0" too.
  CHECK(plural_category(Language::es, 1) == Plural::one);
  CHECK(plural_category(Language::es, 1.0, 1) == Plural::one);
  CHECK(plural_category(Language::es, 0) == Plural::other);
  CHECK(plural_category(Language::es, 2) == Plural::other);
  CHECK(plural_category(Language::es, 1.5, 1) == Plural::other);
  // many: whole multiples of a million ("1 millón de días")
  CHECK(plural_category(Language::es, 1000000) == Plural::many);
  CHECK(plural_category(Language::es, 3000000) == Plural::many);
  CHECK(plural_category(Language::es, 1000001) == Plural::other);
  CHECK(plural_category(Language::es, 999999) == Plural::other);
  CHECK(plural_category(Language::es, 1000) == Plural::other);
  CHECK(plural_category(Language::es, 1000000.0, 1) == Plural::other);  // v = 1
  CHECK(plural_categories(Language::es).size() == 3);
  CHECK(plural_categories(Language::en).size() == 2);
}

TEST_CASE("i18n: a catalogue is read into typed messages") {
  const Parsed<Catalogue> p = parse_catalogue(kSpanish);
  REQUIRE(p.ok());
  CHECK(p.value->language == Language::es);
  REQUIRE(p.value->find("Back") != nullptr);
  CHECK(p.value->find("Back")->text == "Atrás");
  const Message* plural = p.value->find("{n} question is not answered.");
  REQUIRE(plural != nullptr);
  CHECK(plural->plural());
  CHECK(plural->forms.at(Plural::many) == "Faltan {n} de preguntas.");
  CHECK(p.value->find("Next") == nullptr);
}

TEST_CASE("i18n: a catalogue's problems are errors with paths, all of them") {
  SUBCASE("not JSON, or not a catalogue") {
    CHECK(parse_catalogue("{").errors.at(0).path == "");
    CHECK(parse_catalogue("[]").errors.at(0).path == "");
    const Parsed<Catalogue> p = parse_catalogue(R"({"format": "x", "language": "es", "messages": {}})");
    CHECK_FALSE(p.ok());
    CHECK(p.errors.at(0).path == "format");
  }
  SUBCASE("a language it does not speak, or English") {
    CHECK(parse_catalogue(R"({"format": "painlink.messages", "language": "fr", "messages": {}})").errors.at(0).path ==
          "language");
    CHECK(parse_catalogue(R"({"format": "painlink.messages", "language": "en", "messages": {}})").errors.at(0).path ==
          "language");
  }
  SUBCASE("a plural message without a form its language needs") {
    const Parsed<Catalogue> p = parse_catalogue(R"({"format": "painlink.messages", "language": "es", "messages": {
      "{n} day": {"one": "{n} día", "other": "{n} días"}}})");
    REQUIRE(p.errors.size() == 1);
    CHECK(p.errors[0].path == R"(messages["{n} day"].many)");
    CHECK(p.errors[0].message == "is missing: Spanish needs the forms one, many, other");
  }
  SUBCASE("a plural form the language does not have") {
    const Parsed<Catalogue> p = parse_catalogue(R"({"format": "painlink.messages", "language": "es", "messages": {
      "{n} day": {"one": "{n} día", "two": "{n} días", "many": "{n} de días", "other": "{n} días"}}})");
    CHECK(error_paths(p) ==
          std::vector<std::string>{
              R"(messages["{n} day"].two: is not a plural form of Spanish (it has one, many, other))"});
  }
  SUBCASE("a placeholder the English text lacks, in a message and in a plural form") {
    const Parsed<Catalogue> p = parse_catalogue(R"({"format": "painlink.messages", "language": "es", "messages": {
      "Step {n}": "Paso {m}",
      "{n} day": {"one": "{n} día", "many": "{n} de días", "other": "{count} días"},
      "Broken": "Roto {"}})");
    CHECK(error_paths(p) == std::vector<std::string>{
                                R"(messages["Broken"]: has a "{" or "}" that is not part of a placeholder such as {n})",
                                R"(messages["Step {n}"]: uses {m}, which the English text does not have)",
                                R"(messages["{n} day"].other: uses {count}, which the English text does not have)"});
  }
  SUBCASE("empty texts, wrong types, ImGui ids in a key") {
    const Parsed<Catalogue> p = parse_catalogue(R"({"format": "painlink.messages", "language": "es", "messages": {
      "A": "", "B": 3, "C##id": "C"}})");
    CHECK(error_paths(p) ==
          std::vector<std::string>{R"(messages["A"]: is empty)",
                                   R"(messages["B"]: must be a text, or an object of plural forms (got 3))",
                                   R"(messages["C##id"]: must not hold "##": only the text before it is translated)"});
  }
  SUBCASE("a key twice is refused by the JSON reader") {
    CHECK_FALSE(
        parse_catalogue(R"({"format": "painlink.messages", "language": "es", "messages": {"A": "a", "A": "b"}})").ok());
  }
}

TEST_CASE("i18n: lookup by the English text, with ids, placeholders and plurals") {
  SUBCASE("English without a catalogue: the text itself") {
    REQUIRE(active_catalogue() == nullptr);
    const char* back = "Back##assessment";
    CHECK(tr(back) == back);  // the very pointer: English costs nothing
    CHECK(tr("Step {n} of {total}", {{"n", 2}, {"total", 6}}) == "Step 2 of 6");
    CHECK(trn("{n} question is not answered.", "{n} questions are not answered.", 1) == "1 question is not answered.");
    CHECK(trn("{n} question is not answered.", "{n} questions are not answered.", 3) ==
          "3 questions are not answered.");
    CHECK(trn("{n} question is not answered.", "{n} questions are not answered.", 12345) ==
          "12,345 questions are not answered.");
    CHECK(active_language() == Language::en);
  }
  SUBCASE("Spanish") {
    const std::uint64_t before = active_generation();
    ScopedCatalogue spanish(catalogue(kSpanish));
    CHECK(active_generation() != before);
    CHECK(active_language() == Language::es);
    CHECK(std::string(tr("Back")) == "Atrás");
    CHECK(std::string(tr("Back##assessment")) == "Atrás##assessment");
    CHECK(std::string(tr("Next##assessment")) == "Next##assessment");  // not translated: English shows
    CHECK(tr("Step {n} of {total}", {{"n", 2}, {"total", 6}}) == "Paso 2 de 6");
    CHECK(trn("{n} question is not answered.", "{n} questions are not answered.", 1) == "Falta 1 pregunta.");
    CHECK(trn("{n} question is not answered.", "{n} questions are not answered.", 4) == "Faltan 4 preguntas.");
    CHECK(trn("{n} question is not answered.", "{n} questions are not answered.", 2000000) ==
          "Faltan 2.000.000 de preguntas.");
    // A plural text untranslated falls back to the English forms, chosen by the Spanish rule.
    CHECK(trn("{n} day", "{n} days", 1) == "1 day");
  }
  CHECK(active_catalogue() == nullptr);  // the guard put English back
  CHECK(fill("{a} and {b} and {c}", {{"a", "x"}, {"b", std::string("y")}}) == "x and y and {c}");
}

TEST_CASE("i18n: numbers the way each language writes them") {
  CHECK(format_decimal(7.5, 1, Language::en) == "7.5");
  CHECK(format_decimal(7.5, 1, Language::es) == "7,5");
  CHECK(format_decimal(12345.25, 2, Language::es) == "12.345,25");
  CHECK(format_decimal(1234.5, 1, Language::es) == "1234,5");
  CHECK(format_decimal(1234.5, 1, Language::en) == "1,234.5");
  CHECK(format_decimal(-0.04, 1, Language::en) == "0.0");
  CHECK(format_decimal(-2.5, 1, Language::es) ==
        "\xE2\x88\x92"
        "2,5");
  CHECK(format_integer(1234, Language::es) == "1234");
  CHECK(format_integer(12345, Language::es) == "12.345");
  CHECK(format_integer(1234567, Language::en) == "1,234,567");
  CHECK(format_integer(0, Language::en) == "0");
}

TEST_CASE("i18n: dates and lists the way each language writes them") {
  const Date d = date_from_civil(2026, 12, 1);
  CHECK(format_date_full(d, Language::es) == "1 de diciembre de 2026");
  CHECK(format_date_full(d, Language::en) == "1 December 2026");
  CHECK(format_date_medium(d, Language::es) == "1 dic 2026");
  CHECK(format_date_medium(d, Language::en) == "1 Dec 2026");
  CHECK(format_day_month(date_from_civil(2026, 9, 20), Language::es) == "20 sept");
  CHECK(std::string(weekday_short_name(weekday(d), Language::es)) == "mar");
  const std::vector<std::string> three = {"fiebre", "dolor", "hinchazón"};
  CHECK(join_list(three, Language::es) == "fiebre, dolor e hinchazón");
  const std::vector<std::string> two = {"dolor", "hielo"};
  CHECK(join_list(two, Language::es) == "dolor y hielo");
  const std::vector<std::string> en = {"a", "b", "c"};
  CHECK(join_list(en, Language::en) == "a, b and c");
  CHECK(join_list(std::vector<std::string>{"a"}, Language::en) == "a");
}

TEST_CASE("i18n: the Spanish catalogue that ships reads without an error") {
  std::ifstream in(PAINLINK_ASSETS_DIR "/i18n/es.json", std::ios::binary);
  REQUIRE(in.good());
  std::stringstream text;
  text << in.rdbuf();
  const Parsed<Catalogue> p = parse_catalogue(text.str());
  CHECK(error_paths(p).empty());
  CHECK(p.ok());
  CHECK(p.value->language == Language::es);
}
