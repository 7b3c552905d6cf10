// Colour contrast as WCAG 2.x measures it (relative luminance of linearised sRGB, and the ratio
// (L1 + 0.05) / (L2 + 0.05)), and the choices the theme makes with it. One place for the UI, which
// picks its text colours by it, and for tests/ui/contrast_ui_test.cpp, which checks the theme.
#pragma once

#include "imgui.h"

namespace painlink::ui {

// WCAG 2.x relative luminance of an opaque colour (alpha is ignored), 0 (black) .. 1 (white).
double relative_luminance(ImU32 color);
// WCAG 2.x contrast ratio, 1 .. 21, the same either way round.
double contrast_ratio(ImU32 a, ImU32 b);

// WCAG 2.2 AA minimums: 1.4.3 for text, 1.4.11 for states and the boundaries of controls.
inline constexpr double kMinTextContrast = 4.5;
inline constexpr double kMinStateContrast = 3.0;

// Readable text on any fill: black or white, whichever contrasts more. Never below 4.58:1 (the
// worst fill, luminance 0.18, is as far from both).
ImU32 text_on(ImU32 fill);

// `color`, darkened on a light background or lightened on a dark one just enough to reach
// `min_ratio` against both backgrounds (the card and the page); unchanged if it already does.
ImU32 with_contrast(ImU32 color, ImU32 bg, ImU32 other_bg, double min_ratio);

}  // namespace painlink::ui
