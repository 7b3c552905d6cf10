// import_document(): applying an interchange document (or a bare list of entries) to a journal.
// Document-level problems refuse the whole import; entry-level problems reject that entry only.
#include <algorithm>
#include <map>

#include "core/analysis/red_flags.hpp"
#include "core/assessment/questions.hpp"
#include "core/interchange.hpp"
#include "core/json_text.hpp"
#include "core/validate.hpp"

namespace painlink {

namespace {

std::string join_errors(const std::string& prefix, const std::vector<FieldError>& errors) {
  std::string message;
  for (const FieldError& e : errors) {
    if (!message.empty()) message += "; ";
    message += e.path.empty() ? prefix : prefix + (e.path[0] == '[' ? "" : ".") + e.path;
    message += ": " + e.message;
  }
  return message;
}

struct Document {
  const Json* entries = nullptr;      // the list to import
  const Json* screening = nullptr;    // absent: keep the journal's
  const Json* settings = nullptr;
  const Json* assessment = nullptr;
  Json extra = Json::object();        // unknown top-level fields
  bool is_object = false;
};

// The envelope checks. Returns an error sentence, or "" when `doc` is usable.
std::string read_document(const Json& root, Document& doc) {
  if (root.is_array()) {  // a bare list of entries: accepted, it is what people paste
    doc.entries = &root;
    return "";
  }
  if (!root.is_object())
    return "This is not a Painlink journal: it holds " + describe_value(root) + " instead of a document.";
  doc.is_object = true;
  const auto format = root.find("format");
  if (format != root.end()) {
    if (!format->is_string() || format->get_ref<const std::string&>() != kFormatName)
      return "This is not a Painlink journal (its \"format\" is " + describe_value(*format) + ", expected \"" +
             kFormatName + "\").";
  }
  const auto version = root.find("version");
  if (version != root.end()) {
    // Unsigned first: a huge version number must not wrap to a negative signed one.
    const bool newer = (version->is_number_unsigned() &&
                        version->get<std::uint64_t>() > static_cast<std::uint64_t>(kFormatVersion)) ||
                       (version->is_number_integer() && version->get<std::int64_t>() > kFormatVersion);
    if (newer)
      return "This file was made by a newer version of Painlink (format version " + describe_value(*version) +
             "). Update Painlink to import it.";
    if (!version->is_number_integer() || version->get<std::int64_t>() < 1)
      return "This file's format \"version\" is " + describe_value(*version) + ", which Painlink does not know.";
  }
  const auto entries = root.find("entries");
  if (entries == root.end() || !entries->is_array())
    return "This file has no \"entries\" list, so there is nothing to import.";
  doc.entries = &*entries;
  for (auto it = root.begin(); it != root.end(); ++it) {
    const std::string& key = it.key();
    if (key == "screening") doc.screening = it->is_null() ? nullptr : &*it;
    else if (key == "settings") doc.settings = it->is_null() ? nullptr : &*it;
    else if (key == "assessment") doc.assessment = it->is_null() ? nullptr : &*it;
    else if (key != "format" && key != "version" && key != "entries") doc.extra[key] = it.value();
  }
  return "";
}

}  // namespace

std::string unknown_screening_message(const std::string& id) {
  return "screening.answers" + quoted_key(id) +
         ": is not one of Painlink's safety questions, so this answer was kept but is not part of the safety "
         "check. Answer the safety questions in Painlink to be sure nothing is missed.";
}

std::string unknown_assessment_message(const std::string& id) {
  return "assessment.current.answers" + quoted_key(id) +
         ": is not one of Painlink's self-check questions or answers, so it was kept but is not part of the "
         "self-check result.";
}

void refuse_emptying_replace(ImportResult& result, const Journal& current, ImportMode mode) {
  if (mode != ImportMode::replace || !result.ok || result.added + result.updated + result.unchanged > 0) return;
  const std::size_t n = result.rejected.size();
  if (n == 0)
    result.error = "This file has no entries; replacing would delete every day, so nothing was changed.";
  else if (n == 1)
    result.error = "The only entry in this file cannot be used (see why below), so replacing would delete every "
                   "day. Nothing was changed.";
  else
    result.error = "None of the " + std::to_string(n) +
                   " entries in this file can be used (see why below), so replacing would delete every day. "
                   "Nothing was changed.";
  result.ok = false;
  result.would_empty = true;
  result.journal = current;
  result.removed = 0;
  result.warnings.clear();
  result.unknown_screening_ids.clear();
  result.unknown_assessment_ids.clear();
}

ImportResult import_document(std::string_view text, const Journal& current, ImportMode mode) {
  ParsedJson parsed = parse_json_text(text);
  if (!parsed.value) {
    ImportResult result;
    result.journal = current;
    result.error = "This file " + parsed.error + ".";
    return result;
  }
  return import_json(*parsed.value, current, mode);
}

ImportResult import_json(const Json& document, const Journal& current, ImportMode mode) {
  ImportResult result;
  result.journal = current;
  Document doc;
  result.error = read_document(document, doc);
  if (!result.error.empty()) return result;

  // Valid entries by date; a later duplicate replaces an earlier one, which is reported.
  std::map<Date, std::pair<int, Entry>> incoming;
  const Json& list = *doc.entries;
  for (std::size_t i = 0; i < list.size(); ++i) {
    const int index = static_cast<int>(i);
    const std::string prefix = "entries[" + std::to_string(i) + "]";
    Parsed<Entry> entry = entry_from_json(list[i]);
    if (!entry.ok()) {
      result.rejected.push_back({index, join_errors(prefix, entry.errors)});
      continue;
    }
    if (entry.value->empty()) {
      result.rejected.push_back(
          {index, prefix + ": records nothing for " + format_date(entry.value->date) + " (only a date)"});
      continue;
    }
    const Date date = entry.value->date;
    auto [it, inserted] = incoming.try_emplace(date, index, std::move(*entry.value));
    if (!inserted) {
      result.rejected.push_back({it->second.first, "entries[" + std::to_string(it->second.first) + "]: " +
                                                       format_date(date) + " appears again later in the file (" +
                                                       prefix + "), which was used instead"});
      it->second = {index, std::move(*entry.value)};
    }
  }
  std::sort(result.rejected.begin(), result.rejected.end(),
            [](const Rejection& a, const Rejection& b) { return a.index < b.index; });

  Journal& out = result.journal;
  if (mode == ImportMode::replace) {
    out.entries.clear();
    for (const auto& [date, entry] : current.entries)
      if (incoming.find(date) == incoming.end()) ++result.removed;
  }
  for (auto& [date, item] : incoming) {
    const auto before = current.entries.find(date);
    if (before == current.entries.end()) ++result.added;
    else if (before->second == item.second) ++result.unchanged;
    else ++result.updated;
    out.entries[date] = std::move(item.second);
  }

  if (doc.screening) {
    Parsed<Screening> s = screening_from_json(*doc.screening);
    if (s.ok()) {
      // An answer to a question this version does not ask (a newer version's, or a typo) is kept,
      // like every unknown field, but it cannot be part of the safety check: the caller says so.
      for (const auto& [id, answer] : s.value->answers)
        if (analysis::find_red_flag_question(id) == nullptr) result.unknown_screening_ids.push_back(id);
      out.screening = std::move(*s.value);
    } else {
      result.warnings.insert(result.warnings.end(), s.errors.begin(), s.errors.end());
    }
  }
  if (doc.assessment) {
    Parsed<Assessment> a = assessment_from_json(*doc.assessment);
    if (a.ok()) {
      // Kept whole (a newer version's questions included); only the current take is reported.
      result.unknown_assessment_ids = assessment::unknown_answer_ids(a.value->current);
      out.assessment = std::move(*a.value);
    } else {
      result.warnings.insert(result.warnings.end(), a.errors.begin(), a.errors.end());
    }
  }
  if (doc.settings) {
    Parsed<Settings> s = settings_from_json(*doc.settings);
    if (s.ok()) out.settings = *s.value;
    else result.warnings.insert(result.warnings.end(), s.errors.begin(), s.errors.end());
  }
  if (doc.is_object) {
    if (mode == ImportMode::replace || !out.extra.is_object()) out.extra = Json::object();
    for (auto it = doc.extra.begin(); it != doc.extra.end(); ++it) out.extra[it.key()] = it.value();
  }
  result.ok = true;
  return result;
}

}  // namespace painlink
