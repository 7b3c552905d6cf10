// Nothing cut off (issue 15; WCAG 2.2 AA 1.4.4 resize text, 1.4.10 reflow): with Larger text on a
// phone, and at the default size on a phone and a desktop, every view shows all of its text. Three
// ways text gets cut, each checked on every screenful:
//  - a control's label wider than the control (ImGui clips it at the frame: "Check-i"),
//  - a window's content laid out past its right edge (an unwrapped line, a button put beside
//    another that does not fit: "Remind me in a we"),
//  - a glyph drawn across the edge of the clip rectangle it was drawn in (text drawn by hand).
#include <algorithm>
#include <cstdio>
#include <map>
#include <sstream>

#include "view_tour.hpp"

using namespace painlink;
using painlink::test::UiHarness;

namespace {

constexpr float kSlackPx = 0.5f;  // rounding of glyph positions to whole pixels
constexpr float kTextRoundingPx = 1.0f;  // ImGui::CalcTextSize rounds a width up to a whole pixel

void check_labels(std::set<std::string>& cut) {
  for (const ui::ItemRect& it : ui::item_registry_items()) {
    if (it.text_width <= 0 || it.text_width <= it.text_room + kSlackPx) continue;
    char size[64];
    std::snprintf(size, sizeof size, ": %.0f px of text in %.0f px", static_cast<double>(it.text_width),
                  static_cast<double>(it.text_room));
    cut.insert("label \"" + it.label + "\"" + size);
  }
}

void check_windows(UiHarness& h, std::set<std::string>& cut) {
  const auto nodes = test::semantic_nodes(h);
  for (ImGuiWindow* w : h.ui->ctx->Windows) {
    if (!w->Active || w->Hidden) continue;
    // The root window only holds the header and the body, which spans the screen edge to edge.
    if (!(w->Flags & (ImGuiWindowFlags_ChildWindow | ImGuiWindowFlags_Popup))) continue;
    // A multi-line text field is a window of its own, and ImGui 1.90's does not wrap: what is
    // typed scrolls sideways in it, as in a one-line field.
    if (const auto n = nodes.find(w->ChildId); n != nodes.end() && n->second->role == ui::SemRole::textbox) continue;
    // Items are laid out against ContentRegionRect (GetContentRegionAvail); WorkRect starts at a
    // whole pixel, up to a pixel to the left of it.
    const float over = w->DC.CursorMaxPos.x - std::max(w->WorkRect.Max.x, w->ContentRegionRect.Max.x);
    if (over <= kTextRoundingPx) continue;
    char size[64];
    std::snprintf(size, sizeof size, " runs %.1f px past its right edge", static_cast<double>(over));
    cut.insert(std::string("the content of ") + w->Name + size);
  }
}

// Text is the only thing drawn with the font atlas's glyphs: shapes use its white pixel or its
// baked lines. ImGui leaves out glyphs wholly outside the clip rectangle, so a glyph with a corner
// outside it is one cut in two.
void check_glyphs(UiHarness& h, std::set<std::string>& cut) {
  ImGuiContext& g = *h.ui->ctx;
  ImFontAtlas* atlas = g.IO.Fonts;
  const ImVec2 white = atlas->TexUvWhitePixel;
  ImVec4 lines(-1, -1, -1, -1);
  if (atlas->PackIdLines >= 0) {
    const ImFontAtlasCustomRect* r = atlas->GetCustomRectByIndex(atlas->PackIdLines);
    lines = ImVec4(r->X * atlas->TexUvScale.x, r->Y * atlas->TexUvScale.y, (r->X + r->Width) * atlas->TexUvScale.x,
                   (r->Y + r->Height) * atlas->TexUvScale.y);
  }
  ImDrawData* data = &g.Viewports[0]->DrawDataP;
  for (ImDrawList* dl : data->CmdLists) {
    for (const ImDrawCmd& cmd : dl->CmdBuffer) {
      if (cmd.UserCallback) continue;
      for (unsigned i = 0; i < cmd.ElemCount; ++i) {
        const ImDrawVert& v = dl->VtxBuffer[static_cast<int>(cmd.VtxOffset + dl->IdxBuffer[static_cast<int>(cmd.IdxOffset + i)])];
        if (v.uv.x == white.x && v.uv.y == white.y) continue;
        if (v.uv.x >= lines.x && v.uv.x <= lines.z && v.uv.y >= lines.y && v.uv.y <= lines.w) continue;
        if (v.pos.x >= cmd.ClipRect.x - kSlackPx && v.pos.x <= cmd.ClipRect.z + kSlackPx) continue;
        char where[96];
        std::snprintf(where, sizeof where, " at x %.0f, y %.0f (drawn within x %.0f-%.0f)", static_cast<double>(v.pos.x),
                      static_cast<double>(v.pos.y), static_cast<double>(cmd.ClipRect.x),
                      static_cast<double>(cmd.ClipRect.z));
        cut.insert(std::string("text in ") + (dl->_OwnerName ? dl->_OwnerName : "?") + " cut" + where);
        break;
      }
    }
  }
}

std::string lines(const std::set<std::string>& s) {
  std::ostringstream out;
  for (const std::string& line : s) out << "\n  " << line;
  return out.str();
}

void check_every_view(float width, float height, const Json& options) {
  std::map<std::string, std::set<std::string>> stops;
  test::tour(width, height, options, [&](UiHarness& h, const std::string& stop) {
    std::set<std::string>& cut = stops[stop];
    check_labels(cut);
    check_windows(h, cut);
    check_glyphs(h, cut);
  });
  for (const auto& [stop, cut] : stops) {
    CAPTURE(stop);
    CHECK_MESSAGE(cut.empty(), "cut off:" << lines(cut));
  }
  CHECK(stops.size() == test::stop_count());  // every stop was reached
}

}  // namespace

TEST_CASE("text fits: nothing is cut off with Larger text on a phone") {
  check_every_view(test::kPhoneW, test::kPhoneH, Json{{"textSize", "large"}});
}

TEST_CASE("text fits: nothing is cut off at the default text size, on a phone and a desktop") {
  check_every_view(test::kPhoneW, test::kPhoneH, Json::object());
  check_every_view(test::kDesktopW, test::kDesktopH, Json::object());
}

TEST_CASE("text fits: Larger text on a desktop") {
  check_every_view(test::kDesktopW, test::kDesktopH, Json{{"textSize", "large"}});
}

// Spanish runs about a quarter longer than English: the views again with the Spanish catalogue
// (the first visit wholly in Spanish; the other views as far as they are translated).
TEST_CASE("text fits: Spanish on a phone, at the default size and with Larger text") {
  check_every_view(test::kPhoneW, test::kPhoneH, Json{{"lang", "es"}});
  check_every_view(test::kPhoneW, test::kPhoneH, Json{{"lang", "es"}, {"textSize", "large"}});
}

TEST_CASE("text fits: Spanish on a desktop") {
  check_every_view(test::kDesktopW, test::kDesktopH, Json{{"lang", "es"}});
}
