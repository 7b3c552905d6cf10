#include "ui/chart_common.hpp"

#include <algorithm>
#include <cmath>
#include <cfloat>
#include <cstdio>

#include <imgui_internal.h>  // ImTextCharFromUtf8

#include "ui/contrast.hpp"

namespace painlink::ui {

ImU32 chart_text_on(ImU32 fill) { return text_on(fill); }  // by the contrast ratio (ui/contrast.hpp)

ImU32 verdict_color(const Theme& t, analysis::Verdict v) {
  switch (v) {
    case analysis::Verdict::possible_trigger: return t.warning;
    case analysis::Verdict::possible_protector: return t.ok;
    case analysis::Verdict::no_clear_link: return mix_color(t.text_muted, t.accent, 0.35f);
    case analysis::Verdict::not_enough_data: return mix_color(t.card, t.text_muted, 0.45f);
  }
  return t.text_muted;
}

const char* verdict_label(analysis::Verdict v) {
  switch (v) {
    case analysis::Verdict::possible_trigger: return "Possible trigger";
    case analysis::Verdict::possible_protector: return "Possible protector";
    case analysis::Verdict::no_clear_link: return "No clear link";
    case analysis::Verdict::not_enough_data: return "Not enough data";
  }
  return "";
}

ImU32 link_color(const Theme& t, analysis::LinkVerdict v, bool protective) {
  switch (v) {
    case analysis::LinkVerdict::linked: return protective ? t.ok : t.warning;
    case analysis::LinkVerdict::no_clear_link: return mix_color(t.text_muted, t.accent, 0.35f);
    case analysis::LinkVerdict::not_enough_data: return mix_color(t.card, t.text_muted, 0.45f);
  }
  return t.text_muted;
}

const char* link_label(analysis::LinkVerdict v) {
  switch (v) {
    case analysis::LinkVerdict::linked: return "Linked";
    case analysis::LinkVerdict::no_clear_link: return "No clear link";
    case analysis::LinkVerdict::not_enough_data: return "Not enough data yet";
  }
  return "";
}

ImVec2 pill_size(const char* text) {
  const ImVec2 sz = ImGui::CalcTextSize(text);
  return ImVec2(sz.x + em(1.0f), sz.y + em(0.3f));
}

ImVec2 draw_pill(ImDrawList* dl, ImVec2 pos, const char* text, ImU32 fill, ImU32 text_color) {
  const ImVec2 size = pill_size(text);
  dl->AddRectFilled(pos, ImVec2(pos.x + size.x, pos.y + size.y), fill, size.y * 0.5f);
  dl->AddText(ImVec2(pos.x + em(0.5f), pos.y + em(0.15f)), text_color, text);
  return size;
}

void legend_entry(ImDrawList* dl, ImVec2& pos, float left, float right, Swatch shape, ImU32 color, const char* text,
                  ImU32 text_color) {
  const float line = ImGui::GetTextLineHeight();
  const float sw = em(0.9f);
  const float w = sw + em(0.35f) + ImGui::CalcTextSize(text).x;
  if (pos.x > left && pos.x + w > right) {  // wrap
    pos.x = left;
    pos.y += line + em(0.25f);
  }
  const float cy = pos.y + line * 0.5f;
  const float cx = pos.x + sw * 0.5f;
  switch (shape) {
    case Swatch::dot: dl->AddCircleFilled(ImVec2(cx, cy), em(0.3f), color, 16); break;
    case Swatch::square:
      dl->AddRectFilled(ImVec2(cx - em(0.35f), cy - em(0.35f)), ImVec2(cx + em(0.35f), cy + em(0.35f)), color,
                        em(0.1f));
      break;
    case Swatch::triangle:
      dl->AddTriangleFilled(ImVec2(cx - em(0.32f), cy + em(0.28f)), ImVec2(cx + em(0.32f), cy + em(0.28f)),
                            ImVec2(cx, cy - em(0.3f)), color);
      break;
    case Swatch::line: dl->AddLine(ImVec2(pos.x, cy), ImVec2(pos.x + sw, cy), color, em(0.14f)); break;
    case Swatch::bar:
      dl->AddRectFilled(ImVec2(cx - em(0.14f), cy - em(0.38f)), ImVec2(cx + em(0.14f), cy + em(0.38f)), color,
                        em(0.06f));
      break;
  }
  dl->AddText(ImVec2(pos.x + sw + em(0.35f), pos.y), text_color, text);
  pos.x += w + em(0.9f);
}

namespace {
// Pixel size of a font that may not be the current one (all fonts share the global scale).
float font_px(const ImFont* f) { return ImGui::GetFontSize() * f->FontSize / ImGui::GetFont()->FontSize; }
}  // namespace

std::string wrap_at_spaces(const char* text, float width, ImFont* font) {
  ImFont* f = font ? font : ImGui::GetFont();
  const float size = font_px(f);
  const float space = f->CalcTextSizeA(size, FLT_MAX, 0.0f, " ").x;
  std::string out;
  float line_w = 0.0f;
  bool line_empty = true;
  const char* s = text;
  while (*s) {
    if (*s == '\n') {
      out += '\n';
      line_w = 0.0f;
      line_empty = true;
      ++s;
      continue;
    }
    if (*s == ' ') {
      ++s;
      continue;
    }
    const char* word = s;
    while (*s && *s != ' ' && *s != '\n') ++s;
    const float w = f->CalcTextSizeA(size, FLT_MAX, 0.0f, word, s).x;
    if (line_empty) {
      out.append(word, s);
      line_w = w;
      line_empty = false;
    } else if (line_w + space + w <= width) {
      out += ' ';
      out.append(word, s);
      line_w += space + w;
    } else {
      out += '\n';
      out.append(word, s);
      line_w = w;
    }
  }
  return out;
}

float draw_wrapped(ImDrawList* dl, ImVec2 pos, float width, ImU32 color, const char* text, ImFont* font) {
  ImFont* f = font ? font : ImGui::GetFont();
  const std::string lines = wrap_at_spaces(text, std::max(width, em(4.0f)), f);
  dl->AddText(f, font_px(f), pos, color, lines.c_str());
  if (font) ImGui::PushFont(font);
  const float h = ImGui::CalcTextSize(lines.c_str()).y;
  if (font) ImGui::PopFont();
  return h;
}

void text_wrapped_color(ImU32 color, const std::string& text) {
  const std::string lines = wrap_at_spaces(text.c_str(), std::max(ImGui::GetContentRegionAvail().x, em(4.0f)));
  ImGui::PushStyleColor(ImGuiCol_Text, color);
  ImGui::PushTextWrapPos(-1.0f);  // already broken into lines
  ImGui::TextUnformatted(lines.c_str(), lines.c_str() + lines.size());
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
}

ImFont* bold_if_in_face(const Ui& ui, std::string_view text) {
  // The SemiBold subset holds only the widget's own characters (assets/font_ranges.tsv, face
  // "bold"): a label with any other letter would show "?" in bold, so it is drawn in regular. The
  // bold font itself is asked, so this never drifts from the ranges it was built with.
  const char* p = text.data();
  const char* const end = p + text.size();
  while (p < end) {
    unsigned int c = 0;
    p += ImTextCharFromUtf8(&c, p, end);
    if (c >= 0x80 && !ui.font_bold->FindGlyphNoFallback(static_cast<ImWchar>(c))) return ui.font_regular;
  }
  return ui.font_bold;
}

std::string percent_text(double share) {
  if (!std::isfinite(share)) return "\xE2\x80\x93";
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.0f%%", share * 100.0);
  return buf;
}

std::string intensity_value_text(float v) {
  if (std::isnan(v)) return "not recorded";
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.0f/%d", static_cast<double>(v), kMaxIntensity);
  return buf;
}

std::vector<AxisTick> value_ticks(int lo, int hi, int step) {
  std::vector<AxisTick> ticks;
  for (int v = lo; v <= hi; v += step) ticks.push_back({static_cast<double>(v), std::to_string(v), false});
  return ticks;
}

std::vector<AxisTick> intensity_ticks() { return value_ticks(0, kMaxIntensity, kMaxIntensity / 2); }

float value_axis_width(const char* widest_label) { return ImGui::CalcTextSize(widest_label).x + em(0.5f); }

void PlotFrame::draw_background(ImDrawList* dl, const Theme& t) const {
  dl->AddRectFilled(ImVec2(x0, y0), ImVec2(x1, y1), mix_color(t.card, t.bg, 0.35f), em(0.3f));
}

void PlotFrame::draw_grid(ImDrawList* dl, const Theme& t, std::span<const AxisTick> ticks) const {
  const float gap = label_gap > 0 ? label_gap : em(0.35f);
  for (const AxisTick& tick : ticks) {
    const float py = y(tick.value);
    dl->AddLine(ImVec2(x0, py), ImVec2(x1, py), tick.strong ? mix_color(t.card, t.text, 0.5f) : t.grid,
                tick.strong ? em(0.08f) : 1.0f);
    const ImVec2 sz = ImGui::CalcTextSize(tick.label.c_str());
    dl->AddText(ImVec2(x0 - sz.x - gap, py - sz.y * 0.5f), t.text_muted, tick.label.c_str());
  }
}

}  // namespace painlink::ui
