#include "core/assessment/evaluate.hpp"

#include "core/analysis/medication_overuse.hpp"
#include "core/analysis/treatment_effect.hpp"

namespace painlink::assessment {

namespace {

using FS = FeatureState;

FS from_yes_no(std::optional<bool> v) { return !v ? FS::unknown : *v ? FS::met : FS::not_met; }
FS negated(FS s) { return s == FS::unknown ? FS::unknown : s == FS::met ? FS::not_met : FS::met; }

// A choice feature: met when the answer is one of `ids`, not met for another answer, unknown when
// unanswered.
FS choice_is(const AssessmentTake& t, Q q, std::initializer_list<std::string_view> ids) {
  const Option* o = answer_of(t, q);
  if (!o) return FS::unknown;
  for (std::string_view id : ids)
    if (id == o->id) return FS::met;
  return FS::not_met;
}

// Both must be met; either not met rules it out.
FS both(FS a, FS b) {
  if (a == FS::not_met || b == FS::not_met) return FS::not_met;
  return a == FS::met && b == FS::met ? FS::met : FS::unknown;
}
FS either(FS a, FS b) { return negated(both(negated(a), negated(b))); }

// At least `n` of `states` met: met when the known ones reach it, not met when even every unknown
// could not, unknown in between.
FS at_least(int n, std::initializer_list<FS> states) {
  int met = 0, unknown = 0;
  for (FS s : states) {
    if (s == FS::met) ++met;
    if (s == FS::unknown) ++unknown;
  }
  if (met >= n) return FS::met;
  return met + unknown >= n ? FS::unknown : FS::not_met;
}

Fit fit_from(FS s) {
  return s == FS::met ? Fit::fits : s == FS::unknown ? Fit::not_enough_answers : Fit::does_not_fit;
}

struct HeadacheFeatures {
  FS duration_4_72, one_sided, pulsating, mod_severe, activity, nausea, light, sound, aura;
  FS duration_30, both_sides, pressing, mild_moderate;
};

HeadacheFeatures headache_features(const AssessmentTake& t) {
  HeadacheFeatures h{};
  h.duration_4_72 = choice_is(t, Q::headache_duration, {"4h_72h"});
  // ICHD-3 2.x B allows 30 minutes to 7 days; "more than 3 days" is counted as within it (the
  // form does not ask beyond), chronic tension-type headache may last longer still.
  h.duration_30 = choice_is(t, Q::headache_duration, {"30m_4h", "4h_72h", "gt72h"});
  h.one_sided = choice_is(t, Q::headache_side, {"one_side"});
  // The back of the head is neither one-sided nor "both sides" as ICHD-3 counts it.
  h.both_sides = choice_is(t, Q::headache_side, {"both_sides"});
  h.pulsating = choice_is(t, Q::headache_quality, {"throbbing"});
  h.pressing = choice_is(t, Q::headache_quality, {"pressing"});
  h.mod_severe = choice_is(t, Q::headache_severity, {"moderate", "severe"});
  h.mild_moderate = choice_is(t, Q::headache_severity, {"mild", "moderate"});
  h.activity = from_yes_no(yes_no(t, Q::headache_activity));
  h.nausea = from_yes_no(yes_no(t, Q::headache_nausea));
  h.light = from_yes_no(yes_no(t, Q::headache_light));
  h.sound = from_yes_no(yes_no(t, Q::headache_sound));
  h.aura = from_yes_no(yes_no(t, Q::headache_aura));
  return h;
}

PatternMatch migraine(const HeadacheFeatures& h) {
  const FS light_and_sound = both(h.light, h.sound);
  const FS c = at_least(2, {h.one_sided, h.pulsating, h.mod_severe, h.activity});
  const FS d = either(h.nausea, light_and_sound);
  return {Pattern::migraine_like,
          fit_from(both(h.duration_4_72, both(c, d))),
          {{Feature::duration_4_to_72h, h.duration_4_72},
           {Feature::one_sided, h.one_sided},
           {Feature::pulsating, h.pulsating},
           {Feature::moderate_or_severe, h.mod_severe},
           {Feature::worse_with_activity, h.activity},
           {Feature::nausea_or_vomiting, h.nausea},
           {Feature::light_and_sound, light_and_sound}}};
}

PatternMatch migraine_with_aura(const HeadacheFeatures& h) {
  return {Pattern::migraine_with_aura_like, fit_from(h.aura), {{Feature::aura, h.aura}}};
}

PatternMatch tension_type(const HeadacheFeatures& h) {
  const FS not_activity = negated(h.activity);
  const FS no_nausea = negated(h.nausea);
  const FS not_both = negated(both(h.light, h.sound));
  const FS c = at_least(2, {h.both_sides, h.pressing, h.mild_moderate, not_activity});
  return {Pattern::tension_type_like,
          fit_from(both(h.duration_30, both(c, both(no_nausea, not_both)))),
          {{Feature::duration_30min_or_more, h.duration_30},
           {Feature::both_sides, h.both_sides},
           {Feature::pressing, h.pressing},
           {Feature::mild_or_moderate, h.mild_moderate},
           {Feature::not_worse_with_activity, not_activity},
           {Feature::no_nausea, no_nausea},
           {Feature::not_light_and_sound, not_both}}};
}

PatternMatch neck_related(const AssessmentTake& t) {
  const FS provoked = from_yes_no(yes_no(t, Q::neck_movement));
  const FS reduced = from_yes_no(yes_no(t, Q::neck_reduced));
  // ICHD-3 11.2.1 C3: reduced neck movement and headache made worse by provoking it. Where the pain
  // starts and a fixed side are supporting features, listed but not required.
  return {Pattern::neck_related,
          fit_from(both(provoked, reduced)),
          {{Feature::neck_provoked, provoked},
           {Feature::neck_reduced, reduced},
           {Feature::neck_start_spread, from_yes_no(yes_no(t, Q::neck_start_spread))},
           {Feature::same_side, from_yes_no(yes_no(t, Q::neck_same_side))}}};
}

PatternMatch sciatica(const AssessmentTake& t) {
  const FS knee = from_yes_no(yes_no(t, Q::back_below_knee));
  const FS worse = from_yes_no(yes_no(t, Q::back_leg_worse));
  const FS numb = from_yes_no(yes_no(t, Q::back_leg_numb));
  return {Pattern::sciatica_like,
          fit_from(both(knee, either(worse, numb))),
          {{Feature::below_knee, knee}, {Feature::leg_worse_than_back, worse}, {Feature::leg_numbness, numb}}};
}

// A "no" to "do you get headaches / back pain" rules that side's patterns out; the features keep
// their own answers so the printout shows what was said.
void rule_out_if_no(PatternMatch& p, std::optional<bool> has) {
  if (has == false) p.fit = Fit::does_not_fit;
}

MedicationDays medication(const AssessmentTake& t) {
  MedicationDays m;
  m.simple = answer_of(t, Q::med_simple_days);
  m.specific = answer_of(t, Q::med_specific_days);
  m.simple_reached = m.simple && m.simple->from >= analysis::kSimpleAnalgesicDays;
  m.specific_reached = m.specific && m.specific->from >= analysis::kSpecificDrugDays;
  return m;
}

SpecialistFlag specialist(const AssessmentTake& t) {
  SpecialistFlag s;
  bool tried = false;
  for (Q q : {Q::care_rest, Q::care_otc, Q::care_ice_heat, Q::care_posture, Q::care_lifestyle})
    tried = tried || yes_no(t, q) == true;
  const Option* how_long = answer_of(t, Q::care_duration);
  if (tried && how_long && how_long->from >= analysis::kSpecialistAfterDays && yes_no(t, Q::care_helped) == false) {
    s.suggest = true;
    s.reasons.push_back(SpecialistReason::care_not_helping);
  }
  return s;
}

TrackSuggestions track(const AssessmentTake& t) {
  TrackSuggestions out;
  for (FactorField f : kAllFactorFields) {
    Q q = Q::count_;
    switch (f) {
      case FactorField::sleep_hours: q = Q::cause_sleep; break;
      case FactorField::stress: q = Q::cause_stress; break;
      case FactorField::screen_hours: q = Q::cause_screen; break;
      case FactorField::sitting_hours: q = Q::cause_desk; break;
      case FactorField::water_glasses: q = Q::cause_fluids; break;
      default: break;
    }
    if (q != Q::count_ && yes_no(t, q) == true) out.factors.push_back(f);
  }
  for (DrugClass c : kAllDrugClasses) {
    Q q = Q::count_;
    switch (c) {
      case DrugClass::nsaid:
      case DrugClass::aspirin: q = Q::med_kind_nsaid; break;  // one question asks about both
      case DrugClass::paracetamol: q = Q::med_kind_paracetamol; break;
      case DrugClass::triptan: q = Q::med_kind_triptan; break;
      case DrugClass::ergot: q = Q::med_kind_ergot; break;
      case DrugClass::opioid: q = Q::med_kind_opioid; break;
      case DrugClass::combination: q = Q::med_kind_combination; break;
      default: break;
    }
    if (q != Q::count_ && yes_no(t, q) == true) out.medicines.push_back(c);
  }
  return out;
}

}  // namespace

AssessmentResult evaluate_take(const AssessmentTake& take, const Screening& screening, Date today) {
  AssessmentResult r;
  r.red_flags = analysis::evaluate_red_flags(screening, today);
  const HeadacheFeatures h = headache_features(take);
  r.patterns = {migraine(h), migraine_with_aura(h), tension_type(h), neck_related(take), sciatica(take)};
  const std::optional<bool> headaches = yes_no(take, Q::headache_any);
  for (Pattern p : {Pattern::migraine_like, Pattern::migraine_with_aura_like, Pattern::tension_type_like,
                    Pattern::neck_related})
    rule_out_if_no(r.patterns[static_cast<std::size_t>(p)], headaches);
  rule_out_if_no(r.patterns[static_cast<std::size_t>(Pattern::sciatica_like)], yes_no(take, Q::back_any));
  r.medication = medication(take);
  r.specialist = specialist(take);
  r.track = track(take);
  for (const Question& q : questions())
    if (const Option* o = answer_of(take, q.q)) r.answers.push_back({&q, o});
  r.answered = static_cast<int>(r.answers.size());
  r.unknown_ids = unknown_answer_ids(take);
  r.answered_on = take.answered_on;
  return r;
}

AssessmentResult evaluate_assessment(const Journal& journal, Date today) {
  return evaluate_take(journal.assessment.current, journal.screening, today);
}

const PatternMatch& pattern(const AssessmentResult& r, Pattern p) { return r.patterns[static_cast<std::size_t>(p)]; }

std::vector<AnswerChange> compare(const AssessmentTake& previous, const AssessmentTake& current) {
  std::vector<AnswerChange> out;
  for (const Question& q : questions()) {
    const Option* before = answer_of(previous, q.q);
    const Option* after = answer_of(current, q.q);
    if (before != after) out.push_back({&q, before, after});
  }
  return out;
}

}  // namespace painlink::assessment
