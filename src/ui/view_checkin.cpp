// The daily check-in: a usual day takes a few taps (two pain numbers, a few factors), and
// every tap is saved at once. Past days are reached with the arrows or the calendar.
#include <algorithm>
#include <cstdio>
#include <set>

#include "core/medicine_names.hpp"
#include "core/reminder.hpp"
#include "ui/body_map.hpp"
#include "ui/draft.hpp"
#include "ui/insights_sections.hpp"
#include "ui/item_registry.hpp"
#include "ui/two_columns.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"

namespace painlink::ui {

namespace {

// ---- date bar and calendar -----------------------------------------------------------------------

void draw_calendar_popup(Ui& ui) {
  const Theme& t = ui.theme;
  ImGui::SetNextWindowSize(ImVec2(std::min(em(22.0f), ui.width - em(1.0f)), 0));
  if (!ImGui::BeginPopup("calendar")) return;
  const CivilDate m = civil_from_date(ui.calendar_month);
  const float arrow = em(kTargetEm);
  if (ImGui::Button("\xE2\x86\x90", ImVec2(arrow, arrow))) {  // previous month
    ui.calendar_month = month_start(ui.calendar_month - 1);
  }
  sem_describe(SemRole::button, "Previous month");
  ImGui::SameLine();
  char title[40];
  std::snprintf(title, sizeof title, "%s %d", month_name(m.month), m.year);
  const float title_w = ImGui::CalcTextSize(title).x;
  const float avail = ImGui::GetContentRegionAvail().x;
  ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (avail - arrow - title_w) * 0.5f);
  ImGui::AlignTextToFramePadding();
  ImGui::PushFont(ui.font_bold);
  ImGui::TextUnformatted(title);
  ImGui::PopFont();
  ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - arrow);
  const bool next_is_future = month_start(ui.calendar_month + 31) > ui.today;
  ImGui::BeginDisabled(next_is_future);
  if (ImGui::Button("\xE2\x86\x92", ImVec2(arrow, arrow))) ui.calendar_month = month_start(ui.calendar_month + 31);
  sem_describe(SemRole::button, "Next month");
  ImGui::EndDisabled();

  const float gap = em(0.2f);
  const float cell = (ImGui::GetContentRegionAvail().x - 6 * gap) / 7.0f;
  const ImVec2 day_size(cell, arrow);
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(gap, gap));
  // A day's number centred in its cell, with room to spare even seven to a narrow row.
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(em(0.1f), ImGui::GetStyle().FramePadding.y));
  for (int wd = 0; wd < 7; ++wd) {
    if (wd) ImGui::SameLine();
    const char* name = weekday_short_name(wd);
    const float w = ImGui::CalcTextSize(name).x;
    const float x = ImGui::GetCursorPosX();
    ImGui::SetCursorPosX(x + (cell - w) * 0.5f);
    muted_text(t, "%s", name);
    ImGui::SameLine(x + cell);
    ImGui::Dummy(ImVec2(0, 0));
  }
  const Date first = ui.calendar_month;
  const int lead = weekday(first);
  const int days = days_in_month(m.year, m.month);
  for (int i = 0; i < lead + days; ++i) {
    if (i % 7 != 0) ImGui::SameLine();
    if (i < lead) {
      ImGui::Dummy(day_size);
      continue;
    }
    const Date d = first + (i - lead);
    const Entry* e = ui.app.entry(d);
    const bool selected = d == ui.selected;
    const bool future = d > ui.today;
    char label[8];
    std::snprintf(label, sizeof label, "%d", i - lead + 1);
    ImGui::PushID(i);
    ImGui::BeginDisabled(future);
    ImGui::PushStyleColor(ImGuiCol_Button, selected ? t.accent : (d == ui.today ? t.accent_soft : t.card));
    ImGui::PushStyleColor(ImGuiCol_Text, selected ? t.on_accent : t.text);
    if (ImGui::Button(label, day_size)) {
      load_draft(ui, d);
      ImGui::CloseCurrentPopup();
    }
    ImGui::PopStyleColor(2);
    ImGui::EndDisabled();
    if (e) {  // a dot: this day has an entry (colour by the worse pain)
      const int worst = std::max(e->back_pain ? e->back_pain->intensity : 0, e->headache ? e->headache->intensity : 0);
      const ImVec2 a = ImGui::GetItemRectMin();
      const ImVec2 b = ImGui::GetItemRectMax();
      ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2((a.x + b.x) * 0.5f, b.y - em(0.35f)), em(0.18f),
                                                  worst > 0 ? scale_color(t, std::max(worst, 4), t.danger) : t.ok);
    }
    ImGui::PopID();
  }
  ImGui::PopStyleVar(2);
  ImGui::Dummy(ImVec2(0, em(0.2f)));
  if (secondary_button("Close", ImVec2(-FLT_MIN, 0))) ImGui::CloseCurrentPopup();
  ImGui::EndPopup();
}

