# Native-only extras, included (OPTIONAL) by the top-level CMakeLists for non-Emscripten builds.
#
# With clang: libFuzzer targets for the code that reads untrusted text (import files, JS-API
# entries, whatever is in localStorage). The core sources are compiled again for them, with the same
# sanitizers and with -fno-exceptions like the wasm build (where a throw is an abort), so a code
# path that would throw shows up as a crash. They are not part of `all`; build them by name or run
# scripts/fuzz.sh:
#   CXX=clang++ cmake -S . -B build/fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo
#   cmake --build build/fuzz -j2 --target fuzz_import fuzz_store_load
if(CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
  set(PAINLINK_SANITIZERS address,undefined)
  set(PAINLINK_FUZZ_COMPILE -fno-sanitize-recover=undefined -fno-exceptions -g)

  # The instrumented core, compiled once and linked into both fuzzers (fuzzer-no-link: coverage
  # instrumentation without libFuzzer's main).
  add_library(painlink_core_fuzz OBJECT ${PAINLINK_CORE_SOURCES})
  set_target_properties(painlink_core_fuzz PROPERTIES EXCLUDE_FROM_ALL TRUE)
  target_include_directories(painlink_core_fuzz PUBLIC "${CMAKE_SOURCE_DIR}/src")
  target_include_directories(painlink_core_fuzz SYSTEM PUBLIC "${PAINLINK_THIRD_PARTY_INCLUDE}")
  target_link_libraries(painlink_core_fuzz PUBLIC painlink_libcsv)
  target_compile_options(painlink_core_fuzz PRIVATE -fsanitize=fuzzer-no-link,${PAINLINK_SANITIZERS}
                         ${PAINLINK_FUZZ_COMPILE} ${PAINLINK_WARNINGS})

  foreach(target fuzz_import fuzz_store_load)
    add_executable(${target} EXCLUDE_FROM_ALL "${CMAKE_SOURCE_DIR}/tests/fuzz/${target}.cpp")
    target_link_libraries(${target} PRIVATE painlink_core_fuzz)
    target_compile_options(${target} PRIVATE -fsanitize=fuzzer,${PAINLINK_SANITIZERS} ${PAINLINK_FUZZ_COMPILE}
                           ${PAINLINK_WARNINGS})
    target_link_options(${target} PRIVATE -fsanitize=fuzzer,${PAINLINK_SANITIZERS})
  endforeach()
endif()

# Calibration figures of the Insight statistics (src/core/analysis/README.md "Calibration
# (measured)"): not part of `all`.
#   cmake --build build/native-rel --target painlink_calibration && build/native-rel/painlink_calibration
add_executable(painlink_calibration EXCLUDE_FROM_ALL "${CMAKE_SOURCE_DIR}/tests/bench/calibration.cpp")
target_link_libraries(painlink_calibration PRIVATE painlink_core)
target_include_directories(painlink_calibration PRIVATE "${CMAKE_SOURCE_DIR}/tests")
target_compile_options(painlink_calibration PRIVATE ${PAINLINK_WARNINGS})
