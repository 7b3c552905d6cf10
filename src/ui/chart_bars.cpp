#include "ui/chart_bars.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "ui/chart_common.hpp"
#include "ui/widgets.hpp"

namespace painlink::ui {

namespace {

void finish(const ImVec2& origin, float width, float bottom) {
  ImGui::SetCursorScreenPos(ImVec2(origin.x, bottom));
  ImGui::Dummy(ImVec2(width, 0));
}

void dashed_hline(ImDrawList* dl, float x0, float x1, float y, ImU32 color, float thickness) {
  const float dash = em(0.45f), gap = em(0.3f);
  for (float x = x0; x < x1; x += dash + gap) dl->AddLine(ImVec2(x, y), ImVec2(std::min(x + dash, x1), y), color, thickness);
}

std::string fixed1(double v) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
}

}  // namespace

// ---- share bars ----------------------------------------------------------------------------------

void draw_share_bars(Ui& ui, const char* id, std::span<const ShareBar> bars) {
  const Theme& t = ui.theme;
  ImGui::PushID(id);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float avail = ImGui::GetContentRegionAvail().x;
  const float line = ImGui::GetTextLineHeight();
  float y = origin.y;
  for (const ShareBar& b : bars) {
    std::string value;
    if (std::isfinite(b.share) && b.days > 0) {
      char buf[64];
      std::snprintf(buf, sizeof buf, "%d of %d day%s", b.events, b.days, b.days == 1 ? "" : "s");
      value = buf;
    } else {
      value = "no days yet";
    }
    const std::string pct = percent_text(b.days > 0 ? b.share : NAN);
    const float pw = ImGui::CalcTextSize(pct.c_str()).x;
    const float vw = ImGui::CalcTextSize(value.c_str()).x;
    const float lh = draw_wrapped(dl, ImVec2(origin.x, y), avail - vw - em(0.8f), t.text, b.label.c_str());
    dl->AddText(ImVec2(origin.x + avail - vw, y), t.text_muted, value.c_str());
    y += std::max(lh, line) + em(0.2f);
    const float h = em(1.1f);
    const ImVec2 a(origin.x, y), z(origin.x + avail, y + h);
    dl->AddRectFilled(a, z, mix_color(t.card, t.grid, 0.9f), em(0.25f));
    if (b.days > 0 && std::isfinite(b.share)) {
      const float w = avail * static_cast<float>(std::clamp(b.share, 0.0, 1.0));
      if (w > 0.5f) dl->AddRectFilled(a, ImVec2(a.x + w, z.y), b.color, em(0.25f));
      // The percentage inside the bar when it fits, else just after it.
      const bool inside = w >= pw + em(0.8f);
      const float tx = inside ? a.x + w - pw - em(0.4f) : a.x + w + em(0.4f);
      ImGui::PushFont(ui.font_bold);
      dl->AddText(ImVec2(tx, y + (h - line) * 0.5f), inside ? chart_text_on(b.color) : t.text, pct.c_str());
      ImGui::PopFont();
    }
    y += h + em(0.7f);
  }
  finish(origin, avail, y);
  ImGui::PopID();
}

// ---- lagged correlation --------------------------------------------------------------------------

