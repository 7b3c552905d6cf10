// The stored payload, the storage envelope and the export as they were written before they were
// streamed into one string: through one nlohmann value dumped at the end. Kept only so the tests
// can check that the streamed writers produce exactly the same bytes (stored checksums, fixtures
// and files people already exported must not change).
#pragma once

#include <string>

#include "core/model.hpp"
#include "core/stored_value.hpp"

namespace painlink::reference {

std::string encode_payload_dom(const Journal& journal);
std::string write_envelope_dom(const EnvelopeFields& fields);
std::string export_json_dom(const Journal& journal);

}  // namespace painlink::reference
