#include "core/i18n/language.hpp"

#include <vector>

namespace painlink::i18n {

namespace {

bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
char upper(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; }

bool all_of(std::string_view s, bool (*pred)(char)) {
  for (const char c : s)
    if (!pred(c)) return false;
  return true;
}

}  // namespace

const char* to_tag(Language lang) {
  switch (lang) {
    case Language::en: return "en";
    case Language::es: return "es";
  }
  return "en";
}

const char* native_name(Language lang) {
  switch (lang) {
    case Language::en: return "English";
    case Language::es: return "Espa\xC3\xB1ol";
  }
  return "English";
}

const char* english_name(Language lang) {
  switch (lang) {
    case Language::en: return "English";
    case Language::es: return "Spanish";
  }
  return "English";
}

std::optional<LanguageTag> parse_language_tag(std::string_view text) {
  // Browsers and people write "es_MX" too.
  std::vector<std::string_view> subtags;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == '-' || text[i] == '_') {
      subtags.push_back(text.substr(start, i - start));
      start = i + 1;
    }
  }
  for (std::string_view s : subtags)
    if (s.empty() || s.size() > 8 || !all_of(s, [](char c) { return is_alpha(c) || is_digit(c); })) return std::nullopt;
  const std::string_view primary = subtags.front();
  if (primary.size() < 2 || primary.size() > 3 || !all_of(primary, is_alpha)) return std::nullopt;
  LanguageTag tag;
  for (const char c : primary) tag.language += lower(c);
  // The region is the first later subtag of two letters or three digits (a four-letter script
  // such as "Latn" may come before it).
  for (std::size_t i = 1; i < subtags.size(); ++i) {
    const std::string_view s = subtags[i];
    if ((s.size() == 2 && all_of(s, is_alpha)) || (s.size() == 3 && all_of(s, is_digit))) {
      for (const char c : s) tag.region += upper(c);
      break;
    }
    if (s.size() != 4) break;  // a variant or an extension: no region follows
  }
  return tag;
}

std::optional<Language> language_from_tag(std::string_view text) {
  const std::optional<LanguageTag> tag = parse_language_tag(text);
  if (!tag) return std::nullopt;
  for (const Language lang : kLanguages)
    if (tag->language == to_tag(lang)) return lang;
  return std::nullopt;
}

Language choose_language(std::span<const std::string> preferred) {
  for (const std::string& tag : preferred)
    if (const std::optional<Language> lang = language_from_tag(tag)) return *lang;
  return Language::en;
}

}  // namespace painlink::i18n
