#include "core/json_fields.hpp"

#include <cmath>
#include <cstdint>

#include "core/json_text.hpp"

namespace painlink {

std::optional<int> read_whole_number(const Json& v, IntRange range, const std::string& path,
                                     std::vector<FieldError>& errors) {
  // Booleans are not numbers here even though some languages treat them as 0/1.
  if (v.is_number_unsigned()) {
    const std::uint64_t u = v.get<std::uint64_t>();
    if (range.hi >= 0 && u <= static_cast<std::uint64_t>(range.hi) && in_range(range, static_cast<long long>(u)))
      return static_cast<int>(u);
  } else if (v.is_number_integer()) {
    const std::int64_t i = v.get<std::int64_t>();
    if (in_range(range, i)) return static_cast<int>(i);
  } else if (v.is_number_float()) {
    // 6.0 from a tool that writes every number as a float is still the whole number 6; 6.5 is not.
    const double d = v.get<double>();
    if (std::isfinite(d) && d == std::floor(d) && d >= range.lo && d <= range.hi) return static_cast<int>(d);
  }
  errors.push_back({path, int_rule(range, describe_value(v))});
  return std::nullopt;
}

FieldReader::FieldReader(const Json& object, std::string path, std::vector<FieldError>& errors)
    : object_(object), path_(std::move(path)), errors_(errors) {}

std::string FieldReader::path_of(const std::string& key) const { return path_.empty() ? key : path_ + "." + key; }

void FieldReader::fail(const std::string& key, std::string message) {
  errors_.push_back({path_of(key), std::move(message)});
}

void FieldReader::fail_type(const std::string& key, const char* expected, const Json& got) {
  fail(key, std::string("must be ") + expected + " (got " + describe_value(got) + ")");
}

const Json* FieldReader::value(const char* key) {
  known_.insert(key);
  if (!object_.is_object()) return nullptr;
  const auto it = object_.find(key);
  if (it == object_.end() || it->is_null()) return nullptr;
  return &*it;
}

std::optional<int> FieldReader::whole_number(const char* key, IntRange range, bool required) {
  const Json* v = value(key);
  if (!v) {
    if (required)
      fail(key, "is missing: it must be a whole number from " + std::to_string(range.lo) + " to " +
                    std::to_string(range.hi));
    return std::nullopt;
  }
  return read_whole_number(*v, range, path_of(key), errors_);
}

std::optional<double> FieldReader::number(const char* key, NumberRange range) {
  const Json* v = value(key);
  if (!v) return std::nullopt;
  // The parser never yields NaN/Infinity from text, but a Json built in code can hold them.
  if (v->is_number()) {
    const double d = v->get<double>();
    if (in_range(range, d)) return d;
  }
  fail(key, number_rule(range, describe_value(*v)));
  return std::nullopt;
}

std::optional<bool> FieldReader::boolean(const char* key) {
  const Json* v = value(key);
  if (!v) return std::nullopt;
  if (v->is_boolean()) return v->get<bool>();
  fail_type(key, "true or false", *v);
  return std::nullopt;
}

std::optional<std::string> FieldReader::text(const char* key) {
  const Json* v = value(key);
  if (!v) return std::nullopt;
  if (v->is_string()) return v->get_ref<const std::string&>();
  fail_type(key, "text in quotes", *v);
  return std::nullopt;
}

std::optional<Date> FieldReader::date(const char* key, bool required) {
  const Json* v = value(key);
  if (!v) {
    if (required) fail(key, "is missing: every entry needs a date written as YYYY-MM-DD");
    return std::nullopt;
  }
  if (v->is_string()) {
    if (auto d = parse_date(v->get_ref<const std::string&>())) return d;
  }
  fail(key, "must be a real calendar date written as YYYY-MM-DD, from " + std::to_string(kMinYear) + " to " +
                std::to_string(kMaxYear) + " (got " + describe_value(*v) + ")");
  return std::nullopt;
}

Json FieldReader::unknown_fields() const {
  Json extra = Json::object();
  if (!object_.is_object()) return extra;
  for (auto it = object_.begin(); it != object_.end(); ++it)
    if (known_.find(it.key()) == known_.end()) extra[it.key()] = it.value();
  return extra;
}

}  // namespace painlink