void draw_lag_chart(Ui& ui, const char* id, std::span<const analysis::LagCorrelation> lags,
                    std::optional<int> strongest, const LagChartOptions& opt) {
  const Theme& t = ui.theme;
  ImGui::PushID(id);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float avail = ImGui::GetContentRegionAvail().x;
  const float line = ImGui::GetTextLineHeight();
  // Scale: at least +-0.5, enough for every CI.
  double m = 0.5;
  for (const auto& l : lags) {
    for (double v : {l.correlation.r, l.correlation.ci_low, l.correlation.ci_high})
      if (std::isfinite(v)) m = std::max(m, std::fabs(v));
  }
  m = m <= 0.5 ? 0.5 : 1.0;  // round ticks: +-0.25 / 0.5, or +-0.5 / 1
  const float axis_w = value_axis_width("\xE2\x88\x92" "0.25");
  const float x0 = origin.x + axis_w, x1 = origin.x + avail;
  const float y0 = origin.y + em(0.5f), y1 = y0 + em(opt.height_em);
  const PlotFrame frame{x0, x1, y0, y1, -m, m};
  auto Y = [&](double v) { return frame.y(v); };
  std::vector<AxisTick> ticks;
  for (double v : {-m, -m / 2, 0.0, m / 2, m}) {
    char label[16];
    if (v == 0) std::snprintf(label, sizeof label, "0");
    else std::snprintf(label, sizeof label, "%s%g", v < 0 ? "\xE2\x88\x92" : "+", std::fabs(v));
    ticks.push_back({v, label, v == 0});
  }
  frame.draw_grid(dl, t, ticks);
  const float slot = (x1 - x0) / 7.0f;
  const float bw = std::min(slot * 0.5f, em(2.2f));
  for (const auto& l : lags) {
    if (l.lag < -3 || l.lag > 3) continue;
    const float cx = x0 + (static_cast<float>(l.lag + 3) + 0.5f) * slot;
    const auto& c = l.correlation;
    char num[8];
    std::snprintf(num, sizeof num, "%s%d", l.lag > 0 ? "+" : (l.lag < 0 ? "\xE2\x88\x92" : ""), std::abs(l.lag));
    const ImVec2 ns = ImGui::CalcTextSize(num);
    const bool best = strongest && *strongest == l.lag;
    if (best) ImGui::PushFont(ui.font_bold);
    dl->AddText(ImVec2(cx - ns.x * 0.5f, y1 + em(0.3f)), best ? t.text : t.text_muted, num);
    if (best) ImGui::PopFont();
    if (!std::isfinite(c.r)) {
      const char* dash = "\xE2\x80\x93";
      const ImVec2 ds = ImGui::CalcTextSize(dash);
      dl->AddText(ImVec2(cx - ds.x * 0.5f, Y(0) - ds.y - em(0.1f)), t.text_muted, dash);
      continue;
    }
    // "Clear" by the interval that allows for the 7 timings checked, the one the strongest lag uses.
    const bool clear = std::isfinite(l.ci_low_adjusted) && (l.ci_low_adjusted > 0 || l.ci_high_adjusted < 0);
    const ImU32 fill = best ? t.accent : clear ? mix_color(t.card, t.accent, 0.6f) : mix_color(t.card, t.text_muted, 0.35f);
    const float ya = Y(0), yb = Y(c.r);
    dl->AddRectFilled(ImVec2(cx - bw * 0.5f, std::min(ya, yb)), ImVec2(cx + bw * 0.5f, std::max(ya, yb)), fill, em(0.15f));
    if (std::isfinite(c.ci_low) && std::isfinite(c.ci_high)) {
      const ImU32 wc = mix_color(t.card, t.text, 0.75f);
      const float yl = Y(c.ci_low), yh = Y(c.ci_high), cap = bw * 0.3f;
      dl->AddLine(ImVec2(cx, yl), ImVec2(cx, yh), wc, em(0.09f));
      dl->AddLine(ImVec2(cx - cap, yl), ImVec2(cx + cap, yl), wc, em(0.09f));
      dl->AddLine(ImVec2(cx - cap, yh), ImVec2(cx + cap, yh), wc, em(0.09f));
    }
  }
  float y = y1 + em(0.3f) + line + em(0.2f);
  // What the sides mean.
  const char* left = "\xE2\x86\x90 headache first";
  const char* mid = "same day";
  const char* right = "back pain first \xE2\x86\x92";
  const ImVec2 ms = ImGui::CalcTextSize(mid), rs = ImGui::CalcTextSize(right);
  dl->AddText(ImVec2(x0, y), t.text_muted, left);
  dl->AddText(ImVec2(x1 - rs.x, y), t.text_muted, right);
  const float mid_x = x0 + 3.5f * slot - ms.x * 0.5f;
  if (mid_x > x0 + ImGui::CalcTextSize(left).x + em(0.5f) && mid_x + ms.x < x1 - rs.x - em(0.5f))
    dl->AddText(ImVec2(mid_x, y), t.text_muted, mid);
  y += line + em(0.2f);
  y += draw_wrapped(dl, ImVec2(x0, y), x1 - x0, t.text_muted, "Days apart. Bars: correlation r; lines: 95% CI.");
  finish(origin, avail, y + em(0.3f));
  ImGui::PopID();
}

