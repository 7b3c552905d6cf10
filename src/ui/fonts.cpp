#include "ui/fonts.hpp"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <string_view>
#include <vector>

#include "core/i18n/translate.hpp"
#include "ui/ui_state.hpp"

#include <imgui_internal.h>  // ImFontAtlasGetBuilderForStbTruetype

extern const unsigned char painlink_font_inter_regular[];
extern const std::size_t painlink_font_inter_regular_size;
extern const unsigned char painlink_font_inter_semibold[];
extern const std::size_t painlink_font_inter_semibold_size;

namespace painlink::assets {
extern const char kFontRangesTsv[];  // assets/font_ranges.tsv, compiled in by cmake/embed_asset.cmake
}

namespace painlink::ui {

namespace {
// The glyph ranges of each face, read from assets/font_ranges.tsv: the same file tells
// scripts/subset_font.py what to keep in the subsets, so the two cannot drift apart. Its header
// says why each face holds what it holds:
//   body     everything the Regular subset holds (Latin, modern Greek, Cyrillic, symbols)
//   bold     the SemiBold subset: the widget's own English labels (nothing merged in from the body font: merging the
//   body's ~560 glyphs took the first
//            frame from ~295 to ~360 ms in make bench; chart_common.cpp bold_if_in_face draws
//            typed labels bold only when they fit)
//   heading  fixed section titles (ui.cpp, view_insights.cpp, view_screening.cpp,
//            insights_safety.cpp): fewer glyphs to rasterise at start-up
//   bold_i18n, heading_i18n  bold and heading with what translations add (Spanish: Latin-1
//            letters, inverted marks), used while a language other than English is drawn: an English first
//            frame rasterises none of them
// Each list is ImGui's format: pairs of first/last code points, then 0.
struct FaceRanges {
  std::vector<ImWchar> body;
  std::vector<ImWchar> bold;
  std::vector<ImWchar> heading;
  std::vector<ImWchar> bold_i18n;
  std::vector<ImWchar> heading_i18n;
  std::vector<ImWchar> more;  // merged into the body font once its file has arrived
};

// 1-6 hex digits, as subset_font.py accepts them.
bool parse_hex(std::string_view digits, unsigned& out) {
  if (digits.empty() || digits.size() > 6) return false;
  unsigned value = 0;
  for (const char c : digits) {
    unsigned d = 0;
    if (c >= '0' && c <= '9') {
      d = static_cast<unsigned>(c - '0');
    } else if (c >= 'A' && c <= 'F') {
      d = static_cast<unsigned>(c - 'A') + 10u;
    } else if (c >= 'a' && c <= 'f') {
      d = static_cast<unsigned>(c - 'a') + 10u;
    } else {
      return false;
    }
    value = value * 16u + d;
  }
  out = value;
  return true;
}

// Parsed once. Lines are face<TAB>first<TAB>last<TAB>comment; '#' lines are comments. The build
// already refused a file with a line subset_font.py cannot read; one that still slipped through
// is skipped here rather than handed to ImGui (a 0 would end the list early).
const FaceRanges& face_ranges() {
  static const FaceRanges parsed = [] {
    FaceRanges out;
    std::string_view text = assets::kFontRangesTsv;
    while (!text.empty()) {
      const std::size_t eol = text.find('\n');
      std::string_view line = text.substr(0, eol);
      text = eol == std::string_view::npos ? std::string_view{} : text.substr(eol + 1);
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      if (line.empty() || line.front() == '#') continue;
      std::string_view fields[3];
      std::size_t count = 0;
      while (count < 3) {
        const std::size_t tab = line.find('\t');
        fields[count++] = line.substr(0, tab);
        if (tab == std::string_view::npos) break;
        line = line.substr(tab + 1);
      }
      if (count < 3) continue;
      std::vector<ImWchar>* list = fields[0] == "body"           ? &out.body
                                   : fields[0] == "bold"         ? &out.bold
                                   : fields[0] == "heading"      ? &out.heading
                                   : fields[0] == "bold-i18n"    ? &out.bold_i18n
                                   : fields[0] == "heading-i18n" ? &out.heading_i18n
                                   : fields[0] == "more"         ? &out.more
                                                                 : nullptr;
      unsigned first = 0;
      unsigned last = 0;
      if (list == nullptr || !parse_hex(fields[1], first) || !parse_hex(fields[2], last)) continue;
      if (first == 0 || first > last || last > 0xFFFFu) continue;
      list->push_back(static_cast<ImWchar>(first));
      list->push_back(static_cast<ImWchar>(last));
    }
    // The translated variants hold their face's own ranges too.
    out.bold_i18n.insert(out.bold_i18n.begin(), out.bold.begin(), out.bold.end());
    out.heading_i18n.insert(out.heading_i18n.begin(), out.heading.begin(), out.heading.end());
    for (std::vector<ImWchar>* list :
         {&out.body, &out.bold, &out.heading, &out.bold_i18n, &out.heading_i18n, &out.more}) {
      // Never an empty face (ImGui would show nothing): Basic Latin at least.
      if (list->empty()) {
        list->push_back(0x0020);
        list->push_back(0x007E);
      }
      list->push_back(0);
    }
    return out;
  }();
  return parsed;
}

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
  // A translation's labels and titles need more of the SemiBold glyphs than English does.
  const bool translated = i18n::active_language() != i18n::Language::en;
  if (ui.font_dpr == ratio && ui.font_built_px == base && ui.font_translated == translated) return false;
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  const FaceRanges& ranges = face_ranges();
  ui.font_regular =
      add_font(painlink_font_inter_regular, painlink_font_inter_regular_size, base * ratio, ranges.body.data());
  if (!ui.more_font.empty()) {
    ImFontConfig more;
    more.MergeMode = true;
    more.FontDataOwnedByAtlas = false;  // Ui::more_font keeps the bytes
    more.OversampleH = more.OversampleV = 1;
    more.PixelSnapH = true;
    io.Fonts->AddFontFromMemoryTTF(ui.more_font.data(), static_cast<int>(ui.more_font.size()), base * ratio, &more,
                                   ranges.more.data());
  }
  ui.font_bold = add_font(painlink_font_inter_semibold, painlink_font_inter_semibold_size, base * ratio,
                          (translated ? ranges.bold_i18n : ranges.bold).data());
  ui.font_heading = add_font(painlink_font_inter_semibold, painlink_font_inter_semibold_size, base * 1.3f * ratio,
                             (translated ? ranges.heading_i18n : ranges.heading).data());
  io.Fonts->TexDesiredWidth = 2048;
  // The builder directly, not ImFontAtlas::Build(): Build() may add ImGui's built-in ProggyClean
  // font, and merely calling it links that font's 12 KB of data into every download.
  ImFontAtlasGetBuilderForStbTruetype()->FontBuilder_Build(io.Fonts);
  io.FontDefault = ui.font_regular;
  io.FontGlobalScale = 1.0f / ratio;
  ui.font_dpr = ratio;
  ui.font_built_px = base;
  ui.font_translated = translated;
  apply_style(ui.theme, ui.high_contrast, base);
  return true;
}

bool needs_more_face(std::string_view utf8) {
  const std::vector<ImWchar>& more = face_ranges().more;
  for (std::size_t i = 0; i < utf8.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(utf8[i]);
    // Every "more" range lies in U+0080-U+07FF: two-byte sequences (lead byte C2-DF).
    if (c < 0xC2 || c > 0xDF || i + 1 >= utf8.size()) continue;
    const unsigned cp = ((c & 0x1Fu) << 6) | (static_cast<unsigned char>(utf8[i + 1]) & 0x3Fu);
    for (std::size_t r = 0; r + 1 < more.size(); r += 2)
      if (cp >= more[r] && cp <= more[r + 1]) return true;
  }
  return false;
}

void want_more_face_for(Ui& ui, std::string_view utf8) {
  if (ui.more_font_requested || !needs_more_face(utf8)) return;
  ui.more_font_requested = true;
  ui.platform.fetch_font(kMoreFontFile);
}

void want_more_face_for_journal(Ui& ui) {
  if (ui.more_font_requested) return;
  for (const auto& [date, e] : ui.app.journal().entries) {
    want_more_face_for(ui, e.notes);
    for (const Treatment& t : e.treatments) want_more_face_for(ui, t.name);
    if (e.factors)
      for (const auto& [name, value] : e.factors->custom) want_more_face_for(ui, name);
    if (ui.more_font_requested) return;
  }
}

}  // namespace painlink::ui
