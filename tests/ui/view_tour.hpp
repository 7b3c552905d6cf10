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
#include "core/i18n/translate.hpp"
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

// A stop on a journey: how to get there from the stop before, in the same page.
struct Stop {
  std::string name;
  std::function<void(UiHarness&)> go;
  bool scrolls = true;  // false: a popup over the view, looked at where it opened
};

// Stops that share a journal are visited in one page, one after the other, as a patient would
// (a page costs a font atlas; a tap costs a few frames).
struct Journey {
  std::function<void(UiHarness&)> setup;
  std::vector<Stop> stops;
};

// The scrolling body of the page (ui.cpp's "##body").
inline ImGuiWindow* body_window(UiHarness& h) {
  for (ImGuiWindow* w : h.ui->ctx->Windows)
    if (w->Active && std::strstr(w->Name, "/##body_") && w->ParentWindow && !w->ParentWindow->ParentWindow) return w;
  return nullptr;
}

inline void scroll_to_top(UiHarness& h) {
  ImGui::SetCurrentContext(h.ui->ctx);
  if (ImGuiWindow* body = body_window(h)) ImGui::SetScrollY(body, 0);
  h.frames(3);
}

inline void tap_item_starting(UiHarness& h, const std::string& prefix) {
  for (const ui::ItemRect& it : ui::item_registry_items())
    if (it.label.rfind(prefix, 0) == 0) return h.tap(it.label);
  FAIL("no item labelled " << prefix << "...");
}

// The views of issue 15: Check-in on a first visit and with a filled day (and its calendar),
// History, Insights with data and its safety questions, Report, Data, and every step of the
// self-check and its result.
inline std::vector<Journey> journeys() {
  Journey first_visit;
  first_visit.setup = [](UiHarness&) {};
  first_visit.stops.push_back({"Welcome (Check-in, first visit)", [](UiHarness&) {}});
  first_visit.stops.push_back(
      {"Self-check, step 1", [](UiHarness& h) { h.tap(i18n::tr("Check yourself (2 minutes)")); }});
  first_visit.stops.push_back({"Self-check, step 2", [](UiHarness& h) {
                                 h.tap(i18n::tr("Next##assessment"));
                                 h.tap(i18n::tr("Yes##headache_any"));  // the rest of the section shows
                               }});
  for (int step = 3; step <= ui::kAssessmentSteps; ++step)
    first_visit.stops.push_back(
        {"Self-check, step " + std::to_string(step), [](UiHarness& h) { h.tap(i18n::tr("Next##assessment")); }});
  first_visit.stops.push_back(
      {"Self-check, the result", [](UiHarness& h) { h.tap(i18n::tr("See my result##assessment")); }});

  Journey filled;
  filled.setup = [](UiHarness& h) {
    fill_journal(*h.app, h.platform.today, 90);
    fill_today(*h.app, h.platform.today);
    h.frames(3);
  };
  filled.stops = {
      {"Check-in, a filled day", [](UiHarness&) {}},
      {"Check-in, the calendar", [](UiHarness& h) {
         scroll_to_top(h);
         tap_item_starting(h, i18n::tr("Today, "));
       }, false},
      {"History", [](UiHarness& h) {
         h.tap(i18n::tr("Close"));  // the calendar
         h.tap(i18n::tr("History"));
       }},
      {"Insights", [](UiHarness& h) { h.tap(i18n::tr("Insights")); }},
      {"Insights, the safety questions", [](UiHarness& h) {
         scroll_to_top(h);
         h.tap(i18n::tr("Answer the safety questions##screening"));
       }},
      {"Report", [](UiHarness& h) { h.tap(i18n::tr("Report")); }},
      {"Data", [](UiHarness& h) { h.tap(i18n::tr("Data")); }},
  };
  return {first_visit, filled};
}

inline std::size_t stop_count() {
  std::size_t n = 0;
  for (const Journey& j : journeys()) n += j.stops.size();
  return n;
}

// Calls `look` on each screenful of the stop, from the top of the view to its bottom (or once,
// for a popup).
inline void look_through(UiHarness& h, const Stop& stop, const std::function<void()>& look) {
  h.frames(3);
  if (!stop.scrolls) {
    look();
    return;
  }
  scroll_to_top(h);
  for (int screen = 0; screen < 200; ++screen) {
    look();
    ImGuiWindow* body = body_window(h);
    REQUIRE(body != nullptr);
    if (body->Scroll.y >= body->ScrollMax.y - 1.0f) break;  // ImGui keeps the scroll in whole pixels
    // Less than a screenful, so every control is seen whole at least once.
    ImGui::SetScrollY(body, body->Scroll.y + body->InnerRect.GetHeight() * 0.5f);
    h.frames(2);
  }
}

// Every stop of every journey in a page of this size and these mount options: `look` gets the
// page and the stop's name on each screenful.
inline void tour(float width, float height, const Json& options,
                 const std::function<void(UiHarness&, const std::string&)>& look) {
  for (const Journey& journey : journeys()) {
    UiHarness h(date_from_civil(2026, 11, 20), width, height, options);
    // Mounted with "lang": the catalogue arrives as the browser's fetch would bring it, and the
    // tour taps each label as that language draws it (tr() of its English).
    if (h.platform.catalogue_requested) h.deliver_catalogue();
    if (const auto lang = options.find("lang"); lang != options.end())
      REQUIRE(std::string(i18n::to_tag(i18n::active_language())) == lang->get<std::string>());
    journey.setup(h);
    for (const Stop& stop : journey.stops) {
      CAPTURE(stop.name);
      stop.go(h);
      look_through(h, stop, [&] { look(h, stop.name); });
    }
  }
}

// The semantics node of each ImGui ID drawn in the last frame.
inline std::map<ImGuiID, const ui::SemNode*> semantic_nodes(const UiHarness& h) {
  std::map<ImGuiID, const ui::SemNode*> out;
  for (const ui::SemNode& n : h.ui->semantics.current().nodes) out[n.id] = &n;
  return out;
}

}  // namespace painlink::test
