#include "ui/theme.hpp"

#include <algorithm>

#include "core/model.hpp"
#include "ui/contrast.hpp"

namespace painlink::ui {

namespace {
constexpr ImU32 rgb(unsigned r, unsigned g, unsigned b, unsigned a = 255) { return IM_COL32(r, g, b, a); }

ImU32 mix(ImU32 a, ImU32 b, float t) {
  const ImVec4 x = ImGui::ColorConvertU32ToFloat4(a);
  const ImVec4 y = ImGui::ColorConvertU32ToFloat4(b);
  return ImGui::ColorConvertFloat4ToU32(
      ImVec4(x.x + (y.x - x.x) * t, x.y + (y.y - x.y) * t, x.z + (y.z - x.z) * t, x.w + (y.w - x.w) * t));
}
}  // namespace

ImVec4 to_vec4(ImU32 c) { return ImGui::ColorConvertU32ToFloat4(c); }

Theme make_theme(bool high_contrast, bool dark, const ImU32* accent_override) {
  Theme t{};
  if (dark) {
    t.bg = rgb(24, 27, 31);
    t.card = rgb(34, 38, 44);
    t.card_border = rgb(58, 64, 72);
    t.field_border = rgb(128, 138, 150);  // 4.4:1 on the card
    t.text = rgb(236, 238, 240);
    t.text_muted = rgb(170, 178, 188);
    t.accent = rgb(94, 176, 168);
    t.on_accent = rgb(16, 20, 22);
    t.back = rgb(120, 160, 220);
    t.head = rgb(206, 130, 200);
    t.danger = rgb(248, 113, 100);
    t.warning = rgb(240, 180, 80);
    t.ok = rgb(110, 200, 140);
    t.grid = rgb(60, 66, 74);
  } else {
    t.bg = rgb(246, 244, 239);        // warm paper
    t.card = rgb(255, 255, 255);
    t.card_border = rgb(226, 222, 214);
    t.field_border = rgb(128, 122, 112);  // 4.2:1 on white; the card's own border is 1.3:1
    t.text = rgb(31, 41, 51);
    t.text_muted = rgb(88, 98, 110);  // 6.4:1 on white
    t.accent = rgb(47, 111, 106);     // calm teal, 5.9:1 on white
    t.on_accent = rgb(255, 255, 255);
    t.back = rgb(44, 98, 160);        // back pain: blue
    t.head = rgb(150, 60, 140);       // headache: plum
    t.danger = rgb(180, 35, 24);
    t.warning = rgb(165, 82, 10);
    t.ok = rgb(22, 120, 70);
    t.grid = rgb(232, 228, 220);
  }
  if (accent_override) {
    // An embedder's brand colour is text too (the title, findings) and carries text (selected
    // chips, buttons): a light one (yellow on white) is darkened, a dark one on the dark theme
    // lightened, until it reads at 4.5:1; the text on it is then whichever of black and white
    // reads better.
    t.accent = with_contrast(*accent_override, t.card, t.bg, kMinTextContrast);
    t.on_accent = text_on(t.accent);
  }
  if (high_contrast) {
    t.bg = dark ? rgb(0, 0, 0) : rgb(255, 255, 255);
    t.card = t.bg;
    t.card_border = dark ? rgb(255, 255, 255) : rgb(0, 0, 0);
    t.field_border = t.card_border;
    t.text = dark ? rgb(255, 255, 255) : rgb(0, 0, 0);
    t.text_muted = dark ? rgb(230, 230, 230) : rgb(30, 30, 30);
    t.accent = dark ? rgb(120, 220, 255) : rgb(0, 70, 140);
    t.on_accent = dark ? rgb(0, 0, 0) : rgb(255, 255, 255);
    t.grid = dark ? rgb(120, 120, 120) : rgb(150, 150, 150);
  }
  t.accent_soft = mix(t.card, t.accent, dark ? 0.30f : 0.14f);
  t.field = mix(t.card, t.bg, 0.55f);
  t.back_soft = mix(t.card, t.back, 0.16f);
  t.head_soft = mix(t.card, t.head, 0.16f);
  t.danger_soft = mix(t.card, t.danger, 0.12f);
  t.warning_soft = mix(t.card, t.warning, 0.14f);
  t.ok_soft = mix(t.card, t.ok, 0.14f);
  t.on_danger = text_on(t.danger);  // white on the light theme's red; black on the dark's salmon
  t.focus_ring = t.text;
  return t;
}

void apply_style(const Theme& t, bool high_contrast, float font_size_px) {
  ImGuiStyle& s = ImGui::GetStyle();
  s = ImGuiStyle();
  const float e = font_size_px;  // style sizes in font units
  s.WindowPadding = ImVec2(0.9f * e, 0.8f * e);
  s.FramePadding = ImVec2(0.6f * e, 0.5f * (kTargetEm - 1.0f) * e);  // a line of text + padding = kTargetEm
  s.ItemSpacing = ImVec2(0.5f * e, 0.5f * e);
  s.ItemInnerSpacing = ImVec2(0.4f * e, 0.35f * e);
  s.CellPadding = ImVec2(0.4f * e, 0.3f * e);
  s.TouchExtraPadding = ImVec2(0, 0);
  s.IndentSpacing = 1.2f * e;
  s.ScrollbarSize = 0.75f * e;
  s.GrabMinSize = 1.2f * e;
  s.WindowRounding = 0;
  s.ChildRounding = 0.6f * e;
  s.FrameRounding = 0.45f * e;
  s.PopupRounding = 0.5f * e;
  s.ScrollbarRounding = 0.4f * e;
  s.GrabRounding = 0.4f * e;
  s.TabRounding = 0.45f * e;
  s.WindowBorderSize = 0;
  s.ChildBorderSize = 1;
  s.PopupBorderSize = 1;
  s.FrameBorderSize = high_contrast ? 1.5f : 1.0f;
  s.TabBorderSize = 0;
  s.SelectableTextAlign = ImVec2(0, 0.5f);
  s.AntiAliasedFill = true;
  s.AntiAliasedLines = true;

  ImVec4* c = s.Colors;
  const ImVec4 text = to_vec4(t.text);
  const ImVec4 muted = to_vec4(t.text_muted);
  const ImVec4 accent = to_vec4(t.accent);
  const ImVec4 accent_soft = to_vec4(t.accent_soft);
  const ImVec4 card = to_vec4(t.card);
  const ImVec4 border = to_vec4(t.card_border);
  const ImVec4 bg = to_vec4(t.bg);
  const ImVec4 frame = to_vec4(t.field);
  c[ImGuiCol_Text] = text;
  c[ImGuiCol_TextDisabled] = muted;
  c[ImGuiCol_WindowBg] = bg;
  c[ImGuiCol_ChildBg] = card;
  c[ImGuiCol_PopupBg] = card;
  c[ImGuiCol_Border] = border;
  c[ImGuiCol_BorderShadow] = ImVec4(0, 0, 0, 0);
  c[ImGuiCol_FrameBg] = frame;
  c[ImGuiCol_FrameBgHovered] = to_vec4(mix(t.card, t.accent, 0.10f));
  c[ImGuiCol_FrameBgActive] = accent_soft;
  c[ImGuiCol_TitleBg] = bg;
  c[ImGuiCol_TitleBgActive] = bg;
  c[ImGuiCol_TitleBgCollapsed] = bg;
  c[ImGuiCol_MenuBarBg] = bg;
  c[ImGuiCol_ScrollbarBg] = ImVec4(0, 0, 0, 0);
  c[ImGuiCol_ScrollbarGrab] = to_vec4(mix(t.bg, t.text, 0.22f));
  c[ImGuiCol_ScrollbarGrabHovered] = to_vec4(mix(t.bg, t.text, 0.35f));
  c[ImGuiCol_ScrollbarGrabActive] = to_vec4(mix(t.bg, t.text, 0.5f));
  c[ImGuiCol_CheckMark] = accent;
  c[ImGuiCol_SliderGrab] = accent;
  c[ImGuiCol_SliderGrabActive] = accent;
  c[ImGuiCol_Button] = frame;
  c[ImGuiCol_ButtonHovered] = to_vec4(mix(t.card, t.accent, 0.12f));
  c[ImGuiCol_ButtonActive] = to_vec4(mix(t.card, t.accent, 0.25f));
  c[ImGuiCol_Header] = accent_soft;
  c[ImGuiCol_HeaderHovered] = to_vec4(mix(t.card, t.accent, 0.12f));
  c[ImGuiCol_HeaderActive] = to_vec4(mix(t.card, t.accent, 0.25f));
  c[ImGuiCol_Separator] = border;
  c[ImGuiCol_SeparatorHovered] = accent;
  c[ImGuiCol_SeparatorActive] = accent;
  c[ImGuiCol_ResizeGrip] = ImVec4(0, 0, 0, 0);
  c[ImGuiCol_Tab] = bg;
  c[ImGuiCol_TabHovered] = to_vec4(mix(t.bg, t.accent, 0.15f));
  c[ImGuiCol_TabActive] = card;
  c[ImGuiCol_TableHeaderBg] = frame;
  c[ImGuiCol_TableBorderStrong] = border;
  c[ImGuiCol_TableBorderLight] = to_vec4(t.grid);
  c[ImGuiCol_TableRowBg] = ImVec4(0, 0, 0, 0);
  c[ImGuiCol_TableRowBgAlt] = to_vec4(mix(t.card, t.bg, 0.5f));
  c[ImGuiCol_TextSelectedBg] = to_vec4(mix(t.card, t.accent, 0.3f));
  c[ImGuiCol_NavHighlight] = accent;  // the keyboard focus ring
  c[ImGuiCol_ModalWindowDimBg] = ImVec4(0.1f, 0.12f, 0.14f, 0.45f);
  c[ImGuiCol_PlotLines] = accent;
  c[ImGuiCol_PlotHistogram] = accent;
  (void)card;
}

ImU32 scale_color(const Theme& t, int value_0_10, ImU32 base) {
  const float k = static_cast<float>(std::clamp(value_0_10, 0, kMaxIntensity)) / static_cast<float>(kMaxIntensity);
  if (value_0_10 <= 0) return mix(t.card, base, 0.08f);
  return mix(t.card, base, 0.18f + 0.82f * k);
}

ImU32 intensity_color(const Theme& t, int intensity, bool headache) {
  return scale_color(t, intensity, headache ? t.head : t.back);
}

ImU32 mix_color(ImU32 a, ImU32 b, float t) { return mix(a, b, t); }

ControlColors pill_colors(const Theme& t, bool selected, ImU32 on_color, ImU32 on_text) {
  if (selected) return {on_color, on_text, on_color, 1.0f};
  return {t.card, t.text, t.card_border, 1.0f};
}

ControlColors scale_cell_colors(const Theme& t, int value, ImU32 base, bool selected) {
  const ImU32 fill = scale_color(t, value, base);
  ControlColors c = pill_colors(t, selected, fill, text_on(fill));
  // The fill of a low score is nearly the card's (a selected "0" was 1.13:1 against white):
  // a selected cell is also outlined in the text colour, >= 3:1 in every theme, so the choice
  // shows whatever the score.
  if (selected) {
    c.border = t.text;
    c.border_px = 2.0f;
    // High contrast outlines every control in the text colour already, so an outline tells
    // nothing there: the selected cell is filled in the accent, as a selected chip is.
    if (contrast_ratio(t.text, t.card_border) < kMinStateContrast) {
      c.fill = t.accent;
      c.text = t.on_accent;
    }
  }
  return c;
}

}  // namespace painlink::ui
