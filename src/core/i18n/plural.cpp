#include "core/i18n/plural.hpp"

#include <cmath>

namespace painlink::i18n {

namespace {

// CLDR's operands of a number as shown (LDML part 3, "Plural Operand Meanings"): n the absolute
// value, i its integer digits, v the count of visible fraction digits, f those digits as an
// integer. e, the compact exponent, is always 0: Painlink never writes "1,2 M".
struct Operands {
  double n = 0;
  std::int64_t i = 0;
  int v = 0;
  std::int64_t f = 0;
};

Operands operands(double value, int fraction_digits) {
  Operands o;
  o.n = std::fabs(value);
  o.v = fraction_digits < 0 ? 0 : fraction_digits;
  double scale = 1;
  for (int k = 0; k < o.v; ++k) scale *= 10;
  // As the number is shown: rounded to its visible digits first.
  const double shown = std::round(o.n * scale) / scale;
  o.n = shown;
  o.i = static_cast<std::int64_t>(std::floor(shown));
  o.f = static_cast<std::int64_t>(std::llround((shown - static_cast<double>(o.i)) * scale));
  return o;
}

constexpr Plural kEnglish[] = {Plural::one, Plural::other};
constexpr Plural kSpanish[] = {Plural::one, Plural::many, Plural::other};

Plural category(Language lang, const Operands& o) {
  switch (lang) {
    case Language::en:
      // CLDR plurals.xml, locales "en": one: i = 1 and v = 0.
      return o.i == 1 && o.v == 0 ? Plural::one : Plural::other;
    case Language::es:
      // CLDR plurals.xml (v38 and later, unchanged through v46), locales "es":
      //   one:  n = 1
      //   many: e = 0 and i != 0 and i % 1000000 = 0 and v = 0 or e != 0..5
      //   other: everything else
      // ("1 millón de días": a whole multiple of a million takes "de"). With e always 0 here,
      // the second "many" branch never applies.
      if (o.n == 1) return Plural::one;
      if (o.i != 0 && o.i % 1000000 == 0 && o.v == 0) return Plural::many;
      return Plural::other;
  }
  return Plural::other;
}

}  // namespace

const char* to_string(Plural p) {
  switch (p) {
    case Plural::zero: return "zero";
    case Plural::one: return "one";
    case Plural::two: return "two";
    case Plural::few: return "few";
    case Plural::many: return "many";
    case Plural::other: return "other";
  }
  return "other";
}

std::optional<Plural> plural_from_string(std::string_view s) {
  for (const Plural p : {Plural::zero, Plural::one, Plural::two, Plural::few, Plural::many, Plural::other})
    if (s == to_string(p)) return p;
  return std::nullopt;
}

std::span<const Plural> plural_categories(Language lang) {
  switch (lang) {
    case Language::en: return kEnglish;
    case Language::es: return kSpanish;
  }
  return kEnglish;
}

Plural plural_category(Language lang, std::int64_t n) {
  Operands o;
  o.i = n < 0 ? -n : n;
  o.n = static_cast<double>(o.i);
  return category(lang, o);
}

Plural plural_category(Language lang, double value, int fraction_digits) {
  return category(lang, operands(value, fraction_digits));
}

}  // namespace painlink::i18n
