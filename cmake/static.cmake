# K8SLINT_STATIC=ON: the portable binary of scripts/package.sh. RE2, yaml-cpp and cmark
# are linked from their static archives, libstdc++ and libgcc statically too, so the
# binary needs only glibc (libc and ld-linux; libm is loaded when first used,
# linter/core/libm.cpp) at run time. libgit2 stays a dlopen of its SONAME
# (linter/vcs/git.cpp): without it .gitignore and the git index are not consulted.
# Compile flags are unchanged, so ccache serves this build from a normal one's objects.
#
# Included by CMakeLists.txt after find_package(); it re-points the imported targets the
# layers already link (PkgConfig::RE2, PkgConfig::CMARK, yaml-cpp) at archives.
# Debian 12: libre2.a has no dependencies. On Debian 13 RE2 needs Abseil: pkg-config
# --static lists its absl_* libraries, and each must exist as an archive, or configure stops.

# Each library `pkg-config --static` lists for PREFIX (pkg_check_modules), as a path to
# its archive; glibc's own libraries stay dynamic.
function(k8slint_static_archives out prefix)
  set(archives "")
  foreach(name IN LISTS ${prefix}_STATIC_LIBRARIES)
    if(name MATCHES "^(c|m|dl|rt|pthread)$")
      continue()
    endif()
    find_library(archive NAMES lib${name}.a HINTS ${${prefix}_STATIC_LIBRARY_DIRS} NO_CACHE)
    if(NOT archive)
      message(FATAL_ERROR "K8SLINT_STATIC: no lib${name}.a (pkg-config --static lists it for "
        "${prefix}); install the static library or configure with -DK8SLINT_STATIC=OFF")
    endif()
    list(APPEND archives ${archive})
  endforeach()
  set(${out} ${archives} PARENT_SCOPE)
endfunction()

k8slint_static_archives(re2_archives RE2)
set_property(TARGET PkgConfig::RE2 PROPERTY INTERFACE_LINK_LIBRARIES ${re2_archives} Threads::Threads)
k8slint_static_archives(cmark_archives CMARK)
set_property(TARGET PkgConfig::CMARK PROPERTY INTERFACE_LINK_LIBRARIES ${cmark_archives})

# yaml-cpp's CMake package imports a shared library (yaml-cpp::yaml-cpp since 0.8, with
# `yaml-cpp` forwarding to it): point every configuration of it at the archive.
find_library(K8SLINT_YAML_CPP_ARCHIVE NAMES libyaml-cpp.a REQUIRED)
set(yaml_target yaml-cpp)
if(TARGET yaml-cpp::yaml-cpp)
  set(yaml_target yaml-cpp::yaml-cpp)
endif()
get_target_property(yaml_configs ${yaml_target} IMPORTED_CONFIGURATIONS)
set_target_properties(${yaml_target} PROPERTIES IMPORTED_LOCATION ${K8SLINT_YAML_CPP_ARCHIVE})
foreach(config IN LISTS yaml_configs)
  set_target_properties(${yaml_target} PROPERTIES IMPORTED_LOCATION_${config} ${K8SLINT_YAML_CPP_ARCHIVE})
endforeach()

# Keep glibc dynamic: a fully static glibc cannot dlopen libgit2 safely.
# Start-up costs of the one-file runs pre-commit makes (docs/pre-commit.md):
# no-pie links a position-dependent executable. A position-independent one is loaded at a
# random address, so the loader writes every page of its relocated read-only data
# (.data.rel.ro, 110 KB: vtables, cmark's entity table, RE2's Unicode tables) at each
# start: 27 copy-on-write faults, about 0.4 ms in a Firecracker VM. The price is that this
# binary's own code and data are not randomized (the stack, heap, libc and every mapping
# still are); source builds stay position-independent. The objects are the same (-fPIE
# code links into either), so ccache still serves this build from a normal one's.
# as-needed leaves out libm, which the compiler driver names for libstdc++ but which only
# linter/core/libm.cpp uses, loading it on first use; gc-sections drops the unused functions
# of the static libraries (0.5 MB of code, 14 KB of relocated data).
set(K8SLINT_STATIC_LINK_OPTIONS -static-libstdc++ -static-libgcc -no-pie
  -Wl,--as-needed -Wl,--gc-sections)

# The code a one-file run executes, laid out together. In a VM with shadow page tables the
# first touch of each code page is a trap, and in link order the ~300 rules' constructors
# alone touch a page or two each. gold links with a map (which input section went where);
# scripts/startup-order.py runs the linked binary under callgrind on one-file runs and
# lists the sections that executed; scripts/package.sh then configures
# K8SLINT_STARTUP_ORDER=that list and links again, gold placing those sections first
# and together (--section-ordering-file). GNU ld before 2.43 has no such option. Without
# ld.gold the binary links with the default linker, in link order.
set(K8SLINT_STARTUP_ORDER "" CACHE FILEPATH
  "Section ordering file of scripts/startup-order.py, for the static link (gold only)")
find_program(K8SLINT_LD_GOLD ld.gold)
set(K8SLINT_STATIC_LINK_DEPENDS "")
if(K8SLINT_LD_GOLD)
  list(APPEND K8SLINT_STATIC_LINK_OPTIONS -fuse-ld=gold "LINKER:-Map,${CMAKE_BINARY_DIR}/k8slint.map")
  if(K8SLINT_STARTUP_ORDER)
    list(APPEND K8SLINT_STATIC_LINK_OPTIONS "LINKER:--section-ordering-file,${K8SLINT_STARTUP_ORDER}")
    set(K8SLINT_STATIC_LINK_DEPENDS ${K8SLINT_STARTUP_ORDER})
  endif()
elseif(K8SLINT_STARTUP_ORDER)
  message(WARNING "K8SLINT_STARTUP_ORDER needs ld.gold (binutils); linking in link order")
endif()
