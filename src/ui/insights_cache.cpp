#include "ui/insights_cache.hpp"


namespace painlink::ui {

bool InsightsCache::current(const JournalApp& app, Date today_local) const {
  return valid && revision == app.analysis_revision() && today == today_local;
}

bool InsightsCache::refresh(const JournalApp& app, Date today_local) {
  if (current(app, today_local) && complete_) return false;
  revision = app.analysis_revision();
  today = today_local;
  valid = complete_ = true;
  data = analysis::compute_insights(app.journal(), today_local);
  derive(app);
  return true;
}

bool InsightsCache::refresh_safety(const JournalApp& app, Date today_local, bool analysis_loaded) {
  const bool findings_possible =
      app.journal().entries.size() >= static_cast<std::size_t>(analysis::kDaysForAnyFinding);
  if (findings_possible && analysis_loaded) return refresh(app, today_local);
  if (current(app, today_local)) return false;
  revision = app.analysis_revision();
  today = today_local;
  valid = true;
  complete_ = false;
  data = analysis::safety_insights(app.journal(), today_local);
  derive(app);
  return true;
}

void InsightsCache::derive(const JournalApp& app) {
  ++generation;
  json_current_ = false;
  new_triggers = analysis::new_possible_triggers(data, app.journal().settings.seen_findings);
  timeline_factor_bits = 0;
  for (std::uint32_t bits : data.charts.timeline.factor_bits) timeline_factor_bits |= bits;
  any_trigger_data = false;
  for (const analysis::TriggerResult& r : data.triggers) any_trigger_data = any_trigger_data || r.comparison.enough_data;

  hint_connection.clear();
  hint_triggers.clear();
  hint_pattern.clear();
  hint_treatments.clear();
  hint_general.clear();
  using Section = analysis::Insights::Hint::Section;
  for (const analysis::Insights::Hint& h : data.not_enough_data) {
    switch (h.section) {
      case Section::connection: hint_connection = h.text; break;
      case Section::triggers: hint_triggers = h.text; break;
      case Section::pattern: hint_pattern = h.text; break;
      case Section::treatments: hint_treatments = h.text; break;
      case Section::general: hint_general = h.text; break;
    }
  }
}

const Json& InsightsCache::api_json() {
  if (!json_current_) {
    json_ = analysis::insights_to_json(data);
    json_current_ = true;
  }
  return json_;
}

}  // namespace painlink::ui
