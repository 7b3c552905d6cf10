#include "ui/body_map.hpp"

#include <algorithm>
#include <cstdio>

#include "imgui_internal.h"  // PushItemFlag
#include "ui/semantics.hpp"
#include "ui/widgets.hpp"

namespace painlink::ui {

namespace {

// Figure geometry in units: the figure is 60 units wide and 100 tall.
// A part too small for a pointer takes taps on a larger area (hit_rect), grown away from its
// neighbours: grow_x / grow_y -1 towards smaller coordinates, +1 towards larger, 0 both ways.
struct Part {
  const char* name;
  float x0, y0, x1, y1;
  float rounding;
  float grow_x = 0, grow_y = 0;
};
constexpr Part kNeck{"Neck", 26.5f, 16.0f, 33.5f, 22.5f, 1.5f, 0, -1};  // up into the head
constexpr Part kUpper{"Upper back", 17.0f, 22.0f, 43.0f, 44.5f, 4.0f};
constexpr Part kLower{"Lower back", 19.0f, 45.0f, 41.0f, 60.0f, 3.0f};
constexpr Part kArmL{"Arm", 8.0f, 23.0f, 15.5f, 58.0f, 3.5f, -1, 0};    // arms and legs outwards
constexpr Part kArmR{"Arm", 44.5f, 23.0f, 52.0f, 58.0f, 3.5f, 1, 0};
constexpr Part kLegL{"Leg", 20.0f, 61.0f, 29.0f, 98.0f, 3.5f, -1, 0};
constexpr Part kLegR{"Leg", 31.0f, 61.0f, 40.0f, 98.0f, 3.5f, 1, 0};
// The halves of the head in the frequency view (hover read-outs), outwards from the middle.
constexpr Part kHeadL{"Head, left", 22.5f, 1.5f, 30.0f, 16.5f, 0, -1, 0};
constexpr Part kHeadR{"Head, right", 30.0f, 1.5f, 37.5f, 16.5f, 0, 1, 0};

struct Frame {
  ImVec2 origin;
  float unit;
  ImVec2 at(float x, float y) const { return ImVec2(origin.x + x * unit, origin.y + y * unit); }
};

Frame begin_figure(float height) {
  const float unit = height / 100.0f;
  const float width = 60.0f * unit;
  const float avail = ImGui::GetContentRegionAvail().x;
  ImVec2 p = ImGui::GetCursorScreenPos();
  p.x += std::max(0.0f, (avail - width) * 0.5f);
  return Frame{p, unit};
}

void draw_head(ImDrawList* dl, const Frame& f, ImU32 left, ImU32 right, ImU32 outline) {
  const ImVec2 c = f.at(30, 9);
  const float r = 7.5f * f.unit;
  dl->PathArcTo(c, r, 3.14159265f * 0.5f, 3.14159265f * 1.5f, 24);
  dl->PathFillConvex(left);
  dl->PathArcTo(c, r, -3.14159265f * 0.5f, 3.14159265f * 0.5f, 24);
  dl->PathFillConvex(right);
  dl->AddCircle(c, r, outline, 32, 1.0f);
}

// [lo, hi] grown to at least `min` long: towards smaller values (dir < 0), larger, or both.
void grow_span(float& lo, float& hi, float min, float dir) {
  const float extra = min - (hi - lo);
  if (extra <= 0) return;
  if (dir < 0) lo -= extra;
  else if (dir > 0) hi += extra;
  else lo -= extra * 0.5f, hi += extra * 0.5f;
}

// Where a part takes a tap or a hover: the part, at least kMinTargetEm each way.
ImRect hit_rect(const Frame& f, const Part& p) {
  const float min_units = em(kMinTargetEm) / f.unit;
  float x0 = p.x0, x1 = p.x1, y0 = p.y0, y1 = p.y1;
  grow_span(x0, x1, min_units, p.grow_x);
  grow_span(y0, y1, min_units, p.grow_y);
  return ImRect(f.at(x0, y0), f.at(x1, y1));
}

// A region as a pointer target, with its name as tooltip. Not a keyboard stop: the named chips
// (entry) and the list beside the figure (frequency) say the same to the keyboard and to screen
// readers. Its ID has no visible label ("##neck"): the figure is its label.
bool region_button(const Frame& f, const Part& part, const char* id) {
  const ImRect r = hit_rect(f, part);
  ImGui::SetCursorScreenPos(r.Min);
  ImGui::PushItemFlag(ImGuiItemFlags_NoNav, true);
  const bool pressed = ImGui::InvisibleButton(id, r.GetSize());
  ImGui::PopItemFlag();
  hover_tip(part.name);
  return pressed;
}

void fill_part(ImDrawList* dl, const Frame& f, const Part& p, ImU32 fill, ImU32 outline) {
  dl->AddRectFilled(f.at(p.x0, p.y0), f.at(p.x1, p.y1), fill, p.rounding * f.unit);
  dl->AddRect(f.at(p.x0, p.y0), f.at(p.x1, p.y1), outline, p.rounding * f.unit, 0, 1.0f);
}

// The regions a patient marks, each with one name for its chip and its parts of the figure (an
// arm or a leg is drawn twice).
struct Region {
  const char* name;
  bool BackPain::*field;
  const Part* parts[2];
  const char* ids[2];
};
constexpr Region kRegions[] = {{"Neck", &BackPain::neck, {&kNeck, nullptr}, {"##neck", nullptr}},
                               {"Upper back", &BackPain::upper_back, {&kUpper, nullptr}, {"##upper", nullptr}},
                               {"Lower back", &BackPain::lower_back, {&kLower, nullptr}, {"##lower", nullptr}},
                               {"Spreads to an arm", &BackPain::to_arm, {&kArmL, &kArmR}, {"##arml", "##armr"}},
                               {"Spreads to a leg", &BackPain::to_leg, {&kLegL, &kLegR}, {"##legl", "##legr"}}};

// The figure, each part a pointer shortcut that toggles its region.
bool draw_entry_figure(Ui& ui, BackPain& bp) {
  const Theme& t = ui.theme;
  const float height = em(12.0f);
  const Frame f = begin_figure(height);
  const ImVec2 start = ImGui::GetCursorScreenPos();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImU32 off = mix_color(t.card, t.text, 0.07f);
  const ImU32 outline = mix_color(t.card, t.text, 0.35f);
  bool changed = false;
  draw_head(dl, f, off, off, outline);
  for (const Region& r : kRegions) {
    bool& marked = bp.*r.field;
    for (int i = 0; i < 2 && r.parts[i]; ++i) {
      if (region_button(f, *r.parts[i], r.ids[i])) {
        marked = !marked;
        changed = true;
      }
      sem_describe(SemRole::image, std::string("Body map, ") + r.name + (marked ? ": marked" : ": not marked"));
      fill_part(dl, f, *r.parts[i], marked ? t.back : off, ImGui::IsItemHovered() ? t.accent : outline);
    }
  }
  ImGui::SetCursorScreenPos(ImVec2(start.x, start.y + height + em(0.3f)));
  ImGui::Dummy(ImVec2(0, 0));
  return changed;
}

// The same regions as named toggle chips: a finger-sized target for the neck, and what the
// keyboard and screen readers use.
bool draw_region_chips(Ui& ui, BackPain& bp) {
  Flow flow;
  bool changed = false;
  for (const Region& r : kRegions) {
    flow.next(chip_width(r.name));
    changed |= chip(r.name, bp.*r.field, ui.theme);
  }
  return changed;
}

}  // namespace

bool draw_body_map_entry(Ui& ui, BackPain& bp) {
  ImGui::PushID("bodymap");
  bool changed = draw_entry_figure(ui, bp);
  ImGui::PopID();
  changed |= draw_region_chips(ui, bp);
  return changed;
}


RegionShares region_shares(const analysis::BodyMap& map) {
  RegionShares out;
  auto find = [&](analysis::BodyRegion r) -> const analysis::RegionStat* {
    for (const auto& st : map.regions)
      if (st.region == r) return &st;
    return nullptr;
  };
  auto share = [](const analysis::RegionStat* st) {
    if (!st || st->recorded_days <= 0) return -1.0f;
    return static_cast<float>(st->days) / static_cast<float>(st->recorded_days);
  };
  const auto* left = find(analysis::BodyRegion::head_left);
  const auto* right = find(analysis::BodyRegion::head_right);
  const auto* both = find(analysis::BodyRegion::head_both);
  if (left && left->recorded_days > 0) {
    const float b = both ? static_cast<float>(both->days) : 0.0f;
    out.head_left = (static_cast<float>(left->days) + b) / static_cast<float>(left->recorded_days);
    out.head_right = right ? (static_cast<float>(right->days) + b) / static_cast<float>(left->recorded_days) : -1.0f;
  }
  out.neck = share(find(analysis::BodyRegion::neck));
  out.upper_back = share(find(analysis::BodyRegion::upper_back));
  out.lower_back = share(find(analysis::BodyRegion::lower_back));
  out.arm = share(find(analysis::BodyRegion::arm));
  out.leg = share(find(analysis::BodyRegion::leg));
  return out;
}

void draw_body_map_frequency(Ui& ui, const RegionShares& s, const char* id) {
  draw_body_map_frequency(ui, s, id, BodyMapFrequencyOptions{});
}

void draw_body_map_frequency(Ui& ui, const RegionShares& s, const char* id, const BodyMapFrequencyOptions& opt) {
  const Theme& t = ui.theme;
  const float height = em(opt.height_em);
  const Frame f = begin_figure(height);
  const ImVec2 start = ImGui::GetCursorScreenPos();
  const float avail = ImGui::GetContentRegionAvail().x;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImU32 outline = mix_color(t.card, t.text, 0.35f);
  auto shade = [&](float share, ImU32 base) {
    if (share < 0) return mix_color(t.card, t.text, 0.05f);
    return mix_color(t.card, base, 0.08f + 0.92f * std::clamp(share, 0.0f, 1.0f));
  };
  auto pct = [](float share, char* buf, std::size_t n) { std::snprintf(buf, n, "%.0f%%", share * 100.0f); };
  ImGui::PushID(id);
  draw_head(dl, f, shade(s.head_left, t.head), shade(s.head_right, t.head), outline);
  // Head halves: hover targets and labels beside the head (seen from behind: left is left).
  for (int side = 0; side < 2; ++side) {
    const float share = side == 0 ? s.head_left : s.head_right;
    ImGui::PushID(100 + side);
    region_button(f, side == 0 ? kHeadL : kHeadR, "##h");  // a read-out, not a keyboard stop
    char said[80];
    if (share >= 0)
      std::snprintf(said, sizeof said, "Headache on the %s side: %.0f%% of recorded days", side == 0 ? "left" : "right",
                    static_cast<double>(share * 100.0f));
    else
      std::snprintf(said, sizeof said, "Headache on the %s side: not recorded", side == 0 ? "left" : "right");
    sem_describe(SemRole::image, said);
    if (ImGui::IsItemHovered() && share >= 0) ImGui::SetTooltip("%s", said);
    ImGui::PopID();
    if (opt.head_labels && share >= 0) {
      char label[24];
      char p[12];
      pct(share, p, sizeof p);
      std::snprintf(label, sizeof label, "%s %s", side == 0 ? "L" : "R", p);
      const ImVec2 sz = ImGui::CalcTextSize(label);
      const ImVec2 c = f.at(side == 0 ? 21.0f : 39.0f, 9.0f);
      dl->AddText(ImVec2(side == 0 ? c.x - sz.x : c.x, c.y - sz.y * 0.5f), t.head, label);
    }
  }
  const struct {
    const Part* part;
    float share;
  } parts[] = {{&kNeck, s.neck}, {&kUpper, s.upper_back}, {&kLower, s.lower_back}, {&kArmL, s.arm},
               {&kArmR, s.arm},  {&kLegL, s.leg},         {&kLegR, s.leg}};
  int i = 0;
  for (const auto& p : parts) {
    ImGui::PushID(i++);
    region_button(f, *p.part, "##r");
    char said[80];
    if (p.share >= 0)
      std::snprintf(said, sizeof said, "%s: %.0f%% of recorded days", p.part->name, static_cast<double>(p.share * 100.0f));
    else
      std::snprintf(said, sizeof said, "%s: not recorded", p.part->name);
    sem_describe(SemRole::image, said);
    if (ImGui::IsItemHovered() && p.share >= 0) ImGui::SetTooltip("%s", said);
    ImGui::PopID();
    fill_part(dl, f, *p.part, shade(p.share, t.back), outline);
    // Percentages: inside the part when it is wide enough, else (neck, arms) beside it.
    if (p.share >= 0 && p.part != &kArmR && p.part != &kLegR) {
      char text[16];
      pct(p.share, text, sizeof text);
      const ImVec2 size = ImGui::CalcTextSize(text);
      const float part_w = (p.part->x1 - p.part->x0) * f.unit;
      const ImVec2 c = f.at((p.part->x0 + p.part->x1) * 0.5f, (p.part->y0 + p.part->y1) * 0.5f);
      if (part_w >= size.x + em(0.2f)) {
        const ImU32 text_color = p.share > 0.55f ? IM_COL32(255, 255, 255, 255) : t.text;
        dl->AddText(ImVec2(c.x - size.x * 0.5f, c.y - size.y * 0.5f), text_color, text);
      } else if (p.part == &kNeck) {  // right of the neck, above the arm, with a leader line
        const ImVec2 from = f.at(p.part->x1, 19.0f);
        const ImVec2 to = f.at(45.0f, 19.0f);
        dl->AddLine(ImVec2(from.x + em(0.15f), from.y), to, t.back, 1.0f);
        dl->AddText(ImVec2(to.x + em(0.2f), to.y - size.y * 0.5f), t.back, text);
      } else {
        const ImVec2 edge = f.at(p.part->x0, (p.part->y0 + p.part->y1) * 0.5f);
        dl->AddText(ImVec2(edge.x - size.x - em(0.3f), edge.y - size.y * 0.5f), t.back, text);
      }
    }
  }
  ImGui::PopID();
  float bottom = start.y + height + em(0.3f);
  if (opt.legend) {
    // Two small scales: 0% .. 100% of recorded days, in each series colour.
    const float line = ImGui::GetTextLineHeight();
    const float w = std::min(avail, em(16.0f));
    const float x0 = start.x + std::max(0.0f, (avail - w) * 0.5f);
    float y = bottom + em(0.3f);
    const float label_w = ImGui::CalcTextSize("Headache").x + em(0.5f);
    const float steps = 10;
    const float step = (w - label_w) / steps;
    for (int series = 0; series < 2; ++series) {
      dl->AddText(ImVec2(x0, y), t.text_muted, series == 0 ? "Back" : "Headache");
      for (int k = 0; k < 10; ++k)
        dl->AddRectFilled(ImVec2(x0 + label_w + static_cast<float>(k) * step, y + em(0.15f)),
                          ImVec2(x0 + label_w + static_cast<float>(k + 1) * step, y + line - em(0.15f)),
                          shade(static_cast<float>(k) / 9.0f, series == 0 ? t.back : t.head));
      y += line + em(0.15f);
    }
    dl->AddText(ImVec2(x0 + label_w, y), t.text_muted, "0%");
    const ImVec2 hs = ImGui::CalcTextSize("100%");
    dl->AddText(ImVec2(x0 + w - hs.x, y), t.text_muted, "100%");
    const char* mid = "of recorded days";
    const ImVec2 ms = ImGui::CalcTextSize(mid);
    if (ms.x < w - label_w - em(5.0f))
      dl->AddText(ImVec2(x0 + label_w + (w - label_w - ms.x) * 0.5f, y), t.text_muted, mid);
    bottom = y + line + em(0.3f);
  }
  ImGui::SetCursorScreenPos(ImVec2(start.x, bottom));
  ImGui::Dummy(ImVec2(0, 0));
}

}  // namespace painlink::ui
