// The languages Painlink speaks and how one is chosen from what the browser says the patient
// prefers (navigator.languages: BCP 47 tags, most preferred first). English is the source
// language: its text is the code's own and needs no catalogue; every other one is a catalogue
// (catalogue.hpp) that the web shell fetches only when that language is chosen.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace painlink::i18n {

enum class Language : std::uint8_t { en, es };
inline constexpr Language kLanguages[] = {Language::en, Language::es};

const char* to_tag(Language lang);        // "en", "es": the settings' and the catalogue's value
const char* native_name(Language lang);   // "English", "Español": how the switch names each, in itself
const char* english_name(Language lang);  // "English", "Spanish": for messages about a catalogue

// A BCP 47 language tag, as far as choosing a language needs it: "es-MX" is {"es", "MX"}.
// Subtags are checked for shape (letters and digits, 1-8 long, the first 2-3 letters); the
// primary one is kept in lower case, the region in upper case. Script and variants are dropped.
struct LanguageTag {
  std::string language;  // "es"
  std::string region;    // "MX", "419", or ""
  bool operator==(const LanguageTag&) const = default;
};
std::optional<LanguageTag> parse_language_tag(std::string_view text);

// The language a tag asks for, when Painlink has it: "es", "ES", "es-419", "es_MX" -> es.
std::optional<Language> language_from_tag(std::string_view text);

// The first of `preferred` that Painlink speaks (a regional tag counts as its language, so
// "es-MX" picks Spanish); English when none is. Tags that cannot be read are skipped.
Language choose_language(std::span<const std::string> preferred);

}  // namespace painlink::i18n
