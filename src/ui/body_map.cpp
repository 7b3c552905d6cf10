#include "ui/body_map.hpp"

#include <algorithm>
#include <cstdio>

#include "ui/widgets.hpp"

namespace painlink::ui {

namespace {

// Figure geometry in units: the figure is 60 units wide and 100 tall.
struct Part {
  const char* name;
  float x0, y0, x1, y1;
  float rounding;
};
constexpr Part kNeck{"Neck", 26.5f, 16.0f, 33.5f, 22.5f, 1.5f};
constexpr Part kUpper{"Upper back", 17.0f, 22.0f, 43.0f, 44.5f, 4.0f};
constexpr Part kLower{"Lower back", 19.0f, 45.0f, 41.0f, 60.0f, 3.0f};
constexpr Part kArmL{"Arm", 8.0f, 23.0f, 15.5f, 58.0f, 3.5f};
constexpr Part kArmR{"Arm", 44.5f, 23.0f, 52.0f, 58.0f, 3.5f};
constexpr Part kLegL{"Leg", 20.0f, 61.0f, 29.0f, 98.0f, 3.5f};
constexpr Part kLegR{"Leg", 31.0f, 61.0f, 40.0f, 98.0f, 3.5f};

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

// A region as a button: clickable, reachable by keyboard, with its name as tooltip.
bool region_button(const Frame& f, const Part& part, const char* id) {
  ImGui::SetCursorScreenPos(f.at(part.x0, part.y0));
  const bool pressed = ImGui::InvisibleButton(id, ImVec2((part.x1 - part.x0) * f.unit, (part.y1 - part.y0) * f.unit));
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", part.name);
  return pressed;
}

void fill_part(ImDrawList* dl, const Frame& f, const Part& p, ImU32 fill, ImU32 outline) {
  dl->AddRectFilled(f.at(p.x0, p.y0), f.at(p.x1, p.y1), fill, p.rounding * f.unit);
  dl->AddRect(f.at(p.x0, p.y0), f.at(p.x1, p.y1), outline, p.rounding * f.unit, 0, 1.0f);
}

}  // namespace

bool draw_body_map_entry(Ui& ui, BackPain& bp) {
  const Theme& t = ui.theme;
  const float height = em(12.0f);
  const Frame f = begin_figure(height);
  const ImVec2 start = ImGui::GetCursorScreenPos();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImU32 off = mix_color(t.card, t.text, 0.07f);
  const ImU32 on = t.back;
  const ImU32 outline = mix_color(t.card, t.text, 0.35f);
  bool changed = false;

  ImGui::PushID("bodymap");
  draw_head(dl, f, off, off, outline);
  struct Toggle {
    const Part* part;
    bool* value;
    const char* id;
  };
  const Toggle toggles[] = {{&kNeck, &bp.neck, "neck"},       {&kUpper, &bp.upper_back, "upper"},
                            {&kLower, &bp.lower_back, "lower"}, {&kArmL, &bp.to_arm, "arml"},
                            {&kArmR, &bp.to_arm, "armr"},       {&kLegL, &bp.to_leg, "legl"},
                            {&kLegR, &bp.to_leg, "legr"}};
  for (const auto& tg : toggles) {
    if (region_button(f, *tg.part, tg.id)) {
      *tg.value = !*tg.value;
      changed = true;
    }
    fill_part(dl, f, *tg.part, *tg.value ? on : off, ImGui::IsItemHovered() ? t.accent : outline);
  }
  ImGui::PopID();
  ImGui::SetCursorScreenPos(ImVec2(start.x, start.y + height + em(0.3f)));
  ImGui::Dummy(ImVec2(0, 0));
  return changed;
}

void draw_body_map_frequency(Ui& ui, const RegionShares& s, const char* id) {
  const Theme& t = ui.theme;
  const float height = em(13.0f);
  const Frame f = begin_figure(height);
  const ImVec2 start = ImGui::GetCursorScreenPos();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImU32 outline = mix_color(t.card, t.text, 0.35f);
  auto shade = [&](float share, ImU32 base) {
    if (share < 0) return mix_color(t.card, t.text, 0.05f);
    return mix_color(t.card, base, 0.08f + 0.92f * std::clamp(share, 0.0f, 1.0f));
  };
  ImGui::PushID(id);
  draw_head(dl, f, shade(s.head_left, t.head), shade(s.head_right, t.head), outline);
  const struct {
    const Part* part;
    float share;
  } parts[] = {{&kNeck, s.neck}, {&kUpper, s.upper_back}, {&kLower, s.lower_back}, {&kArmL, s.arm},
               {&kArmR, s.arm},  {&kLegL, s.leg},         {&kLegR, s.leg}};
  int i = 0;
  for (const auto& p : parts) {
    ImGui::PushID(i++);
    region_button(f, *p.part, "r");
    if (ImGui::IsItemHovered() && p.share >= 0) {
      ImGui::SetTooltip("%s: %.0f%% of back-pain days", p.part->name, p.share * 100.0f);
    }
    ImGui::PopID();
    fill_part(dl, f, *p.part, shade(p.share, t.back), outline);
    if (p.share >= 0 && p.part != &kArmR && p.part != &kLegR) {
      char pct[16];
      std::snprintf(pct, sizeof pct, "%.0f%%", p.share * 100.0f);
      const ImVec2 size = ImGui::CalcTextSize(pct);
      const ImVec2 c = f.at((p.part->x0 + p.part->x1) * 0.5f, (p.part->y0 + p.part->y1) * 0.5f);
      const ImU32 text = p.share > 0.55f ? IM_COL32(255, 255, 255, 255) : t.text;
      dl->AddText(ImVec2(c.x - size.x * 0.5f, c.y - size.y * 0.5f), text, pct);
    }
  }
  ImGui::PopID();
  ImGui::SetCursorScreenPos(ImVec2(start.x, start.y + height + em(0.3f)));
  ImGui::Dummy(ImVec2(0, 0));
}

}  // namespace painlink::ui
