#include "ui/contrast.hpp"

#include <algorithm>
#include <cmath>

namespace painlink::ui {

namespace {
// sRGB channel (0..255) to linear light, per WCAG 2.x (0.04045: the sRGB standard's knee; WCAG's
// older text says 0.03928, which gives the same result for every 8-bit value).
double linear(unsigned channel) {
  const double c = static_cast<double>(channel) / 255.0;
  return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}
}  // namespace

double relative_luminance(ImU32 color) {
  const unsigned r = (color >> IM_COL32_R_SHIFT) & 0xFF;
  const unsigned g = (color >> IM_COL32_G_SHIFT) & 0xFF;
  const unsigned b = (color >> IM_COL32_B_SHIFT) & 0xFF;
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

double contrast_ratio(ImU32 a, ImU32 b) {
  const double la = relative_luminance(a), lb = relative_luminance(b);
  return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

ImU32 text_on(ImU32 fill) {
  // Chosen by the ratio itself, not a luminance threshold: a threshold put white on the mid
  // plum of a headache 7 (3.78:1) where black reads at 5.5:1. Pure black (not a softer near
  // black) so that even the worst fill keeps 4.5:1.
  const ImU32 white = IM_COL32(255, 255, 255, 255), black = IM_COL32(0, 0, 0, 255);
  return contrast_ratio(white, fill) >= contrast_ratio(black, fill) ? white : black;
}

ImU32 with_contrast(ImU32 color, ImU32 bg, ImU32 other_bg, double min_ratio) {
  // Away from the background: towards black on a light page, towards white on a dark one
  // (0.18: the luminance as far from black as from white in contrast). In 1/32 steps, so the
  // hue stays the embedder's and the colour changes only as much as it must.
  const ImU32 towards = relative_luminance(bg) > 0.18 ? IM_COL32(0, 0, 0, 255) : IM_COL32(255, 255, 255, 255);
  const ImVec4 from = ImGui::ColorConvertU32ToFloat4(color), to = ImGui::ColorConvertU32ToFloat4(towards);
  for (int step = 0; step <= 32; ++step) {
    const float k = static_cast<float>(step) / 32.0f;
    const ImU32 c = ImGui::ColorConvertFloat4ToU32(ImVec4(from.x + (to.x - from.x) * k, from.y + (to.y - from.y) * k,
                                                          from.z + (to.z - from.z) * k, 1.0f));
    if (contrast_ratio(c, bg) >= min_ratio && contrast_ratio(c, other_bg) >= min_ratio) return c;
  }
  return towards;
}

}  // namespace painlink::ui
