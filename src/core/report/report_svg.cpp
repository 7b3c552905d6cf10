#include "core/report/report_svg.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/report/html_escape.hpp"
#include "core/report/report_format.hpp"

namespace painlink::report {

namespace {

constexpr const char* kBackColour = "#1d4f91";
constexpr const char* kHeadColour = "#b3362c";
constexpr const char* kInk = "#222222";
constexpr const char* kGrid = "#c8c8c8";

std::string n1(double v) { return fixed(v, 1); }

void open_svg(std::string& out, const char* cls, int width, int height, const std::string& title) {
  out += "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart ";
  out += cls;
  out += "\" viewBox=\"0 0 " + std::to_string(width) + " " + std::to_string(height) +
         "\" role=\"img\" font-family=\"sans-serif\" font-size=\"11\" fill=\"" + kInk + "\">";
  element(out, "title", "", title);
}

void line(std::string& out, double x1, double y1, double x2, double y2, const char* stroke, double width,
          const char* dash = nullptr) {
  out += "<line x1=\"" + n1(x1) + "\" y1=\"" + n1(y1) + "\" x2=\"" + n1(x2) + "\" y2=\"" + n1(y2) +
         "\" stroke=\"" + stroke + "\" stroke-width=\"" + n1(width) + "\"";
  if (dash) out += std::string(" stroke-dasharray=\"") + dash + "\"";
  out += "/>";
}

void text(std::string& out, double x, double y, const char* anchor, std::string_view s, bool bold = false) {
  out += "<text x=\"" + n1(x) + "\" y=\"" + n1(y) + "\"";
  if (anchor) out += std::string(" text-anchor=\"") + anchor + "\"";
  if (bold) out += " font-weight=\"bold\"";
  out += '>';
  append_escaped(out, s);
  out += "</text>";
}

void rect(std::string& out, double x, double y, double w, double h, const char* fill, const char* stroke) {
  out += "<rect x=\"" + n1(x) + "\" y=\"" + n1(y) + "\" width=\"" + n1(std::max(w, 0.0)) + "\" height=\"" +
         n1(std::max(h, 0.0)) + "\" fill=\"" + fill + "\" stroke=\"" + stroke + "\"/>";
}

// ---- daily intensity --------------------------------------------------------------------------

struct Plot {
  double left, top, width, height;
  int days;
  double x(int i) const { return days <= 1 ? left + width / 2 : left + width * i / (days - 1); }
  double y(double v) const { return top + height * (1.0 - v / 10.0); }
};

void marker(std::string& out, double x, double y, bool headache) {
  if (headache)
    out += "<rect x=\"" + n1(x - 2.8) + "\" y=\"" + n1(y - 2.8) + "\" width=\"5.6\" height=\"5.6\" fill=\"#ffffff\" stroke=\"" +
           kHeadColour + "\" stroke-width=\"1.4\"/>";
  else
    out += "<circle cx=\"" + n1(x) + "\" cy=\"" + n1(y) + "\" r=\"2.8\" fill=\"" + kBackColour + "\"/>";
}

bool known(const std::vector<float>& v, int i) { return i >= 0 && i < static_cast<int>(v.size()) && std::isfinite(v[static_cast<std::size_t>(i)]); }

void series(std::string& out, const Plot& p, const std::vector<float>& v, bool headache) {
  std::string d;
  for (int i = 0; i < static_cast<int>(v.size()); ++i) {
    if (!known(v, i)) continue;
    d += known(v, i - 1) ? " L" : " M";
    d += n1(p.x(i)) + " " + n1(p.y(v[static_cast<std::size_t>(i)]));
  }
  if (!d.empty()) {
    out += "<path class=\"";
    out += headache ? "series-headache" : "series-back";
    out += "\" d=\"" + d.substr(1) + "\" fill=\"none\" stroke=\"" + (headache ? kHeadColour : kBackColour) +
           "\" stroke-width=\"" + (headache ? "1.8" : "2") + "\" stroke-linejoin=\"round\"";
    if (headache) out += " stroke-dasharray=\"6 3\"";
    out += "/>";
  }
  const bool all_markers = p.days <= 62;
  for (int i = 0; i < static_cast<int>(v.size()); ++i) {
    if (!known(v, i)) continue;
    const bool isolated = !known(v, i - 1) && !known(v, i + 1);
    if (all_markers || isolated) marker(out, p.x(i), p.y(v[static_cast<std::size_t>(i)]), headache);
  }
}

void x_ticks(std::string& out, const Plot& p, Date from) {
  const bool weekly = p.days <= 62;
  const double label_y = p.top + p.height + 14;
  for (int i = 0; i < p.days; ++i) {
    const Date d = from + i;
    const CivilDate c = civil_from_date(d);
    const bool tick = weekly ? weekday(d) == 0 : c.day == 1;
    if (!tick) continue;
    line(out, p.x(i), p.top, p.x(i), p.top + p.height, kGrid, 0.6);
    // The first and last day are labelled at the ends; a tick label would collide with them.
    if (p.x(i) - p.left < 50 || p.left + p.width - p.x(i) < 50) continue;
    text(out, p.x(i), label_y, "middle", weekly ? day_month(d) : std::string(month_short_name(c.month)));
  }
  if (p.days < 1) return;
  text(out, p.left, label_y, "start", day_month_year(from));
  if (p.days > 1) text(out, p.left + p.width, label_y, "end", day_month_year(from + (p.days - 1)));
}

}  // namespace

std::string intensity_chart_svg(Period period, const DailyIntensity& daily) {
  const auto any = [](const std::vector<float>& v) {
    return std::any_of(v.begin(), v.end(), [](float f) { return std::isfinite(f); });
  };
  if (!any(daily.back) && !any(daily.headache)) return "";
  constexpr int kW = 720, kH = 215;
  const Plot p{34, 10, kW - 34 - 12, kH - 10 - 50, period.days()};
  std::string out;
  open_svg(out, "chart-intensity", kW, kH,
           "Daily back pain and headache intensity, 0 to 10, " + period_text(period.from, period.to));
  for (int v = 0; v <= 10; v += 2) {
    line(out, p.left, p.y(v), p.left + p.width, p.y(v), kGrid, v == 0 ? 1.0 : 0.6);
    text(out, p.left - 6, p.y(v) + 4, "end", std::to_string(v));
  }
  x_ticks(out, p, period.from);
  series(out, p, daily.back, false);
  series(out, p, daily.headache, true);
  // Legend: line sample + marker + words, so it reads without colour.
  const double ly = kH - 12;
  line(out, 40, ly - 4, 70, ly - 4, kBackColour, 2);
  marker(out, 55, ly - 4, false);
  text(out, 76, ly, "start", "Back pain");
  line(out, 170, ly - 4, 200, ly - 4, kHeadColour, 1.8, "6 3");
  marker(out, 185, ly - 4, true);
  text(out, 206, ly, "start", "Headache");
  text(out, kW - 12, ly, "end", "0 = none, 10 = worst; gaps = not recorded");
  out += "</svg>";
  return out;
}

// ---- headache days per month ------------------------------------------------------------------

std::string headache_months_svg(const std::vector<MonthDays>& months) {
  if (months.empty()) return "";
  constexpr int kW = 720, kH = 172;
  constexpr double kLeft = 34, kTop = 14, kPlotH = 96, kMax = 31;
  const double plot_w = kW - kLeft - 12;
  const auto y = [&](double v) { return kTop + kPlotH * (1.0 - v / kMax); };
  std::string out;
  open_svg(out, "chart-months", kW, kH, "Headache days per calendar month, migraine-like days hatched");
  out += "<defs><pattern id=\"pl-hatch\" patternUnits=\"userSpaceOnUse\" width=\"6\" height=\"6\" "
         "patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#ffffff\"/>"
         "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#222222\" stroke-width=\"2.4\"/></pattern></defs>";
  for (int v = 0; v <= 30; v += 10) {
    line(out, kLeft, y(v), kLeft + plot_w, y(v), kGrid, v == 0 ? 1.0 : 0.6);
    text(out, kLeft - 6, y(v) + 4, "end", std::to_string(v));
  }
  line(out, kLeft, y(15), kLeft + plot_w, y(15), kInk, 1.0, "5 4");
  text(out, kLeft + plot_w, y(15) - 4, "end", "15 days: chronic level (ICHD-3)");
  const double slot = plot_w / static_cast<double>(months.size());
  const double bar = std::min(64.0, slot * 0.6);
  for (std::size_t i = 0; i < months.size(); ++i) {
    const MonthDays& m = months[i];
    const double cx = kLeft + slot * (static_cast<double>(i) + 0.5);
    rect(out, cx - bar / 2, y(m.headache_days), bar, y(0) - y(m.headache_days), "#d4d4d4", kInk);
    if (m.migraine_like_days > 0)
      rect(out, cx - bar / 2, y(m.migraine_like_days), bar, y(0) - y(m.migraine_like_days), "url(#pl-hatch)", kInk);
    text(out, cx, y(m.headache_days) - 4, "middle", std::to_string(m.headache_days), true);
    text(out, cx, y(0) + 15, "middle", std::string(month_short_name(m.month)) + " " + std::to_string(m.year));
    text(out, cx, y(0) + 29, "middle",
         "rec. " + std::to_string(m.recorded_days) + "/" + std::to_string(m.days_in_period) + (m.partial ? " (part)" : ""));
  }
  const double ly = kH - 10;
  rect(out, 40, ly - 10, 14, 10, "#d4d4d4", kInk);
  text(out, 60, ly, "start", "Headache days");
  rect(out, 170, ly - 10, 14, 10, "url(#pl-hatch)", kInk);
  text(out, 190, ly, "start", "of which migraine-like");
  text(out, kW - 12, ly, "end", "rec. = days with headache recorded / days of the month in the period");
  out += "</svg>";
  return out;
}

// ---- medication days vs ICHD-3 thresholds -----------------------------------------------------

std::string medication_row_label(const analysis::MedicationOveruseRow& row) {
  static constexpr struct {
    const char* id;
    const char* label;
  } kLabels[] = {{"nsaid", "NSAID"},
                 {"paracetamol", "Paracetamol"},
                 {"aspirin", "Aspirin"},
                 {"simple_analgesics", "Non-opioid painkillers, any"},
                 {"triptan", "Triptan"},
                 {"ergot", "Ergot"},
                 {"opioid", "Opioid"},
                 {"combination", "Combination analgesic"},
                 {"multiple_classes", "Several kinds together"},
                 {"muscle_relaxant", "Muscle relaxant"},
                 {"other", "Other medication"}};
  for (const auto& l : kLabels)
    if (row.drug_class == l.id) return l.label;
  return row.label;
}

namespace {

bool has_days(const analysis::MedicationOveruseRow& r) {
  return std::any_of(r.months.begin(), r.months.end(), [](const analysis::MonthCount& m) { return m.days > 0; });
}

}  // namespace

std::string medication_months_svg(const std::vector<analysis::MedicationOveruseRow>& rows) {
  std::vector<const analysis::MedicationOveruseRow*> shown;
  for (const auto& r : rows)
    if (has_days(r)) shown.push_back(&r);
  if (shown.empty()) return "";
  constexpr int kW = 720;
  constexpr double kX0 = 250, kX1 = 690, kMax = 31, kBarH = 12, kGap = 3, kTop = 18;
  const auto x = [&](double days) { return kX0 + (kX1 - kX0) * std::min(days, kMax) / kMax; };
  double group_h = 0;
  for (const auto* r : shown) group_h = std::max(group_h, static_cast<double>(r->months.size()) * (kBarH + kGap) + 16);
  const double plot_h = group_h * static_cast<double>(shown.size());
  const int height = static_cast<int>(kTop + plot_h + 34);
  std::string out;
  open_svg(out, "chart-medication", kW, height, "Medication days per calendar month against ICHD-3 limits");
  for (int v = 0; v <= 30; v += 5) {
    line(out, x(v), kTop, x(v), kTop + plot_h, kGrid, 0.6);
    text(out, x(v), kTop + plot_h + 14, "middle", std::to_string(v));
  }
  text(out, (kX0 + kX1) / 2, kTop + plot_h + 28, "middle", "medication days in the month");
  for (std::size_t g = 0; g < shown.size(); ++g) {
    const auto& r = *shown[g];
    const double gy = kTop + group_h * static_cast<double>(g) + 4;
    text(out, 8, gy + 12, "start", medication_row_label(r), true);
    text(out, 8, gy + 27, "start",
         r.threshold > 0 ? "ICHD-3 " + r.ichd_code + ": limit " + std::to_string(r.threshold) + " d/month"
                         : std::string("no ICHD-3 limit"));
    for (std::size_t m = 0; m < r.months.size(); ++m) {
      const analysis::MonthCount& mc = r.months[m];
      const double by = gy + static_cast<double>(m) * (kBarH + kGap);
      const bool over = r.threshold > 0 && mc.days >= r.threshold;
      text(out, kX0 - 6, by + kBarH - 2, "end",
           std::string(month_short_name(std::clamp(mc.month, 1, 12))) + (mc.complete ? "" : " (so far)"));
      rect(out, kX0, by, x(mc.days) - kX0, kBarH, over ? "#333333" : "#a8a8a8", kInk);
      text(out, x(mc.days) + 4, by + kBarH - 2, "start", std::to_string(mc.days) + (over ? " \xE2\x80\x94 at or over limit" : ""), over);
    }
    if (r.threshold > 0) {
      const double tx = x(r.threshold);
      line(out, tx, gy - 3, tx, gy + static_cast<double>(r.months.size()) * (kBarH + kGap), kInk, 1.4, "4 3");
    }
    if (g + 1 < shown.size()) line(out, 8, gy + group_h - 4, kX1, gy + group_h - 4, kGrid, 0.6);
  }
  out += "</svg>";
  return out;
}

}  // namespace painlink::report
