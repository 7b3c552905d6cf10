// Errors as values: what every reader of untrusted text in the core returns (interchange entries,
// settings, message catalogues). Nothing that reads text throws to its caller or aborts.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace painlink {

struct FieldError {
  std::string path;     // e.g. "headache.intensity", "treatments[1].dose_mg", "date"
  std::string message;  // a sentence for a person: "must be a whole number from 0 to 10 (got 12)"
};

template <class T>
struct Parsed {
  std::optional<T> value;          // set when usable (no errors)
  std::vector<FieldError> errors;  // every problem found, not only the first
  bool ok() const { return value.has_value() && errors.empty(); }
};

}  // namespace painlink
