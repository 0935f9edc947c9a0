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

finish
