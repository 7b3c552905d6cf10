// One column of optional numbers (a field across all days) in few characters, for the stored
// payload. Most journal numbers are small whole numbers or halves, so each value becomes one or two
// printable ASCII characters of a base-92 code instead of "7.5," in a JSON array. The alphabet
// avoids '"' and '\' so the payload needs no escaping inside the envelope string either.
//
//   string form: one header character (digits per value 1-3, scale 1/2/4/10/100), then per value
//                `width` digits holding 0 for "not recorded" or value*scale + 1.
//   array form:  [7.5, null, 1e-7, ...] when some value has no exact code (negative, 1/3, huge).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/model.hpp"

namespace painlink {

using NumberColumn = std::vector<std::optional<double>>;

// Exact: decode_column(encode_column(c)) == c for every finite value (-0.0 reads back as 0.0).
Json encode_column(const NumberColumn& values);
// The same column as JSON text appended to `out`: what dump_compact(encode_column(values)) gives.
void append_column_json(std::string& out, const NumberColumn& values);

// nullopt and `error` set when `j` is not a well-formed column.
std::optional<NumberColumn> decode_column(const Json& j, std::string& error);

}  // namespace painlink
