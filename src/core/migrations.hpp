// Upgrading stored values written by older versions, one schema step at a time, so each step
// only knows two adjacent formats and a new schema adds one function to the chain.
//   schema 1: a plain "painlink.journal" interchange document under the base key (what an
//             embedder or the first version wrote)
//   schema 2: the envelope with a compact payload (stored_value.hpp, store_codec.hpp)
//   schema 3: the payload tells a headache feature answered "no" from one never answered (column
//             "hn", store_codec_layout.hpp); schema 2 could not, so an older version must not save
//             over it (it would turn every unanswered feature into "no")
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace painlink {

struct Migrated {
  std::optional<std::string> stored;  // the value in the next (or current) schema's form
  std::vector<std::string> problems;  // parts that could not be carried over, for the patient
  std::string error;                  // set when nothing could be migrated
};

// Schema 1 -> 2: imports the document (entries that break a rule are left out and listed in
// problems) and wraps the journal in an envelope with seq 0, so any real save supersedes it.
Migrated migrate_1_to_2(std::string_view document_v1);

// Schema 2 -> 3: the same envelope (seq and times kept) with the "no" answers added to the payload:
// every feature not ticked in schema 2 becomes "no". That version's form was a tick box per
// feature, so an unticked box meant "no" or "not asked", and nothing stored tells which; "no" is
// what that version's analysis counted, so its patterns stay as they were.
Migrated migrate_2_to_3(std::string_view envelope_v2);

// Runs every step from `from_schema` up to kStoreSchema. A value already current is returned as is.
Migrated migrate_to_current(std::string_view raw, int from_schema);

}  // namespace painlink
