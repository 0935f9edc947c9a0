#!/usr/bin/env bash
# Rules that ask git: SE024 learns (lazily, through SourceFile::vcs) whether a .env is
# ignored or tracked.
source "$(dirname "$0")/lib.sh"

repo=$tmp/env-repo
mkdir -p "$repo" && git -C "$repo" init -q
printf 'DATABASE_PASSWORD=Zq8vW2mLx4Rt\n' >"$repo/.env"
(cd "$repo" && "$bin" --enable SE024 --fail-on never .env) >"$tmp/o"
contains se024-untracked "$tmp/o" "not ignored by .gitignore"
printf '.env\n' >"$repo/.gitignore"
(cd "$repo" && "$bin" --fail-on never .env) >"$tmp/o"
lacks se024-ignored "$tmp/o" "SE024"
git -C "$repo" add -f .env
(cd "$repo" && "$bin" --fail-on never .env) >"$tmp/o"
contains se024-tracked "$tmp/o" "tracked by git"

# Each work tree under the linted paths answers for its own files: a folder holding two
# clones (no repository itself), and a repository with a nested clone whose .gitignore
# differs from its parent's.
ws=$tmp/workspace
mkdir -p "$ws/api" "$ws/web"
git -C "$ws/api" init -q && git -C "$ws/web" init -q
printf 'DATABASE_PASSWORD=Zq8vW2mLx4Rt\n' >"$ws/api/.env"
printf 'DATABASE_PASSWORD=Zq8vW2mLx4Rt\n' >"$ws/web/.env"
printf '.env\n' >"$ws/api/.gitignore"
"$bin" --enable SE024 --fail-on never "$ws" >"$tmp/o"
lacks clones-api-ignored "$tmp/o" "api/.env:1:1: note"
contains clones-web-untracked "$tmp/o" "web/.env"
contains clones-web-in-repo "$tmp/o" "not ignored by .gitignore"
lacks clones-not-outside "$tmp/o" "not inside a git repository"

outer=$tmp/outer
mkdir -p "$outer/modules/lib"
git -C "$outer" init -q && git -C "$outer/modules/lib" init -q
printf '.env\n' >"$outer/.gitignore"
printf 'DATABASE_PASSWORD=Zq8vW2mLx4Rt\n' >"$outer/modules/lib/.env"
"$bin" --enable SE024 --fail-on never "$outer" >"$tmp/o"
contains nested-own-gitignore "$tmp/o" "modules/lib/.env"
printf '.env\n' >"$outer/modules/lib/.gitignore"
"$bin" --enable SE024 --fail-on never "$outer" >"$tmp/o"
lacks nested-ignored-by-own "$tmp/o" "SE024"

finish
