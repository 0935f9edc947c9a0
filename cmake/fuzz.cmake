# The fuzz harnesses of tests/fuzz/ (docs/fuzzing.md): k8slint_fuzz (the whole per-file
# analysis) and k8slint_fuzz_<model> per document model, each one LLVMFuzzerTestOneInput.
# With K8SLINT_LIBFUZZER and clang they link to libFuzzer (CMakeLists.txt instruments the
# whole build for coverage); otherwise to the mutation driver of tests/fuzz/driver.cpp.
# k8slint_fuzz_seeds builds their seed corpora from fixtures/ and examples/.
set(K8SLINT_FUZZ_MODELS dockerfile yaml values env powershell markdown)
set(K8SLINT_FUZZ_SEEDS ${CMAKE_BINARY_DIR}/fuzz-seeds)
set(K8SLINT_FUZZ_DICT ${CMAKE_SOURCE_DIR}/tests/fuzz/k8slint.dict)

add_library(k8slint_fuzz_support STATIC tests/fuzz/support.cpp)
target_compile_options(k8slint_fuzz_support PRIVATE ${K8SLINT_WARNINGS})
target_link_libraries(k8slint_fuzz_support PUBLIC k8slint_cli)
if(NOT K8SLINT_LIBFUZZER_ACTIVE)
  add_library(k8slint_fuzz_driver STATIC tests/fuzz/driver.cpp)
  target_compile_options(k8slint_fuzz_driver PRIVATE ${K8SLINT_WARNINGS})
  target_link_libraries(k8slint_fuzz_driver PRIVATE Threads::Threads)
endif()

function(k8slint_fuzz_harness target source)
  add_executable(${target} ${source})
  target_compile_options(${target} PRIVATE ${K8SLINT_WARNINGS})
  target_link_libraries(${target} PRIVATE k8slint_fuzz_support)
  if(K8SLINT_LIBFUZZER_ACTIVE)
    target_link_options(${target} PRIVATE -fsanitize=fuzzer)
  else()
    # A static library's main() is linked only when something asks for it.
    target_link_libraries(${target} PRIVATE k8slint_fuzz_driver)
    target_link_options(${target} PRIVATE -Wl,--undefined=main)
  endif()
  add_dependencies(k8slint_fuzz_all ${target})
endfunction()

add_custom_target(k8slint_fuzz_all)
k8slint_fuzz_harness(k8slint_fuzz tests/fuzz/analysis.cpp)
foreach(model IN LISTS K8SLINT_FUZZ_MODELS)
  k8slint_fuzz_harness(k8slint_fuzz_${model} tests/fuzz/${model}.cpp)
endforeach()

add_executable(k8slint_fuzz_seeds tests/fuzz/seeds_main.cpp)
target_compile_options(k8slint_fuzz_seeds PRIVATE ${K8SLINT_WARNINGS})
target_link_libraries(k8slint_fuzz_seeds PRIVATE k8slint_fuzz_support)
add_dependencies(k8slint_fuzz_all k8slint_fuzz_seeds)

add_test(NAME fuzz.seeds COMMAND k8slint_fuzz_seeds ${K8SLINT_FUZZ_SEEDS} fixtures examples
         WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
set_tests_properties(fuzz.seeds PROPERTIES FIXTURES_SETUP fuzz_seeds)
# Bounded, seeded runs; longer ones: scripts/fuzz.sh (docs/fuzzing.md). libFuzzer adds
# the inputs that find new coverage to the seed folder, which is the build's own copy.
add_test(NAME fuzz COMMAND k8slint_fuzz -runs=20000 -seed=1 -dict=${K8SLINT_FUZZ_DICT}
         ${K8SLINT_FUZZ_SEEDS}/analysis)
set_tests_properties(fuzz PROPERTIES FIXTURES_REQUIRED fuzz_seeds)
foreach(model IN LISTS K8SLINT_FUZZ_MODELS)
  add_test(NAME fuzz.${model} COMMAND k8slint_fuzz_${model} -runs=10000 -seed=1
           -dict=${K8SLINT_FUZZ_DICT} ${K8SLINT_FUZZ_SEEDS}/${model})
  set_tests_properties(fuzz.${model} PROPERTIES FIXTURES_REQUIRED fuzz_seeds)
endforeach()
