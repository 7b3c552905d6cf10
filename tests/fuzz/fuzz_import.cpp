// libFuzzer target: arbitrary bytes as an import file (JSON, and CSV) and as a JS-API entry.
// Beyond "no crash, no sanitizer report, no throw" (built with -fno-exceptions, like wasm, where a
// throw is an abort), it checks what import promises:
//   - an unusable document leaves the journal exactly as it was;
//   - every imported entry obeys every rule, and the counts add up;
//   - export -> import gives the same journal back, and so does the storage codec;
//   - a CSV import loses nothing the journal had (core/entry_patch.hpp), and a second one changes
//     nothing.
#include <cstddef>
#include <cstdint>
#include <set>
#include <string_view>

#include "core/csv_export.hpp"
#include "core/csv_import.hpp"
#include "core/interchange.hpp"
#include "core/store_codec.hpp"
#include "core/validate.hpp"
#include "fuzz_check.hpp"

using namespace painlink;

namespace {

// The journal the import is applied to: two days, one with unknown fields.
const Journal& current_journal() {
  static const Journal journal = [] {
    const ImportResult r = import_document(
        R"({"format":"painlink.journal","version":1,"kept":true,"entries":[
             {"date":"2026-11-20","back_pain":{"intensity":6,"regions":["neck"]},"x":1},
             {"date":"2026-11-21","headache":{"intensity":3,"side":"left"},
              "treatments":[{"type":"medication","name":"ibuprofen","drug_class":"nsaid","dose_mg":400}]}]})",
        Journal{}, ImportMode::replace);
    FUZZ_CHECK(r.ok && r.rejected.empty());
    return r.journal;
  }();
  return journal;
}

void check_import(std::string_view text, ImportMode mode) {
  const Journal& current = current_journal();
  const ImportResult r = import_document(text, current, mode);
  if (!r.ok) {
    FUZZ_CHECK(!r.error.empty());
    FUZZ_CHECK(r.journal == current);
    FUZZ_CHECK(r.added == 0 && r.updated == 0 && r.unchanged == 0 && r.removed == 0);
    return;
  }
  std::set<int> rejected_indexes;
  for (const Rejection& rej : r.rejected) {
    FUZZ_CHECK(!rej.message.empty());
    rejected_indexes.insert(rej.index);
  }
  FUZZ_CHECK(rejected_indexes.size() == r.rejected.size());  // one rejection per entry at most
  for (const auto& [date, entry] : r.journal.entries) {
    FUZZ_CHECK(entry.date == date);
    FUZZ_CHECK(validate_entry(entry).empty());
  }
  const std::size_t before = current.entries.size();
  const std::size_t after = r.journal.entries.size();
  if (mode == ImportMode::replace) {
    FUZZ_CHECK(static_cast<std::size_t>(r.added + r.updated + r.unchanged) == after);
    FUZZ_CHECK(static_cast<std::size_t>(r.updated + r.unchanged + r.removed) == before);
  } else {
    FUZZ_CHECK(before + static_cast<std::size_t>(r.added) == after);
  }

  // Export and import again: the same journal, nothing rejected.
  const ImportResult back = import_document(export_json(r.journal), Journal{}, ImportMode::replace);
  FUZZ_CHECK(back.ok);
  FUZZ_CHECK(back.rejected.empty());
  FUZZ_CHECK(back.warnings.empty());
  FUZZ_CHECK(back.journal == r.journal);

  // The compact storage form holds the same journal.
  const DecodedPayload stored = decode_payload(encode_payload(r.journal));
  FUZZ_CHECK(stored.journal.has_value());
  FUZZ_CHECK(stored.problems.empty());
  FUZZ_CHECK(*stored.journal == r.journal);

  FUZZ_CHECK(export_csv(r.journal).size() > 0);
}

void check_csv_import(std::string_view text) {
  const CsvRead read = read_csv(text);
  if (!read.document) {
    FUZZ_CHECK(!read.error.empty());
    return;
  }
  const CsvDocument& doc = *read.document;
  FUZZ_CHECK(doc.mapping.fields.size() == doc.table.header.size());
  (void)preview_csv_rows(doc, doc.mapping, 5);
  const Journal& current = current_journal();
  const ImportResult r = import_csv(doc, doc.mapping, current);
  if (!r.ok) {
    FUZZ_CHECK(r.journal == current);
    return;
  }
  FUZZ_CHECK(current.entries.size() + static_cast<std::size_t>(r.added) == r.journal.entries.size());
  for (const auto& [date, entry] : r.journal.entries) {
    FUZZ_CHECK(entry.date == date);
    FUZZ_CHECK(validate_entry(entry).empty());
  }
  for (const auto& [date, had] : current.entries) {  // nothing already recorded is lost
    const Entry& now = r.journal.entries.at(date);
    FUZZ_CHECK(!had.back_pain || now.back_pain);
    FUZZ_CHECK(!had.headache || now.headache);
    FUZZ_CHECK(now.treatments.size() >= had.treatments.size());
    FUZZ_CHECK(now.notes.rfind(had.notes, 0) == 0);
    FUZZ_CHECK(now.extra == had.extra);
  }
  const ImportResult again = import_csv(doc, doc.mapping, r.journal);
  FUZZ_CHECK(again.ok);
  FUZZ_CHECK(again.added == 0 && again.updated == 0);
  FUZZ_CHECK(again.journal == r.journal);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  check_import(text, ImportMode::merge);
  check_import(text, ImportMode::replace);
  check_csv_import(text);

  const Parsed<Entry> entry = entry_from_text(text);
  FUZZ_CHECK(entry.ok() != !entry.errors.empty() || !entry.value);
  if (entry.ok()) {
    const Parsed<Entry> again = entry_from_json(entry_to_json(*entry.value));
    FUZZ_CHECK(again.ok());
    FUZZ_CHECK(*again.value == *entry.value);
  } else {
    FUZZ_CHECK(!entry.errors.empty());
    for (const FieldError& e : entry.errors) FUZZ_CHECK(!e.message.empty());
  }
  return 0;
}
