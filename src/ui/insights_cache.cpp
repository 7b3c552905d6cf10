#include "ui/insights_cache.hpp"

#include <string_view>

namespace painlink::ui {

namespace {
bool mentions(const std::string& text, std::string_view what) { return text.find(what) != std::string::npos; }
}  // namespace

bool InsightsCache::refresh(const JournalApp& app, Date today_local) {
  if (valid && revision == app.revision() && today == today_local) return false;
  revision = app.revision();
  today = today_local;
  valid = true;
  ++generation;
  data = analysis::compute_insights(app.journal(), today_local);
  json_current_ = false;

  timeline_factor_bits = 0;
  for (std::uint32_t bits : data.charts.timeline.factor_bits) timeline_factor_bits |= bits;
  any_trigger_data = false;
  for (const analysis::TriggerResult& r : data.triggers) any_trigger_data = any_trigger_data || r.comparison.enough_data;

  // The hints are plain sentences without a section key; each names what it is for.
  hint_connection.clear();
  hint_triggers.clear();
  hint_pattern.clear();
  hint_treatments.clear();
  hint_general.clear();
  for (const std::string& h : data.not_enough_data) {
    if (data.days_recorded == 0) hint_general = h;
    else if (mentions(h, "connected")) hint_connection = h;
    else if (mentions(h, "trigger")) hint_triggers = h;
    else if (mentions(h, "pattern")) hint_pattern = h;
    else if (mentions(h, "treatment")) hint_treatments = h;
    else if (hint_general.empty()) hint_general = h;
  }
  return true;
}

const Json& InsightsCache::api_json() {
  if (!json_current_) {
    json_ = analysis::insights_to_json(data);
    json_current_ = true;
  }
  return json_;
}

}  // namespace painlink::ui
