#include "core/json_text.hpp"

#include <algorithm>
#include <deque>
#include <vector>

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

// The first key that appears twice in one object of well-formed JSON text, nullopt when none.
// nlohmann keeps the last of two equal keys without a word, so a stored document with "entries"
// twice would open with whichever list came last: the text is checked before that can happen.
std::optional<std::string> duplicate_key(std::string_view text) {
  struct Level {
    bool is_object = false;
    bool expect_key = false;
    std::vector<std::string_view> keys;
  };
  std::vector<Level> stack;
  std::size_t depth = 0;
  std::deque<std::string> decoded;  // keys written with escapes, decoded (stable addresses)
  bool in_string = false;
  bool escaped = false;
  bool has_escape = false;
  std::size_t start = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      if (escaped) {
        escaped = false;
      } else if (c == '\\') {
        escaped = true;
        has_escape = true;
      } else if (c == '"') {
        in_string = false;
        if (depth > 0 && stack[depth - 1].is_object && stack[depth - 1].expect_key) {
          Level& level = stack[depth - 1];
          level.expect_key = false;
          std::string_view key = text.substr(start + 1, i - start - 1);
          if (has_escape) {
            const Json k = Json::parse(text.substr(start, i - start + 1), nullptr, false);
            decoded.push_back(k.is_string() ? k.get<std::string>() : std::string(key));
            key = decoded.back();
          }
          level.keys.push_back(key);
        }
      }
      continue;
    }
    switch (c) {
      case '"':
        in_string = true;
        has_escape = false;
        start = i;
        break;
      case '{':
      case '[':
        if (stack.size() <= depth) stack.emplace_back();
        stack[depth].is_object = c == '{';
        stack[depth].expect_key = c == '{';
        stack[depth].keys.clear();
        ++depth;
        break;
      case '}':
      case ']':
        if (depth == 0) return std::nullopt;  // not well-formed: the parser says so
        if (std::vector<std::string_view>& keys = stack[depth - 1].keys; keys.size() > 1) {
          std::sort(keys.begin(), keys.end());
          const auto twice = std::adjacent_find(keys.begin(), keys.end());
          if (twice != keys.end()) return std::string(*twice);
        }
        --depth;
        break;
      case ',':
        if (depth > 0 && stack[depth - 1].is_object) stack[depth - 1].expect_key = true;
        break;
      default: break;
    }
  }
  return std::nullopt;
}

}  // namespace

ParsedJson parse_json_text(std::string_view text, int max_depth) {
  ParsedJson out;
  if (!nesting_within(text, max_depth)) {
    out.error = "is nested more than " + std::to_string(max_depth) + " levels deep";
    return out;
  }
  // nlohmann's lexer takes a U+0000 byte for the end of the input: "{...}\0anything" would read
  // as the part before it. JSON never holds one unescaped, so the text is not JSON at all.
  if (text.find('\0') != std::string_view::npos) {
    out.error = "is not valid JSON (it holds a U+0000 character)";
    return out;
  }
  Json j = Json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) {
    out.error = "is not valid JSON (cut short, a typo, or not a JSON file)";
    return out;
  }
  if (const std::optional<std::string> key = duplicate_key(text)) {
    out.error = "has the field " + dump_compact(Json(*key)) + " twice in one place, so it is not clear which one is right";
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
