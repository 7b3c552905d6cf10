// The self-assessment's rules (src/core/assessment/README.md) at their boundaries.
#include <doctest/doctest.h>

#include <set>

#include "core/assessment/evaluate.hpp"
#include "core/assessment/wording.hpp"

using namespace painlink;
using namespace painlink::assessment;

namespace {

const Date kToday = date_from_civil(2026, 11, 20);

Journal with(std::initializer_list<std::pair<const char*, const char*>> answers) {
  Journal j;
  for (const auto& [id, value] : answers) j.assessment.current.answers[id] = value;
  return j;
}

Fit fit_of(const Journal& j, Pattern p) { return pattern(evaluate_assessment(j, kToday), p).fit; }

FeatureState state_of(const Journal& j, Pattern p, Feature f) {
  const AssessmentResult r = evaluate_assessment(j, kToday);
  for (const FeatureCheck& c : pattern(r, p).features)
    if (c.feature == f) return c.state;
  FAIL("feature not listed");
  return FeatureState::unknown;
}

}  // namespace

TEST_CASE("assessment questions: ids are unique and every answer has options") {
  std::set<std::string> ids;
  for (const Question& q : questions()) {
    CHECK(ids.insert(q.id).second);
    CHECK(!q.options.empty());
    CHECK(find_question(q.id) == &q);
    // The safety questions are the screening's, never repeated here.
    CHECK(analysis::find_red_flag_question(q.id) == nullptr);
  }
  CHECK(ids.size() == static_cast<std::size_t>(kQuestionCount));
}

TEST_CASE("assessment: migraine-like needs at least 2 of the C features, exactly") {
  // B and D met; C: one feature only.
  Journal j = with({{"headache_duration", "4h_72h"}, {"headache_nausea", "yes"}, {"headache_side", "one_side"},
                    {"headache_quality", "pressing"}, {"headache_severity", "mild"}, {"headache_activity", "no"}});
  CHECK(fit_of(j, Pattern::migraine_like) == Fit::does_not_fit);
  // The second C feature makes it fit.
  j.assessment.current.answers["headache_severity"] = "moderate";
  CHECK(fit_of(j, Pattern::migraine_like) == Fit::fits);
  CHECK(state_of(j, Pattern::migraine_like, Feature::moderate_or_severe) == FeatureState::met);
  CHECK(state_of(j, Pattern::migraine_like, Feature::pulsating) == FeatureState::not_met);
}

TEST_CASE("assessment: migraine-like D needs nausea, or light AND sound together") {
  Journal j = with({{"headache_duration", "4h_72h"}, {"headache_side", "one_side"},
                    {"headache_quality", "throbbing"}, {"headache_nausea", "no"}, {"headache_light", "yes"},
                    {"headache_sound", "no"}});
  CHECK(fit_of(j, Pattern::migraine_like) == Fit::does_not_fit);  // light alone is not enough
  j.assessment.current.answers["headache_sound"] = "yes";
  CHECK(fit_of(j, Pattern::migraine_like) == Fit::fits);
}

TEST_CASE("assessment: migraine-like B is 4 to 72 hours; shorter or longer does not fit") {
  Journal j = with({{"headache_side", "one_side"}, {"headache_quality", "throbbing"}, {"headache_nausea", "yes"}});
  for (const char* d : {"lt30m", "30m_4h", "gt72h"}) {
    j.assessment.current.answers["headache_duration"] = d;
    CHECK(fit_of(j, Pattern::migraine_like) == Fit::does_not_fit);
  }
  j.assessment.current.answers["headache_duration"] = "4h_72h";
  CHECK(fit_of(j, Pattern::migraine_like) == Fit::fits);
}

TEST_CASE("assessment: unanswered and 'not sure' are unknown, not no") {
  // Only B and D given: C could still be met, so the answer is "not enough answers".
  Journal j = with({{"headache_duration", "4h_72h"}, {"headache_nausea", "yes"}});
  CHECK(fit_of(j, Pattern::migraine_like) == Fit::not_enough_answers);
  CHECK(state_of(j, Pattern::migraine_like, Feature::worse_with_activity) == FeatureState::unknown);
  j.assessment.current.answers["headache_activity"] = "unsure";
  CHECK(state_of(j, Pattern::migraine_like, Feature::worse_with_activity) == FeatureState::unknown);
  j.assessment.current.answers["headache_activity"] = "no";
  CHECK(state_of(j, Pattern::migraine_like, Feature::worse_with_activity) == FeatureState::not_met);
  // Nothing answered at all: nothing fits, nothing is ruled out.
  const AssessmentResult empty = evaluate_assessment(Journal{}, kToday);
  for (const PatternMatch& p : empty.patterns) CHECK(p.fit == Fit::not_enough_answers);
  CHECK(empty.answered == 0);
}

