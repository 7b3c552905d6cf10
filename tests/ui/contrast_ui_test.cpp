// WCAG 2.2 AA colour contrast of the widget's theme (1.4.3 text >= 4.5:1, 1.4.11 states and the
// boundaries of controls >= 3:1), for every theme the widget can show: normal, dark (the embed's
// theme: "dark"), High contrast of each, and an embedder's accentColor. The theme is the one the
// widget made from its mount options (ui.theme), and the pairs are the ones its widgets draw.
#include "ui_harness.hpp"

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "core/model.hpp"
#include "ui/contrast.hpp"
#include "ui/theme.hpp"

using namespace painlink;
using painlink::test::UiHarness;

namespace {

std::string hex(ImU32 c) {
  char s[8];
  std::snprintf(s, sizeof s, "#%02x%02x%02x", (c >> IM_COL32_R_SHIFT) & 0xFF, (c >> IM_COL32_G_SHIFT) & 0xFF,
                (c >> IM_COL32_B_SHIFT) & 0xFF);
  return s;
}

// Collects every pair below its minimum, so one run lists all of them with their ratios.
struct Checker {
  std::string theme;
  std::vector<std::string> failures;
  int checked = 0;

  void pair(const std::string& what, ImU32 fg, ImU32 bg, double min) {
    ++checked;
    const double r = ui::contrast_ratio(fg, bg);
    if (r + 1e-9 >= min) return;
    char line[256];
    std::snprintf(line, sizeof line, "%s: %s: %s on %s is %.2f:1 (needs %.1f)", theme.c_str(), what.c_str(),
                  hex(fg).c_str(), hex(bg).c_str(), r, min);
    failures.push_back(line);
  }
  void text(const std::string& what, ImU32 fg, ImU32 bg) { pair(what, fg, bg, ui::kMinTextContrast); }
  void state(const std::string& what, ImU32 fg, ImU32 bg) { pair(what, fg, bg, ui::kMinStateContrast); }
};

void check_theme(Checker& c, const ui::Theme& t) {
  // Body and muted text where text sits: the page and the cards.
  c.text("body text on background", t.text, t.bg);
  c.text("body text on card", t.text, t.card);
  c.text("muted text on background", t.text_muted, t.bg);
  c.text("muted text on card", t.text_muted, t.card);
  // The accent: text on it (selected chips, yes/no, primary buttons, the selected nav tab and
  // day), text in it (the "Painlink" title on the page, findings on cards), and it as the state
  // of a selected chip against the card around it.
  c.text("text on accent", t.on_accent, t.accent);
  c.text("accent text on background", t.accent, t.bg);
  c.text("accent text on card", t.accent, t.card);
  c.state("selected chip against card", t.accent, t.card);
  // A text field is found by its outline (WCAG 1.4.11): against the card around it and its fill.
  c.state("text field outline against card", t.field_border, t.card);
  c.state("text field outline against its fill", t.field_border, t.field);
  c.text("text on accent_soft (info banner, stepper value, today)", t.text, t.accent_soft);
  // Status colours: the save-state pill's text on its soft fill, banners' body text on theirs,
  // and text on a filled danger colour (danger buttons, the urgent red-flag card).
  c.text("danger on danger_soft", t.danger, t.danger_soft);
  c.text("warning on warning_soft", t.warning, t.warning_soft);
  c.text("ok on ok_soft", t.ok, t.ok_soft);
  c.text("text on danger_soft", t.text, t.danger_soft);
  c.text("text on warning_soft", t.text, t.warning_soft);
  c.text("text on ok_soft", t.text, t.ok_soft);
  c.text("text on danger", t.on_danger, t.danger);
  // Navigation tabs (ui.cpp draw_nav): selected in the accent, unselected card-coloured on the page.
  c.text("nav tab selected", t.on_accent, t.accent);
  c.text("nav tab unselected", t.text, t.card);
  c.state("nav tab selected against background", t.accent, t.bg);
  // Every 0-10 cell of the back, headache and relief scales, selected and not.
  const struct {
    const char* name;
    ImU32 base;
  } scales[] = {{"back", t.back}, {"head", t.head}, {"relief", t.ok}};
  for (const auto& s : scales) {
    for (int i = 0; i <= kMaxIntensity; ++i) {
      for (bool selected : {false, true}) {
        const ui::ControlColors cell = ui::scale_cell_colors(t, i, s.base, selected);
        const std::string what = std::string(s.name) + " " + std::to_string(i) + (selected ? " selected" : "");
        c.text(what + ": number on its fill", cell.text, cell.fill);
        // A selected cell must show it against the card, whatever its value ("0" is nearly white):
        // by its fill or by its border. And that indicator must be what an unselected cell lacks
        // (High contrast outlines every cell in black: an outline alone would not tell them apart).
        if (selected) {
          const ui::ControlColors plain = ui::scale_cell_colors(t, i, s.base, false);
          const double by_fill = std::min(ui::contrast_ratio(cell.fill, t.card), ui::contrast_ratio(cell.fill, plain.fill));
          const double by_border =
              std::min(ui::contrast_ratio(cell.border, t.card), ui::contrast_ratio(cell.border, plain.border));
          const bool fill_shows = by_fill >= by_border;
          c.state(what + ": selected state against card", fill_shows ? cell.fill : cell.border, t.card);
          c.state(what + ": selected state against an unselected cell", fill_shows ? cell.fill : cell.border,
                  fill_shows ? plain.fill : plain.border);
        }
      }
    }
  }
  // The keyboard focus ring, drawn around controls on the page and on cards.
  c.state("focus ring on background", t.focus_ring, t.bg);
  c.state("focus ring on card", t.focus_ring, t.card);
}

// The theme the widget made from its mount options, then checked.
void check_mounted(Json options, const std::string& name, std::vector<std::string>& failures, int& checked) {
  UiHarness h(date_from_civil(2026, 11, 20), 390, 844, options);
  Checker c{name, {}, 0};
  check_theme(c, h.ui->theme);
  failures.insert(failures.end(), c.failures.begin(), c.failures.end());
  checked += c.checked;
}

}  // namespace