void draw_date_bar(Ui& ui) {
  const Theme& t = ui.theme;
  const float b = em(kTargetEm);
  if (ImGui::Button("\xE2\x86\x90##prev", ImVec2(b, b))) load_draft(ui, ui.selected - 1);
  sem_describe(SemRole::button, "Previous day");
  hover_tip("Previous day");
  ImGui::SameLine();
  const bool is_today = ui.selected == ui.today;
  char label[64];
  std::snprintf(label, sizeof label, "%s%s", is_today ? "Today, " : "", format_date_long(ui.selected).c_str());
  const float today_w = is_today ? 0 : ImGui::CalcTextSize("Today").x + em(1.6f) + ImGui::GetStyle().ItemSpacing.x;
  const float w = ImGui::GetContentRegionAvail().x - b - ImGui::GetStyle().ItemSpacing.x - today_w;
  ImGui::PushFont(ui.font_bold);
  ImGui::PushStyleColor(ImGuiCol_Button, t.card);
  if (text_button(label, ImVec2(w, b))) {
    ui.calendar_month = month_start(ui.selected);
    ImGui::OpenPopup("calendar");
  }
  sem_describe(SemRole::button, std::string(label) + ". Choose another day");
  ImGui::PopStyleColor();
  ImGui::PopFont();
  hover_tip("Choose a day");
  ImGui::SameLine();
  ImGui::BeginDisabled(ui.selected >= ui.today);
  if (ImGui::Button("\xE2\x86\x92##next", ImVec2(b, b))) load_draft(ui, ui.selected + 1);
  sem_describe(SemRole::button, "Next day");
  ImGui::EndDisabled();
  if (!is_today) {
    ImGui::SameLine();
    if (primary_button("Today", t, ImVec2(0, b))) load_draft(ui, ui.today);
  }
  draw_calendar_popup(ui);
}

// ---- quick actions ---------------------------------------------------------------------------------

const Entry* previous_entry_with_factors(const Ui& ui) {
  const auto& entries = ui.app.journal().entries;
  auto it = entries.lower_bound(ui.selected);
  while (it != entries.begin()) {
    --it;
    if (it->second.factors && !it->second.factors->empty()) return &it->second;
  }
  return nullptr;
}

void draw_quick_actions(Ui& ui) {
  const Theme& t = ui.theme;
  Flow flow;
  const bool untouched = !ui.draft.back_pain && !ui.draft.headache;
  if (untouched) {
    flow.next(chip_width("No pain today"));
    if (choice_chip("No pain today", false, t)) {
      ui.draft.back_pain = BackPain{};
      ui.draft.headache = Headache{};
      commit_draft(ui);
      ui.platform.announce("Recorded: no back pain and no headache.");
    }
  }
  const Entry* prev = previous_entry_with_factors(ui);
  if (prev && (!ui.draft.factors || ui.draft.factors->empty())) {
    char label[64];
    std::snprintf(label, sizeof label, "Same factors as %s", format_date_long(prev->date).substr(0, 10).c_str());
    flow.next(chip_width(label));
    if (choice_chip(label, false, t)) {
      ui.draft.factors = prev->factors;
      commit_draft(ui);
      ui.platform.announce("Factors copied. Adjust anything that was different.");
    }
  }
}

// ---- back pain ---------------------------------------------------------------------------------------

