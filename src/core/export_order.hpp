// The order export_json() writes a document's fields in: the fields a person looks for first
// (date, back_pain, headache...), then anything unknown alphabetically. Its own header so the tests'
// whole-document reference writer orders exactly as the streamed export does.
#pragma once

#include "core/json_text.hpp"

namespace painlink {

// `j` (a whole interchange document, or one entry of it) with its objects in export order.
nlohmann::ordered_json export_ordered(const Json& j);

}  // namespace painlink
