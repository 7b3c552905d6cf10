// Reading the two slots (with migration of older schemas) and keeping unreadable values aside.
#include "core/migrations.hpp"
#include "core/storage_internal.hpp"
#include "core/store_codec.hpp"
#include "core/utf8.hpp"

namespace painlink::store_detail {

std::string slot_key(const std::string& base, int slot) { return slot == 0 ? base : base + ".slot2"; }
std::string backup_key(const std::string& base, int generation) {
  return base + ".backup." + std::to_string(generation);
}
std::string aside_prefix(const std::string& base) { return base + ".aside."; }

StoredValue ValueCache::classify(const std::string& key, const std::string& raw) {
  const auto it = items_.find(key);
  if (it != items_.end() && it->second.raw == raw) return it->second.value;
  StoredValue value = read_stored(raw);
  items_[key] = Item{raw, value};
  return value;
}

void ValueCache::remember(const std::string& key, std::string raw, StoredValue value) {
  items_[key] = Item{std::move(raw), std::move(value)};
}

const std::string* ValueCache::known(const std::string& key) const {
  const auto it = items_.find(key);
  return it == items_.end() ? nullptr : &it->second.raw;
}

StoredValue written_envelope(EnvelopeFields fields) {
  StoredValue v;
  v.kind = StoredKind::envelope;
  v.schema = kStoreSchema;
  v.seq = fields.seq;
  v.fields = std::move(fields);
  return v;
}

bool SlotRead::usable() const {
  const bool ours = value.kind == StoredKind::envelope || value.kind == StoredKind::interchange;
  return ours && problem.empty();
}

SlotRead read_value(const std::string& key, std::optional<std::string> raw, bool decode, ValueCache* cache) {
  SlotRead s;
  s.key = key;
  s.raw = std::move(raw);
  if (!s.raw) return s;
  s.value = cache ? cache->classify(key, *s.raw) : read_stored(*s.raw);
  if (s.value.kind == StoredKind::unreadable) {
    // A lone surrogate (a broken emoji) should not hide every day: read the rest with U+FFFD in
    // its place; the load keeps the original aside and says so.
    if (std::optional<std::string> repaired = replace_lone_surrogates(*s.raw)) {
      StoredValue v = read_stored(*repaired);
      if (v.kind == StoredKind::envelope || v.kind == StoredKind::interchange) {
        s.value = std::move(v);
        s.repaired = std::move(repaired);
      }
    }
  }
  if (s.value.kind != StoredKind::envelope && s.value.kind != StoredKind::interchange) {
    s.problem = s.value.problem;
    return s;
  }
  if (!decode) return s;
  Migrated migrated;
  if (s.value.kind == StoredKind::interchange || s.value.schema < kStoreSchema) {
    migrated = migrate_to_current(s.text(), s.value.schema);
    if (!migrated.stored) {
      s.problem = "it could not be upgraded (" + migrated.error + ")";
      return s;
    }
    // Only the upgrade of a plain document is announced: it may leave entries out. An envelope's
    // upgrade changes nothing the patient sees.
    s.migrated = s.value.kind == StoredKind::interchange;
    s.problems = migrated.problems;
    s.value = read_stored(*migrated.stored);
    if (s.value.kind != StoredKind::envelope) {  // cannot happen: the migration wrote it
      s.problem = "it could not be upgraded";
      return s;
    }
  }
  DecodedPayload decoded = decode_payload(s.value.fields.payload);
  if (!decoded.journal) {
    s.problem = decoded.error;
    return s;
  }
  s.journal = std::move(decoded.journal);
  s.problems.insert(s.problems.end(), decoded.problems.begin(), decoded.problems.end());
  if (s.repaired) s.problems.push_back(kRepairedProblem);
  return s;
}

std::optional<std::string> read_raw(KeyValueStore& kv, const std::string& key, const ValueCache* cache) {
  if (cache)
    if (const std::string* known = cache->known(key); known && kv.holds(key, *known)) return *known;
  return kv.get(key);
}

SlotRead read_slot(KeyValueStore& kv, const std::string& key, bool decode, ValueCache* cache) {
  return read_value(key, read_raw(kv, key, cache), decode, cache);
}

int newest_usable(const SlotRead (&slots)[kSlotCount]) {
  int best = -1;
  for (int i = 0; i < kSlotCount; ++i)
    if (slots[i].usable() && (best < 0 || slots[i].seq() > slots[best].seq())) best = i;
  return best;
}

std::optional<std::string> keep_aside(KeyValueStore& kv, const std::string& base, const std::string& from,
                                      const std::string& raw, std::int64_t now_ms) {
  const std::string prefix = aside_prefix(base);
  // The same damaged value is seen again on every load until a save replaces it: keep one copy.
  for (const std::string& key : kv.keys())
    if (key.rfind(prefix, 0) == 0 && kv.get(key) == raw) return key;
  std::string key = prefix + std::to_string(now_ms);
  for (int n = 2; kv.get(key); ++n) key = prefix + std::to_string(now_ms) + "-" + std::to_string(n);
  // Copied by the store rather than written from `raw`: `raw` may have lost something on its way
  // out of the store (text after a U+0000, a lone surrogate), the store's own copy has not.
  if (kv.copy(from, key) != WriteStatus::ok) return std::nullopt;
  return key;
}

}  // namespace painlink::store_detail
