// UTF-8 checks and counts. Limits in the model are in code points (what a person sees as
// characters, near enough), localStorage quotas are in UTF-16 code units (what JS counts).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace painlink {

// Strict: rejects overlongs, surrogates (U+D800-DFFF), code points above U+10FFFF and truncation.
bool valid_utf8(std::string_view text);

// `text` with each surrogate encoded on its own (ED A0..BF xx: how a lone surrogate of a JS string
// arrives, see BrowserStore) replaced by U+FFFD. nullopt when there is none, or when the text is
// not UTF-8 for another reason too.
std::optional<std::string> replace_lone_surrogates(std::string_view text);

// Number of code points in valid UTF-8 (continuation bytes are not counted).
std::size_t code_points(std::string_view text);

// Length of the text as a JS string: 2 units for code points above U+FFFF, 1 otherwise. Bytes
// that are not valid UTF-8 count 1 each (the browser would have replaced each with U+FFFD).
std::size_t utf16_units(std::string_view text);

}  // namespace painlink
