#include "core/json_write.hpp"

#include <array>
#include <charconv>
#include <cmath>

#include "core/model.hpp"
#include "core/utf8.hpp"

namespace painlink {

namespace {

// What each byte becomes inside a JSON string: 0 = itself, 'u' = \u00xx, else the letter after '\'.
constexpr std::array<char, 256> make_escapes() {
  std::array<char, 256> e{};
  for (int c = 0; c < 0x20; ++c) e[static_cast<std::size_t>(c)] = 'u';
  e['\b'] = 'b';
  e['\t'] = 't';
  e['\n'] = 'n';
  e['\f'] = 'f';
  e['\r'] = 'r';
  e['"'] = '"';
  e['\\'] = '\\';
  return e;
}
constexpr std::array<char, 256> kEscapes = make_escapes();

}  // namespace

void append_json_string(std::string& out, std::string_view text) {
  // One pass to size the result: the payload of a save is ~350 KB with tens of thousands of quotes,
  // and writing it through one resize instead of an append per run halves the time in wasm.
  std::size_t extra = 0;
  bool ascii = true;
  for (const char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    const char e = kEscapes[c];
    if (e) extra += e == 'u' ? 5 : 1;
    if (c >= 0x80) ascii = false;
  }
  // Invalid UTF-8 is rare (it cannot come through the validated inputs): nlohmann's own replacement
  // rules are used for it rather than repeated here.
  if (!ascii && !valid_utf8(text)) {
    out += Json(std::string(text)).dump(-1, ' ', false, Json::error_handler_t::replace);
    return;
  }
  const std::size_t start = out.size();
  out.resize(start + text.size() + extra + 2);
  char* p = out.data() + start;
  *p++ = '"';
  for (const char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    const char e = kEscapes[c];
    if (!e) {
      *p++ = ch;
    } else if (e != 'u') {
      *p++ = '\\';
      *p++ = e;
    } else {
      static constexpr char kHex[] = "0123456789abcdef";
      *p++ = '\\';
      *p++ = 'u';
      *p++ = '0';
      *p++ = '0';
      *p++ = kHex[c >> 4];
      *p++ = kHex[c & 0xF];
    }
  }
  *p = '"';
}

void append_json_number(std::string& out, std::int64_t v) {
  char buf[24];
  const auto r = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, static_cast<std::size_t>(r.ptr - buf));
}

void append_json_number(std::string& out, std::uint64_t v) {
  char buf[24];
  const auto r = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, static_cast<std::size_t>(r.ptr - buf));
}

void append_json_number(std::string& out, double v) {
  if (!std::isfinite(v)) {
    out += "null";
    return;
  }
  // nlohmann's own double formatting (what its serializer calls), so the text matches dump().
  char buf[64];
  const char* end = nlohmann::detail::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, static_cast<std::size_t>(end - buf));
}

}  // namespace painlink