TEST_CASE("assessment: migraine with aura fits on the aura answer") {
  Journal j = with({{"headache_aura", "no"}});
  CHECK(fit_of(j, Pattern::migraine_with_aura_like) == Fit::does_not_fit);
  j.assessment.current.answers["headache_aura"] = "yes";
  CHECK(fit_of(j, Pattern::migraine_with_aura_like) == Fit::fits);
  j.assessment.current.answers["headache_aura"] = "unsure";
  CHECK(fit_of(j, Pattern::migraine_with_aura_like) == Fit::not_enough_answers);
}

TEST_CASE("assessment: tension-type-like: 2 of the C features, no nausea, at most one of light and sound") {
  Journal j = with({{"headache_duration", "30m_4h"}, {"headache_side", "both_sides"},
                    {"headache_quality", "throbbing"}, {"headache_severity", "severe"},
                    {"headache_activity", "yes"}, {"headache_nausea", "no"}, {"headache_light", "yes"},
                    {"headache_sound", "no"}});
  CHECK(fit_of(j, Pattern::tension_type_like) == Fit::does_not_fit);  // one C feature
  j.assessment.current.answers["headache_quality"] = "pressing";
  CHECK(fit_of(j, Pattern::tension_type_like) == Fit::fits);
  j.assessment.current.answers["headache_sound"] = "yes";  // both: D2 fails
  CHECK(fit_of(j, Pattern::tension_type_like) == Fit::does_not_fit);
  j.assessment.current.answers["headache_sound"] = "no";
  j.assessment.current.answers["headache_nausea"] = "yes";  // D1 fails
  CHECK(fit_of(j, Pattern::tension_type_like) == Fit::does_not_fit);
  j.assessment.current.answers["headache_nausea"] = "no";
  j.assessment.current.answers["headache_duration"] = "lt30m";  // B fails
  CHECK(fit_of(j, Pattern::tension_type_like) == Fit::does_not_fit);
}

TEST_CASE("assessment: 'no headaches' rules the headache patterns out") {
  Journal j = with({{"headache_any", "no"}});
  CHECK(fit_of(j, Pattern::migraine_like) == Fit::does_not_fit);
  CHECK(fit_of(j, Pattern::tension_type_like) == Fit::does_not_fit);
  CHECK(fit_of(j, Pattern::neck_related) == Fit::does_not_fit);
  CHECK(fit_of(j, Pattern::sciatica_like) == Fit::not_enough_answers);
}

TEST_CASE("assessment: neck-related needs neck-provoked headache and reduced neck movement") {
  Journal j = with({{"neck_movement", "yes"}, {"neck_reduced", "no"}, {"neck_start_spread", "yes"},
                    {"neck_same_side", "yes"}});
  CHECK(fit_of(j, Pattern::neck_related) == Fit::does_not_fit);
  j.assessment.current.answers["neck_reduced"] = "yes";
  CHECK(fit_of(j, Pattern::neck_related) == Fit::fits);
  CHECK(state_of(j, Pattern::neck_related, Feature::same_side) == FeatureState::met);
}

TEST_CASE("assessment: sciatica-like needs pain below the knee and one of leg-worse or numbness") {
  Journal j = with({{"back_below_knee", "yes"}, {"back_leg_worse", "no"}, {"back_leg_numb", "no"}});
  CHECK(fit_of(j, Pattern::sciatica_like) == Fit::does_not_fit);
  j.assessment.current.answers["back_leg_numb"] = "yes";
  CHECK(fit_of(j, Pattern::sciatica_like) == Fit::fits);
  j.assessment.current.answers["back_below_knee"] = "no";
  CHECK(fit_of(j, Pattern::sciatica_like) == Fit::does_not_fit);
}

