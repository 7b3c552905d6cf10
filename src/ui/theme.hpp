// Painlink's look: a calm light theme of its own (and a high-contrast variant), colours for the
// two pains, and the intensity colour scale shared by every chart.
#pragma once

#include "imgui.h"

#include "ui/fonts.hpp"

namespace painlink::ui {

// Touch targets (WCAG 2.2 AA 2.5.8 asks 24 CSS px, AAA 2.5.5 and the platforms' guides 44): every
// control is at least kTargetEm tall and wide, 44.2 CSS px at the base text size and more with
// Larger text; nothing a pointer can use is smaller than kMinTargetEm. The UI's units are CSS
// px: ui.cpp gives ImGui the canvas's CSS size, and the pixel ratio only sharpens the font atlas.
// apply_style makes every ImGui frame (button, text field, drop-down) kTargetEm tall by default.
inline constexpr float kTargetEm = 2.6f;
inline constexpr float kMinTargetEm = 1.5f;
static_assert(kTargetEm * kBaseFontPx >= 44.0f && kMinTargetEm * kBaseFontPx >= 24.0f,
              "targets must reach WCAG's sizes at the base text size");

struct Theme {
  ImU32 bg, card, card_border, text, text_muted, accent, accent_soft, on_accent;
  ImU32 field, field_border;      // a text field's fill, and its outline: what shows it is a field
  ImU32 back, back_soft;          // back pain series
  ImU32 head, head_soft;          // headache series
  ImU32 danger, danger_soft, warning, warning_soft, ok, ok_soft;
  ImU32 on_danger;                // text on a filled danger colour (danger buttons, urgent cards)
  ImU32 grid;
  ImU32 focus_ring;               // the keyboard focus ring (Semantics::end_frame)
};

// What a control is drawn with: fill, text, and the border that also shows a selected state.
struct ControlColors {
  ImU32 fill, text, border;
  float border_px;
};
// A pill (chip, yes / no): selected in on_color with on_text, otherwise a plain card-coloured one.
ControlColors pill_colors(const Theme& t, bool selected, ImU32 on_color, ImU32 on_text);
// The 0-10 scale's cell for `value` in the series colour `base` (intensity_scale).
ControlColors scale_cell_colors(const Theme& t, int value, ImU32 base, bool selected);

Theme make_theme(bool high_contrast, bool dark, const ImU32* accent_override);
void apply_style(const Theme& t, bool high_contrast, float font_size_px);

// 0 (none) .. 10 (worst) -> a colour from pale to deep; `base` is the series colour.
ImU32 intensity_color(const Theme& t, int intensity, bool headache);
ImU32 scale_color(const Theme& t, int value_0_10, ImU32 base);
ImU32 mix_color(ImU32 a, ImU32 b, float t);
ImVec4 to_vec4(ImU32 c);

}  // namespace painlink::ui
