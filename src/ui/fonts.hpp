// The embedded Inter font: subset at build time by scripts/subset_font.py to the glyph ranges in
// assets/font_ranges.tsv, which fonts.cpp reads too (compiled in).
#pragma once

namespace painlink::ui {
struct Ui;
// Base text size in CSS pixels for the normal and the "larger text" setting.
inline constexpr float kBaseFontPx = 17.0f;
inline constexpr float kLargeFontPx = 21.0f;
// Rebuilds the atlas for this pixel ratio; true when it changed (GPU texture must be remade).
bool rebuild_fonts_if_needed(Ui& ui, float dpr);
}  // namespace painlink::ui
