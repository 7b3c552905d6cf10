// export_json(): the interchange document as a person would like to read it - 2-space indent,
// entries by date, and within each object the known fields in a fixed order, date first.
#include <algorithm>
#include <map>
#include <vector>

#include "core/interchange.hpp"
#include "core/json_text.hpp"

namespace painlink {

namespace {

// Export order: the fields a person looks for first, then anything unknown alphabetically.
constexpr int kUnknownKeyRank = 1000;
int key_rank(const std::string& key) {
  static const std::map<std::string, int, std::less<>> kRanks = [] {
    const char* const order[] = {
        "format", "version", "entries", "screening", "settings",
        "date", "back_pain", "headache", "factors", "treatments", "notes",
        "intensity", "regions", "radiates_to", "duration_hours", "side", "pulsating", "aura", "nausea",
        "light_sensitive", "sound_sensitive", "worse_with_activity",
        "sleep_hours", "stress", "screen_hours", "sitting_hours", "water_glasses", "caffeine_cups",
        "alcohol_units", "exercise_minutes", "skipped_meal", "menstruating", "custom",
        "type", "name", "drug_class", "dose_mg", "relief", "answered_on", "answers", "back_flare_threshold"};
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
  std::stable_sort(fields.begin(), fields.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  nlohmann::ordered_json out = nlohmann::ordered_json::object();
  for (const auto& [rank, it] : fields) {
    const bool user_map = it.key() == "custom" || it.key() == "answers";
    out[it.key()] = ordered(it.value(), rank != kUnknownKeyRank && structural && !user_map);
  }
  return out;
}

}  // namespace

std::string export_json(const Journal& journal) {
  return dump_pretty(ordered(journal_to_json(journal), true)) + "\n";
}

}  // namespace painlink