TEST_CASE("contrast: the WCAG 2.x ratio of known colours") {
  const ImU32 white = IM_COL32(255, 255, 255, 255), black = IM_COL32(0, 0, 0, 255);
  CHECK(ui::relative_luminance(white) == doctest::Approx(1.0));
  CHECK(ui::relative_luminance(black) == doctest::Approx(0.0));
  CHECK(ui::contrast_ratio(white, black) == doctest::Approx(21.0));
  CHECK(ui::contrast_ratio(black, white) == doctest::Approx(21.0));
  CHECK(ui::contrast_ratio(white, white) == doctest::Approx(1.0));
  // #777777 on white is the classic just-fails-AA grey (4.48:1); #767676 just passes (4.54:1).
  CHECK(ui::contrast_ratio(IM_COL32(0x77, 0x77, 0x77, 255), white) == doctest::Approx(4.48).epsilon(0.002));
  CHECK(ui::contrast_ratio(IM_COL32(0x76, 0x76, 0x76, 255), white) == doctest::Approx(4.54).epsilon(0.002));
  // Pure red: luminance 0.2126, 4.0:1 on white.
  CHECK(ui::contrast_ratio(IM_COL32(255, 0, 0, 255), white) == doctest::Approx(3.998).epsilon(0.002));
}

TEST_CASE("contrast: text_on picks the more readable of black and white, on any fill") {
  for (unsigned v = 0; v < 256; v += 5) {
    for (const ImU32 fill : {IM_COL32(v, v, v, 255), IM_COL32(v, 255 - v, 128, 255), IM_COL32(255, v, 0, 255),
                             IM_COL32(0, v, 255, 255)}) {
      CAPTURE(hex(fill));
      CHECK(ui::contrast_ratio(ui::text_on(fill), fill) >= ui::kMinTextContrast);
    }
  }
}

TEST_CASE("contrast: every theme's text, states and focus ring meet WCAG 2.2 AA") {
  std::vector<std::string> failures;
  int checked = 0;
  check_mounted(Json::object(), "normal", failures, checked);
  check_mounted({{"theme", "dark"}}, "dark", failures, checked);
  check_mounted({{"contrast", "high"}}, "high contrast", failures, checked);
  check_mounted({{"theme", "dark"}, {"contrast", "high"}}, "dark high contrast", failures, checked);
  for (const std::string& f : failures) MESSAGE(f);
  CHECK(checked > 4 * 100);
  CHECK(failures.empty());
}

TEST_CASE("contrast: High contrast switched on in the page keeps AA too") {
  UiHarness h(date_from_civil(2026, 11, 20), 390, 844);
  ui::set_option(*h.ui, "contrast", "high");
  h.frames(2);
  Checker c{"high contrast (set_option)", {}, 0};
  check_theme(c, h.ui->theme);
  for (const std::string& f : c.failures) MESSAGE(f);
  CHECK(c.failures.empty());
  CHECK(h.ui->theme.text == IM_COL32(0, 0, 0, 255));  // it is the High contrast theme
}

TEST_CASE("contrast: an embedder's accent colour, light or dark, still meets AA") {
  // Clinics pick brand colours: too light for text on white (yellow, sky), too dark for a dark
  // page (navy), pure colours, and the extremes.
  const char* accents[] = {"#2f6f6a", "#ffd000", "#7fd3ff", "#00a0e0", "#ff0000", "#e91e63",
                           "#1a1a80", "#000000", "#ffffff", "#808080"};
  std::vector<std::string> failures;
  int checked = 0;
  for (const char* a : accents) {
    check_mounted({{"accentColor", a}}, std::string("normal, accent ") + a, failures, checked);
    check_mounted({{"accentColor", a}, {"theme", "dark"}}, std::string("dark, accent ") + a, failures, checked);
  }
  for (const std::string& f : failures) MESSAGE(f);
  CHECK(failures.empty());
}
