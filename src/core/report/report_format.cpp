#include "core/report/report_format.hpp"

#include <cmath>
#include <cstdio>

#include "core/i18n/format.hpp"
#include "core/report/html_escape.hpp"

namespace painlink::report {

std::string fixed(double v, int decimals) {
  if (!std::isfinite(v)) return "\xE2\x80\x93";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  return buf;
}

std::string day_month(Date d) { return i18n::format_day_month(d); }

std::string day_month_year(Date d) { return i18n::format_date_medium(d); }

std::string period_text(Date from, Date to) { return day_month_year(from) + " \xE2\x80\x93 " + day_month_year(to); }

void element(std::string& out, std::string_view tag, std::string_view cls, std::string_view text) {
  out += '<';
  out += tag;
  if (!cls.empty()) {
    out += " class=\"";
    out += cls;
    out += '"';
  }
  out += '>';
  append_escaped(out, text);
  out += "</";
  out += tag;
  out += '>';
}

}  // namespace painlink::report