void draw_back_pain(Ui& ui) {
  const Theme& t = ui.theme;
  card_begin("##back", "Back pain", t, ui.font_bold, t.back);
  muted_text(t, "0 = none, %d = worst imaginable.", kMaxIntensity);
  std::optional<int> v = ui.draft.back_pain ? std::optional<int>(ui.draft.back_pain->intensity) : std::nullopt;
  if (intensity_scale("back", v, t, t.back)) {
    if (!ui.draft.back_pain) ui.draft.back_pain = BackPain{};
    ui.draft.back_pain->intensity = *v;
    commit_draft(ui);
  }
  if (ui.draft.back_pain && ui.draft.back_pain->intensity > 0) {
    BackPain& bp = *ui.draft.back_pain;
    ImGui::Dummy(ImVec2(0, em(0.2f)));
    ImGui::TextUnformatted("Where? Tap the body map or the names.");
    if (draw_body_map_entry(ui, bp)) commit_draft(ui);
  }
  if (ui.draft.back_pain) {
    if (link_button("Clear back pain (not recorded)", t)) {
      ui.draft.back_pain.reset();
      commit_draft(ui);
    }
  } else {
    muted_text(t, "Not recorded yet.");
  }
  card_end();
}

// ---- headache -----------------------------------------------------------------------------------------

// The usual lengths in one tap (the stepper starts at 2 h and moves by half an hour: a whole day
// is 44 taps more). 30 min is the shortest tension-type headache and 4 h the shortest untreated
// migraine (ICHD-3 2.x and 1.1 B, the lines core/analysis/headache_pattern.cpp draws); 1 h and
// 2 h lie between (a treated migraine is often over by then); "All day" counts the whole day,
// 24 h, so the days of a longer attack, entered one by one, add up to its length.
bool duration_presets(std::optional<double>& hours, const Theme& t) {
  static constexpr struct {
    const char* label;
    double hours;
  } kPresets[] = {{"30 min##dur-preset", 0.5}, {"1 h##dur-preset", 1.0}, {"2 h##dur-preset", 2.0},
                  {"4 h##dur-preset", 4.0},    {"All day##dur-preset", 24.0}};
  static_assert(kPresets[4].hours <= limits::kHeadacheHours.hi);
  Flow presets;
  bool changed = false;
  for (const auto& p : kPresets) {
    presets.next(chip_width(p.label));
    if (choice_chip(p.label, hours && *hours == p.hours, t)) {
      hours = p.hours;
      changed = true;
    }
  }
  return changed;
}

void draw_headache(Ui& ui) {
  const Theme& t = ui.theme;
  card_begin("##head", "Headache", t, ui.font_bold, t.head);
  muted_text(t, "0 = none, %d = worst imaginable.", kMaxIntensity);
  std::optional<int> v = ui.draft.headache ? std::optional<int>(ui.draft.headache->intensity) : std::nullopt;
  if (intensity_scale("head", v, t, t.head)) {
    if (!ui.draft.headache) ui.draft.headache = Headache{};
    ui.draft.headache->intensity = *v;
    commit_draft(ui);
  }
  if (ui.draft.headache && ui.draft.headache->intensity > 0) {
    Headache& h = *ui.draft.headache;
    ImGui::Dummy(ImVec2(0, em(0.2f)));
    // A headache that day lasted more than 0 hours: the stepper stops one step above the core's floor.
    const NumberRange hours{limits::kHeadacheHours.lo, limits::kHeadacheHours.hi, true};
    if (stepper("dur", "How long (hours)", h.duration_hours, 0.5, hours, 2, "%.1f h", t)) commit_draft(ui);
    if (duration_presets(h.duration_hours, t)) commit_draft(ui);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Which side?");
    Flow sides;
    for (auto side : {HeadacheSide::left, HeadacheSide::right, HeadacheSide::both}) {
      sides.next(chip_width(label(side)));
      const bool on = h.side && *h.side == side;
      if (choice_chip(label(side), on, t)) {
        h.side = on ? std::nullopt : std::optional<HeadacheSide>(side);
        commit_draft(ui);
      }
    }
    ImGui::TextUnformatted("What was it like?");
    // Yes / No with neither chosen until answered (a second tap clears): a feature left alone is
    // saved as unanswered, not as "no", which the ICHD-3 counts would take as a real answer.
    struct Feature {
      const char* id;
      const char* label;
      std::optional<bool>* answer;
    };
    Feature features[] = {{"pulsating", "Pulsating / throbbing", &h.pulsating},
                          {"aura", "Aura (visual or other)", &h.aura},
                          {"nausea", "Nausea", &h.nausea},
                          {"light", "Light hurt", &h.light_sensitive},
                          {"noise", "Noise hurt", &h.sound_sensitive},
                          {"activity", "Worse with activity", &h.worse_with_activity}};
    for (auto& f : features)
      if (yes_no(f.id, f.label, *f.answer, t)) commit_draft(ui);
  }
  if (ui.draft.headache) {
    if (link_button("Clear headache (not recorded)", t)) {
      ui.draft.headache.reset();
      commit_draft(ui);
    }
  } else {
    muted_text(t, "Not recorded yet.");
  }
  card_end();
}

