// The journal's value rules in one place: ranges, lengths, counts and which fields go together.
// interchange.cpp checks types and ranges while reading JSON (it still has the raw value for the
// message); validate_entry() checks a model value, e.g. one decoded from storage or built by the
// UI. Both word their messages with the helpers below so a patient sees the same sentence.
#pragma once

#include <string>
#include <vector>

#include "core/interchange.hpp"
#include "core/model.hpp"

namespace painlink {

struct IntRange {
  int lo;
  int hi;
};

struct NumberRange {
  double lo;
  double hi;
  bool lo_exclusive = false;  // dose: "above 0"
};

namespace limits {
inline constexpr IntRange kScale0to10{0, kMaxIntensity};  // intensities, stress, relief
inline constexpr IntRange kWaterGlasses{0, 40};
inline constexpr IntRange kCaffeineCups{0, 20};
inline constexpr IntRange kExerciseMinutes{0, 1440};
inline constexpr IntRange kFlareThreshold{1, kMaxIntensity};
inline constexpr NumberRange kHoursPerDay{0, 24};       // sleep, screen, sitting
inline constexpr NumberRange kAlcoholUnits{0, 40};
inline constexpr NumberRange kHeadacheHours{0, 72};
inline constexpr NumberRange kDoseMg{0, 10000, true};
inline constexpr int kMaxScreeningIdChars = 64;
}  // namespace limits

bool in_range(IntRange r, long long v);
bool in_range(NumberRange r, double v);  // false for NaN and infinities

// "must be a whole number from 0 to 10 (got 12)"
std::string int_rule(IntRange r, const std::string& got);
// "must be a number from 0 to 24 (got 25.5)", "must be a number above 0 and at most 10000 (got 0)"
std::string number_rule(NumberRange r, const std::string& got);
// "24", "12.5", "not a number", "infinity": a model double for "(got ...)"
std::string describe_number(double v);
// Printable path part for a map key: custom["weather change"]
std::string quoted_key(const std::string& key);

// Every rule a stored or edited entry must satisfy (all problems, not just the first).
std::vector<FieldError> validate_entry(const Entry& e);
std::vector<FieldError> validate_screening(const Screening& s);  // paths start "screening."
// Ids and answers 1-64 characters of valid UTF-8 (unknown ones included: they are kept).
std::vector<FieldError> validate_assessment(const Assessment& a);  // paths start "assessment."

}  // namespace painlink
