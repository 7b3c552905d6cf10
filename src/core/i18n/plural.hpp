// CLDR plural categories (https://unicode.org/reports/tr35/tr35-numbers.html#Language_Plural_Rules)
// for the languages Painlink speaks, cardinal numbers only. A message that depends on a count has
// one text per category its language uses; the count picks one.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

#include "core/i18n/language.hpp"

namespace painlink::i18n {

enum class Plural : std::uint8_t { zero, one, two, few, many, other };
const char* to_string(Plural p);  // "zero" ... "other": the keys of a plural message in a catalogue
std::optional<Plural> plural_from_string(std::string_view s);

// The categories `lang`'s messages must give, in CLDR's order (English: one, other).
std::span<const Plural> plural_categories(Language lang);

// The category of a whole count (-5 counts as 5).
Plural plural_category(Language lang, std::int64_t n);
// The category of a decimal as it is shown, with `fraction_digits` digits after the separator:
// "1.0" (1 digit) is not "one" in English, "1,0" is in Spanish.
Plural plural_category(Language lang, double value, int fraction_digits);

}  // namespace painlink::i18n
