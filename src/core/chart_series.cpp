#include "core/chart_series.hpp"

#include <algorithm>

namespace painlink {

std::vector<IntensityPoint> intensity_window(const Journal& journal, Date first, int days) {
  std::vector<IntensityPoint> out(static_cast<size_t>(std::max(days, 0)));
  for (int i = 0; i < days; ++i) out[static_cast<size_t>(i)].date = first + i;
  // Walk only the entries inside the window (the map is ordered by date).
  for (auto it = journal.entries.lower_bound(first); it != journal.entries.end() && it->first - first < days; ++it) {
    IntensityPoint& p = out[static_cast<size_t>(it->first - first)];
    const Entry& e = it->second;
    if (e.back_pain) p.back = static_cast<float>(e.back_pain->intensity);
    if (e.headache) p.headache = static_cast<float>(e.headache->intensity);
    p.medication = std::any_of(e.treatments.begin(), e.treatments.end(),
                               [](const Treatment& t) { return t.type == TreatmentType::medication; });
  }
  return out;
}

}  // namespace painlink
