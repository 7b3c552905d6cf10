// The compact payload stored inside the storage envelope (schema 3). localStorage holds about
// 5.2 million UTF-16 units per origin and Painlink keeps two slots and three backups there, so a
// day must cost well under 150 units for 20 years to fit. The interchange JSON costs ~380 bytes
// per full day; this columnar form costs about a third of that, most of it the note.
//
// Layout (a JSON object; short keys; every column lists one field across days in date order):
//   "d"  dates as runs: [first day number, run length, gap, run length, gap, ...]
//   "m"  per entry: which sections exist (1 back pain, 2 headache, 4 factors, 8 note)
//   "b*" per back-pain entry, "h*" per headache entry, "f*" per factors entry,
//   "tc" per entry: treatment count; "t*" per treatment; "fx"/"fy" custom factors
//   "s"  string table (treatment and custom factor names), "n" notes,
//   "x"  unknown fields {"e"|"b"|"h"|"f"|"t": [[index, {...}], ...]},
//   "j"  unknown top-level fields and the self-assessment as "assessment" (so an older version keeps
//        it), "q" screening, "g" settings (interchange shapes).
// Number columns use code_column.hpp. Enum codes are fixed here, not taken from model.hpp's order,
// so reordering an enum there cannot change the meaning of stored data.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.hpp"

namespace painlink {

// Never fails; the same journal always gives the same text.
std::string encode_payload(const Journal& journal);

struct DecodedPayload {
  std::optional<Journal> journal;     // nullopt: the payload is malformed (see error)
  std::string error;
  // Readable payload, but these parts broke a rule (validate.hpp) and were left out:
  // "2026-11-20: headache.intensity must be a whole number from 0 to 10 (got 12)".
  std::vector<std::string> problems;
};

DecodedPayload decode_payload(std::string_view payload);

}  // namespace painlink
