#include "core/medicine_names.hpp"

#include <string>
#include <unordered_map>
#include <vector>

namespace painlink::assets {
extern const char kMedicineClassesTsv[];
}

namespace painlink {

namespace {

struct Name {
  std::vector<std::string> words;
  DrugClass drug_class;
};

bool word_char(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }
char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

std::vector<std::string> words_of(std::string_view text) {
  std::vector<std::string> out;
  std::string word;
  for (char c : text) {
    if (word_char(c)) {
      word += lower(c);
    } else if (!word.empty()) {
      out.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) out.push_back(std::move(word));
  return out;
}

// Parsed once and indexed by first word; a malformed line (no tab, unknown class) is skipped, and
// a test checks there is none.
using Table = std::unordered_map<std::string, std::vector<Name>>;
const Table& table() {
  static const Table names = [] {
    Table out;
    std::string_view text = assets::kMedicineClassesTsv;
    while (!text.empty()) {
      const std::size_t eol = text.find('\n');
      std::string_view line = text.substr(0, eol);
      text = eol == std::string_view::npos ? std::string_view{} : text.substr(eol + 1);
      if (line.empty() || line.front() == '#') continue;
      const std::size_t tab = line.find('\t');
      if (tab == std::string_view::npos) continue;
      std::string_view cls = line.substr(tab + 1);
      while (!cls.empty() && (cls.back() == '\r' || cls.back() == ' ')) cls.remove_suffix(1);
      const std::optional<DrugClass> c = drug_class_from_string(cls);
      std::vector<std::string> words = words_of(line.substr(0, tab));
      if (!c || words.empty()) continue;
      std::string first = words.front();
      out[first].push_back({std::move(words), *c});
    }
    return out;
  }();
  return names;
}

bool matches_at(const std::vector<std::string>& typed, std::size_t at, const std::vector<std::string>& name) {
  if (at + name.size() > typed.size()) return false;
  for (std::size_t k = 0; k < name.size(); ++k)
    if (typed[at + k] != name[k]) return false;
  return true;
}

}  // namespace

std::optional<DrugClass> drug_class_for_name(std::string_view name) {
  const std::vector<std::string> typed = words_of(name);
  if (typed.empty()) return std::nullopt;
  // Longest match at each position; positions covered by a longer match are skipped.
  std::vector<DrugClass> found;
  for (std::size_t at = 0; at < typed.size();) {
    const Name* best = nullptr;
    if (const auto it = table().find(typed[at]); it != table().end())
      for (const Name& n : it->second)
        if (matches_at(typed, at, n.words) && (best == nullptr || n.words.size() > best->words.size())) best = &n;
    if (best == nullptr) {
      ++at;
      continue;
    }
    found.push_back(best->drug_class);
    at += best->words.size();
  }
  if (found.empty()) return std::nullopt;
  bool mixed = false, opioid = false;
  for (DrugClass c : found) {
    mixed = mixed || c != found.front();
    opioid = opioid || c == DrugClass::opioid;
  }
  if (!mixed) return found.front();
  return opioid ? DrugClass::opioid : DrugClass::combination;
}

DrugClass effective_drug_class(const Treatment& t) {
  if (t.drug_class) return *t.drug_class;
  return drug_class_for_name(t.name).value_or(DrugClass::other);
}

int medicine_name_count() {
  std::size_t n = 0;
  for (const auto& [first, names] : table()) n += names.size();
  return static_cast<int>(n);
}

}  // namespace painlink
