#include "core/validate.hpp"

#include <cmath>

#include "core/json_text.hpp"
#include "core/utf8.hpp"

namespace painlink {

bool in_range(IntRange r, long long v) { return v >= r.lo && v <= r.hi; }

bool in_range(NumberRange r, double v) {
  if (!std::isfinite(v)) return false;
  return (r.lo_exclusive ? v > r.lo : v >= r.lo) && v <= r.hi;
}

std::string describe_number(double v) {
  if (std::isnan(v)) return "not a number";
  if (std::isinf(v)) return v > 0 ? "infinity" : "minus infinity";
  if (v == std::floor(v) && std::fabs(v) < 1e15) return std::to_string(static_cast<long long>(v));  // "24", not "24.0"
  return dump_compact(Json(v));  // shortest text that reads back as v
}

std::string int_rule(IntRange r, const std::string& got) {
  return "must be a whole number from " + std::to_string(r.lo) + " to " + std::to_string(r.hi) + " (got " + got +
         ")";
}

std::string number_rule(NumberRange r, const std::string& got) {
  const std::string lo = describe_number(r.lo);
  const std::string hi = describe_number(r.hi);
  if (r.lo_exclusive) return "must be a number above " + lo + " and at most " + hi + " (got " + got + ")";
  return "must be a number from " + lo + " to " + hi + " (got " + got + ")";
}

std::string quoted_key(const std::string& key) { return "[" + dump_compact(Json(key)) + "]"; }

namespace {

// Paths are built only for a failure: validating a 20-year journal checks ~200 000 fields.
class Checker {
 public:
  explicit Checker(std::vector<FieldError>& errors, std::string prefix = "")
      : errors_(errors), prefix_(std::move(prefix)) {}

  void fail(std::string_view field, std::string message) {
    errors_.push_back({prefix_ + std::string(field), std::move(message)});
  }

  void whole(std::string_view field, int v, IntRange r) {
    if (!in_range(r, v)) fail(field, int_rule(r, std::to_string(v)));
  }
  void whole(std::string_view field, const std::optional<int>& v, IntRange r) {
    if (v) whole(field, *v, r);
  }
  void number(std::string_view field, const std::optional<double>& v, NumberRange r) {
    if (v && !in_range(r, *v)) fail(field, number_rule(r, describe_number(*v)));
  }
  // Free text: valid UTF-8 and at most max_chars code points (min_chars for names).
  void text(std::string_view field, const std::string& s, std::size_t min_chars, std::size_t max_chars) {
    if (!valid_utf8(s)) {
      fail(field, "contains bytes that are not valid UTF-8 text");
      return;
    }
    const std::size_t n = code_points(s);
    if (n < min_chars || n > max_chars) {
      const std::string got = " (got " + std::to_string(n) + ")";
      if (min_chars == 0) fail(field, "must be at most " + std::to_string(max_chars) + " characters" + got);
      else
        fail(field, "must be " + std::to_string(min_chars) + " to " + std::to_string(max_chars) + " characters" + got);
    }
  }