// ---- factors -------------------------------------------------------------------------------------------

// Custom factor names used on any day, so yesterday's "weather change" is one tap today.
std::set<std::string> scan_custom_factors(const Journal& journal) {
  std::set<std::string> names;
  for (const auto& [d, e] : journal.entries)
    if (e.factors)
      for (const auto& [name, v] : e.factors->custom) names.insert(name);
  return names;
}

std::vector<Treatment> scan_recent_medications(const Journal& journal);

const Ui::CheckinLists& checkin_lists(Ui& ui) {
  return ui.checkin_lists.get(ui.app.analysis_revision(), [&] {
    return Ui::CheckinLists{scan_custom_factors(ui.app.journal()), scan_recent_medications(ui.app.journal())};
  });
}

void commit_factors(Ui& ui) {
  if (ui.draft.factors && ui.draft.factors->empty()) ui.draft.factors.reset();
  commit_draft(ui);
}

void draw_factors(Ui& ui) {
  const Theme& t = ui.theme;
  card_begin("##factors", "Possible triggers", t, ui.font_bold, t.accent);
  muted_text(t, "Leave a dash where you don't know. Tap the dash to fill in a usual value.");
  if (!ui.draft.factors) ui.draft.factors = Factors{};
  Factors& f = *ui.draft.factors;
  bool changed = false;
  // Most days look like the day before: one tap copies its factors into the gaps left here.
  const Entry* before = ui.app.entry(ui.selected - 1);
  if (before && before->factors && f.filled_from(*before->factors) != f) {
    if (choice_chip("Same as yesterday", false, t)) {
      f = f.filled_from(*before->factors);
      changed = true;
      ui.platform.announce("Factors copied from the day before");
    }
  }
  const std::string stress_label = "Stress (0-" + std::to_string(kMaxIntensity) + ")";
  const std::string out_of_format = "%.0f / " + std::to_string(kMaxIntensity);
  const auto row = [&](FactorField field) -> bool {
    switch (field) {
      case FactorField::sleep_hours: return stepper("sleep", "Sleep last night (hours)", f.sleep_hours, 0.5, limits::kHoursPerDay, 7, "%.1f h", t);
      case FactorField::stress: return stepper_int("stress", stress_label.c_str(), f.stress, 1, limits::kScale0to10, 3, out_of_format.c_str(), t);
      case FactorField::screen_hours:
        return stepper("screen", "Screen time / eye strain (hours)", f.screen_hours, 0.5, limits::kHoursPerDay, 4, "%.1f h", t);
      case FactorField::sitting_hours: return stepper("sitting", "Sitting (hours)", f.sitting_hours, 0.5, limits::kHoursPerDay, 6, "%.1f h", t);
      case FactorField::water_glasses: return stepper_int("water", "Water (glasses)", f.water_glasses, 1, limits::kWaterGlasses, 6, "%.0f", t);
      case FactorField::caffeine_cups: return stepper_int("caffeine", "Caffeine (cups)", f.caffeine_cups, 1, limits::kCaffeineCups, 1, "%.0f", t);
      case FactorField::alcohol_units: return stepper("alcohol", "Alcohol (units)", f.alcohol_units, 0.5, limits::kAlcoholUnits, 0, "%.1f", t);
      case FactorField::exercise_minutes:
        return stepper_int("exercise", "Exercise (minutes)", f.exercise_minutes, 10, limits::kExerciseMinutes, 30, "%.0f min", t);
      case FactorField::skipped_meal: return yes_no("meal", "Skipped a meal", f.skipped_meal, t);
      case FactorField::menstruating: return yes_no("period", "Menstruating", f.menstruating, t);
    }
    return false;
  };
  // The factors the patient chose to track (the self-check's "Set up my journal for this") first.
  const std::vector<FactorField>& tracked = ui.app.journal().settings.tracked_factors;
  if (!tracked.empty()) {
    ImGui::PushFont(ui.font_bold);
    ImGui::TextUnformatted("Your factors to track");
    ImGui::PopFont();
    for (FactorField field : tracked) changed |= row(field);
    ImGui::Separator();
  }
  for (FactorField field : kAllFactorFields)
    if (std::find(tracked.begin(), tracked.end(), field) == tracked.end()) changed |= row(field);

  ImGui::Dummy(ImVec2(0, em(0.2f)));
  ImGui::TextUnformatted("Your own factors");
  std::set<std::string> names = checkin_lists(ui).custom_factors;
  for (const auto& [name, v] : f.custom) names.insert(name);
  if (!names.empty()) {
    Flow flow;
    for (const auto& name : names) {
      auto it = f.custom.find(name);
      bool on = it != f.custom.end() && it->second;
      flow.next(chip_width(name.c_str()));
      ImGui::PushID(name.c_str());
      if (chip(name.c_str(), on, t)) {
        if (on) f.custom[name] = true;
        else f.custom.erase(name);
        changed = true;
      }
      ImGui::PopID();
    }
  }
  const float add_w = button_width("Add");
  std::string& buf = ui.custom_factor_buffer;
  {
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - add_w - ImGui::GetStyle().ItemSpacing.x);
    struct Cb {
      static int resize(ImGuiInputTextCallbackData* d) {
        auto* s = static_cast<std::string*>(d->UserData);
        if (d->EventFlag == ImGuiInputTextFlags_CallbackResize) {
          s->resize(static_cast<size_t>(d->BufTextLen));
          d->Buf = s->data();
        }
        return 0;
      }
    };
    ImGui::PushStyleColor(ImGuiCol_Border, ui.theme.field_border);
    const bool enter = ImGui::InputTextWithHint("##newfactor", "e.g. weather change", buf.data(), buf.capacity() + 1,
                                                ImGuiInputTextFlags_CallbackResize | ImGuiInputTextFlags_EnterReturnsTrue,
                                                Cb::resize, &buf);
    ImGui::PopStyleColor();
    sem_describe(SemRole::textbox, "Name of a factor of your own");
    if (buf.empty())
      item_registry_note_text(ImGui::GetItemID(), ImGui::CalcTextSize("e.g. weather change").x,
                              ImGui::GetItemRectSize().x - 2 * ImGui::GetStyle().FramePadding.x);
    ImGui::SameLine();
    const bool add = primary_button("Add", t, ImVec2(add_w, 0));
    if (enter || add) {
      std::string name = buf;
      while (!name.empty() && name.back() == ' ') name.pop_back();
      while (!name.empty() && name.front() == ' ') name.erase(name.begin());
      if (name.empty()) {
        ui.custom_factor_error = "Type a name for the factor first.";
      } else if (utf8_length(name) > kMaxCustomFactorChars) {
        ui.custom_factor_error =
            "Please keep factor names to " + std::to_string(kMaxCustomFactorChars) + " characters or fewer.";
      } else if (names.size() >= static_cast<size_t>(kMaxCustomFactors) && !names.count(name)) {
        ui.custom_factor_error = "You already have " + std::to_string(kMaxCustomFactors) +
                                 " factors of your own; untick one you no longer use.";
      } else {
        f.custom[name] = true;
        buf.clear();
        ui.custom_factor_error.clear();
        changed = true;
      }
    }
  }
  if (!ui.custom_factor_error.empty()) colored_text_wrapped(t.danger, ui.custom_factor_error.c_str());
  if (changed) commit_factors(ui);
  if (ui.draft.factors && ui.draft.factors->empty()) ui.draft.factors.reset();
  card_end();
}

