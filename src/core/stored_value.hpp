// What one stored string is: our envelope (any schema), a plain interchange document (schema 1),
// or something we must not touch (damaged, another app's data, not JSON). Also writes envelopes.
//
// Envelope (schema 2 and 3), keys in this order so the header reads first in a storage inspector:
//   {"format":"painlink.store","schema":3,"seq":7,"saved_at":1764000000000,["backup_at":...,]
//    ["erased_at":...,]"entries":3650,"checksum":"<FNV-1a 64 of payload, 16 hex>","payload":"<store_codec text>"}
// `seq` orders the two slots (higher = newer). `backup_at` is only on rolling backups: when the
// copy was taken (saved_at stays the time the copied journal was saved).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/model.hpp"

namespace painlink {

inline constexpr const char* kStoreFormat = "painlink.store";
inline constexpr int kStoreSchema = 3;  // bump together with a migrate_N_to_M step

struct EnvelopeFields {
  std::uint64_t seq = 0;
  std::int64_t saved_at_ms = 0;
  std::optional<std::int64_t> backup_at_ms;
  // When everything was last deleted ("Delete everything", JournalStore::erase_all), carried on by
  // every later save: a tab that knew an older value learns the journal it holds was deleted.
  std::optional<std::int64_t> erased_at_ms;
  int entry_count = 0;
  std::string payload;
};

std::string write_envelope(const EnvelopeFields& fields);

enum class StoredKind {
  envelope,     // current schema, checksum verified: fields.payload is ready to decode
  interchange,  // schema 1: a painlink.journal document of a version this app reads
  newer,        // our data, but from a newer app (envelope schema or document version too high)
  damaged,      // our envelope, but fields missing or the checksum does not match
  foreign,      // valid JSON that is not Painlink's
  unreadable,   // not JSON at all (cut short, invalid UTF-8, NaN, ...)
};

struct StoredValue {
  StoredKind kind = StoredKind::unreadable;
  int schema = 0;                     // 1 for documents, the envelope's "schema" otherwise
  std::optional<std::uint64_t> seq;   // when an envelope header could be read (also damaged/newer)
  EnvelopeFields fields;              // envelope only
  std::string problem;                // damaged/foreign/unreadable: why, as a clause for a notice
};

StoredValue read_stored(std::string_view raw);

}  // namespace painlink
