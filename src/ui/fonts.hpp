// The embedded Inter font: subset at build time by scripts/subset_font.py to the glyph ranges in
// assets/font_ranges.tsv, which fonts.cpp reads too (compiled in).
#pragma once

#include <string_view>

namespace painlink::ui {
struct Ui;
// Base text size in CSS pixels for the normal and the "larger text" setting.
inline constexpr float kBaseFontPx = 17.0f;
inline constexpr float kLargeFontPx = 21.0f;
// Rebuilds the atlas for this pixel ratio; true when it changed (GPU texture must be remade).
bool rebuild_fonts_if_needed(Ui& ui, float dpr);

// The "more" face (Central European Latin, Greek, Cyrillic: assets/font_ranges.tsv) is a file of
// its own, fetched the first time the journal or the keyboard holds one of its characters.
inline constexpr const char* kMoreFontFile = "Inter-Regular-more.otf";
// True when `utf8` has a character only the "more" face draws.
bool needs_more_face(std::string_view utf8);
// Asks the platform for the file once, when `utf8` needs it and it is not there yet.
void want_more_face_for(Ui& ui, std::string_view utf8);
// The whole journal (its notes and names) checked the same way.
void want_more_face_for_journal(Ui& ui);
}  // namespace painlink::ui