// ---- treatments ----------------------------------------------------------------------------------------

// Medicines taken before, newest first, so a repeat is one tap.
std::vector<Treatment> scan_recent_medications(const Journal& journal) {
  std::vector<Treatment> out;
  const auto& entries = journal.entries;
  for (auto it = entries.rbegin(); it != entries.rend() && out.size() < 4; ++it) {
    for (const auto& tr : it->second.treatments) {
      if (tr.type != TreatmentType::medication || tr.name.empty()) continue;
      const bool seen = std::any_of(out.begin(), out.end(), [&](const Treatment& o) {
        return o.name == tr.name && o.dose_mg == tr.dose_mg;
      });
      if (!seen) {
        Treatment copy = tr;
        copy.relief.reset();
        copy.extra = Json::object();
        out.push_back(copy);
      }
      if (out.size() >= 4) break;
    }
  }
  return out;
}

void draw_treatment(Ui& ui, Treatment& tr, int index, bool& remove) {
  const Theme& t = ui.theme;
  ImGui::PushID(index);
  ImGui::PushFont(ui.font_bold);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(label(tr.type));
  ImGui::PopFont();
  ImGui::SameLine(ImGui::GetContentRegionMax().x - em(5.5f));
  ImGui::PushStyleColor(ImGuiCol_Text, t.danger);
  if (ImGui::Button("Remove", ImVec2(em(5.5f), 0))) remove = true;
  const std::string what = tr.name.empty() ? std::string(label(tr.type)) : tr.name;
  sem_describe(SemRole::button, "Remove " + what);
  ImGui::PopStyleColor();
  bool changed = false;
  if (tr.type == TreatmentType::medication || tr.type == TreatmentType::other) {
    if (input_text("##name", tr.name, kMaxTreatmentNameChars, ui.theme,
                   tr.type == TreatmentType::medication ? "Medicine name, e.g. ibuprofen" : "What did you do?")) {
      truncate_utf8(tr.name, kMaxTreatmentNameChars);
      commit_draft(ui, JournalApp::SaveTiming::debounce);
    }
    if (utf8_length(tr.name) >= kMaxTreatmentNameChars) muted_text(t, "Names can be up to %d characters.", kMaxTreatmentNameChars);
  }
  if (tr.type == TreatmentType::medication) {
    // Without a chosen kind, the name's kind is shown and counted (core/medicine_names.hpp); the
    // patient can correct it. An unknown name asks for the kind.
    const std::optional<DrugClass> by_name =
        tr.drug_class || tr.name.empty() ? std::nullopt : drug_class_for_name(tr.name);
    const char* preview = tr.drug_class ? label(*tr.drug_class)
                          : by_name     ? label(*by_name)
                                        : "Kind of medicine (for overuse checks)";
    if (by_name) muted_text(t, "Kind taken from the name. Choose another if it is wrong.");
    if (!tr.drug_class && !tr.name.empty() && !by_name)
      colored_text_wrapped(t.warning, "Which kind of medicine is this? Choose it below, so that the days you take it "
                                    "can be checked against the overuse limits.");
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (combo_begin("##class", preview, std::string("Kind of medicine: ") + preview)) {
      for (auto c : kAllDrugClasses) {
        const bool sel = tr.drug_class && *tr.drug_class == c;
        if (combo_option(label(c), sel)) {
          tr.drug_class = c;
          changed = true;
        }
      }
      ImGui::EndCombo();
    }
    changed |= stepper("dose", "Dose (mg)", tr.dose_mg, 50, limits::kDoseMg, 200, "%.0f mg", t);
    // The usual tablet sizes in one tap (1000 mg is 18 taps of the stepper).
    Flow presets;
    for (const int mg : {200, 400, 500, 1000}) {
      char preset[32];
      std::snprintf(preset, sizeof preset, "%d mg##dose-preset", mg);
      presets.next(chip_width(preset));
      if (choice_chip(preset, tr.dose_mg && *tr.dose_mg == mg, t)) {
        tr.dose_mg = mg;
        changed = true;
      }
    }
  }
  ImGui::Text("How much did it help? (0 = not at all, %d = completely)", kMaxIntensity);
  if (intensity_scale("relief", tr.relief, t, t.ok, ("How much " + what + " helped").c_str())) changed = true;
  if (changed) commit_draft(ui);
  ImGui::Separator();
  ImGui::PopID();
}

