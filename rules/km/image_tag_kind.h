// What an image tag names: a release, a build, a digest, or a name that moves (`stable`).
// Shared by the chart rules KM050 (appVersion agreement) and KM051 (moving tags).
#pragma once

#include <string_view>

#include "linter/core/config.h"
#include "linter/core/status.h"

namespace k8slint::rules {

// `sha256:...` written as the tag (values files often hold the digest there).
bool IsDigestTag(std::string_view tag);
// A CI commit tag: `sha-abc1234`, `git-abc1234` or a bare 7-64 character hex id.
bool IsCommitTag(std::string_view tag);
// A tag that names no fixed image: no digit anywhere (`dev`, `stable`, `main`, `edge`,
// `nightly`, `alpine`), and not latest (KM003/KM004), a digest or a commit tag.
bool IsMovingTag(std::string_view tag);

// KM003's `allow-latest` (else the shared setting of that name): KM004 follows it too, so
// one line of .k8slint.yaml accepts `latest` in manifests and values alike.
Status ReadAllowLatest(const Config& config, bool* out);

}  // namespace k8slint::rules
