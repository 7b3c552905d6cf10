// A simple figure seen from behind (head, neck, upper and lower back, arms, legs), drawn with
// ImDrawList. For entry, each region is a button; for insights, regions are shaded by how often
// pain was there.
#pragma once

#include "core/model.hpp"
#include "ui/ui_state.hpp"

namespace painlink::ui {

// Shares of recorded pain days (0..1) per region, for the frequency view; < 0 = no data.
struct RegionShares {
  float head_left = -1, head_right = -1, neck = -1, upper_back = -1, lower_back = -1, arm = -1, leg = -1;
};

bool draw_body_map_entry(Ui& ui, BackPain& bp);
void draw_body_map_frequency(Ui& ui, const RegionShares& shares, const char* id);

}  // namespace painlink::ui
