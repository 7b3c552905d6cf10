// MemoryStore: the KeyValueStore used by tests, fuzzers and as the "no storage" fallback. Its quota
// is counted like Chromium's localStorage: UTF-16 code units of every key and value together.
#include "core/storage.hpp"
#include "core/utf8.hpp"

namespace painlink {

MemoryStore::MemoryStore(std::size_t quota_utf16_units, bool available)
    : quota_(quota_utf16_units), available_(available) {}

bool MemoryStore::available() { return available_; }

std::optional<std::string> MemoryStore::get(const std::string& key) {
  if (!available_) return std::nullopt;
  const auto it = data.find(key);
  if (it == data.end()) return std::nullopt;
  return it->second;
}

WriteStatus MemoryStore::set(const std::string& key, const std::string& value) {
  if (!available_) return WriteStatus::unavailable;
  if (quota_ != 0) {
    // Replacing a value frees the old one first, as in the browser.
    std::size_t used = used_utf16_units();
    const auto it = data.find(key);
    if (it != data.end()) used -= utf16_units(it->first) + utf16_units(it->second);
    if (used + utf16_units(key) + utf16_units(value) > quota_) return WriteStatus::quota_exceeded;
  }
  data[key] = value;
  return WriteStatus::ok;
}

WriteStatus MemoryStore::copy(const std::string& from, const std::string& to) {
  if (!available_) return WriteStatus::unavailable;
  const auto it = data.find(from);
  if (it == data.end()) return WriteStatus::unavailable;
  const std::string value = it->second;  // `data[to]` may be `it` itself
  return set(to, value);
}

void MemoryStore::remove(const std::string& key) {
  if (available_) data.erase(key);
}

std::vector<std::string> MemoryStore::keys() {
  std::vector<std::string> out;
  if (!available_) return out;
  for (const auto& [key, value] : data) out.push_back(key);
  return out;
}

std::size_t MemoryStore::used_utf16_units() const {
  std::size_t used = 0;
  for (const auto& [key, value] : data) used += utf16_units(key) + utf16_units(value);
  return used;
}

}  // namespace painlink
