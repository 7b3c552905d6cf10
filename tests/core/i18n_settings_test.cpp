// The language the patient chose in Data is a setting ("language": "es"), stored and exported
// like the others; a journal without it follows the browser.
#include <doctest/doctest.h>

#include "core/interchange.hpp"
#include "core/journal_app.hpp"
#include "core/storage.hpp"

using namespace painlink;

TEST_CASE("settings: the chosen language is \"language\", absent when none was chosen") {
  Settings s;
  CHECK_FALSE(settings_to_json(s).contains("language"));
  s.language = i18n::Language::es;
  const Json j = settings_to_json(s);
  CHECK(j["language"] == "es");
  const Parsed<Settings> back = settings_from_json(j);
  REQUIRE(back.ok());
  CHECK(back.value->language == i18n::Language::es);
  CHECK(*back.value == s);
}

TEST_CASE("settings: a language this version does not speak is kept as it is, and not used") {
  const Parsed<Settings> p = settings_from_json(Json{{"back_flare_threshold", 4}, {"language", "fr"}});
  REQUIRE(p.ok());
  CHECK_FALSE(p.value->language.has_value());
  CHECK(settings_to_json(*p.value)["language"] == "fr");  // a newer version's choice survives
  const Parsed<Settings> bad = settings_from_json(Json{{"back_flare_threshold", 4}, {"language", 3}});
  CHECK_FALSE(bad.ok());
  REQUIRE(bad.errors.size() == 1);
  CHECK(bad.errors[0].path == "settings.language");
}

TEST_CASE("settings: the language survives a save and a load") {
  MemoryStore kv;
  std::int64_t now = 1'800'000'000'000;
  {
    JournalApp app(kv, "painlink.journal", [&] { return now; });
    app.start();
    Settings s = app.journal().settings;
    s.language = i18n::Language::es;
    app.set_settings(s);
    app.flush();
  }
  JournalApp again(kv, "painlink.journal", [&] { return now; });
  again.start();
  CHECK(again.journal().settings.language == i18n::Language::es);
}
