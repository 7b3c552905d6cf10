// Text <-> nlohmann::json without exceptions or aborts, for every place the core reads or writes
// JSON. The wasm build may run with exception catching disabled, where a throw is an abort.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/model.hpp"

namespace painlink {

// Deep nesting is refused before parsing: copying, comparing and dumping nlohmann values recurse,
// and the wasm stack is small. Nothing Painlink writes nests deeper than a handful of levels.
inline constexpr int kMaxJsonDepth = 64;

struct ParsedJson {
  std::optional<Json> value;  // set when the text was one well-formed JSON value
  std::string error;          // a sentence for a person otherwise
};

// Strict RFC 8259 (no comments, no NaN/Infinity, valid UTF-8, no key twice in one object), at
// most max_depth nested levels.
ParsedJson parse_json_text(std::string_view text, int max_depth = kMaxJsonDepth);

// Serialising never fails: invalid UTF-8 inside strings becomes U+FFFD instead of a throw.
std::string dump_compact(const Json& j);
std::string dump_pretty(const Json& j);  // 2-space indent
std::string dump_pretty(const nlohmann::ordered_json& j);

// "12", "6.5", "\"six\"", "true", "a list", "an object", "nothing (null)": for "(got ...)".
std::string describe_value(const Json& j);

}  // namespace painlink
