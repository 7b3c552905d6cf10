// History: the last 30 days at a glance, then every recorded day (newest first) to open and edit.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "ui/chart_intensity.hpp"
#include "ui/draft.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"

namespace painlink::ui {

namespace {

const Ui::HistoryLists& history_lists(Ui& ui) {
  return ui.history.get({ui.app.analysis_revision(), ui.today}, [&] {
    Ui::HistoryLists h;
    h.recent30 = intensity_window(ui.app.journal(), ui.today - 29, 30);
    const auto& entries = ui.app.journal().entries;
    h.recorded_days.reserve(entries.size());
    for (auto it = entries.rbegin(); it != entries.rend(); ++it) h.recorded_days.push_back(it->first);
    return h;
  });
}

constexpr const char* kSeparator = "  \xC2\xB7  ";

// What a day holds, in parts: "Back 6/10", "Headache 7/10", "1 treatment".
std::vector<std::string> day_summary(const Entry& e) {
  std::vector<std::string> parts;
  char buf[64];
  if (e.back_pain) {
    std::snprintf(buf, sizeof buf, "Back %d/%d", e.back_pain->intensity, kMaxIntensity);
    parts.push_back(buf);
  }
  if (e.headache) {
    std::snprintf(buf, sizeof buf, "Headache %d/%d", e.headache->intensity, kMaxIntensity);
    parts.push_back(buf);
  }
  if (!e.treatments.empty()) {
    std::snprintf(buf, sizeof buf, "%zu treatment%s", e.treatments.size(), e.treatments.size() == 1 ? "" : "s");
    parts.push_back(buf);
  }
  if (parts.empty()) parts.push_back(e.factors ? "Factors only" : "Notes only");
  return parts;
}

// Every row is as tall as the clipper's step: a second summary line for all of them when the
// longest summary a day can have does not fit on one (Larger text on a phone).
int summary_lines(float width) {
  char longest[96];
  std::snprintf(longest, sizeof longest, "Back %d/%d%sHeadache %d/%d%s%d treatments", kMaxIntensity, kMaxIntensity,
                kSeparator, kMaxIntensity, kMaxIntensity, kSeparator, kMaxTreatmentsPerDay);
  return ImGui::CalcTextSize(longest).x <= width ? 1 : 2;
}

// The parts joined with dots, starting a new line where the next part does not fit.
std::string summary_text(const std::vector<std::string>& parts, float width) {
  std::string out, line;
  for (const std::string& part : parts) {
    const std::string longer = line.empty() ? part : line + kSeparator + part;
    if (!line.empty() && ImGui::CalcTextSize(longer.c_str()).x > width) {
      out += line + "\n";
      line = part;
    } else {
      line = longer;
    }
  }
  return out + line;
}

}  // namespace

void draw_history(Ui& ui) {
  const Theme& t = ui.theme;
  const Ui::HistoryLists& lists = history_lists(ui);
  card_begin("##last30", "Last 30 days", t, ui.font_bold);
  int recorded = 0;
  for (const auto& p : lists.recent30) recorded += (!std::isnan(p.back) || !std::isnan(p.headache)) ? 1 : 0;
  if (recorded == 0) {
    muted_text(t, "Nothing recorded in the last 30 days yet. Each check-in adds a point here.");
  } else {
    draw_intensity_chart(ui, "last30", lists.recent30);
    muted_text(t, "%d of the last 30 days recorded. Gaps are days without an entry.", recorded);
  }
  card_end();

  card_begin("##days", "Recorded days", t, ui.font_bold);
  if (lists.recorded_days.empty()) {
    muted_text(t, "No days recorded yet. Start with today's check-in.");
  } else {
    const float text_x = em(0.8f);
    const float text_w = ImGui::GetContentRegionAvail().x - 1.5f * text_x;
    const float row_h = em(3.4f) + static_cast<float>(summary_lines(text_w) - 1) * ImGui::GetTextLineHeight();
    ImGuiListClipper clipper;  // 20 years of days: only the visible rows are laid out
    clipper.Begin(static_cast<int>(lists.recorded_days.size()), row_h + ImGui::GetStyle().ItemSpacing.y);
    while (clipper.Step()) {
      for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
        const Date d = lists.recorded_days[static_cast<size_t>(i)];
        const Entry* e = ui.app.entry(d);
        if (!e) continue;
        ImGui::PushID(i);
        const ImVec2 p = ImGui::GetCursorScreenPos();
        if (ImGui::Selectable("##row", d == ui.selected, 0, ImVec2(0, row_h))) {
          load_draft(ui, d);
          ui.tab = Tab::checkin;
        }
        ImDrawList* dl = ImGui::GetWindowDrawList();
        const int worst = std::max(e->back_pain ? e->back_pain->intensity : 0, e->headache ? e->headache->intensity : 0);
        dl->AddRectFilled(ImVec2(p.x, p.y + em(0.4f)), ImVec2(p.x + em(0.3f), p.y + row_h - em(0.4f)),
                          worst > 0 ? scale_color(t, std::max(worst, 3), t.danger) : t.ok, em(0.15f));
        const std::string title = format_date_long(d);
        dl->AddText(ui.font_bold, ImGui::GetFontSize(), ImVec2(p.x + text_x, p.y + em(0.35f)), t.text, title.c_str());
        const std::string summary = summary_text(day_summary(*e), text_w);
        dl->AddText(ImVec2(p.x + text_x, p.y + em(1.75f)), t.text_muted, summary.c_str());
        ImGui::PopID();
      }
    }
  }
  card_end();
}

}  // namespace painlink::ui
