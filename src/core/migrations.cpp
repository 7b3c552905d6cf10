#include "core/migrations.hpp"

#include "core/interchange.hpp"
#include "core/store_codec.hpp"
#include "core/stored_value.hpp"

namespace painlink {

Migrated migrate_1_to_2(std::string_view document_v1) {
  Migrated out;
  const ImportResult imported = import_document(document_v1, Journal{}, ImportMode::replace);
  if (!imported.ok) {
    out.error = imported.error;
    return out;
  }
  for (const Rejection& r : imported.rejected) out.problems.push_back(r.message);
  for (const FieldError& w : imported.warnings) out.problems.push_back(w.path + ": " + w.message);
  EnvelopeFields fields;
  fields.seq = 0;          // lower than any envelope a save writes
  fields.saved_at_ms = 0;  // unknown: schema 1 had no time stamp
  fields.entry_count = static_cast<int>(imported.journal.entries.size());
  fields.payload = encode_payload(imported.journal);
  out.stored = write_envelope(fields);
  return out;
}

namespace {

struct Step {
  int from;
  Migrated (*run)(std::string_view);
};

// Append one line per new schema.
constexpr Step kSteps[] = {
    {1, &migrate_1_to_2},
};

}  // namespace

Migrated migrate_to_current(std::string_view raw, int from_schema) {
  Migrated out;
  out.stored = std::string(raw);
  for (int schema = from_schema; schema < kStoreSchema; ++schema) {
    const Step* step = nullptr;
    for (const Step& s : kSteps)
      if (s.from == schema) step = &s;
    if (!step) {
      out.stored.reset();
      out.error = "no upgrade is known from storage schema " + std::to_string(schema);
      return out;
    }
    Migrated next = step->run(*out.stored);
    out.problems.insert(out.problems.end(), next.problems.begin(), next.problems.end());
    if (!next.stored) {
      out.stored.reset();
      out.error = next.error;
      return out;
    }
    out.stored = std::move(next.stored);
  }
  return out;
}

}  // namespace painlink