// ---- threshold bars ------------------------------------------------------------------------------

void draw_threshold_bars(Ui& ui, const char* id, std::span<const ThresholdBar> bars, const ThresholdBarOptions& opt) {
  const Theme& t = ui.theme;
  ImGui::PushID(id);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float avail = ImGui::GetContentRegionAvail().x;
  const float line = ImGui::GetTextLineHeight();
  int scale = opt.scale_max;
  for (const auto& b : bars) scale = std::max({scale, b.value, b.threshold});
  float y = origin.y;
  for (const ThresholdBar& b : bars) {
    char value[48];
    std::snprintf(value, sizeof value, "%d %s this month", b.value, opt.unit);
    ImGui::PushFont(ui.font_bold);
    const float vw = ImGui::CalcTextSize(value).x;
    ImGui::PopFont();
    const float lh = draw_wrapped(dl, ImVec2(origin.x, y), avail - vw - em(0.8f), t.text, b.label.c_str(),
                                  bold_if_in_face(ui, b.label));
    dl->AddText(ui.font_bold, ImGui::GetFontSize(), ImVec2(origin.x + avail - vw, y), b.alert ? t.danger : t.text, value);
    y += std::max(lh, line) + em(0.25f);
    const float h = em(1.0f);
    const ImVec2 a(origin.x, y), z(origin.x + avail, y + h);
    dl->AddRectFilled(a, z, mix_color(t.card, t.grid, 0.9f), em(0.25f));
    const float w = avail * static_cast<float>(b.value) / static_cast<float>(scale);
    if (w > 0.5f) dl->AddRectFilled(a, ImVec2(a.x + w, z.y), b.color, em(0.25f));
    if (b.alert) dl->AddRect(a, z, t.danger, em(0.25f), 0, em(0.1f));
    float below = z.y + em(0.15f);
    if (b.threshold > 0) {
      const float x = a.x + avail * static_cast<float>(b.threshold) / static_cast<float>(scale);
      dl->AddLine(ImVec2(x, a.y - em(0.25f)), ImVec2(x, z.y + em(0.25f)), t.text, em(0.14f));
      char lim[32];
      std::snprintf(lim, sizeof lim, "limit %d", b.threshold);
      const ImVec2 ls = ImGui::CalcTextSize(lim);
      dl->AddText(ImVec2(std::clamp(x - ls.x * 0.5f, a.x, z.x - ls.x), z.y + em(0.3f)), t.text, lim);
      below = z.y + em(0.3f) + line;
    }
    y = below + em(0.1f);
    if (!b.detail.empty()) y += draw_wrapped(dl, ImVec2(origin.x, y), avail, t.text_muted, b.detail.c_str());
    y += em(0.7f);
  }
  finish(origin, avail, y);
  ImGui::PopID();
}

// ---- headache days per month ---------------------------------------------------------------------

