# libcsv 3.0.3 (Robert Gamble's RFC 4180 parser; Debian source package libcsv, fetched into
# build/deps by scripts/setup.sh) as a small static library for the core's CSV import
# (src/core/csv_table.cpp). One C file, no I/O of its own: compiled the same way for the native
# build, the fuzzers and the wasm, so a file reads the same everywhere.
set(LIBCSV_DIR "${PAINLINK_DEPS_DIR}/libcsv-3.0.3" CACHE PATH "libcsv sources")
if(NOT EXISTS "${LIBCSV_DIR}/libcsv.c")
  message(FATAL_ERROR "libcsv not found in ${LIBCSV_DIR}: run scripts/setup.sh (make does it)")
endif()
add_library(painlink_libcsv STATIC "${LIBCSV_DIR}/libcsv.c")
# Its own code, built as upstream ships it: none of Painlink's warnings.
target_include_directories(painlink_libcsv SYSTEM PUBLIC "${LIBCSV_DIR}")
set_target_properties(painlink_libcsv PROPERTIES C_STANDARD 99 POSITION_INDEPENDENT_CODE ON)
