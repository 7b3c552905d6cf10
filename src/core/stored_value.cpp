#include "core/stored_value.hpp"

#include "core/checksum.hpp"
#include "core/interchange.hpp"
#include "core/json_text.hpp"
#include "core/json_write.hpp"

namespace painlink {

std::string write_envelope(const EnvelopeFields& f) {
  // Written by hand rather than through nlohmann: the payload is most of the text, and copying it
  // once, escaped, into a string reserved up front is what keeps a save fast. The bytes are the ones
  // nlohmann::ordered_json wrote for the same fields (see json_write.hpp).
  std::string out;
  out.reserve(f.payload.size() + 192);
  out += "{\"format\":";
  append_json_string(out, kStoreFormat);
  out += ",\"schema\":";
  append_json_number(out, std::int64_t{kStoreSchema});
  out += ",\"seq\":";
  append_json_number(out, f.seq);
  out += ",\"saved_at\":";
  append_json_number(out, f.saved_at_ms);
  if (f.backup_at_ms) {
    out += ",\"backup_at\":";
    append_json_number(out, *f.backup_at_ms);
  }
  if (f.erased_at_ms) {
    out += ",\"erased_at\":";
    append_json_number(out, *f.erased_at_ms);
  }
  out += ",\"entries\":";
  append_json_number(out, std::int64_t{f.entry_count});
  out += ",\"checksum\":\"";
  out += checksum_hex(f.payload);  // 16 hex digits: nothing to escape
  out += "\",\"payload\":";
  append_json_string(out, f.payload);
  out += '}';
  return out;
}

namespace {

std::optional<std::uint64_t> unsigned_field(const Json& j, const char* key) {
  const auto it = j.find(key);
  if (it == j.end() || !it->is_number_unsigned()) return std::nullopt;  // negatives parse as signed
  return it->get<std::uint64_t>();
}

std::optional<std::int64_t> signed_field(const Json& j, const char* key) {
  const auto it = j.find(key);
  if (it == j.end() || !it->is_number_integer()) return std::nullopt;
  if (it->is_number_unsigned() && it->get<std::uint64_t>() > static_cast<std::uint64_t>(INT64_MAX))
    return std::nullopt;
  return it->get<std::int64_t>();
}

const std::string* string_field(const Json& j, const char* key) {
  const auto it = j.find(key);
  if (it == j.end() || !it->is_string()) return nullptr;
  return &it->get_ref<const std::string&>();
}

StoredValue read_envelope(const Json& j) {
  StoredValue v;
  v.seq = unsigned_field(j, "seq");
  const auto schema = unsigned_field(j, "schema");
  if (!schema || *schema < 2) {
    v.kind = StoredKind::damaged;
    v.problem = "its schema number is missing or unknown";
    return v;
  }
  v.schema = *schema > 1000000 ? 1000000 : static_cast<int>(*schema);
  if (*schema > static_cast<std::uint64_t>(kStoreSchema)) {
    v.kind = StoredKind::newer;
    return v;
  }
  const auto saved_at = signed_field(j, "saved_at");
  const auto entries = unsigned_field(j, "entries");
  const std::string* checksum = string_field(j, "checksum");
  const std::string* payload = string_field(j, "payload");
  // A sequence above 2^53 cannot come from saving (one save a millisecond for 285 000 years) and
  // would wrap to 0 at the next save, losing every later save to this value.
  constexpr std::uint64_t kMaxSeq = 1ULL << 53;
  if (v.seq && *v.seq > kMaxSeq) {
    v.seq.reset();
    v.kind = StoredKind::damaged;
    v.problem = "its sequence number is out of range";
    return v;
  }
  if (!v.seq || !saved_at || !entries || !checksum || !payload || *entries > 10000000) {
    v.kind = StoredKind::damaged;
    v.problem = "parts of it are missing";
    return v;
  }
  if (*checksum != checksum_hex(*payload)) {
    v.kind = StoredKind::damaged;
    v.problem = "its checksum does not match (it was changed or cut short)";
    return v;
  }
  v.kind = StoredKind::envelope;
  v.fields.seq = *v.seq;
  v.fields.saved_at_ms = *saved_at;
  v.fields.backup_at_ms = signed_field(j, "backup_at");
  v.fields.erased_at_ms = signed_field(j, "erased_at");
  v.fields.entry_count = static_cast<int>(*entries);
  v.fields.payload = *payload;
  return v;
}

}  // namespace

StoredValue read_stored(std::string_view raw) {
  StoredValue v;
  // The envelope itself is shallow; its payload is parsed separately with its own limit.
  ParsedJson parsed = parse_json_text(raw);
  if (!parsed.value) {
    v.kind = StoredKind::unreadable;
    v.problem = "it " + parsed.error;
    return v;
  }
  const Json& j = *parsed.value;
  const std::string* format = j.is_object() ? string_field(j, "format") : nullptr;
  if (format && *format == kStoreFormat) return read_envelope(j);
  if (format && *format == kFormatName) {
    v.schema = 1;
    const auto version = j.find("version");
    const bool newer = version != j.end() && ((version->is_number_unsigned() && version->get<std::uint64_t>() > 1) ||
                                              (version->is_number_integer() && version->get<std::int64_t>() > 1));
    v.kind = newer ? StoredKind::newer : StoredKind::interchange;
    return v;
  }
  v.kind = StoredKind::foreign;
  v.problem = "it is not Painlink data (perhaps another app's)";
  return v;
}

}  // namespace painlink
