// Small text helpers shared by the report's HTML and SVG writers (internal to src/core/report).
#pragma once

#include <string>
#include <string_view>

#include "core/date.hpp"

namespace painlink::report {

// "%.*f"; "–" (en dash) for NaN or infinity.
std::string fixed(double v, int decimals);
// "20 Nov 2026" (the active language's way: "20 nov 2026")
std::string day_month_year(Date d);
// "20 Nov"
std::string day_month(Date d);
// "20 Nov 2026 – 12 Feb 2027"
std::string period_text(Date from, Date to);

// <tag class="cls">escaped text</tag> appended to out (cls may be empty).
void element(std::string& out, std::string_view tag, std::string_view cls, std::string_view text);

}  // namespace painlink::report