void draw_treatments(Ui& ui) {
  const Theme& t = ui.theme;
  card_begin("##treat", "What you did for it", t, ui.font_bold, t.ok);
  int remove_index = -1;
  for (int i = 0; i < static_cast<int>(ui.draft.treatments.size()); ++i) {
    bool remove = false;
    draw_treatment(ui, ui.draft.treatments[static_cast<size_t>(i)], i, remove);
    if (remove) remove_index = i;
  }
  if (remove_index >= 0) {
    ui.draft.treatments.erase(ui.draft.treatments.begin() + remove_index);
    commit_draft(ui);
  }
  if (static_cast<int>(ui.draft.treatments.size()) >= kMaxTreatmentsPerDay) {
    muted_text(t, "That is the most treatments one day can hold (%d).", kMaxTreatmentsPerDay);
  } else {
    if (ui.draft.treatments.empty()) muted_text(t, "Nothing recorded. Add what you tried:");
    Flow flow;
    for (const Treatment& med : checkin_lists(ui).recent_medications) {
      char label_buf[96];
      if (med.dose_mg) {
        std::snprintf(label_buf, sizeof label_buf, "+ %s %.0f mg", med.name.c_str(), *med.dose_mg);
      } else {
        std::snprintf(label_buf, sizeof label_buf, "+ %s", med.name.c_str());
      }
      flow.next(chip_width(label_buf));
      if (choice_chip(label_buf, false, t)) {
        ui.draft.treatments.push_back(med);
        commit_draft(ui);
      }
    }
    for (auto type : kAllTreatmentTypes) {
      char label_buf[48];
      std::snprintf(label_buf, sizeof label_buf, "+ %s", label(type));
      flow.next(chip_width(label_buf));
      if (choice_chip(label_buf, false, t)) {
        Treatment tr;
        tr.type = type;
        ui.draft.treatments.push_back(tr);
        commit_draft(ui);
      }
    }
  }
  card_end();
}

