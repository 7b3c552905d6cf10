#include "core/tab_sync.hpp"

namespace painlink {

namespace {

bool same_group(const Entry* a, const Entry* b, std::uint8_t group) {
  static const Entry kNone{};
  const Entry& x = a ? *a : kNone;
  const Entry& y = b ? *b : kNone;
  switch (group) {
    case kGroupBack: return x.back_pain == y.back_pain;
    case kGroupHeadache: return x.headache == y.headache;
    case kGroupFactors: return x.factors == y.factors;
    case kGroupTreatments: return x.treatments == y.treatments;
    case kGroupNotes: return x.notes == y.notes;
    case kGroupExtra: return x.extra == y.extra;
  }
  return true;
}

void take_group(Entry& into, const Entry* from, std::uint8_t group) {
  static const Entry kNone{};
  const Entry& src = from ? *from : kNone;
  switch (group) {
    case kGroupBack: into.back_pain = src.back_pain; break;
    case kGroupHeadache: into.headache = src.headache; break;
    case kGroupFactors: into.factors = src.factors; break;
    case kGroupTreatments: into.treatments = src.treatments; break;
    case kGroupNotes: into.notes = src.notes; break;
    case kGroupExtra: into.extra = src.extra; break;
  }
}

constexpr std::uint8_t kGroups[] = {kGroupBack, kGroupHeadache, kGroupFactors, kGroupTreatments, kGroupNotes,
                                    kGroupExtra};

Json days_to_json(const std::vector<DayChange>& days) {
  Json out = Json::array();
  for (const DayChange& d : days)
    out.push_back(Json{{"date", format_date(d.date)},
                       {"groups", d.groups},
                       {"entry", d.entry ? entry_to_json(*d.entry) : Json(nullptr)}});
  return out;
}

bool days_from_json(const Json& j, std::vector<DayChange>& out, std::vector<FieldError>& errors) {
  const auto days = j.find("days");
  if (days == j.end() || !days->is_array()) {
    errors.push_back({"days", "must be a list"});
    return false;
  }
  for (std::size_t i = 0; i < days->size(); ++i) {
    const Json& d = (*days)[i];
    const std::string path = "days[" + std::to_string(i) + "]";
    if (!d.is_object()) {
      errors.push_back({path, "must be an object"});
      continue;
    }
    DayChange c;
    const auto date = d.find("date");
    const std::optional<Date> parsed =
        date != d.end() && date->is_string() ? parse_date(date->get_ref<const std::string&>()) : std::nullopt;
    if (!parsed) {
      errors.push_back({path + ".date", "must be a date"});
      continue;
    }
    c.date = *parsed;
    if (const auto g = d.find("groups"); g != d.end() && g->is_number_unsigned() && g->get<std::uint64_t>() <= 63)
      c.groups = static_cast<std::uint8_t>(g->get<std::uint64_t>());
    if (const auto e = d.find("entry"); e != d.end() && !e->is_null()) {
      Parsed<Entry> entry = entry_from_json(*e);
      if (!entry.ok() || entry.value->date != c.date) {
        errors.push_back({path + ".entry", "is not a valid entry for that date"});
        continue;
      }
      c.entry = std::move(*entry.value);
    }
    out.push_back(std::move(c));
  }
  return true;
}

std::optional<std::int64_t> read_erased_at(const Json& j, std::vector<FieldError>& errors) {
  const auto e = j.find("erased_at");
  if (e == j.end() || e->is_null()) return std::nullopt;
  if (e->is_number_integer() && e->get<std::int64_t>() >= 0) return e->get<std::int64_t>();
  errors.push_back({"erased_at", "must be a whole number"});
  return std::nullopt;
}

template <typename Out>
void read_parts(const Json& j, Out& out, std::vector<FieldError>& errors) {
  if (const auto s = j.find("screening"); s != j.end() && !s->is_null()) {
    Parsed<Screening> p = screening_from_json(*s);
    if (p.ok()) out.screening = std::move(*p.value);
    else errors.insert(errors.end(), p.errors.begin(), p.errors.end());
  }
  if (const auto s = j.find("settings"); s != j.end() && !s->is_null()) {
    Parsed<Settings> p = settings_from_json(*s);
    if (p.ok()) out.settings = *p.value;
    else errors.insert(errors.end(), p.errors.begin(), p.errors.end());
  }
  if (const auto s = j.find("assessment"); s != j.end() && !s->is_null()) {
    Parsed<Assessment> p = assessment_from_json(*s);
    if (p.ok()) out.assessment = std::move(*p.value);
    else errors.insert(errors.end(), p.errors.begin(), p.errors.end());
  }
}

template <typename In>
void write_parts(Json& j, const In& in) {
  if (in.screening) j["screening"] = screening_to_json(*in.screening);
  if (in.settings) j["settings"] = settings_to_json(*in.settings);
  if (in.assessment) j["assessment"] = assessment_to_json(*in.assessment);
}

}  // namespace

const char* to_string(TabRole r) {
  switch (r) {
    case TabRole::solo: return "solo";
    case TabRole::leader: return "leader";
    case TabRole::follower: return "follower";
  }
  return "solo";
}

std::uint8_t changed_groups(const Entry* before, const Entry* after) {
  std::uint8_t out = 0;
  for (std::uint8_t g : kGroups)
    if (!same_group(before, after, g)) out = static_cast<std::uint8_t>(out | g);
  return out;
}

std::optional<Entry> merge_groups(const Entry* current, const Entry* incoming, Date date, std::uint8_t groups) {
  Entry out = current ? *current : Entry{};
  out.date = date;
  for (std::uint8_t g : kGroups)
    if (groups & g) take_group(out, incoming, g);
  if (out.empty()) return std::nullopt;
  return out;
}

Json batch_to_json(const ChangeBatch& b) {
  Json j{{"batch", b.batch}, {"days", days_to_json(b.days)}};
  if (b.erase) j["erase"] = true;
  if (b.erased_at) j["erased_at"] = *b.erased_at;
  write_parts(j, b);
  return j;
}

Parsed<ChangeBatch> batch_from_json(const Json& j) {
  Parsed<ChangeBatch> out;
  if (!j.is_object()) {
    out.errors.push_back({"", "must be an object"});
    return out;
  }
  ChangeBatch b;
  if (const auto n = j.find("batch"); n != j.end() && n->is_number_unsigned()) b.batch = n->get<std::uint64_t>();
  else out.errors.push_back({"batch", "must be a whole number"});
  if (const auto e = j.find("erase"); e != j.end() && e->is_boolean()) b.erase = e->get<bool>();
  b.erased_at = read_erased_at(j, out.errors);
  days_from_json(j, b.days, out.errors);
  read_parts(j, b, out.errors);
  if (out.errors.empty()) out.value = std::move(b);
  return out;
}

Json saved_to_json(const SavedDays& s) {
  Json j{{"days", days_to_json(s.days)}, {"full", s.full}};
  if (s.erased_at) j["erased_at"] = *s.erased_at;
  write_parts(j, s);
  return j;
}

Parsed<SavedDays> saved_from_json(const Json& j) {
  Parsed<SavedDays> out;
  if (!j.is_object()) {
    out.errors.push_back({"", "must be an object"});
    return out;
  }
  SavedDays s;
  days_from_json(j, s.days, out.errors);
  read_parts(j, s, out.errors);
  if (const auto f = j.find("full"); f != j.end() && f->is_boolean()) s.full = f->get<bool>();
  s.erased_at = read_erased_at(j, out.errors);
  if (out.errors.empty()) out.value = std::move(s);
  return out;
}

}  // namespace painlink
