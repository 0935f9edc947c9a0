// How big a base image is: a table of data (docs/image-size.md lists every row with its
// source and date; a unit test keeps the two the same). The figures are approximate
// uncompressed sizes on linux/amd64, what `docker images` shows, recalled rather than
// measured (see the page). Matching reuses the base-image-users table's patterns
// (dockerfile::BaseImagePatternMatches).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "linter/core/image_ref.h"

namespace k8slint::rules::df {

struct BaseImageSizeRow {
  std::string_view pattern;  // repository:tag glob, first match wins
  int mb = 0;                // approximate uncompressed MB; 0: no estimate (stops the search)
  // A smaller image that exists, as a template: `{v}-` is the matched tag's leading
  // version and a dash ("3.12-"), or `default_version` and a dash, or nothing.
  std::string_view smaller;
  int smaller_mb = 0;
  std::string_view default_version;
  std::string_view source;  // where the figure comes from, and its date
};

const std::vector<BaseImageSizeRow>& BuiltinBaseImageSizes();

struct BaseImageSize {
  int mb = 0;
  std::string image;    // the base as written, tag included ("python:3.12")
  std::string smaller;  // "python:3.12-slim"; "" when the row names none
  int smaller_mb = 0;
  std::string pattern;  // the row that matched
};

// The table's estimate for `image`; nullopt for images it does not know, images named
// through unresolved variables, digest-only references and rows without an estimate.
// An untagged reference is `latest`.
std::optional<BaseImageSize> EstimateBaseImage(const ImageRef& image);

// "1,020 MB".
std::string FormatMb(int mb);

}  // namespace k8slint::rules::df