void draw_notes(Ui& ui) {
  const Theme& t = ui.theme;
  card_begin("##notes", "Notes", t, ui.font_bold, t.text_muted);
  muted_text(t, "Anything else: what you were doing, weather, travel. Stays on this device.");
  if (text_area(ui, "##notes", ui.notes_buffer, kMaxNotesChars, em(5.0f), "Notes")) {
    if (truncate_utf8(ui.notes_buffer, kMaxNotesChars)) ui.notes_cut = true;
    ui.draft.notes = ui.notes_buffer;
    commit_draft(ui, JournalApp::SaveTiming::debounce);
  }
  const int n = utf8_length(ui.notes_buffer);
  if (n >= kMaxNotesChars || ui.notes_cut) {
    const std::string full =
        "Notes can hold up to " + std::to_string(kMaxNotesChars) + " characters; text beyond that was not added.";
    colored_text_wrapped(t.warning, full.c_str());
  } else if (n > kMaxNotesChars - 200) {
    muted_text(t, "%d of %d characters", n, kMaxNotesChars);
  }
  card_end();
}

void draw_delete(Ui& ui) {
  const Theme& t = ui.theme;
  if (!ui.app.entry(ui.selected)) return;
  if (!ui.confirm_delete_day) {
    ImGui::PushStyleColor(ImGuiCol_Text, t.danger);
    if (secondary_button("Delete this day's entry")) ui.confirm_delete_day = true;
    ImGui::PopStyleColor();
    return;
  }
  banner(t.danger, t.danger_soft, t.text,
         "Delete everything recorded for this day? A backup copy stays in the Data view for a while.");
  Flow row;
  row.next(button_width("Yes, delete it"));
  if (danger_button("Yes, delete it", t)) {
    ui.app.remove_entry(ui.selected);
    load_draft(ui, ui.selected);
    ui.platform.announce("The day's entry was deleted.");
  }
  row.next(button_width("Keep it"));
  if (secondary_button("Keep it")) ui.confirm_delete_day = false;
}

}  // namespace

// Safety in view: a sign that needs a doctor today or sooner, or medicine days over the ICHD-3
// limit for more than 3 months, is said before the day's entry, not only on Insights.
void draw_checkin_safety(Ui& ui) {
  ui.insights.refresh_safety(ui.app, ui.today, analysis_loaded(ui));  // memoised on the journal's revision
  const analysis::Insights& in = ui.insights.data;
  const Theme& t = ui.theme;
  const analysis::RedFlagResult& rf = in.red_flags;
  if (rf.urgent) {
    ImGui::PushFont(ui.font_bold);
    colored_text_wrapped(t.danger, rf.headline.c_str());
    ImGui::PopFont();
    banner(t.danger, t.danger_soft, t.text, rf.message.c_str());
    if (secondary_button("Review my safety answers##checkin-safety")) {
      ui.tab = Tab::insights;
      open_screening(ui);
    }
    ImGui::Dummy(ImVec2(0, em(0.2f)));
  }
  for (const analysis::MedicationOveruseRow& r : in.medication_overuse) {
    if (!r.at_risk) continue;
    banner(t.warning, t.warning_soft, t.text, r.sentence.c_str());
    ImGui::Dummy(ImVec2(0, em(0.2f)));
    break;  // one is enough here; Insights lists every medicine
  }
}

