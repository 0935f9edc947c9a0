#!/usr/bin/env bash
# scripts/package.sh end to end: builds the tarball and the .deb, checks their SHA-256
# files and contents, installs the .deb with dpkg into a scratch root (never into the
# machine's own), and runs both packaged binaries on examples/todo-chatbot, whose report
# must match the one of the binary under test. `cmake --install` is checked too.
#   bash tests/cli/package.sh path/to/k8slint
# Exits 77 (ctest: skipped) off Debian 12, where scripts/package.sh does not build: the
# portable binary is built on the oldest glibc it supports.
source "$(dirname "$0")/lib.sh"

(. /etc/os-release && [[ $ID == debian && $VERSION_ID == 12 ]]) || {
  skip "scripts/package.sh builds on Debian 12 only (this is $(. /etc/os-release; echo "$PRETTY_NAME"))"
}

version=$("$bin" --version | cut -d' ' -f2)
arch=$(dpkg --print-architecture)
tarball=k8slint-$version-linux-$(uname -m).tar.gz
deb=k8slint_${version}_$arch.deb

start=$SECONDS
bash scripts/package.sh --out "$tmp/dist" >"$tmp/package.log" 2>&1
check package-exit 0 $?
echo "     (scripts/package.sh took $((SECONDS - start)) s)"
check artifacts "$tarball $tarball.sha256 $deb $deb.sha256" "$(cd "$tmp/dist" && LC_ALL=C ls | tr '\n' ' ' | sed 's/ $//')"
(cd "$tmp/dist" && sha256sum --quiet -c ./*.sha256)
check sha256 0 $?

# The report the packaged binaries must reproduce.
"$bin" --fail-on never examples/todo-chatbot >"$tmp/expected.txt"
licence=share/doc/k8slint/copyright

# Tarball: one top folder, bin/k8slint that needs only glibc, the man page.
mkdir "$tmp/tgz"
tar -xzf "$tmp/dist/$tarball" -C "$tmp/tgz"
top=$tmp/tgz/${tarball%.tar.gz}
packaged=$top/bin/k8slint
check tgz-version "k8slint $version" "$("$packaged" --version)"
needed=$(objdump -p "$packaged" | awk '$1 == "NEEDED" {print $2}' | LC_ALL=C sort | tr '\n' ' ')
# libm is not among them: linter/core/libm.cpp loads it when log2 or pow is first needed.
check tgz-needed-glibc-only "ld-linux-x86-64.so.2 libc.so.6 " "$needed"
# Linked at a fixed address (cmake/static.cmake): no relocated read-only data to copy at start.
check tgz-position-dependent "EXEC" "$(LC_ALL=C readelf -h "$packaged" | awk '$1 == "Type:" {print $2}')"
contains tgz-man "$top/share/man/man1/k8slint.1" ".TH K8SLINT 1 \"\" \"k8slint $version\""
contains tgz-man-subcommands "$top/share/man/man1/k8slint.1" '.SH "k8slint explain"'
check tgz-readme 0 "$(test -s "$top/share/doc/k8slint/README.md"; echo $?)"
check tgz-licence 0 "$(cmp -s LICENSE "$top/$licence"; echo $?)"
"$packaged" examples/todo-chatbot >"$tmp/tgz.txt"
check tgz-lint-exit 1 $?
check tgz-same-report 0 "$(cmp -s "$tmp/expected.txt" "$tmp/tgz.txt"; echo $?)"
# What needs libm's log2 (the entropy of a long word in a comment) and pow (a `1e3`
# quantity): the same findings as the binary under test, which links libm.
mkdir "$tmp/libm"
printf '# deploy key: Xk9vQ2mZ7pL4wR8tN3bY6cF1hJ5sD0gA\napiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      image: nginx:1.27\n      resources:\n        requests:\n          memory: 1e3\n        limits:\n          memory: 2e2\n' >"$tmp/libm/pod.yaml"
(cd "$tmp/libm" && "$bin" --fail-on never -f json pod.yaml >expected.json)
(cd "$tmp/libm" && "$packaged" --fail-on never -f json pod.yaml >tgz.json)
check tgz-libm-same-report 0 "$(cmp -s "$tmp/libm/expected.json" "$tmp/libm/tgz.json"; echo $?)"
contains tgz-libm-quantity "$tmp/libm/tgz.json" "RS005"

# .deb: control fields, then dpkg installs it into a scratch root.
dpkg-deb --info "$tmp/dist/$deb" >"$tmp/info.txt"
contains deb-package "$tmp/info.txt" " Package: k8slint"
contains deb-version "$tmp/info.txt" " Version: $version"
contains deb-arch "$tmp/info.txt" " Architecture: $arch"
check deb-depends-glibc-only "libc6 (>= 2.36)" "$(sed -n 's/^ Depends: //p' "$tmp/info.txt")"
contains deb-recommends-libgit2 "$tmp/info.txt" " Recommends: libgit2-"
dpkg-deb --contents "$tmp/dist/$deb" >"$tmp/contents.txt"
contains deb-binary "$tmp/contents.txt" "./usr/bin/k8slint"
contains deb-man "$tmp/contents.txt" "./usr/share/man/man1/k8slint.1"
contains deb-licence "$tmp/contents.txt" "./usr/share/doc/k8slint/copyright"
root=$tmp/root
mkdir -p "$root"/var/lib/dpkg/{info,updates,triggers}
touch "$root/var/lib/dpkg/status"
# --force-depends: the scratch root has no libc6 package; the binary uses the host's glibc.
dpkg --root="$root" --log="$tmp/dpkg.log" --force-depends -i "$tmp/dist/$deb" >"$tmp/dpkg.txt" 2>&1
check deb-dpkg-install 0 $?
check deb-installed "install ok installed" "$(dpkg --root="$root" -s k8slint 2>/dev/null | sed -n 's/^Status: //p')"
check deb-version-run "k8slint $version" "$("$root/usr/bin/k8slint" --version)"
"$root/usr/bin/k8slint" examples/todo-chatbot >"$tmp/deb.txt"
check deb-lint-exit 1 $?
check deb-same-report 0 "$(cmp -s "$tmp/expected.txt" "$tmp/deb.txt"; echo $?)"

# cmake --install from the package build: binary, man page, README.
build=${K8SLINT_PACKAGE_BUILD_DIR:-build-package}
# The code a one-file run executes was profiled and linked side by side (cmake/static.cmake).
contains startup-order-linked "$tmp/package.log" "package: start-up code ordered"
python3 scripts/startup-order.py --check "$build/k8slint.map" "$build/startup-order.txt" >"$tmp/order.txt"
check startup-order-together 0 $?
cat "$tmp/order.txt"
cmake --install "$build" --prefix "$tmp/prefix" >/dev/null
check install-exit 0 $?
check install-files "bin/k8slint share/doc/k8slint/README.md share/doc/k8slint/copyright share/man/man1/k8slint.1" \
  "$(cd "$tmp/prefix" && find . -type f | sed 's|^\./||' | LC_ALL=C sort | tr '\n' ' ' | sed 's/ $//')"

((failed)) && { echo "--- scripts/package.sh output:"; tail -30 "$tmp/package.log"; }
finish
