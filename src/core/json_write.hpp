// Writing JSON text straight into one std::string, for the large documents the core writes on every
// save and export. Building an nlohmann value first costs an allocation per string, number and
// container, and dlmalloc in wasm is slow with many small allocations. The output is byte for byte
// what nlohmann's dump() (ensure_ascii off, error_handler_t::replace) writes for the same value, so
// stored checksums and exported files do not change.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace painlink {

// A JSON string literal, quotes included. Escapes '"', '\\' and control characters (the short forms
// \b \t \n \f \r, others as \u00xx); other valid UTF-8 passes through. Invalid UTF-8 becomes U+FFFD.
void append_json_string(std::string& out, std::string_view text);

void append_json_number(std::string& out, std::int64_t v);
void append_json_number(std::string& out, std::uint64_t v);
// Shortest text that reads back as the same double ("7.5", "5.0", "1e-07"); not finite -> null.
void append_json_number(std::string& out, double v);

}  // namespace painlink
