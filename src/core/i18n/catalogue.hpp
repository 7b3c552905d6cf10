// A message catalogue: the translations of one language, keyed by the English text (the msgid,
// as in gettext), so the code stays readable in English and English needs no catalogue. Read
// from JSON text (assets/i18n/<tag>.json, which the web shell fetches only for the language in
// use) into a typed value; every problem is a FieldError, none is a throw.
//
//   {"format": "painlink.messages", "language": "es",
//    "messages": {
//      "Welcome to Painlink": "Le damos la bienvenida a Painlink",
//      "{n} question not answered.": {"one": "...", "many": "...", "other": "..."}}}
//
// A plural message is keyed by its English singular and gives every category of its language
// (plural.hpp). Placeholders are named, "{n}", "{name}": a translation may use only those its
// English text has (it may leave one out: "una pregunta" for "{n} question").
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/i18n/language.hpp"
#include "core/i18n/plural.hpp"
#include "core/parsed.hpp"

namespace painlink::i18n {

inline constexpr const char* kCatalogueFormat = "painlink.messages";

struct Message {
  std::string text;                     // a plain message
  std::map<Plural, std::string> forms;  // a plural message: one text per category (text empty)
  bool plural() const { return !forms.empty(); }
};

struct Catalogue {
  Language language = Language::en;
  std::unordered_map<std::string, Message> messages;
  const Message* find(std::string_view msgid) const;
};

Parsed<Catalogue> parse_catalogue(std::string_view json_text);
// What the app shell does with a fetched file: parse_catalogue, and an error when the file is
// another language's than the one asked for.
Parsed<Catalogue> read_catalogue_for(Language wanted, std::string_view json_text);

// The names of the placeholders in `text` ("{n} of {total}" -> n, total), in order, repeats
// kept; false in `ok` when a brace is not part of a well-formed "{name}" (letters, digits, _).
struct Placeholders {
  std::vector<std::string> names;
  bool ok = true;
};
Placeholders placeholders(std::string_view text);

}  // namespace painlink::i18n