void draw_month_columns(Ui& ui, const char* id, std::span<const analysis::MonthPattern> months,
                        const MonthColumnsOptions& opt) {
  const Theme& t = ui.theme;
  ImGui::PushID(id);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float avail = ImGui::GetContentRegionAvail().x;
  const float line = ImGui::GetTextLineHeight();
  const ImU32 c_mig = t.head;
  const ImU32 c_tt = mix_color(t.card, t.head, 0.45f);
  const ImU32 c_other = mix_color(t.card, t.text_muted, 0.35f);

  ImVec2 p = origin;
  legend_entry(dl, p, origin.x, origin.x + avail, Swatch::square, c_mig, "Migraine-like", t.text);
  legend_entry(dl, p, origin.x, origin.x + avail, Swatch::square, c_tt, "Tension-type-like", t.text);
  legend_entry(dl, p, origin.x, origin.x + avail, Swatch::square, c_other, "Other headache days", t.text);
  const float top = origin.y + legend_height(origin.y, p) + em(0.6f);

  int ymax = opt.reference_days > 0 ? opt.reference_days + 3 : 10;
  for (const auto& m : months) ymax = std::max(ymax, m.headache_days + 2);
  ymax = std::min(ymax, 31);
  const float axis_w = value_axis_width("30");
  const float x0 = origin.x + axis_w, x1 = origin.x + avail;
  const float y0 = top + line, y1 = y0 + em(opt.height_em);  // room for the totals above the columns
  const PlotFrame frame{x0, x1, y0, y1, 0.0, static_cast<double>(ymax)};
  auto Y = [&](double v) { return frame.y(v); };
  frame.draw_grid(dl, t, value_ticks(0, ymax, 10));
  const int n = std::max<int>(1, static_cast<int>(months.size()));
  const float slot = (x1 - x0) / static_cast<float>(n);
  const float cw = std::min(slot * 0.6f, em(3.0f));
  int i = 0;
  for (const auto& m : months) {
    const float cx = x0 + (static_cast<float>(i++) + 0.5f) * slot;
    const int other = std::max(0, m.headache_days - m.migraine_like_days - m.tension_type_like_days);
    float base = y1;
    for (auto [count, color] : {std::pair{m.migraine_like_days, c_mig}, std::pair{m.tension_type_like_days, c_tt},
                                std::pair{other, c_other}}) {
      if (count <= 0) continue;
      const float h = (y1 - y0) * static_cast<float>(count) / static_cast<float>(ymax);
      dl->AddRectFilled(ImVec2(cx - cw * 0.5f, base - h), ImVec2(cx + cw * 0.5f, base), color);
      base -= h;
    }
    if (m.recorded_days > 0) {
      char total[8];
      std::snprintf(total, sizeof total, "%d", m.headache_days);
      const ImVec2 ts = ImGui::CalcTextSize(total);
      ImGui::PushFont(ui.font_bold);
      dl->AddText(ImVec2(cx - ts.x * 0.5f, base - line - em(0.1f)), t.text, total);
      ImGui::PopFont();
    } else {
      const char* none = "\xE2\x80\x93";
      const ImVec2 ts = ImGui::CalcTextSize(none);
      dl->AddText(ImVec2(cx - ts.x * 0.5f, y1 - line - em(0.1f)), t.text_muted, none);
    }
    const char* name = month_short_name(m.month);
    const ImVec2 ns = ImGui::CalcTextSize(name);
    dl->AddText(ImVec2(cx - ns.x * 0.5f, y1 + em(0.25f)), t.text, name);
    if (!m.complete) {
      const char* sf = "so far";
      const ImVec2 ss = ImGui::CalcTextSize(sf);
      dl->AddText(ImVec2(std::min(cx - ss.x * 0.5f, x1 - ss.x), y1 + em(0.25f) + line), t.text_muted, sf);
    }
  }
  if (opt.reference_days > 0 && opt.reference_days <= ymax) {
    const float y = Y(opt.reference_days);
    dashed_hline(dl, x0, x1, y, t.danger, em(0.08f));
    char label[24];
    std::snprintf(label, sizeof label, "%d days", opt.reference_days);
    const ImVec2 sz = ImGui::CalcTextSize(label);
    dl->AddRectFilled(ImVec2(x1 - sz.x - em(0.3f), y - sz.y - em(0.1f)), ImVec2(x1, y - em(0.05f)), t.card);
    dl->AddText(ImVec2(x1 - sz.x - em(0.15f), y - sz.y - em(0.1f)), t.danger, label);
  }
  finish(origin, avail, y1 + em(0.25f) + 2 * line + em(0.4f));
  ImGui::PopID();
}

