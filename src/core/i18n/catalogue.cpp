#include "core/i18n/catalogue.hpp"

#include <algorithm>

#include "core/json_text.hpp"

namespace painlink::i18n {

namespace {

std::string message_path(const std::string& msgid) {
  // The key as JSON writes it, so a path can be searched for in the file.
  return "messages[" + dump_compact(Json(msgid)) + "]";
}

bool name_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

std::string categories_text(Language lang) {
  std::string out;
  for (const Plural p : plural_categories(lang)) {
    if (!out.empty()) out += ", ";
    out += to_string(p);
  }
  return out;
}

// A translation's placeholders must all be the English text's.
void check_placeholders(const Placeholders& english, const std::string& translation, const std::string& path,
                        std::vector<FieldError>& errors) {
  const Placeholders used = placeholders(translation);
  if (!used.ok) {
    errors.push_back({path, "has a \"{\" or \"}\" that is not part of a placeholder such as {n}"});
    return;
  }
  for (const std::string& name : used.names)
    if (std::find(english.names.begin(), english.names.end(), name) == english.names.end()) {
      errors.push_back({path, "uses {" + name + "}, which the English text does not have"});
      return;
    }
}

}  // namespace

const Message* Catalogue::find(std::string_view msgid) const {
  const auto it = messages.find(std::string(msgid));
  return it == messages.end() ? nullptr : &it->second;
}

Placeholders placeholders(std::string_view text) {
  Placeholders out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '}') {
      out.ok = false;
      continue;
    }
    if (text[i] != '{') continue;
    const std::size_t close = text.find('}', i + 1);
    const std::string_view name =
        close == std::string_view::npos ? std::string_view{} : text.substr(i + 1, close - i - 1);
    if (name.empty() || !std::all_of(name.begin(), name.end(), name_char)) {
      out.ok = false;
      if (close == std::string_view::npos) break;
      i = close;
      continue;
    }
    out.names.emplace_back(name);
    i = close;
  }
  return out;
}

Parsed<Catalogue> parse_catalogue(std::string_view json_text) {
  Parsed<Catalogue> out;
  const ParsedJson parsed = parse_json_text(json_text);
  if (!parsed.value) {
    out.errors.push_back({"", "is not a message catalogue: " + parsed.error});
    return out;
  }
  const Json& j = *parsed.value;
  if (!j.is_object()) {
    out.errors.push_back(
        {"", "must be an object with \"format\", \"language\" and \"messages\" (got " + describe_value(j) + ")"});
    return out;
  }
  const auto format = j.find("format");
  if (format == j.end() || !format->is_string() || format->get_ref<const std::string&>() != kCatalogueFormat)
    out.errors.push_back({"format", std::string("must be \"") + kCatalogueFormat + "\""});
  Catalogue c;
  const auto language = j.find("language");
  std::optional<Language> lang;
  if (language != j.end() && language->is_string()) lang = language_from_tag(language->get_ref<const std::string&>());
  if (!lang || *lang == Language::en) {
    // English is the code's own text: a catalogue for it would only hide a msgid that changed.
    out.errors.push_back({"language", "must be the tag of a language Painlink speaks other than English (\"es\")"});
    return out;
  }
  c.language = *lang;
  const auto messages = j.find("messages");
  if (messages == j.end() || !messages->is_object()) {
    out.errors.push_back({"messages", "must be an object of English text to translation"});
    return out;
  }
  const std::span<const Plural> needed = plural_categories(c.language);
  for (const auto& [msgid, value] : messages->items()) {
    const std::string path = message_path(msgid);
    const Placeholders english = placeholders(msgid);
    if (msgid.empty() || !english.ok) {
      out.errors.push_back({path, "is not an English text that can be looked up (empty, or a stray brace)"});
      continue;
    }
    if (msgid.find("##") != std::string::npos) {
      // ImGui's "Label##id": the id is not part of what is translated (translate.hpp keeps it).
      out.errors.push_back({path, "must not hold \"##\": only the text before it is translated"});
      continue;
    }
    Message m;
    if (value.is_string()) {
      m.text = value.get<std::string>();
      if (m.text.empty()) {
        out.errors.push_back({path, "is empty"});
        continue;
      }
      check_placeholders(english, m.text, path, out.errors);
    } else if (value.is_object()) {
      for (const auto& [key, form] : value.items()) {
        const std::string form_path = path + "." + key;
        const std::optional<Plural> p = plural_from_string(key);
        if (!p || std::find(needed.begin(), needed.end(), *p) == needed.end()) {
          out.errors.push_back({form_path, "is not a plural form of " + std::string(english_name(c.language)) +
                                               " (it has " + categories_text(c.language) + ")"});
          continue;
        }
        if (!form.is_string() || form.get_ref<const std::string&>().empty()) {
          out.errors.push_back({form_path, "must be a text (got " + describe_value(form) + ")"});
          continue;
        }
        check_placeholders(english, form.get<std::string>(), form_path, out.errors);
        m.forms[*p] = form.get<std::string>();
      }
      for (const Plural p : needed)
        if (!value.contains(to_string(p)))
          out.errors.push_back({path + "." + to_string(p), "is missing: " + std::string(english_name(c.language)) +
                                                               " needs the forms " + categories_text(c.language)});
    } else {
      out.errors.push_back({path, "must be a text, or an object of plural forms (got " + describe_value(value) + ")"});
      continue;
    }
    c.messages.emplace(msgid, std::move(m));
  }
  if (out.errors.empty()) out.value = std::move(c);
  return out;
}

Parsed<Catalogue> read_catalogue_for(Language wanted, std::string_view json_text) {
  Parsed<Catalogue> out = parse_catalogue(json_text);
  if (out.value && out.value->language != wanted) {
    out.errors.push_back({"language", std::string("is ") + to_tag(out.value->language) + ", not the " +
                                          english_name(wanted) + " that was asked for"});
    out.value.reset();
  }
  return out;
}

}  // namespace painlink::i18n
