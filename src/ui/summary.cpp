#include "ui/summary.hpp"

#include <cstdio>

#include "platform/platform.hpp"

namespace painlink::ui {

namespace {
std::string describe_entry(const Entry* e) {
  if (!e) return "nothing recorded yet.";
  std::string s;
  char buf[96];
  if (e->back_pain) {
    std::snprintf(buf, sizeof buf, "back pain %d of 10", e->back_pain->intensity);
    s += buf;
  } else {
    s += "back pain not recorded";
  }
  if (e->headache) {
    std::snprintf(buf, sizeof buf, ", headache %d of 10", e->headache->intensity);
    s += buf;
  } else {
    s += ", headache not recorded";
  }
  if (!e->treatments.empty()) {
    std::snprintf(buf, sizeof buf, ", %zu treatment%s", e->treatments.size(), e->treatments.size() == 1 ? "" : "s");
    s += buf;
  }
  return s + ".";
}

std::string json_sentence(const Json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_object()) return {};
  auto s = it->find("sentence");
  return s != it->end() && s->is_string() ? s->get<std::string>() : std::string();
}
}  // namespace

std::string accessible_summary(Ui& ui) {
  std::string s = "Painlink pain journal. ";
  s += std::to_string(ui.app.journal().entries.size()) + " days recorded. ";
  s += (ui.selected == ui.today ? "Today, " : "") + format_date_long(ui.selected) + ": " +
       describe_entry(ui.app.entry(ui.selected)) + " ";
  s += std::string("Storage: ") + ui.app.save_state_text() + ". ";
  ui.insights.refresh(ui.app, ui.today);
  const Json& in = ui.insights.json;
  if (auto rf = in.find("red_flags"); rf != in.end() && rf->is_object()) {
    auto urgent = rf->find("urgent");
    auto msg = rf->find("message");
    if (urgent != rf->end() && urgent->is_boolean() && urgent->get<bool>() && msg != rf->end() && msg->is_string()) {
      s += "Warning: " + msg->get<std::string>() + " ";
    }
  }
  const std::string connection = json_sentence(in, "connection");
  if (!connection.empty()) s += "Insight: " + connection + " ";
  return s;
}

void update_accessible_summary(Ui& ui) {
  // Cheap key first: the text is only rebuilt when something it says can have changed.
  static thread_local std::uint64_t last_rev = 0;
  static thread_local Date last_selected{-1};
  static thread_local int last_state = -1;
  const int state = static_cast<int>(ui.app.save_state());
  if (last_rev == ui.app.revision() && last_selected == ui.selected && last_state == state) return;
  last_rev = ui.app.revision();
  last_selected = ui.selected;
  last_state = state;
  std::string text = accessible_summary(ui);
  if (text != ui.last_summary) {
    ui.last_summary = text;
    platform::set_accessible_summary(text);
  }
}

}  // namespace painlink::ui
