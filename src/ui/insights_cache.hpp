// The analysis results the UI draws from. Recomputed only when the journal's revision or the
// calendar day changes - never per frame (an ImGui frame may be drawn 60 times a second).
#pragma once

#include <cstdint>
#include <string>

#include "core/analysis/insights.hpp"
#include "core/journal_app.hpp"

namespace painlink::ui {

struct InsightsCache {
  std::uint64_t revision = 0;    // JournalApp::analysis_revision() the results belong to (notes do not count)
  Date today;
  bool valid = false;
  std::uint64_t generation = 0;  // bumps on every recompute (views key their own derived data on it)
  analysis::Insights data;       // what the views draw

  // insights_to_json(data) for the JS API (widget.insights()), built on the first call after a
  // recompute: the views never need it, and building it on every edit cost more than drawing.
  const Json& api_json();

  std::uint32_t timeline_factor_bits = 0;  // factors present on at least one day (timeline marks)
  bool any_trigger_data = false;           // some factor x outcome x lag reached the minimum sample

  // Possible triggers among the standouts that the patient has not been shown yet
  // (analysis::new_possible_triggers against Settings::seen_findings): Check-in tells of them.
  std::vector<analysis::Finding> new_triggers;

  // The analysis' "record N more days" hints, sorted by the section they belong to (empty = none).
  std::string hint_connection, hint_triggers, hint_pattern, hint_treatments, hint_general;

  // Recomputes when stale; returns true when it did.
  bool refresh(const JournalApp& app, Date today_local);
  // For Check-in's safety banner and the screen-reader summary, which only read the red flags,
  // medicine-day warnings and findings: while the journal is too short for any finding, that part
  // comes from analysis::safety_insights, so a first visit runs none of the counting code (the web
  // build loads it on demand, core/on_demand.hpp), and so it does for a longer journal while
  // that code is still on its way (`analysis_loaded` false: a returning patient's first frames).
  // `data` then holds only that part until a view that draws everything calls refresh().
  bool refresh_safety(const JournalApp& app, Date today_local, bool analysis_loaded);

 private:
  bool complete_ = false;  // `data` is compute_insights' whole result, not only the safety part
  bool current(const JournalApp& app, Date today_local) const;
  void derive(const JournalApp& app);
  Json json_;
  bool json_current_ = false;
};

}  // namespace painlink::ui
