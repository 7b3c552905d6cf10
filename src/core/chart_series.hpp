// Plain series for charts: the UI transforms these to pixels; nothing here knows about drawing.
#pragma once

#include <cmath>
#include <vector>

#include "core/model.hpp"

namespace painlink {

struct IntensityPoint {
  Date date;
  float back = NAN;      // 0-10, NaN = not recorded
  float headache = NAN;  // 0-10, NaN = not recorded
  bool medication = false;
};

// One point per day from `first` for `days` days (days without an entry are NaN).
std::vector<IntensityPoint> intensity_window(const Journal& journal, Date first, int days);

}  // namespace painlink
