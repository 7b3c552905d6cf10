// Every view drawn as a patient sees it, scrolled from its top to its bottom, for the checks that
// hold for everything on screen: each control is big enough for a finger (targets_ui_test.cpp)
// and no text is cut off (text_fit_ui_test.cpp).
#pragma once

#include <cstring>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "imgui_internal.h"  // the body window's scroll, windows' content extents, the font atlas
#include "ui_harness.hpp"
#include "ui/views.hpp"

namespace painlink::test {

inline constexpr float kDesktopW = 1280, kDesktopH = 800;

// A journal of `days` days before today in which every Insights section has something to show:
// both pains, the regions, headache features, factors, a custom factor and two medicines.
inline void fill_journal(JournalApp& app, Date today, int days) {
  unsigned seed = 2026;
  const auto next = [&seed](unsigned n) {
    seed = seed * 1103515245u + 12345u;
    return (seed >> 16) % n;
  };
  for (int i = days; i >= 1; --i) {
    Entry e;
    e.date = today - i;
    BackPain b;
    b.intensity = static_cast<int>(next(9));
    b.neck = next(3) == 0;
    b.lower_back = next(2) == 0;
    b.to_leg = next(5) == 0;
    e.back_pain = b;
    Headache hd;
    hd.intensity = next(3) == 0 ? 3 + static_cast<int>(next(6)) : 0;
    if (hd.intensity > 0) {
      hd.duration_hours = 1.0 + static_cast<double>(next(8));
      hd.side = next(2) == 0 ? HeadacheSide::left : HeadacheSide::both;
      hd.pulsating = next(2) == 0;
      hd.nausea = next(3) == 0;
      hd.light_sensitive = next(2) == 0;
    }
    e.headache = hd;
    Factors f;
    f.sleep_hours = 5.0 + static_cast<double>(next(5));
    f.stress = static_cast<int>(next(10));
    f.screen_hours = static_cast<double>(next(10));
    f.water_glasses = static_cast<int>(next(9));
    f.caffeine_cups = static_cast<int>(next(4));
    f.alcohol_units = static_cast<double>(next(3));
    f.skipped_meal = next(4) == 0;
    if (next(3) == 0) f.custom["Weather change"] = true;
    e.factors = f;
    if (hd.intensity >= 5) {
      Treatment t;
      t.type = TreatmentType::medication;
      t.name = next(2) == 0 ? "Ibuprofen" : "Sumatriptan";
      t.drug_class = t.name == "Ibuprofen" ? DrugClass::nsaid : DrugClass::triptan;
      t.dose_mg = t.name == "Ibuprofen" ? 400.0 : 50.0;
      t.relief = static_cast<int>(next(11));
      e.treatments.push_back(t);
    }
    app.put_entry(e);
  }
}

// Today with everything Check-in can show open: both pains with their details, factors, a
// medicine whose kind the name does not tell (the kind question and the drop-down), a rest, notes.
inline void fill_today(JournalApp& app, Date today) {
  Entry e;
  e.date = today;
  BackPain b;
  b.intensity = 6;
  b.neck = b.lower_back = b.to_arm = true;
  e.back_pain = b;
  Headache hd;
  hd.intensity = 7;
  hd.duration_hours = 3.5;
  hd.side = HeadacheSide::right;
  hd.pulsating = hd.nausea = true;
  e.headache = hd;
  Factors f;
  f.sleep_hours = 6.5;
  f.stress = 7;
  f.skipped_meal = true;
  e.factors = f;
  Treatment med;
  med.type = TreatmentType::medication;
  med.name = "Feverfew";  // not in the medicine list: the kind is asked
  med.dose_mg = 500.0;
  med.relief = 5;
  e.treatments.push_back(med);
  Treatment rest;
  rest.type = TreatmentType::rest;
  e.treatments.push_back(rest);
  e.notes = "Long drive to the coast, bright sun.";
  app.put_entry(e);
}

struct ViewCase {
  const char* name;
  std::function<void(UiHarness&)> open;
  bool scrolls = true;  // false: a popup over the view, checked where it opened
};

inline void tap_item_starting(UiHarness& h, const std::string& prefix) {
  for (const ui::ItemRect& it : ui::item_registry_items())
    if (it.label.rfind(prefix, 0) == 0) return h.tap(it.label);
  FAIL("no item labelled " << prefix << "...");
}

// The views of issue 15: Check-in on a first visit and with a filled day (and its calendar),
// History, Insights with data, Report, Data, and the self-check's steps and result.
inline std::vector<ViewCase> all_views() {
  const auto filled = [](UiHarness& h) {
    fill_journal(*h.app, h.platform.today, 90);
    fill_today(*h.app, h.platform.today);
    h.frames(3);
  };
  return {
      {"Welcome (Check-in, first visit)", [](UiHarness&) {}},
      {"Check-in, a filled day", filled},
      {"Check-in, the calendar", [filled](UiHarness& h) {
         filled(h);
         tap_item_starting(h, "Today, ");
       }, false},
      {"History", [filled](UiHarness& h) { filled(h); h.tap("History"); }},
      {"Insights", [filled](UiHarness& h) { filled(h); h.tap("Insights"); }},
      {"Insights, the safety questions", [filled](UiHarness& h) {
         filled(h);
         h.tap("Insights");
         h.tap("Answer the safety questions##screening");
       }},
      {"Report", [filled](UiHarness& h) { filled(h); h.tap("Report"); }},
      {"Data", [filled](UiHarness& h) { filled(h); h.tap("Data"); }},
      {"Self-check, warning signs", [](UiHarness& h) { h.tap("Check yourself (2 minutes)"); }},
      {"Self-check, headaches", [](UiHarness& h) {
         h.tap("Check yourself (2 minutes)");
         h.tap("Next##assessment");
       }},
      {"Self-check, the result", [](UiHarness& h) {
         h.tap("Check yourself (2 minutes)");
         h.tap("Next##assessment");
         h.tap("Yes##headache_any");
         while (ui::assessment_step(*h.ui) < ui::kAssessmentSteps - 1) h.tap("Next##assessment");
         h.tap("See my result##assessment");
       }},
  };
}

// The scrolling body of the page (ui.cpp's "##body").
inline ImGuiWindow* body_window(UiHarness& h) {
  for (ImGuiWindow* w : h.ui->ctx->Windows)
    if (w->Active && std::strstr(w->Name, "/##body_") && w->ParentWindow && !w->ParentWindow->ParentWindow) return w;
  return nullptr;
}

// Calls `look` on each screenful from the top of the view to its bottom (or once, for a popup).
inline void tour(UiHarness& h, const ViewCase& view, const std::function<void()>& look) {
  view.open(h);
  h.frames(3);
  if (!view.scrolls) {
    look();
    return;
  }
  ImGui::SetCurrentContext(h.ui->ctx);
  ImGuiWindow* body = body_window(h);
  REQUIRE(body != nullptr);
  ImGui::SetScrollY(body, 0);
  h.frames(3);
  for (int screen = 0; screen < 200; ++screen) {
    look();
    body = body_window(h);
    REQUIRE(body != nullptr);
    if (body->Scroll.y >= body->ScrollMax.y) break;
    // Less than a screenful, so every control is seen whole at least once.
    ImGui::SetScrollY(body, body->Scroll.y + body->InnerRect.GetHeight() * 0.5f);
    h.frames(3);
  }
}

// The semantics node of each ImGui ID drawn in the last frame.
inline std::map<ImGuiID, const ui::SemNode*> semantic_nodes(const UiHarness& h) {
  std::map<ImGuiID, const ui::SemNode*> out;
  for (const ui::SemNode& n : h.ui->semantics.current().nodes) out[n.id] = &n;
  return out;
}

}  // namespace painlink::test
