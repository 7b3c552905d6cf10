#include "core/json_text.hpp"

namespace painlink {

namespace {

// Nesting depth of arrays/objects outside strings; stops counting once over the limit.
bool nesting_within(std::string_view text, int max_depth) {
  int depth = 0;
  bool in_string = false;
  bool escaped = false;
  for (char c : text) {
    if (in_string) {
      if (escaped) escaped = false;
      else if (c == '\\') escaped = true;
      else if (c == '"') in_string = false;
      continue;
    }
    if (c == '"') in_string = true;
    else if (c == '[' || c == '{') {
      if (++depth > max_depth) return false;
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return true;
}

}  // namespace

ParsedJson parse_json_text(std::string_view text, int max_depth) {
  ParsedJson out;
  if (!nesting_within(text, max_depth)) {
    out.error = "is nested more than " + std::to_string(max_depth) + " levels deep";
    return out;
  }
  Json j = Json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) {
    out.error = "is not valid JSON (cut short, a typo, or not a JSON file)";
    return out;
  }
  out.value = std::move(j);
  return out;
}

std::string dump_compact(const Json& j) { return j.dump(-1, ' ', false, Json::error_handler_t::replace); }

std::string dump_pretty(const Json& j) { return j.dump(2, ' ', false, Json::error_handler_t::replace); }

std::string dump_pretty(const nlohmann::ordered_json& j) {
  return j.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

std::string describe_value(const Json& j) {
  switch (j.type()) {
    case Json::value_t::null: return "nothing (null)";
    case Json::value_t::array: return "a list";
    case Json::value_t::object: return "an object";
    case Json::value_t::binary: return "binary data";
    case Json::value_t::discarded: return "nothing";
    case Json::value_t::string: {
      const std::string& s = j.get_ref<const std::string&>();
      constexpr std::size_t kMaxShown = 40;
      if (s.size() <= kMaxShown) return dump_compact(j);
      // Cut on a code point boundary so the message stays valid UTF-8.
      std::size_t cut = kMaxShown;
      while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
      return dump_compact(Json(s.substr(0, cut))) + "...";
    }
    default: return dump_compact(j);  // numbers and booleans as written
  }
}

}  // namespace painlink
