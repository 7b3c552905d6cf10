#include "core/utf8.hpp"

#include <cstdint>

namespace painlink {

namespace {

// Length of the valid UTF-8 sequence starting at text[i], or 0 when it is not valid.
// Also reports whether the code point is astral (needs a UTF-16 surrogate pair).
std::size_t sequence_length(std::string_view text, std::size_t i, bool& astral) {
  const auto byte = [&](std::size_t k) { return static_cast<std::uint8_t>(text[k]); };
  const std::uint8_t b0 = byte(i);
  astral = false;
  if (b0 < 0x80) return 1;
  std::size_t len = 0;
  std::uint32_t cp = 0;
  std::uint32_t min_cp = 0;
  if ((b0 & 0xE0) == 0xC0) { len = 2; cp = b0 & 0x1Fu; min_cp = 0x80; }
  else if ((b0 & 0xF0) == 0xE0) { len = 3; cp = b0 & 0x0Fu; min_cp = 0x800; }
  else if ((b0 & 0xF8) == 0xF0) { len = 4; cp = b0 & 0x07u; min_cp = 0x10000; }
  else return 0;
  if (i + len > text.size()) return 0;
  for (std::size_t k = 1; k < len; ++k) {
    const std::uint8_t b = byte(i + k);
    if ((b & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (b & 0x3Fu);
  }
  if (cp < min_cp || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  astral = cp >= 0x10000;
  return len;
}

}  // namespace

bool valid_utf8(std::string_view text) {
  bool astral = false;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t len = sequence_length(text, i, astral);
    if (len == 0) return false;
    i += len;
  }
  return true;
}

std::optional<std::string> replace_lone_surrogates(std::string_view text) {
  std::string out;
  bool astral = false;
  bool any = false;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t len = sequence_length(text, i, astral);
    if (len > 0) {
      i += len;
      continue;
    }
    const auto byte = [&](std::size_t k) { return static_cast<std::uint8_t>(text[k]); };
    const bool surrogate = byte(i) == 0xED && i + 2 < text.size() && (byte(i + 1) & 0xE0) == 0xA0 &&
                           (byte(i + 2) & 0xC0) == 0x80;
    if (!surrogate) return std::nullopt;
    any = true;
    i += 3;
  }
  if (!any) return std::nullopt;
  // Second pass: the copy, each encoded surrogate replaced (the first pass only looked).
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t len = sequence_length(text, i, astral);
    if (len > 0) {
      out.append(text.substr(i, len));
      i += len;
    } else {
      out += "\xEF\xBF\xBD";
      i += 3;
    }
  }
  return out;
}

std::size_t code_points(std::string_view text) {
  std::size_t n = 0;
  for (char c : text)
    if ((static_cast<std::uint8_t>(c) & 0xC0) != 0x80) ++n;
  return n;
}

std::size_t utf16_units(std::string_view text) {
  std::size_t units = 0;
  bool astral = false;
  for (std::size_t i = 0; i < text.size();) {
    if (static_cast<std::uint8_t>(text[i]) < 0x80) {  // ASCII, nearly all of a stored journal
      ++units;
      ++i;
      continue;
    }
    const std::size_t len = sequence_length(text, i, astral);
    if (len == 0) {
      units += 1;
      i += 1;
    } else {
      units += astral ? 2 : 1;
      i += len;
    }
  }
  return units;
}

}  // namespace painlink
