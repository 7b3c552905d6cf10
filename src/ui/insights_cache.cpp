#include "ui/insights_cache.hpp"

namespace painlink::ui {

bool InsightsCache::refresh(const JournalApp& app, Date today_local) {
  if (revision == app.revision() && today == today_local) return false;
  revision = app.revision();
  today = today_local;
  json = Json::object();
  return true;
}

}  // namespace painlink::ui
