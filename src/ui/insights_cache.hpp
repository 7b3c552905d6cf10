// The analysis results the UI draws from. Recomputed only when the journal's revision or the
// calendar day changes - never per frame (an ImGui frame may be drawn 60 times a second).
#pragma once

#include <cstdint>

#include "core/journal_app.hpp"

namespace painlink::ui {

struct InsightsCache {
  std::uint64_t revision = 0;  // JournalApp::revision() the results belong to
  Date today;
  Json json = Json::object();
  // Recomputes when stale; returns true when it did.
  bool refresh(const JournalApp& app, Date today_local);
};

}  // namespace painlink::ui
