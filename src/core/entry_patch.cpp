#include "core/entry_patch.hpp"

#include <algorithm>

#include "core/validate.hpp"

namespace painlink {

namespace {

template <class T>
void take(std::optional<T>& into, const std::optional<T>& later) {
  if (later) into = later;
}

void take_yes(std::optional<bool>& into, const std::optional<bool>& later) {
  if (later) into = (into && *into) || *later;
}

template <class T>
void set_if(T& field, const std::optional<T>& value) {
  if (value) field = *value;
}

void merge_factors(Factors& into, const Factors& f) {
  take(into.sleep_hours, f.sleep_hours);
  take(into.stress, f.stress);
  take(into.screen_hours, f.screen_hours);
  take(into.sitting_hours, f.sitting_hours);
  take(into.water_glasses, f.water_glasses);
  take(into.caffeine_cups, f.caffeine_cups);
  take(into.alcohol_units, f.alcohol_units);
  take(into.exercise_minutes, f.exercise_minutes);
  take(into.skipped_meal, f.skipped_meal);
  take(into.menstruating, f.menstruating);
  for (const auto& [name, yes] : f.custom) into.custom[name] = yes;
}

// The same treatment, whatever unknown fields either copy carries.
bool same_treatment(const Treatment& a, const Treatment& b) {
  return a.type == b.type && a.name == b.name && a.drug_class == b.drug_class && a.dose_mg == b.dose_mg &&
         a.relief == b.relief;
}

void add_treatments(std::vector<Treatment>& into, const std::vector<Treatment>& more) {
  for (const Treatment& t : more)
    if (std::none_of(into.begin(), into.end(), [&](const Treatment& have) { return same_treatment(have, t); }))
      into.push_back(t);
}

void add_note(std::string& notes, const std::string& piece) {
  if (piece.empty() || notes.find(piece) != std::string::npos) return;
  if (!notes.empty()) notes += '\n';
  notes += piece;
}

}  // namespace

bool EntryPatch::has_headache_details() const {
  // A "no" alone describes no headache: a diary's "Aura: no" on a headache-free day is not an error.
  return headache_hours || side || pulsating == true || aura == true || nausea == true || light_sensitive == true ||
         sound_sensitive == true || worse_with_activity == true;
}

bool EntryPatch::has_back_details() const { return neck || upper_back || lower_back || to_arm || to_leg; }

bool EntryPatch::empty() const {
  return !headache && !has_headache_details() && !back_pain && !has_back_details() && factors.empty() &&
         treatments.empty() && std::all_of(notes.begin(), notes.end(), [](const std::string& n) { return n.empty(); });
}

void combine_patches(EntryPatch& into, const EntryPatch& later) {
  into.rows.insert(into.rows.end(), later.rows.begin(), later.rows.end());
  if (later.headache) into.headache = std::max(into.headache.value_or(0), *later.headache);
  if (later.headache_hours)
    into.headache_hours = std::min(into.headache_hours.value_or(0) + *later.headache_hours, limits::kHeadacheHours.hi);
  if (later.side) into.side = into.side && *into.side != *later.side ? HeadacheSide::both : *later.side;
  take_yes(into.pulsating, later.pulsating);
  take_yes(into.aura, later.aura);
  take_yes(into.nausea, later.nausea);
  take_yes(into.light_sensitive, later.light_sensitive);
  take_yes(into.sound_sensitive, later.sound_sensitive);
  take_yes(into.worse_with_activity, later.worse_with_activity);
  if (later.back_pain) into.back_pain = std::max(into.back_pain.value_or(0), *later.back_pain);
  take_yes(into.neck, later.neck);
  take_yes(into.upper_back, later.upper_back);
  take_yes(into.lower_back, later.lower_back);
  take_yes(into.to_arm, later.to_arm);
  take_yes(into.to_leg, later.to_leg);
  merge_factors(into.factors, later.factors);
  add_treatments(into.treatments, later.treatments);
  into.notes.insert(into.notes.end(), later.notes.begin(), later.notes.end());
}

Parsed<Entry> apply_patch(const Entry* existing, const EntryPatch& p) {
  Parsed<Entry> out;
  Entry e = existing ? *existing : Entry{};
  e.date = p.date;

  if (p.has_headache_details() && !e.headache && !p.headache)
    out.errors.push_back({"headache", "has headache details but no headache intensity (0-10) for this day"});
  else if (p.headache || e.headache) {  // features answered "no" only describe a headache the day has
    Headache& h = e.headache ? *e.headache : e.headache.emplace();
    set_if(h.intensity, p.headache);
    take(h.duration_hours, p.headache_hours);
    take(h.side, p.side);
    take(h.pulsating, p.pulsating);
    take(h.aura, p.aura);
    take(h.nausea, p.nausea);
    take(h.light_sensitive, p.light_sensitive);
    take(h.sound_sensitive, p.sound_sensitive);
    take(h.worse_with_activity, p.worse_with_activity);
  }
  if (p.back_pain || p.has_back_details()) {
    if (!e.back_pain && !p.back_pain) {
      out.errors.push_back({"back_pain", "has back pain details but no back pain intensity (0-10) for this day"});
    } else {
      BackPain& b = e.back_pain ? *e.back_pain : e.back_pain.emplace();
      set_if(b.intensity, p.back_pain);
      set_if(b.neck, p.neck);
      set_if(b.upper_back, p.upper_back);
      set_if(b.lower_back, p.lower_back);
      set_if(b.to_arm, p.to_arm);
      set_if(b.to_leg, p.to_leg);
    }
  }
  if (!p.factors.empty()) merge_factors(e.factors ? *e.factors : e.factors.emplace(), p.factors);
  add_treatments(e.treatments, p.treatments);
  for (const std::string& piece : p.notes) add_note(e.notes, piece);

  const std::vector<FieldError> rules = validate_entry(e);
  out.errors.insert(out.errors.end(), rules.begin(), rules.end());
  if (out.errors.empty()) out.value = std::move(e);
  return out;
}

}  // namespace painlink
