// Touch targets (issue 15; WCAG 2.2 AA 2.5.8, and the 44 px of 2.5.5): at the default text size,
// on a phone and on a desktop, every control of every view is at least 44 CSS px tall and wide,
// and nothing a pointer can use is smaller than 24 x 24 px. The UI's units are CSS px (ui.cpp
// gives ImGui the canvas's CSS size; the device pixel ratio only sharpens the font atlas).
#include <algorithm>
#include <cstdio>
#include <sstream>

#include "view_tour.hpp"

using namespace painlink;
using painlink::test::UiHarness;

namespace {

constexpr float kTargetPx = 44, kMinimumPx = 24;

// What a finger aims at on purpose; images are charts and figures a tap or hover reads out.
bool is_control(ui::SemRole r) {
  switch (r) {
    case ui::SemRole::button:
    case ui::SemRole::radio:
    case ui::SemRole::tab:
    case ui::SemRole::spinbutton:
    case ui::SemRole::textbox:
    case ui::SemRole::checkbox:
    case ui::SemRole::combobox: return true;
    default: return false;
  }
}

struct Smallest {
  float side = 1e9f;
  std::string what;
  void see(float s, const std::string& label) {
    if (s < side) side = s, what = label;
  }
};

struct TargetReport {
  std::set<std::string> too_small;
  Smallest control, any;
};

void check_targets(UiHarness& h, TargetReport& r) {
  const auto nodes = test::semantic_nodes(h);
  for (const ui::ItemRect& it : ui::item_registry_items()) {
    const auto n = nodes.find(it.id);
    if (n == nodes.end()) continue;
    const ui::SemRole role = n->second->role;
    if (role == ui::SemRole::heading || role == ui::SemRole::radiogroup || role == ui::SemRole::tablist) continue;
    const float side = std::min(it.full_width, it.full_height);
    const bool control = is_control(role);
    r.any.see(side, it.label);
    if (control) r.control.see(side, it.label);
    if (side < (control ? kTargetPx : kMinimumPx) - 0.01f) {
      char size[48];
      std::snprintf(size, sizeof size, " %.1f x %.1f px", static_cast<double>(it.full_width),
                    static_cast<double>(it.full_height));
      r.too_small.insert("\"" + it.label + "\" (" + ui::sem_role_name(role) + ")" + size);
    }
  }
}

std::string lines(const std::set<std::string>& s) {
  std::ostringstream out;
  for (const std::string& line : s) out << "\n  " << line;
  return out.str();
}

}  // namespace

TEST_CASE("targets: every control is at least 44 CSS px each way, nothing under 24, on a phone and a desktop") {
  const struct {
    const char* name;
    float w, h;
  } screens[] = {{"phone", test::kPhoneW, test::kPhoneH}, {"desktop", test::kDesktopW, test::kDesktopH}};
  for (const auto& screen : screens) {
    std::map<std::string, TargetReport> stops;
    test::tour(screen.w, screen.h, Json::object(), [&](UiHarness& h, const std::string& stop) {
      check_targets(h, stops[stop]);
    });
    Smallest control, any;
    for (const auto& [stop, r] : stops) {
      const std::string where = std::string(screen.name) + ", " + stop;
      CAPTURE(where);
      CHECK_MESSAGE(r.too_small.empty(), "too small:" << lines(r.too_small));
      CHECK(r.control.side < 1e9f);  // the view drew controls at all
      if (r.control.side < control.side) control = r.control;
      if (r.any.side < any.side) any = r.any;
    }
    CHECK(stops.size() == test::stop_count());  // every stop was reached
    MESSAGE(std::string(screen.name) << ": smallest control " << control.side << " px (" << control.what
                                     << "), smallest target " << any.side << " px (" << any.what << ")");
  }
}