// Safety in view, too: a possible trigger found since the patient last looked is told here once,
// until "Got it" or a look at Insights (Settings::seen_findings).
void draw_checkin_new_findings(Ui& ui) {
  const std::vector<analysis::Finding>& fresh = ui.insights.new_triggers;
  if (fresh.empty() || ui.findings_dismissed) return;
  const Theme& t = ui.theme;
  // The sentence itself says it is a possible trigger to discuss with a doctor, not a cause.
  std::string text = "New in your diary: " + fresh.front().sentence;
  if (fresh.size() > 1)
    text += " (and " + std::to_string(fresh.size() - 1) + (fresh.size() == 2 ? " more finding" : " more findings") +
            " on Insights)";
  banner(t.accent, t.accent_soft, t.text, text.c_str());
  if (ui.embed.show_insights) {  // an embed may leave Insights out
    if (secondary_button("Show me on Insights##new-finding")) {
      acknowledge_new_triggers(ui);
      ui.tab = Tab::insights;
    }
    ImGui::SameLine();
  }
  if (secondary_button("Got it##new-finding")) acknowledge_new_triggers(ui);
  ImGui::Dummy(ImVec2(0, em(0.2f)));
}

bool reminder_prompt_due(Ui& ui) {
  // The clock is only asked once a reminder time is set.
  return ui.app.journal().settings.reminder_minutes &&
         reminder_due(ui.app.journal(), ui.today, ui.platform.minutes_now_local());
}

void draw_checkin(Ui& ui) {
  const bool welcome = welcome_due(ui);
  if (welcome) draw_welcome(ui);
  draw_checkin_safety(ui);
  draw_checkin_new_findings(ui);
  if (ui.app.save_state() == SaveState::read_only) {
    banner(ui.theme.warning, ui.theme.warning_soft, ui.theme.text,
           "This journal was saved by a newer version of Painlink, so it is shown read-only here. Open it "
           "with the newer version to make changes.");
  }
  if (reminder_prompt_due(ui)) {
    banner(ui.theme.accent, ui.theme.accent_soft, ui.theme.text, kReminderPrompt);
    ImGui::Dummy(ImVec2(0, em(0.2f)));
  }
  const std::string reminder = ui.app.backup_reminder();
  if (!reminder.empty()) {
    banner(ui.theme.warning, ui.theme.warning_soft, ui.theme.text, reminder.c_str());
    Flow row;
    row.next(button_width("Download a backup"));
    if (primary_button("Download a backup", ui.theme)) download_backup(ui);
    row.next(button_width("Remind me in a week"));
    if (secondary_button("Remind me in a week")) ui.app.snooze_backup_reminder();
    ImGui::Dummy(ImVec2(0, em(0.2f)));
  }
  draw_date_bar(ui);
  draw_quick_actions(ui);
  ImGui::Dummy(ImVec2(0, em(0.2f)));
  ImGui::BeginDisabled(ui.app.save_state() == SaveState::read_only);
  if (ui.narrow) {
    draw_back_pain(ui);
    draw_headache(ui);
    draw_factors(ui);
    draw_treatments(ui);
    draw_notes(ui);
  } else {
    TwoColumns cols;
    two_columns_begin(cols, "##cols", 1.0f, 1.0f, em(0.8f));
    draw_back_pain(ui);
    draw_headache(ui);
    draw_notes(ui);
    two_columns_next(cols);
    draw_factors(ui);
    draw_treatments(ui);
    two_columns_end(cols);
  }
  draw_delete(ui);
  ImGui::EndDisabled();
  if (!welcome) draw_assessment_card(ui);
}

}  // namespace painlink::ui