// ---- weekly trend --------------------------------------------------------------------------------

void draw_weekly_trend(Ui& ui, const char* id, std::span<const analysis::WeekTrend> weeks,
                       const WeeklyTrendOptions& opt) {
  const Theme& t = ui.theme;
  ImGui::PushID(id);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float avail = ImGui::GetContentRegionAvail().x;
  const float line = ImGui::GetTextLineHeight();
  ImVec2 p = origin;
  legend_entry(dl, p, origin.x, origin.x + avail, Swatch::dot, t.back, "Back pain (weekly average)", t.text);
  legend_entry(dl, p, origin.x, origin.x + avail, Swatch::dot, t.head, "Headache (weekly average)", t.text);
  const float top = origin.y + legend_height(origin.y, p) + em(0.5f);
  const std::vector<AxisTick> ticks = intensity_ticks();
  const float axis_w = value_axis_width(ticks.back().label.c_str());
  const float x0 = origin.x + axis_w, x1 = origin.x + avail - em(0.3f);
  const float y0 = top, y1 = top + em(opt.height_em);
  const PlotFrame frame{x0, x1, y0, y1, 0.0, kMaxIntensity, em(0.3f)};
  auto Y = [&](double v) { return frame.y(v); };
  frame.draw_background(dl, t);
  frame.draw_grid(dl, t, ticks);
  const int n = static_cast<int>(weeks.size());
  const float slot = (x1 - x0) / static_cast<float>(std::max(1, n));
  auto X = [&](int i) { return x0 + (static_cast<float>(i) + 0.5f) * slot; };
  for (int series = 0; series < 2; ++series) {
    const ImU32 color = series == 0 ? t.back : t.head;
    auto val = [&](int i) {
      const auto& w = weeks[static_cast<std::size_t>(i)];
      return series == 0 ? w.back_mean : w.headache_mean;
    };
    for (int i = 0; i + 1 < n; ++i) {
      if (!std::isfinite(val(i)) || !std::isfinite(val(i + 1))) continue;
      dl->AddLine(ImVec2(X(i), Y(val(i))), ImVec2(X(i + 1), Y(val(i + 1))), color, em(0.12f));
    }
    for (int i = 0; i < n; ++i)
      if (std::isfinite(val(i))) dl->AddCircleFilled(ImVec2(X(i), Y(val(i))), em(0.2f), color, 12);
  }
  // Week labels: first, last and a few between, never touching.
  float last_right = -1e9f;
  const int step = std::max(1, static_cast<int>(std::ceil(em(3.5f) / slot)));
  for (int i = 0; i < n; i += step) {
    const int k = (i + step >= n) ? n - 1 : i;
    char label[16];
    std::snprintf(label, sizeof label, "wk %d", weeks[static_cast<std::size_t>(k)].week);
    const ImVec2 sz = ImGui::CalcTextSize(label);
    const float lx = std::clamp(X(k) - sz.x * 0.5f, x0, x1 - sz.x);
    if (lx > last_right + em(0.4f)) {
      dl->AddText(ImVec2(lx, y1 + em(0.25f)), t.text_muted, label);
      last_right = lx + sz.x;
    }
    if (k == n - 1) break;
  }
  finish(origin, avail, y1 + em(0.25f) + line + em(0.4f));
  ImGui::PopID();
}

// ---- relief per treatment ------------------------------------------------------------------------

