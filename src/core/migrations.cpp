#include "core/migrations.hpp"

#include "core/code_column.hpp"
#include "core/interchange.hpp"
#include "core/json_text.hpp"
#include "core/store_codec.hpp"
#include "core/store_codec_layout.hpp"
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

Migrated migrate_2_to_3(std::string_view envelope_v2) {
  Migrated out;
  const StoredValue v = read_stored(envelope_v2);
  if (v.kind != StoredKind::envelope || v.schema != 2) {
    out.error = "it is not a schema 2 envelope";
    return out;
  }
  // The unknown fields are nested inside the payload's own levels (as store_codec_decode.cpp reads it).
  ParsedJson parsed = parse_json_text(v.fields.payload, kMaxJsonDepth + 8);
  if (!parsed.value || !parsed.value->is_object()) {  // worded as decode_payload() words it
    out.error = parsed.value ? "the stored payload is not an object" : "the stored payload " + parsed.error;
    return out;
  }
  Json payload = std::move(*parsed.value);
  if (const auto hf = payload.find("hf"); hf != payload.end()) {
    std::string why;
    const std::optional<NumberColumn> ticked = decode_column(*hf, why);
    if (!ticked) {
      out.error = "the stored payload is damaged (column \"hf\": " + why + ")";
      return out;
    }
    NumberColumn no;
    no.reserve(ticked->size());
    for (const std::optional<double>& t : *ticked) {
      // A value that is no mask stays unreadable here too: the decoder reports it, as before.
      const bool mask = t && *t >= 0 && *t <= codec::kAllFeatures && *t == static_cast<int>(*t);
      no.push_back(mask ? std::optional<double>(codec::kAllFeatures & ~static_cast<int>(*t)) : std::nullopt);
    }
    payload["hn"] = encode_column(no);
  }
  EnvelopeFields fields = v.fields;
  fields.payload = dump_compact(payload);
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
    {2, &migrate_2_to_3},
};

}  // namespace

Migrated migrate_to_current(std::string_view raw, int from_schema) {
  Migrated out;
  out.stored = std::string(raw);
  for (int schema = from_schema; schema < kStoreSchema;) {
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
    // A step that encodes a journal writes the current payload format and schema (1 -> 2 does),
    // so the chain goes on from the schema the step wrote, never through a step meant for an older
    // payload (2 -> 3 would read schema 1's unanswered features as "no").
    const StoredValue written = read_stored(*out.stored);
    if (written.kind != StoredKind::envelope || written.schema <= schema) {
      out.stored.reset();
      out.error = "the upgrade from storage schema " + std::to_string(schema) + " wrote no newer schema";
      return out;
    }
    schema = written.schema;
  }
  return out;
}

}  // namespace painlink
