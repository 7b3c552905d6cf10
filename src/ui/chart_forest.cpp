#include "ui/chart_forest.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include "core/analysis/wording.hpp"
#include "ui/chart_common.hpp"
#include "ui/semantics.hpp"
#include "ui/widgets.hpp"

namespace painlink::ui {

namespace {

struct LogAxis {
  float x0, x1;
  double lo, hi;
  float x(double v) const {
    const double k = (std::log(v) - std::log(lo)) / (std::log(hi) - std::log(lo));
    return x0 + (x1 - x0) * static_cast<float>(std::clamp(k, 0.0, 1.0));
  }
};

constexpr double kTicks[] = {0.125, 0.25, 0.5, 1, 2, 4, 8, 16};

const char* tick_label(double v) {
  if (v == 0.125) return "0.125";
  if (v == 0.25) return "0.25";
  if (v == 0.5) return "0.5";
  if (v == 1) return "1";
  if (v == 2) return "2";
  if (v == 4) return "4";
  if (v == 8) return "8";
  return "16";
}

// Tick labels and faint lines for an axis row at y.
void draw_axis(ImDrawList* dl, const Theme& t, const LogAxis& ax, float y, bool labels_above) {
  const float line = ImGui::GetTextLineHeight();
  for (double v : kTicks) {
    if (v < ax.lo || v > ax.hi) continue;
    const float x = ax.x(v);
    const char* label = tick_label(v);
    const ImVec2 sz = ImGui::CalcTextSize(label);
    const float lx = std::clamp(x - sz.x * 0.5f, ax.x0 - sz.x * 0.5f, ax.x1 - sz.x * 0.5f);
    dl->AddText(ImVec2(lx, labels_above ? y - line : y), v == 1 ? t.text : t.text_muted, label);
  }
}

// The CI whisker and point of one row inside [top, bottom].
void draw_strip(ImDrawList* dl, const Theme& t, const LogAxis& ax, float top, float bottom, const ForestRow& r) {
  // Background grid: faint lines at the ticks, a solid line at 1.
  for (double v : kTicks) {
    if (v < ax.lo || v > ax.hi) continue;
    const float x = ax.x(v);
    dl->AddLine(ImVec2(x, top), ImVec2(x, bottom), v == 1 ? mix_color(t.card, t.text, 0.55f) : t.grid,
                v == 1 ? em(0.09f) : 1.0f);
  }
  const float cy = (top + bottom) * 0.5f;
  const ImU32 color = verdict_color(t, r.verdict);
  if (r.verdict == analysis::Verdict::not_enough_data || !std::isfinite(r.relative_risk)) {
    const char* s = "not enough data yet";
    const ImVec2 sz = ImGui::CalcTextSize(s);
    const float x = ax.x(1.0) + em(0.5f);
    dl->AddRectFilled(ImVec2(x - em(0.2f), cy - sz.y * 0.5f), ImVec2(x + sz.x + em(0.2f), cy + sz.y * 0.5f), t.card);
    dl->AddText(ImVec2(x, cy - sz.y * 0.5f), mix_color(t.card, t.text_muted, 0.8f), s);
    return;
  }
  // An interval open at one end (a zero cell: "11 or more") runs off the axis with an arrow.
  const double lo = std::isnan(r.ci_low) ? r.relative_risk : std::max(r.ci_low, ax.lo * 0.5);
  const double hi = std::isnan(r.ci_high) ? r.relative_risk : std::min(r.ci_high, ax.hi * 2.0);
  const float xl = ax.x(lo), xh = ax.x(hi), xp = ax.x(r.relative_risk);
  const float th = em(0.16f);
  dl->AddLine(ImVec2(xl, cy), ImVec2(xh, cy), color, th);
  const float cap = em(0.35f);
  // End caps, or arrows where the interval runs past the axis.
  if (lo < ax.lo)
    dl->AddTriangleFilled(ImVec2(xl - em(0.1f), cy), ImVec2(xl + em(0.45f), cy - cap), ImVec2(xl + em(0.45f), cy + cap),
                          color);
  else
    dl->AddLine(ImVec2(xl, cy - cap), ImVec2(xl, cy + cap), color, th);
  if (hi > ax.hi)
    dl->AddTriangleFilled(ImVec2(xh + em(0.1f), cy), ImVec2(xh - em(0.45f), cy + cap), ImVec2(xh - em(0.45f), cy - cap),
                          color);
  else
    dl->AddLine(ImVec2(xh, cy - cap), ImVec2(xh, cy + cap), color, th);
  const float d = em(0.42f);  // the estimate as a diamond
  dl->AddQuadFilled(ImVec2(xp, cy - d), ImVec2(xp + d, cy), ImVec2(xp, cy + d), ImVec2(xp - d, cy), color);
  dl->AddQuad(ImVec2(xp, cy - d), ImVec2(xp + d, cy), ImVec2(xp, cy + d), ImVec2(xp - d, cy), t.card, 1.0f);
}


}  // namespace

int draw_forest_plot(Ui& ui, const char* id, std::span<const ForestRow> rows, const ForestPlotOptions& opt) {
  const Theme& t = ui.theme;
  ImGui::PushID(id);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float avail = ImGui::GetContentRegionAvail().x;
  const float line = ImGui::GetTextLineHeight();
  const float gap = em(1.0f);
  const bool wide = avail >= em(44.0f);
  const float label_w = wide ? em(11.0f) : avail;
  const float plot_w = wide ? std::clamp(avail * 0.3f, em(14.0f), em(20.0f)) : avail;
  const float plot_x = wide ? origin.x + label_w + gap : origin.x;
  const float sent_x = plot_x + plot_w + gap;
  const float sent_w = origin.x + avail - sent_x;
  const LogAxis ax{plot_x + em(0.6f), plot_x + plot_w - em(0.6f), opt.lo, opt.hi};

  float y = origin.y;
  // Header: captions at both ends of the axis and the tick labels.
  {
    const char* left = "\xE2\x86\x90 less likely";
    const char* right = "more likely \xE2\x86\x92";
    const ImVec2 rs = ImGui::CalcTextSize(right);
    if (wide) {
      dl->AddText(ui.font_bold, ImGui::GetFontSize(), ImVec2(origin.x, y + line), t.text, "Factor");
      dl->AddText(ui.font_bold, ImGui::GetFontSize(), ImVec2(sent_x, y + line), t.text, "What it means");
    }
    dl->AddText(ImVec2(ax.x0, y), t.text_muted, left);
    dl->AddText(ImVec2(ax.x1 - rs.x, y), t.text_muted, right);
    y += line + em(0.15f);
    draw_axis(dl, t, ax, y, false);
    y += line + em(0.3f);
  }
  dl->AddLine(ImVec2(origin.x, y), ImVec2(origin.x + avail, y), t.card_border, 1.0f);

  const float pad = em(0.55f);
  const float strip_h = em(1.8f);
  int i = 0;
  int clicked = -1;
  for (const ForestRow& r : rows) {
    ImGui::PushID(i++);
    const std::string label(r.label);
    const std::string sentence(r.sentence);
    const char* verdict = verdict_label(r.verdict);
    const ImU32 vc = verdict_color(t, r.verdict);
    const bool greyed = r.verdict == analysis::Verdict::not_enough_data;
    const ImU32 label_color = greyed ? t.text_muted : t.text;
    const std::string rr = analysis::rr_label(r.relative_risk, r.ci_low, r.ci_high);
    float top = y + pad;
    float row_bottom;
    if (wide) {
      float ly = top;
      ly += draw_wrapped(dl, ImVec2(origin.x, ly), label_w, label_color, label.c_str(), bold_if_in_face(ui, label)) + em(0.2f);
      const ImVec2 ps = draw_pill(dl, ImVec2(origin.x, ly), verdict, greyed ? mix_color(t.card, t.text_muted, 0.12f)
                                                                           : mix_color(t.card, vc, 0.16f),
                                  greyed ? t.text_muted : mix_color(vc, t.text, 0.25f));
      ly += ps.y;
      if (r.premonitory) {
        ly += em(0.2f);
        ly += draw_wrapped(dl, ImVec2(origin.x, ly), label_w, t.text_muted, "May be an early sign of the attack");
      }
      draw_strip(dl, t, ax, top, top + strip_h, r);
      float py = top + strip_h;
      if (!rr.empty()) {
        const ImVec2 sz = ImGui::CalcTextSize(rr.c_str());
        dl->AddText(ImVec2(plot_x + (plot_w - sz.x) * 0.5f, py), t.text_muted, rr.c_str());
        py += line;
      }
      float sy = top;
      sy += draw_wrapped(dl, ImVec2(sent_x, top), sent_w, greyed ? t.text_muted : t.text, sentence.c_str());
      row_bottom = std::max({ly, py, sy}) + pad;
    } else {
      // Phone: label and verdict on one line (verdict wraps under a long label), plot, sentence.
      const ImVec2 ps = pill_size(verdict);
      const float lw = avail - ps.x - em(0.5f);
      const float lh = draw_wrapped(dl, ImVec2(origin.x, top), lw, label_color, label.c_str(), bold_if_in_face(ui, label));
      draw_pill(dl, ImVec2(origin.x + avail - ps.x, top - em(0.15f)), verdict,
                greyed ? mix_color(t.card, t.text_muted, 0.12f) : mix_color(t.card, vc, 0.16f),
                greyed ? t.text_muted : mix_color(vc, t.text, 0.25f));
      float ly = top + std::max(lh, ps.y) + em(0.2f);
      draw_strip(dl, t, ax, ly, ly + strip_h, r);
      ly += strip_h;
      if (!rr.empty()) {
        const ImVec2 sz = ImGui::CalcTextSize(rr.c_str());
        dl->AddText(ImVec2(origin.x + (avail - sz.x) * 0.5f, ly), t.text_muted, rr.c_str());
        ly += line;
      }
      ly += em(0.25f);
      if (r.details) {
        ly += draw_wrapped(dl, ImVec2(origin.x, ly), avail, greyed ? t.text_muted : t.text, sentence.c_str());
        if (r.premonitory && sentence.find("early sign") == std::string::npos) {  // unless the sentence says it
          ly += em(0.2f);
          ly += draw_wrapped(dl, ImVec2(origin.x, ly), avail, t.text_muted,
                             "This may be an early sign of the attack itself rather than its cause.");
        }
      } else {
        ly += draw_wrapped(dl, ImVec2(origin.x, ly), avail, t.accent, "Tap for what it means \xE2\x96\xBC");
      }
      row_bottom = ly + pad;
      // The whole row is a button: it folds and unfolds the sentence.
      const std::string button = "##forest-" + std::string(r.factor);
      ImGui::SetCursorScreenPos(ImVec2(origin.x, y));
      if (ImGui::InvisibleButton(button.c_str(), ImVec2(avail, std::max(1.0f, row_bottom - y)))) clicked = i - 1;
      sem_describe(SemRole::button, std::string(r.factor) + ": what it means");
    }
    dl->AddLine(ImVec2(origin.x, row_bottom), ImVec2(origin.x + avail, row_bottom), t.card_border, 1.0f);
    y = row_bottom;
    ImGui::PopID();
  }
  // Bottom axis and the caption.
  y += em(0.2f);
  draw_axis(dl, t, ax, y, false);
  y += line + em(0.2f);
  if (opt.caption) {
    const ImVec2 cs = ImGui::CalcTextSize(opt.caption, nullptr, false, plot_w);
    const float cx = cs.x < plot_w ? plot_x + (plot_w - cs.x) * 0.5f : plot_x;
    y += draw_wrapped(dl, ImVec2(cx, y), plot_w, t.text_muted, opt.caption);
  }
  ImGui::SetCursorScreenPos(ImVec2(origin.x, y + em(0.3f)));
  ImGui::Dummy(ImVec2(avail, 0));
  ImGui::PopID();
  return clicked;
}

}  // namespace painlink::ui
