// export_json(): the interchange document as a person would like to read it - 2-space indent,
// entries by date, and within each object the known fields in a fixed order, date first.
//
// The document is written one entry at a time into one string: a 10-year journal as a single
// nlohmann value (and its reordered copy) took about eight times the size of the text, and the wasm
// heap never gives memory back. Each entry is still reordered and dumped by nlohmann, so the text is
// the same as dumping the whole document at once.
#include <algorithm>
#include <map>
#include <string_view>
#include <vector>

#include "core/export_order.hpp"
#include "core/interchange.hpp"
#include "core/json_text.hpp"
#include "core/stable_order.hpp"

namespace painlink {

namespace {

// Export order: the fields a person looks for first, then anything unknown alphabetically.
constexpr int kUnknownKeyRank = 1000;
int key_rank(const std::string& key) {
  static const std::map<std::string, int, std::less<>> kRanks = [] {
    const char* const order[] = {
        "format", "version", "entries", "screening", "assessment", "settings", "current", "previous",
        "date", "back_pain", "headache", "factors", "treatments", "notes",
        "intensity", "regions", "radiates_to", "duration_hours", "side", "pulsating", "aura", "nausea",
        "light_sensitive", "sound_sensitive", "worse_with_activity",
        "sleep_hours", "stress", "screen_hours", "sitting_hours", "water_glasses", "caffeine_cups",
        "alcohol_units", "exercise_minutes", "skipped_meal", "menstruating", "custom",
        "type", "name", "drug_class", "dose_mg", "relief", "answered_on", "answers", "back_flare_threshold",
        "tracked_factors", "tracked_medicines", "reminder_time"};
    std::map<std::string, int, std::less<>> ranks;
    for (const char* k : order) ranks.emplace(k, static_cast<int>(ranks.size()));
    return ranks;
  }();
  const auto it = kRanks.find(key);
  return it == kRanks.end() ? kUnknownKeyRank : it->second;
}

// Only the document's own structure is reordered; user-named maps (custom factors, screening
// answers) and unknown fields keep alphabetical order so a name never moves because of its text.
nlohmann::ordered_json ordered(const Json& j, bool structural) {
  if (j.is_array()) {
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (const Json& item : j) out.push_back(ordered(item, structural));
    return out;
  }
  if (!j.is_object()) return nlohmann::ordered_json(j);
  std::vector<std::pair<int, Json::const_iterator>> fields;  // (rank, field), alphabetical to start with
  for (auto it = j.begin(); it != j.end(); ++it) fields.emplace_back(structural ? key_rank(it.key()) : 0, it);
  stable_sort_by(fields, [](const auto& a, const auto& b) { return a.first < b.first; });
  nlohmann::ordered_json out = nlohmann::ordered_json::object();
  for (const auto& [rank, it] : fields) {
    const bool user_map = it.key() == "custom" || it.key() == "answers";
    out[it.key()] = ordered(it.value(), rank != kUnknownKeyRank && structural && !user_map);
  }
  return out;
}

// An entry as it appears inside "entries": dumped on its own, then every line but the first
// indented by the 4 spaces of its depth. A raw newline only ever ends a line of the dump (inside
// strings it is written as \n), so this is the same text a dump of the whole document has there.
void append_entry(std::string& out, const Entry& e) {
  const std::string text = dump_pretty(export_ordered(entry_to_json(e)));
  out += "    ";
  std::size_t line = 0;
  for (std::size_t nl; (nl = text.find('\n', line)) != std::string::npos; line = nl + 1) {
    out.append(text, line, nl + 1 - line);
    out += "    ";
  }
  out.append(text, line, std::string::npos);
}

}  // namespace

nlohmann::ordered_json export_ordered(const Json& j) { return ordered(j, true); }

std::string export_json(const Journal& journal) {
  // Everything but the entries, in export order; the entries go where its empty list is.
  const std::string frame = dump_pretty(export_ordered(journal_to_json(journal, false)));
  constexpr std::string_view kEntries = "\n  \"entries\": []";  // top-level keys are unique
  const std::size_t list = frame.find(kEntries) + kEntries.size() - 1;  // the "]"
  std::string out(frame, 0, list - 1);
  if (journal.entries.empty()) {
    out += "[]";
  } else {
    out += "[\n";
    // Reserve once from the first entries' size so a long journal is not copied as the text grows.
    constexpr std::size_t kSample = 32;
    std::size_t written = 0;
    for (const auto& [date, entry] : journal.entries) {
      if (written) out += ",\n";
      append_entry(out, entry);
      if (++written == kSample && journal.entries.size() > kSample) {
        const std::size_t per_entry = (out.size() - list) / kSample + 1;
        out.reserve(frame.size() + per_entry * journal.entries.size() * 9 / 8);
      }
    }
    out += "\n  ]";
  }
  out.append(frame, list + 1, std::string::npos);
  out += '\n';
  return out;
}

}  // namespace painlink
