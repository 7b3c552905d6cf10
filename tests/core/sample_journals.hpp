// Journals for the interchange/storage tests: every field filled with realistic values.
#pragma once

#include "core/model.hpp"

namespace painlink::samples {

// The entry of the interchange example in the brief / README (2026-11-20), no unknown fields.
Entry example_entry();

// A day with every field filled; `n` varies the values (1-2 treatments, 1-2 custom factors, a
// note of about 40 characters) the way a real diary varies.
Entry full_entry(Date date, int n);

// `days` consecutive full entries starting at `first`.
Journal full_journal(Date first, int days);

// For checking writers byte for byte: full days with gaps, unknown fields at every level, text
// that needs escaping (quotes, backslashes, every control character, non-ASCII, invalid UTF-8),
// numbers with no short code, a day before 1970, screening and settings.
Journal awkward_journal();

}  // namespace painlink::samples
