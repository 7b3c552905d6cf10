// An invariant check for the fuzz targets: prints what broke and aborts, so libFuzzer saves the input.
// The doctest replay of regression inputs defines FUZZ_CHECK as a doctest CHECK before including.
#pragma once

#include <cstdio>
#include <cstdlib>

#ifndef FUZZ_CHECK
#define FUZZ_CHECK(cond)                                                                 \
  do {                                                                                   \
    if (!(cond)) {                                                                       \
      std::fprintf(stderr, "%s:%d: invariant failed: %s\n", __FILE__, __LINE__, #cond);  \
      std::abort();                                                                      \
    }                                                                                    \
  } while (0)
#endif
