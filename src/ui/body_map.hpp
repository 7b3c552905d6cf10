// A simple figure seen from behind (head, neck, upper and lower back, arms, legs), drawn with
// ImDrawList. For entry, a tap on a region marks it, and a row of named chips under the figure
// does the same with finger-sized targets (the neck is small on the figure); for insights,
// regions are shaded by how often pain was there.
#pragma once

#include "core/analysis/body_map.hpp"
#include "core/model.hpp"
#include "ui/ui_state.hpp"

namespace painlink::ui {

// Shares of recorded pain days (0..1) per region, for the frequency view; < 0 = no data.
struct RegionShares {
  float head_left = -1, head_right = -1, neck = -1, upper_back = -1, lower_back = -1, arm = -1, leg = -1;
};

// From the analysis: each region's share of recorded days; a headache on both sides counts for
// both halves of the head.
RegionShares region_shares(const analysis::BodyMap& map);

struct BodyMapFrequencyOptions {
  float height_em = 13.0f;
  bool head_labels = true;  // "L 30%" / "R 12%" beside the head
  bool legend = true;       // colour scales under the figure
};

// The figure and its chips ("Neck", "Upper back", "Lower back", "Spreads to an arm" / "a leg").
// True when a region was marked or cleared.
bool draw_body_map_entry(Ui& ui, BackPain& bp);
void draw_body_map_frequency(Ui& ui, const RegionShares& shares, const char* id);
void draw_body_map_frequency(Ui& ui, const RegionShares& shares, const char* id, const BodyMapFrequencyOptions& opt);

}  // namespace painlink::ui