TEST_CASE("assessment: medicine days reach the ICHD-3 8.2 limits at 15 simple and 10 specific days") {
  Journal j = with({{"med_simple_days", "10_14"}, {"med_specific_days", "1_9"}});
  MedicationDays m = evaluate_assessment(j, kToday).medication;
  CHECK_FALSE(m.simple_reached);   // 14 days
  CHECK_FALSE(m.specific_reached); // 9 days
  CHECK_FALSE(m.warning());
  j.assessment.current.answers["med_simple_days"] = "15_plus";
  m = evaluate_assessment(j, kToday).medication;
  CHECK(m.simple_reached);
  CHECK_FALSE(m.specific_reached);
  j.assessment.current.answers["med_simple_days"] = "none";
  j.assessment.current.answers["med_specific_days"] = "10_plus";
  m = evaluate_assessment(j, kToday).medication;
  CHECK_FALSE(m.simple_reached);
  CHECK(m.specific_reached);
  CHECK(m.warning());
  CHECK(std::string(medication_sentence(m)).find("not a diagnosis") != std::string::npos);
}

TEST_CASE("assessment: care for 6 weeks or more that has not helped suggests a specialist; under 6 does not") {
  Journal j = with({{"care_rest", "yes"}, {"care_duration", "2_6w"}, {"care_helped", "no"}});
  CHECK_FALSE(evaluate_assessment(j, kToday).specialist.suggest);
  j.assessment.current.answers["care_duration"] = "6w_plus";
  const SpecialistFlag s = evaluate_assessment(j, kToday).specialist;
  CHECK(s.suggest);
  REQUIRE(s.reasons.size() == 1);
  CHECK(s.reasons[0] == SpecialistReason::care_not_helping);
  j.assessment.current.answers["care_helped"] = "yes";
  CHECK_FALSE(evaluate_assessment(j, kToday).specialist.suggest);
  j.assessment.current.answers["care_helped"] = "no";
  j.assessment.current.answers["care_rest"] = "no";  // nothing tried
  CHECK_FALSE(evaluate_assessment(j, kToday).specialist.suggest);
}

TEST_CASE("assessment: what to track follows the answers") {
  Journal j = with({{"cause_stress", "yes"}, {"cause_screen", "yes"}, {"cause_sleep", "yes"},
                    {"cause_fluids", "no"}, {"cause_desk", "unsure"}, {"med_kind_nsaid", "yes"},
                    {"med_kind_triptan", "yes"}});
  const TrackSuggestions t = evaluate_assessment(j, kToday).track;
  CHECK(t.factors == std::vector<FactorField>{FactorField::sleep_hours, FactorField::stress, FactorField::screen_hours});
  CHECK(t.medicines == std::vector<DrugClass>{DrugClass::nsaid, DrugClass::aspirin, DrugClass::triptan});
}

TEST_CASE("assessment: the red flags come from the screening answers, the same ones the check-in uses") {
  Journal j = with({{"headache_duration", "4h_72h"}});
  j.screening.answered_on = kToday;
  j.screening.answers["headache_thunderclap"] = true;
  const AssessmentResult r = evaluate_assessment(j, kToday);
  CHECK(r.red_flags.emergency);
  CHECK(r.red_flags.headline == analysis::evaluate_red_flags(j.screening, kToday).headline);
}

TEST_CASE("assessment: answers list, unknown ids and compare") {
  Journal j = with({{"headache_side", "one_side"}, {"cause_stress", "yes"}, {"future_question", "yes"},
                    {"headache_severity", "unbearable"}});
  const AssessmentResult r = evaluate_assessment(j, kToday);
  CHECK(r.answered == 2);
  CHECK(r.unknown_ids == std::vector<std::string>{"future_question", "headache_severity"});
  AssessmentTake before = j.assessment.current;
  AssessmentTake after = before;
  after.answers["headache_side"] = "both_sides";
  after.answers.erase("cause_stress");
  after.answers["cause_sleep"] = "no";
  const std::vector<AnswerChange> changes = compare(before, after);
  REQUIRE(changes.size() == 3);
  CHECK(std::string(changes[0].question->id) == "headache_side");
  CHECK(std::string(changes[0].before->id) == "one_side");
  CHECK(std::string(changes[0].after->id) == "both_sides");
  CHECK(std::string(changes[1].question->id) == "cause_stress");
  CHECK(changes[1].after == nullptr);
  CHECK(std::string(changes[2].question->id) == "cause_sleep");
  CHECK(changes[2].before == nullptr);
}

TEST_CASE("assessment wording: every pattern says it is not a diagnosis") {
  for (int i = 0; i < kPatternCount; ++i) {
    const auto p = static_cast<Pattern>(i);
    CHECK(std::string(pattern_name(p)).size() > 0);
    CHECK(std::string(pattern_sentence(p)).find("not a diagnosis") != std::string::npos);
  }
  for (const Feature f : {Feature::one_sided, Feature::light_and_sound, Feature::below_knee})
    CHECK(std::string(feature_text(f)).size() > 0);
}
