// The interchange format "painlink.journal" (version 1): what export writes, import reads, and
// what the JS API's addEntry()/entries() speak. README "Data format" documents it.
// Errors are values with messages; nothing here throws to the caller or aborts.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/model.hpp"
#include "core/on_demand.hpp"
#include "core/parsed.hpp"

namespace painlink {

inline constexpr const char* kFormatName = "painlink.journal";
inline constexpr int kFormatVersion = 1;

// One entry <-> JSON object. from_json validates every field (ranges, enums, types, dates,
// lengths) and collects all errors; unknown fields go to `extra` at their level.
Json entry_to_json(const Entry& e);
Parsed<Entry> entry_from_json(const Json& j);
// Convenience for the JS API: parse text, then entry_from_json. Bad JSON is one FieldError.
Parsed<Entry> entry_from_text(std::string_view text);

// Whole document.
// with_entries false: the same document with an empty "entries" list (export writes the entries
// into it one at a time rather than holding them all as JSON values at once).
Json journal_to_json(const Journal& journal, bool with_entries = true);
std::string export_json(const Journal& journal);  // pretty-printed, stable order (by date)

enum class ImportMode { merge, replace };

struct Rejection {
  int index = 0;         // position in the document's "entries" array
  std::string message;   // "entries[3].date: ..." - all field errors joined
};

struct ImportResult {
  bool ok = false;              // false: the document as a whole was unusable, `error` says why
  std::string error;
  Journal journal;              // the journal after the import (== current when !ok)
  int added = 0;                // dates that were not in the journal before
  int updated = 0;              // dates that existed and changed
  int unchanged = 0;            // dates that existed and were identical
  int removed = 0;              // replace only: dates in the journal that the document does not have
  std::vector<Rejection> rejected;
  // Document-level fields that were not applied (e.g. settings.back_flare_threshold out of range);
  // the journal keeps its current value for them. The entries are still imported.
  std::vector<FieldError> warnings;
  // Screening answers whose id is not one of this version's safety questions: kept in the journal,
  // not used by the safety check, and reported to the patient (unknown_screening_message).
  std::vector<std::string> unknown_screening_ids;
  // The same for self-assessment answers (assessment/questions.hpp): an unknown question, or an
  // answer that is not one of its options (unknown_assessment_message).
  std::vector<std::string> unknown_assessment_ids;
  // Replace only: refused because it would leave the journal without a single day (see
  // refuse_emptying_replace). ok is false, `error` says why and `rejected` still lists each entry.
  bool would_empty = false;
};

// "The safety answer "x" is not one of Painlink's questions: it was kept, but it is not part of the
// safety check." One sentence per id, for the import preview and the JS API.
std::string unknown_screening_message(const std::string& id);
std::string unknown_assessment_message(const std::string& id);

// Parses `text` and applies it to `current`. merge: entries upsert by date, others stay.
// replace: the result holds exactly the document's valid entries. Bad entries are rejected one by
// one with a reason; the good ones are kept. A document that cannot be read at all leaves the
// journal untouched (ok == false). Duplicate dates in one document: the later one wins and the
// earlier one is reported as rejected.
ImportResult import_document(std::string_view text, const Journal& current, ImportMode mode)
    PAINLINK_ON_DEMAND("import");
// The same for a document that is already parsed (storage reads schema-1 documents this way).
ImportResult import_json(const Json& document, const Journal& current, ImportMode mode);

// For imports the patient (or a page through the JS API) asks for: a replace whose document has no
// entries, or none that can be used, would delete every day, so it is refused as a whole and
// `result` goes back to "nothing changes". Storage does not use this: an empty stored journal is
// simply empty.
void refuse_emptying_replace(ImportResult& result, const Journal& current, ImportMode mode);

// The document-level parts on their own (used by storage, which reads the same JSON shapes).
Json screening_to_json(const Screening& s);
Parsed<Screening> screening_from_json(const Json& j);  // error paths start "screening."
// {"current": {"answered_on", "answers"}, "previous": {...}}; empty parts are left out.
Json assessment_to_json(const Assessment& a);
Parsed<Assessment> assessment_from_json(const Json& j);  // error paths start "assessment."
Json settings_to_json(const Settings& s);
Parsed<Settings> settings_from_json(const Json& j);    // error paths start "settings."

}  // namespace painlink
