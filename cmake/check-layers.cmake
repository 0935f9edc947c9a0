# Fails when a source file includes a header of a layer it may not depend on
# (docs/architecture.md draws the graph). Run by the build before any library compiles:
#   cmake -DROOT=<source dir> -P cmake/check-layers.cmake
# Each layer lists the folders it may include from; its own folder is always allowed.
set(models "linter/models/[a-z]+")
set(rule_dirs "rules(/[a-z0-9_]+)?")
set(allowed
  "linter/core=^linter/core$"
  "linter/vcs=^linter/core$"
  "linter/models/[a-z]+=^linter/core$"
  "linter/project=^(linter/core|${models})$"
  "rules(/[a-z0-9_]+)?=^(linter/core|${models}|linter/project|${rule_dirs})$"
  "linter/config=^(linter/core|linter/models/yaml|rules)$"
  "linter/engine=^(linter/core|${models}|linter/project|linter/vcs|${rule_dirs})$"
  "linter/report=^linter/core$"
  "linter/helm=^linter/core$"
  "linter/cli=^(linter/[a-z/]+|${rule_dirs})$")

file(GLOB_RECURSE sources RELATIVE ${ROOT} ${ROOT}/linter/*.cpp ${ROOT}/linter/*.h
  ${ROOT}/rules/*.cpp ${ROOT}/rules/*.h ${ROOT}/rules/*.def)
set(errors 0)
foreach(src IN LISTS sources)
  get_filename_component(dir ${src} DIRECTORY)
  set(rule "")
  foreach(entry IN LISTS allowed)
    string(REGEX MATCH "^([^=]+)=(.*)$" _ "${entry}")
    set(layer "${CMAKE_MATCH_1}")
    set(may "${CMAKE_MATCH_2}")
    if(dir MATCHES "^${layer}$")
      set(rule "${may}")
      break()
    endif()
  endforeach()
  if(rule STREQUAL "")
    message(SEND_ERROR "${src}: folder ${dir} is in no layer (cmake/check-layers.cmake)")
    math(EXPR errors "${errors} + 1")
    continue()
  endif()
  file(STRINGS ${ROOT}/${src} includes REGEX "^#include \"(linter|rules)/")
  foreach(line IN LISTS includes)
    string(REGEX MATCH "\"([^\"]+)\"" _ "${line}")
    set(header "${CMAKE_MATCH_1}")
    get_filename_component(target_dir "${header}" DIRECTORY)
    if(NOT target_dir STREQUAL dir AND NOT target_dir MATCHES "${rule}")
      message(SEND_ERROR "${src}: includes ${header}, but ${dir} may not depend on ${target_dir}")
      math(EXPR errors "${errors} + 1")
    endif()
  endforeach()
endforeach()
if(errors)
  message(FATAL_ERROR "${errors} include(s) cross the layering (docs/architecture.md)")
endif()
