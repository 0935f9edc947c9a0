# `cmake --install` and the packages of scripts/package.sh (CPack: TGZ and DEB).
# Installs bin/k8slint, its man page (share/man/man1/k8slint.1, written from the binary's
# --help texts at install time by cmake/manpage.cmake), README.md and the licence into
# share/doc/k8slint. No shell completions: CLI11 (2.1 on Debian 12) cannot generate them.
# The version is PROJECT_VERSION, the one in project() at the top of CMakeLists.txt.
include(GNUInstallDirs)

install(TARGETS k8slint RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(CODE "execute_process(COMMAND \"${CMAKE_COMMAND}\" -DK8SLINT=$<TARGET_FILE:k8slint>
  -DOUT=${CMAKE_BINARY_DIR}/k8slint.1 -P ${CMAKE_SOURCE_DIR}/cmake/manpage.cmake
  COMMAND_ERROR_IS_FATAL ANY)")
install(FILES ${CMAKE_BINARY_DIR}/k8slint.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES README.md DESTINATION ${CMAKE_INSTALL_DOCDIR})
# Debian's name for the licence file; the tarball has it at the same place.
set(K8SLINT_LICENSE_FILE ${CMAKE_SOURCE_DIR}/LICENSE)
if(EXISTS ${K8SLINT_LICENSE_FILE})
  install(FILES ${K8SLINT_LICENSE_FILE} DESTINATION ${CMAKE_INSTALL_DOCDIR} RENAME copyright)
endif()

# The Debian package that ships libgit2's SONAME, recommended by the .deb (k8slint runs
# without it, but then ignores .gitignore and the git index).
get_filename_component(libgit2_dir ${K8SLINT_LIBGIT2_PATH} DIRECTORY)
get_filename_component(libgit2_file ${libgit2_dir}/${K8SLINT_LIBGIT2_SONAME} REALPATH)
execute_process(COMMAND dpkg-query -S ${libgit2_file} OUTPUT_VARIABLE libgit2_owner
  ERROR_QUIET OUTPUT_STRIP_TRAILING_WHITESPACE)
string(REGEX MATCH "^[^:]+" K8SLINT_LIBGIT2_PACKAGE "${libgit2_owner}")

set(CPACK_PACKAGE_NAME k8slint)
set(CPACK_PACKAGE_VENDOR k8slint)
set(CPACK_PACKAGE_CONTACT "k8slint maintainers <https://github.com/k8slint/k8slint/issues>")
set(CPACK_PACKAGE_HOMEPAGE_URL https://github.com/k8slint/k8slint)
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
  "Linter for Dockerfiles, Helm charts, Kubernetes manifests, .env files and PowerShell")
set(CPACK_PACKAGE_DESCRIPTION "One binary that checks what a team writes to ship an app to \
Kubernetes: non-root users, multi-stage builds, committed secrets, probes, resource bounds, \
port consistency across files, and PowerShell-compatible commands in docs and scripts.")
set(CPACK_PACKAGE_FILE_NAME k8slint-${PROJECT_VERSION}-linux-${CMAKE_SYSTEM_PROCESSOR})
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR TGZ DEB)
# DEB: k8slint_VERSION_ARCH.deb under /usr; Depends computed by dpkg-shlibdeps, except for
# the K8SLINT_STATIC build, which needs glibc alone from 2.36 on: its relative relocations
# are packed (DT_RELR, cmake/static.cmake), which the loader reads from glibc 2.36, and
# dpkg-shlibdeps judges by symbol versions, where that requirement (GLIBC_ABI_DT_RELR)
# names no release.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
if(K8SLINT_STATIC)
  set(CPACK_DEBIAN_PACKAGE_DEPENDS "libc6 (>= 2.36)")
else()
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
endif()
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "${K8SLINT_LIBGIT2_PACKAGE}")
include(CPack)
