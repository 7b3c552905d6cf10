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

}  // namespace painlink::samples
