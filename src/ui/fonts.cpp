#include "ui/fonts.hpp"

#include <algorithm>
#include <cmath>

#include "ui/ui_state.hpp"

#include <imgui_internal.h>  // ImFontAtlasGetBuilderForStbTruetype

extern const unsigned char painlink_font_inter_regular[];
extern const std::size_t painlink_font_inter_regular_size;
extern const unsigned char painlink_font_inter_semibold[];
extern const std::size_t painlink_font_inter_semibold_size;

namespace painlink::ui {

namespace {
// Body text: everything the subset holds (Latin, modern Greek, Cyrillic, symbols), so typed names
// and notes in those scripts show. Must match scripts/subset_font.py (UNICODE_RANGES).
const ImWchar kBodyRanges[] = {0x0020, 0x007E, 0x00A0, 0x017F, 0x037E, 0x037E, 0x0384, 0x03CE,
                               0x0400, 0x045F, 0x2010, 0x2027, 0x2030, 0x203A, 0x20AC, 0x20AC,
                               0x2190, 0x2193, 0x2212, 0x2212, 0x2264, 0x2265, 0x25B2, 0x25BC,
                               0x25CF, 0x25CF, 0x2713, 0x2713, 0};
// Bold labels: the SemiBold subset is the widget's own English words and their symbols
// (subset_font.py BOLD_RANGES), a third of the bytes of a Latin subset. Labels the patient typed
// are only drawn bold when they fit it (chart_common.cpp bold_if_in_face). Nothing is merged in
// from the body font: every glyph costs start-up time (merging the body's ~560 took the first
// frame from ~295 to ~360 ms in make bench).
const ImWchar kBoldRanges[] = {0x0020, 0x007E, 0x00B7, 0x00B7, 0x00D7, 0x00D7, 0x2010, 0x2027,
                               0x2190, 0x2193, 0x2212, 0x2212, 0x2264, 0x2265, 0x25B2, 0x25BC,
                               0x2713, 0x2713, 0};
// Section headings are fixed English titles (ui.cpp, view_insights.cpp, view_screening.cpp,
// insights_safety.cpp): ASCII and punctuation, a third of the glyphs to rasterise at start-up.
const ImWchar kHeadingRanges[] = {0x0020, 0x007E, 0x2010, 0x2027, 0};

ImFont* add_font(const unsigned char* data, std::size_t size, float px, const ImWchar* ranges) {
  ImFontConfig cfg;
  cfg.FontDataOwnedByAtlas = false;  // the bytes live in the wasm image
  cfg.OversampleH = 1;               // already rasterised at device pixels
  cfg.OversampleV = 1;
  cfg.PixelSnapH = true;
  return ImGui::GetIO().Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(data), static_cast<int>(size), px,
                                                    &cfg, ranges);
}
}  // namespace

bool rebuild_fonts_if_needed(Ui& ui, float dpr) {
  // Cap the ratio: beyond 3x the eye gains nothing and the atlas grows with the square.
  const float ratio = std::clamp(std::round(dpr * 100.0f) / 100.0f, 1.0f, 3.0f);
  const float base = ui.large_text ? kLargeFontPx : kBaseFontPx;
  if (ui.font_dpr == ratio && ui.font_built_px == base) return false;
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  ui.font_regular = add_font(painlink_font_inter_regular, painlink_font_inter_regular_size, base * ratio, kBodyRanges);
  ui.font_bold = add_font(painlink_font_inter_semibold, painlink_font_inter_semibold_size, base * ratio, kBoldRanges);
  ui.font_heading =
      add_font(painlink_font_inter_semibold, painlink_font_inter_semibold_size, base * 1.3f * ratio, kHeadingRanges);
  io.Fonts->TexDesiredWidth = 2048;
  // The builder directly, not ImFontAtlas::Build(): Build() may add ImGui's built-in ProggyClean
  // font, and merely calling it links that font's 12 KB of data into every download.
  ImFontAtlasGetBuilderForStbTruetype()->FontBuilder_Build(io.Fonts);
  io.FontDefault = ui.font_regular;
  io.FontGlobalScale = 1.0f / ratio;
  ui.font_dpr = ratio;
  ui.font_built_px = base;
  apply_style(ui.theme, ui.high_contrast, base);
  return true;
}

}  // namespace painlink::ui
