#include "core/assessment/questions.hpp"

#include "core/analysis/headache_pattern.hpp"
#include "core/analysis/medication_overuse.hpp"
#include "core/analysis/treatment_effect.hpp"
#include "core/i18n/translate.hpp"

namespace painlink::assessment {

namespace {

using S = Section;
using K = AnswerKind;
namespace a = painlink::analysis;

constexpr Option kYesNoUnsure[] = {
    {"yes", i18n::msg("Yes"), 0}, {"no", i18n::msg("No"), 0}, {"unsure", i18n::msg("Not sure"), 0}};

// Bands whose edges are the ICHD-3 limits, so a band is wholly on one side of each limit.
constexpr Option kHeadacheDays[] = {{"lt1", i18n::msg("Less than 1 day a month"), 0},
                                    {"1_3", i18n::msg("1 to 3 days a month"), 1},
                                    {"4_7", i18n::msg("4 to 7 days a month"), 4},
                                    {"8_14", i18n::msg("8 to 14 days a month"), 8},
                                    {"15_plus", i18n::msg("15 days a month or more"), a::kChronicHeadacheDays}};
constexpr Option kDuration[] = {{"lt30m", i18n::msg("Less than 30 minutes"), 0},
                                {"30m_4h", i18n::msg("30 minutes to 4 hours"), 0},
                                {"4h_72h", i18n::msg("4 hours to 3 days (72 hours)"), 0},
                                {"gt72h", i18n::msg("More than 3 days"), 0}};
constexpr Option kSide[] = {{"one_side", i18n::msg("One side of the head"), 0},
                            {"both_sides", i18n::msg("Both sides, or all over"), 0},
                            {"back_of_head", i18n::msg("The back of the head and the neck"), 0}};
constexpr Option kQuality[] = {{"throbbing", i18n::msg("Throbbing or pulsing, in time with the heartbeat"), 0},
                               {"pressing", i18n::msg("Pressing or tight, like a band or a weight"), 0}};
constexpr Option kSeverity[] = {{"mild", i18n::msg("Mild: I can carry on as usual"), 0},
                                {"moderate", i18n::msg("Moderate: it gets in the way of what I do"), 0},
                                {"severe", i18n::msg("Severe: I have to stop and rest"), 0}};
constexpr Option kBackWhere[] = {{"low", i18n::msg("Lower back"), 0},
                                 {"mid", i18n::msg("Middle of the back"), 0},
                                 {"upper_neck", i18n::msg("Upper back or neck"), 0}};
constexpr Option kBackSince[] = {{"lt6w", i18n::msg("Less than 6 weeks"), 0},
                                 {"6_12w", i18n::msg("6 to 12 weeks"), 0},
                                 {"gt12w", i18n::msg("More than 12 weeks"), 0}};
constexpr Option kSimpleDays[] = {{"none", i18n::msg("None"), 0},
                                  {"1_9", i18n::msg("1 to 9 days a month"), 1},
                                  {"10_14", i18n::msg("10 to 14 days a month"), a::kSpecificDrugDays},
                                  {"15_plus", i18n::msg("15 days a month or more"), a::kSimpleAnalgesicDays}};
constexpr Option kSpecificDays[] = {{"none", i18n::msg("None"), 0},
                                    {"1_9", i18n::msg("1 to 9 days a month"), 1},
                                    {"10_plus", i18n::msg("10 days a month or more"), a::kSpecificDrugDays}};
constexpr Option kCareDuration[] = {{"lt2w", i18n::msg("Less than 2 weeks"), 0},
                                    {"2_6w", i18n::msg("2 weeks to less than 6 weeks"), 14},
                                    {"6w_plus", i18n::msg("6 weeks or more"), a::kSpecialistAfterDays}};
static_assert(a::kSpecificDrugDays < a::kSimpleAnalgesicDays && a::kSpecialistAfterDays > 14,
              "the bands above assume these limits' order");

constexpr Question kQuestions[] = {
    // --- Your usual headache (ICHD-3 1.1, 1.2, 2.x) ---
    {Q::headache_any, "headache_any", S::headache, K::yes_no_unsure, i18n::msg("Do you get headaches?"), kYesNoUnsure},
    {Q::headache_days, "headache_days", S::headache, K::choice,
     i18n::msg("On how many days a month do you have a headache, on average?"), kHeadacheDays},
    {Q::headache_duration, "headache_duration", S::headache, K::choice,
     i18n::msg("When a headache comes and you do not treat it (or treatment does not work), how long does it usually "
               "last?"),
     kDuration},
    {Q::headache_side, "headache_side", S::headache, K::choice, i18n::msg("Where is the pain usually?"), kSide},
    {Q::headache_quality, "headache_quality", S::headache, K::choice,
     i18n::msg("What does the pain usually feel like?"), kQuality},
    {Q::headache_severity, "headache_severity", S::headache, K::choice, i18n::msg("How bad is a usual headache?"),
     kSeverity},
    {Q::headache_nausea, "headache_nausea", S::headache, K::yes_no_unsure,
     i18n::msg("During a headache, do you feel sick or throw up?"), kYesNoUnsure},
    {Q::headache_light, "headache_light", S::headache, K::yes_no_unsure,
     i18n::msg("During a headache, does light bother you more than usual?"), kYesNoUnsure},
    {Q::headache_sound, "headache_sound", S::headache, K::yes_no_unsure,
     i18n::msg("During a headache, do ordinary sounds bother you more than usual?"), kYesNoUnsure},
    {Q::headache_aura, "headache_aura", S::headache, K::yes_no_unsure,
     i18n::msg("Before or as a headache starts, do you sometimes see zigzag lines, flashing lights or a blind spot, or "
               "feel pins and needles spreading on one side, for 5 to 60 minutes, and then it goes away completely?"),
     kYesNoUnsure},
    {Q::headache_activity, "headache_activity", S::headache, K::yes_no_unsure,
     i18n::msg("Does everyday activity like walking or climbing stairs make the headache worse, or do you avoid it "
               "because of the headache?"),
     kYesNoUnsure},
    // --- Neck (ICHD-3 11.2.1) ---
    {Q::neck_start_spread, "neck_start_spread", S::neck, K::yes_no_unsure,
     i18n::msg("Does the headache start in your neck or the back of your head and spread forward?"), kYesNoUnsure},
    {Q::neck_movement, "neck_movement", S::neck, K::yes_no_unsure,
     i18n::msg("Is the headache brought on or made worse by moving your neck, or by holding your head in one position "
               "for a long time (at a desk, on a phone, driving)?"),
     kYesNoUnsure},
    {Q::neck_reduced, "neck_reduced", S::neck, K::yes_no_unsure,
     i18n::msg("Is it harder than it used to be to turn or tilt your head?"), kYesNoUnsure},
    {Q::neck_same_side, "neck_same_side", S::neck, K::yes_no_unsure,
     i18n::msg("Is the headache always on the same side?"), kYesNoUnsure},
    // --- Back (NICE CKS Low back pain, Sciatica) ---
    {Q::back_any, "back_any", S::back, K::yes_no_unsure, i18n::msg("Do you have back or neck pain?"), kYesNoUnsure},
    {Q::back_where, "back_where", S::back, K::choice, i18n::msg("Where is the back pain mostly?"), kBackWhere},
    {Q::back_since, "back_since", S::back, K::choice, i18n::msg("How long have you had this back pain?"), kBackSince},
    {Q::back_below_knee, "back_below_knee", S::back, K::yes_no_unsure,
     i18n::msg("Does the pain go down one leg to below the knee?"), kYesNoUnsure},
    {Q::back_leg_worse, "back_leg_worse", S::back, K::yes_no_unsure,
     i18n::msg("Is the pain in your leg worse than the pain in your back?"), kYesNoUnsure},
    {Q::back_leg_numb, "back_leg_numb", S::back, K::yes_no_unsure,
     i18n::msg("Do you have numbness, tingling or pins and needles in that leg or foot?"), kYesNoUnsure},
    {Q::back_worse_sitting, "back_worse_sitting", S::back, K::yes_no_unsure,
     i18n::msg("Is the back pain worse when you sit for a while?"), kYesNoUnsure},
    {Q::back_worse_standing, "back_worse_standing", S::back, K::yes_no_unsure,
     i18n::msg("Is the back pain worse when you stand or walk for a while?"), kYesNoUnsure},
    // --- Everyday causes ---
    {Q::cause_stress, "cause_stress", S::everyday, K::yes_no_unsure,
     i18n::msg("Have you been under a lot of stress lately?"), kYesNoUnsure},
    {Q::cause_desk, "cause_desk", S::everyday, K::yes_no_unsure,
     i18n::msg("Do you sit at a desk or a computer for several hours on most days?"), kYesNoUnsure},
    {Q::cause_screen, "cause_screen", S::everyday, K::yes_no_unsure,
     i18n::msg("Do you look at screens for many hours a day, or do your eyes often feel tired or strained?"),
     kYesNoUnsure},
    {Q::cause_fluids, "cause_fluids", S::everyday, K::yes_no_unsure,
     i18n::msg("Do you often drink little during the day (fewer than about 6 glasses)?"), kYesNoUnsure},
    {Q::cause_sleep, "cause_sleep", S::everyday, K::yes_no_unsure,
     i18n::msg("Do you often sleep badly, or less than about 6 hours?"), kYesNoUnsure},
    {Q::cause_injury, "cause_injury", S::everyday, K::yes_no_unsure,
     i18n::msg("Have you ever hurt your head or neck, for example in a fall or a whiplash injury?"), kYesNoUnsure},
    // --- Medicines (ICHD-3 8.2) and care tried ---
    {Q::med_kind_paracetamol, "med_kind_paracetamol", S::medicines, K::yes_no_unsure,
     i18n::msg("Do you take paracetamol (acetaminophen) for the pain?"), kYesNoUnsure},
    {Q::med_kind_nsaid, "med_kind_nsaid", S::medicines, K::yes_no_unsure,
     i18n::msg("Do you take ibuprofen, naproxen, aspirin or another anti-inflammatory painkiller?"), kYesNoUnsure},
    {Q::med_kind_triptan, "med_kind_triptan", S::medicines, K::yes_no_unsure,
     i18n::msg("Do you take a triptan (for example sumatriptan or rizatriptan)?"), kYesNoUnsure},
    {Q::med_kind_ergot, "med_kind_ergot", S::medicines, K::yes_no_unsure, i18n::msg("Do you take ergotamine?"),
     kYesNoUnsure},
    {Q::med_kind_opioid, "med_kind_opioid", S::medicines, K::yes_no_unsure,
     i18n::msg("Do you take codeine, tramadol or another opioid painkiller?"), kYesNoUnsure},
    {Q::med_kind_combination, "med_kind_combination", S::medicines, K::yes_no_unsure,
     i18n::msg("Do you take a painkiller that combines several medicines in one tablet (for example with caffeine or "
               "codeine)?"),
     kYesNoUnsure},
    {Q::med_simple_days, "med_simple_days", S::medicines, K::choice,
     i18n::msg("On how many days a month do you take paracetamol, ibuprofen, naproxen or aspirin (count a day once, "
               "however many tablets)?"),
     kSimpleDays},
    {Q::med_specific_days, "med_specific_days", S::medicines, K::choice,
     i18n::msg(
         "On how many days a month do you take a triptan, ergotamine, an opioid or a combination painkiller (count "
         "a day once)?"),
     kSpecificDays},
    {Q::care_rest, "care_rest", S::medicines, K::yes_no_unsure, i18n::msg("Have you tried rest for the pain?"),
     kYesNoUnsure},
    {Q::care_otc, "care_otc", S::medicines, K::yes_no_unsure,
     i18n::msg("Have you tried painkillers from a pharmacy or shop?"), kYesNoUnsure},
    {Q::care_ice_heat, "care_ice_heat", S::medicines, K::yes_no_unsure,
     i18n::msg("Have you tried ice packs and heat, one after the other?"), kYesNoUnsure},
    {Q::care_posture, "care_posture", S::medicines, K::yes_no_unsure,
     i18n::msg("Have you tried changing your posture or your desk and chair?"), kYesNoUnsure},
    {Q::care_lifestyle, "care_lifestyle", S::medicines, K::yes_no_unsure,
     i18n::msg("Have you tried changes to what you eat and drink, or regular exercise?"), kYesNoUnsure},
    {Q::care_duration, "care_duration", S::medicines, K::choice, i18n::msg("For how long have you been trying these?"),
     kCareDuration},
    {Q::care_helped, "care_helped", S::medicines, K::yes_no_unsure, i18n::msg("Have they clearly helped?"),
     kYesNoUnsure},
};
static_assert(std::size(kQuestions) == static_cast<std::size_t>(kQuestionCount), "one row per Q");

constexpr bool rows_in_order() {
  for (std::size_t i = 0; i < std::size(kQuestions); ++i)
    if (static_cast<std::size_t>(kQuestions[i].q) != i) return false;
  return true;
}
static_assert(rows_in_order(), "questions()[int(q)] must be q's row");

}  // namespace

const char* to_string(Section s) {
  switch (s) {
    case Section::headache: return "headache";
    case Section::neck: return "neck";
    case Section::back: return "back";
    case Section::everyday: return "everyday";
    case Section::medicines: return "medicines";
  }
  return "headache";
}

const char* section_title(Section s) {
  switch (s) {
    case Section::headache: return i18n::tr("Your usual headache");
    case Section::neck: return i18n::tr("Your neck");
    case Section::back: return i18n::tr("Your back");
    case Section::everyday: return i18n::tr("Everyday causes");
    case Section::medicines: return i18n::tr("Medicines and what you have tried");
  }
  return "";
}

std::span<const Question> questions() { return kQuestions; }

const Question& question(Q q) { return kQuestions[static_cast<std::size_t>(q)]; }

const Question* find_question(std::string_view id) {
  for (const Question& q : kQuestions)
    if (id == q.id) return &q;
  return nullptr;
}

const Option* find_option(const Question& q, std::string_view answer) {
  for (const Option& o : q.options)
    if (answer == o.id) return &o;
  return nullptr;
}

const Option* answer_of(const AssessmentTake& take, Q q) {
  const Question& row = question(q);
  const auto it = take.answers.find(row.id);
  return it == take.answers.end() ? nullptr : find_option(row, it->second);
}

std::optional<bool> yes_no(const AssessmentTake& take, Q q) {
  const Option* o = answer_of(take, q);
  if (!o || question(q).kind != AnswerKind::yes_no_unsure) return std::nullopt;
  if (o == &kYesNoUnsure[0]) return true;
  if (o == &kYesNoUnsure[1]) return false;
  return std::nullopt;
}

std::vector<std::string> unknown_answer_ids(const AssessmentTake& take) {
  std::vector<std::string> out;
  for (const auto& [id, answer] : take.answers) {
    const Question* q = find_question(id);
    if (!q || !find_option(*q, answer)) out.push_back(id);
  }
  return out;
}

}  // namespace painlink::assessment