void draw_relief_rows(Ui& ui, const char* id, std::span<const analysis::TreatmentStat> stats) {
  const Theme& t = ui.theme;
  ImGui::PushID(id);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float avail = ImGui::GetContentRegionAvail().x;
  const float line = ImGui::GetTextLineHeight();
  const bool wide = avail >= em(36.0f);
  const float label_w = wide ? em(14.0f) : avail;
  const float bar_x = wide ? origin.x + label_w + em(1.0f) : origin.x;
  const float bar_w = wide ? avail - label_w - em(1.0f) : avail;
  float y = origin.y;
  // Scale labels once.
  {
    const float sx = bar_x;
    dl->AddText(ImVec2(sx, y), t.text_muted, "0");
    const std::string top_label = std::to_string(kMaxIntensity);
    const ImVec2 ten = ImGui::CalcTextSize(top_label.c_str());
    dl->AddText(ImVec2(sx + bar_w - ten.x, y), t.text_muted, top_label.c_str());
    const std::string cap = "relief (0\xE2\x80\x93" + top_label + ", your rating)";
    const ImVec2 cs = ImGui::CalcTextSize(cap.c_str());
    if (cs.x < bar_w - em(3.0f)) dl->AddText(ImVec2(sx + (bar_w - cs.x) * 0.5f, y), t.text_muted, cap.c_str());
    y += line + em(0.3f);
  }
  for (const auto& s : stats) {
    char used[64];
    std::snprintf(used, sizeof used, "used %d time%s", s.times_used, s.times_used == 1 ? "" : "s");
    float ly = y;
    ly += draw_wrapped(dl, ImVec2(origin.x, ly), wide ? label_w : avail * 0.6f, t.text, s.label.c_str(),
                       bold_if_in_face(ui, s.label));
    if (wide) ly += draw_wrapped(dl, ImVec2(origin.x, ly), label_w, t.text_muted, used);
    else {
      const ImVec2 us = ImGui::CalcTextSize(used);
      dl->AddText(ImVec2(origin.x + avail - us.x, y), t.text_muted, used);
      ly = std::max(ly, y + line);
    }
    float by = wide ? y + em(0.1f) : ly + em(0.2f);
    const float h = em(0.9f);
    dl->AddRectFilled(ImVec2(bar_x, by), ImVec2(bar_x + bar_w, by + h), mix_color(t.card, t.grid, 0.9f), em(0.25f));
    const auto& r = s.relief;
    std::string text;
    if (r.n > 0 && std::isfinite(r.mean)) {
      auto X = [&](double v) { return bar_x + bar_w * static_cast<float>(std::clamp(v, 0.0, double{kMaxIntensity}) / kMaxIntensity); };
      dl->AddRectFilled(ImVec2(bar_x, by), ImVec2(X(r.mean), by + h), mix_color(t.card, t.ok, 0.75f), em(0.25f));
      if (std::isfinite(r.ci_low) && std::isfinite(r.ci_high)) {
        const float cy = by + h * 0.5f;
        const ImU32 wc = mix_color(t.card, t.text, 0.8f);
        dl->AddLine(ImVec2(X(r.ci_low), cy), ImVec2(X(r.ci_high), cy), wc, em(0.09f));
        dl->AddLine(ImVec2(X(r.ci_low), by + em(0.15f)), ImVec2(X(r.ci_low), by + h - em(0.15f)), wc, em(0.09f));
        dl->AddLine(ImVec2(X(r.ci_high), by + em(0.15f)), ImVec2(X(r.ci_high), by + h - em(0.15f)), wc, em(0.09f));
      }
      text = "average relief " + fixed1(r.mean) + "/" + std::to_string(kMaxIntensity);
      if (std::isfinite(r.ci_low) && std::isfinite(r.ci_high))
        text += " (95% CI " + fixed1(r.ci_low) + "\xE2\x80\x93" + fixed1(r.ci_high) + ")";
      text += ", " + std::to_string(r.n) + (r.n == 1 ? " rating" : " ratings");
    } else {
      text = "no relief ratings yet";
    }
    by += h + em(0.2f);
    by += draw_wrapped(dl, ImVec2(bar_x, by), bar_w, t.text_muted, text.c_str());
    y = std::max(ly, by) + em(0.6f);
  }
  finish(origin, avail, y);
  ImGui::PopID();
}

}  // namespace painlink::ui