 private:
  std::vector<FieldError>& errors_;
  std::string prefix_;
};

template <class E, std::size_t N>
bool known_enum(E v, const E (&all)[N]) {
  for (E a : all)
    if (a == v) return true;
  return false;
}

bool known_side(HeadacheSide s) {
  return s == HeadacheSide::left || s == HeadacheSide::right || s == HeadacheSide::both;
}

void check_factors(Checker& c, const Factors& f) {
  c.number("factors.sleep_hours", f.sleep_hours, limits::kHoursPerDay);
  c.whole("factors.stress", f.stress, limits::kScale0to10);
  c.number("factors.screen_hours", f.screen_hours, limits::kHoursPerDay);
  c.number("factors.sitting_hours", f.sitting_hours, limits::kHoursPerDay);
  c.whole("factors.water_glasses", f.water_glasses, limits::kWaterGlasses);
  c.whole("factors.caffeine_cups", f.caffeine_cups, limits::kCaffeineCups);
  c.number("factors.alcohol_units", f.alcohol_units, limits::kAlcoholUnits);
  c.whole("factors.exercise_minutes", f.exercise_minutes, limits::kExerciseMinutes);
  if (f.custom.size() > static_cast<std::size_t>(kMaxCustomFactors))
    c.fail("factors.custom", "can hold at most " + std::to_string(kMaxCustomFactors) + " custom factors (got " +
                                 std::to_string(f.custom.size()) + ")");
  for (const auto& [name, value] : f.custom) {
    (void)value;
    const std::size_t n = code_points(name);
    if (valid_utf8(name) && n >= 1 && n <= static_cast<std::size_t>(kMaxCustomFactorChars)) continue;
    // The key is printed only when it is valid UTF-8, so the path itself stays readable.
    c.text(valid_utf8(name) ? "factors.custom" + quoted_key(name) : "factors.custom", name, 1, kMaxCustomFactorChars);
  }
}

void check_treatment(std::vector<FieldError>& errors, const Treatment& t, std::size_t index) {
  Checker c(errors, "treatments[" + std::to_string(index) + "].");
  if (!known_enum(t.type, kAllTreatmentTypes)) c.fail("type", "is not a known treatment type");
  c.text("name", t.name, 0, kMaxTreatmentNameChars);
  const bool medication = t.type == TreatmentType::medication;
  const auto medication_only = [&] {
    return std::string("is only for medication (this treatment is \"") + to_string(t.type) + "\")";
  };
  if (t.drug_class) {
    if (!medication) c.fail("drug_class", medication_only());
    else if (!known_enum(*t.drug_class, kAllDrugClasses)) c.fail("drug_class", "is not a known drug class");
  }
  if (t.dose_mg && !medication) c.fail("dose_mg", medication_only());
  else c.number("dose_mg", t.dose_mg, limits::kDoseMg);
  c.whole("relief", t.relief, limits::kScale0to10);
}

}  // namespace

std::vector<FieldError> validate_entry(const Entry& e) {
  std::vector<FieldError> errors;
  Checker c(errors);
  const CivilDate civil = civil_from_date(e.date);
  if (!is_valid_civil(civil.year, civil.month, civil.day))
    c.fail("date", "must be a calendar date from " + std::to_string(kMinYear) + " to " + std::to_string(kMaxYear));
  if (e.back_pain) c.whole("back_pain.intensity", e.back_pain->intensity, limits::kScale0to10);
  if (e.headache) {
    c.whole("headache.intensity", e.headache->intensity, limits::kScale0to10);
    c.number("headache.duration_hours", e.headache->duration_hours, limits::kHeadacheHours);
    if (e.headache->side && !known_side(*e.headache->side)) c.fail("headache.side", "is not a known side");
  }
  if (e.factors) check_factors(c, *e.factors);
  if (e.treatments.size() > static_cast<std::size_t>(kMaxTreatmentsPerDay))
    c.fail("treatments", "can hold at most " + std::to_string(kMaxTreatmentsPerDay) + " treatments per day (got " +
                             std::to_string(e.treatments.size()) + ")");
  for (std::size_t i = 0; i < e.treatments.size(); ++i) check_treatment(errors, e.treatments[i], i);
  c.text("notes", e.notes, 0, kMaxNotesChars);
  return errors;
}

std::vector<FieldError> validate_screening(const Screening& s) {
  std::vector<FieldError> errors;
  Checker c(errors);
  if (s.answered_on) {
    const CivilDate civil = civil_from_date(*s.answered_on);
    if (!is_valid_civil(civil.year, civil.month, civil.day))
      c.fail("screening.answered_on",
             "must be a calendar date from " + std::to_string(kMinYear) + " to " + std::to_string(kMaxYear));
  }
  for (const auto& [id, answer] : s.answers) {
    (void)answer;
    const std::string path = valid_utf8(id) ? "screening.answers" + quoted_key(id) : "screening.answers";
    c.text(path, id, 1, limits::kMaxScreeningIdChars);
  }
  return errors;
}

namespace {
void check_take(Checker& c, const AssessmentTake& t, const std::string& path) {
  if (t.answered_on) {
    const CivilDate civil = civil_from_date(*t.answered_on);
    if (!is_valid_civil(civil.year, civil.month, civil.day))
      c.fail(path + ".answered_on",
             "must be a calendar date from " + std::to_string(kMinYear) + " to " + std::to_string(kMaxYear));
  }
  for (const auto& [id, answer] : t.answers) {
    const std::string at = valid_utf8(id) ? path + ".answers" + quoted_key(id) : path + ".answers";
    c.text(at, id, 1, limits::kMaxScreeningIdChars);
    c.text(at, answer, 1, limits::kMaxScreeningIdChars);
  }
}
}  // namespace

std::vector<FieldError> validate_assessment(const Assessment& a) {
  std::vector<FieldError> errors;
  Checker c(errors);
  check_take(c, a.current, "assessment.current");
  if (a.previous) check_take(c, *a.previous, "assessment.previous");
  return errors;
}

}  // namespace painlink
