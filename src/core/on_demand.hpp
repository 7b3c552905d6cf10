// PAINLINK_ON_DEMAND("name"), after the declaration of a function that a first visit (the
// welcome, the self-check, an empty Check-in) never calls, such as a whole view or the analysis of
// recorded days:
//
//   Insights compute_insights(const Journal& journal, Date today) PAINLINK_ON_DEMAND("analysis");
//
// In the split web build, such a function and everything only it calls move into
// painlink.deferred.wasm, which the page fetches when it is about to be needed. The mark gives the
// function the symbol "painlink_on_demand_<name>" (scripts/split_wasm.mjs finds the marks by it)
// and keeps it out of line, so its callers call it rather than copy it: noinline for LLVM, and an
// export for binaryen, which inlines a function with one caller unless it is exported. Elsewhere
// the mark does nothing.
//
// A marked function must not be reached while a first visitor reads the welcome, answers the
// self-check or fills in the first day: it would still run, but only after the page stopped to
// fetch the rest of the widget (tests/browser/on_demand.test.mjs watches for that).
#pragma once

#if defined(__wasm__) && defined(PAINLINK_SPLIT_WASM)
#define PAINLINK_ON_DEMAND(name) \
  __asm__("painlink_on_demand_" name) __attribute__((noinline, export_name("painlink_on_demand_" name)))
#else
#define PAINLINK_ON_DEMAND(name)
#endif
