// Reading one JSON object field by field with typed, range-checked getters. Every problem becomes a
// FieldError (never a throw); keys nobody asked for are handed back as `extra` so unknown fields
// survive an import/export round trip.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/interchange.hpp"
#include "core/validate.hpp"

namespace painlink {

class FieldReader {
 public:
  // `object` must be a JSON object and outlive the reader. `path` prefixes every error path
  // ("" at entry level, "headache", "treatments[2]").
  FieldReader(const Json& object, std::string path, std::vector<FieldError>& errors);

  // Absent and null both mean "not given": nullopt, and an error only when `required`.
  std::optional<int> whole_number(const char* key, IntRange range, bool required = false);
  std::optional<double> number(const char* key, NumberRange range);
  std::optional<bool> boolean(const char* key);
  std::optional<std::string> text(const char* key);
  std::optional<Date> date(const char* key, bool required = false);
  // Marks the key as known and returns its value (nullptr when absent or null).
  const Json* value(const char* key);

  // Fields that were never asked for, as an object (empty object when none).
  Json unknown_fields() const;

  std::string path_of(const std::string& key) const;
  void fail(const std::string& key, std::string message);
  void fail_type(const std::string& key, const char* expected, const Json& got);

 private:
  const Json& object_;
  std::string path_;
  std::vector<FieldError>& errors_;
  std::set<std::string, std::less<>> known_;
};

// Same checks for a bare value, for list elements: nullopt + error when not usable.
std::optional<int> read_whole_number(const Json& v, IntRange range, const std::string& path,
                                     std::vector<FieldError>& errors);

}  // namespace painlink
