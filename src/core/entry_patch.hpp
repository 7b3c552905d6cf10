// What one import row says about a day, field by field, and how it is merged into what the journal
// already has for that day. The JSON import replaces a day as a whole (a Painlink backup holds
// the whole day); a spreadsheet row usually holds a few fields, so CSV import merges field-wise:
//  - a value in the file replaces that field's value ("no" is a value);
//  - a field the file does not have (an empty cell, a column it lacks or that is not mapped)
//    keeps what the journal has: a headache-only row never wipes that day's back pain;
//  - treatments are added (one the day already lists is not added again) and notes are appended
//    (text the day's notes already contain is not added again), never replaced.
// So importing the same file twice changes nothing the second time.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/interchange.hpp"
#include "core/model.hpp"

namespace painlink {

struct EntryPatch {
  Date date;
  std::vector<int> rows;  // the file's rows that make it (several attacks on one day are one day)

  std::optional<int> headache;  // intensity 0-10
  std::optional<double> headache_hours;
  std::optional<HeadacheSide> side;
  std::optional<bool> pulsating, aura, nausea, light_sensitive, sound_sensitive, worse_with_activity;

  std::optional<int> back_pain;  // intensity 0-10
  // Regions and radiation as a set: when set, exactly these (Painlink's CSV lists them all).
  std::optional<bool> neck, upper_back, lower_back, to_arm, to_leg;

  Factors factors;  // each set field replaces the day's; custom factors by name
  std::vector<Treatment> treatments;
  std::vector<std::string> notes;  // pieces, each appended on its own line

  bool has_headache_details() const;
  bool has_back_details() const;
  bool empty() const;
};

// A later row of the same day folded into `into`: the worse pain of the two, durations added (at
// most 72 hours), sides that differ become "both", a yes stays yes, other values from the later
// row, treatments and notes of both.
void combine_patches(EntryPatch& into, const EntryPatch& later);

// The day after the patch. `existing` is the journal's entry for that day (nullptr: none). Errors
// (paths in the interchange format) when the result breaks a rule of validate_entry, or when the
// row has headache or back details but the day has no intensity for them.
Parsed<Entry> apply_patch(const Entry* existing, const EntryPatch& patch);

}  // namespace painlink
