// Which user a base image runs as: a table of data (docs/base-images.md lists it with
// the source of every row), extended by the `base-image-users` key of .k8slint.yaml.
// The NR rules and the project facts ask here instead of naming images in code.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "linter/core/config.h"
#include "linter/models/dockerfile/model.h"

namespace k8slint::dockerfile {

struct BaseImageRow {
  std::string_view pattern;  // repository[:tag] glob; `*` matches any run of characters
  std::string_view user;     // the user the image runs as when no USER is given
  std::string_view source;   // where that is documented
};

// The built-in rows, first match wins (the config's rows are tried before them).
const std::vector<BaseImageRow>& BuiltinBaseImages();

// What a base image is known to run as.
struct BaseImageUser {
  std::string user;  // as the table says: "65532", "app", "ContainerUser", "root"
  bool non_root = false;
  bool windows = false;  // a Windows image: users are names, administrator is the root
  std::string pattern;   // the row that matched
};

// The row of `extra` (the config's base-image-users) or of the built-in table that matches `image`;
// nullopt for images the table does not know (most bases run as root).
std::optional<BaseImageUser> LookUpBaseImage(const ImageRef& image, const BaseImageUsers& extra);

// True when `pattern` (a table row) matches `image`. Docker Hub spellings are normalized
// on both sides (`docker.io/library/nginx` is `nginx`).
bool BaseImagePatternMatches(std::string_view pattern, const ImageRef& image);

// A user value that has administrator rights on Windows (ContainerAdministrator, any case).
bool IsWindowsAdministrator(std::string_view value);

// The image the stage's chain of `FROM <stage>` starts from.
const ImageRef& RootBase(const Document& doc, const Stage& stage);

// What the final stage of `doc` starts as: the table's answer for its root base, with
// `windows` also set when the stage runs Windows shells (SHELL ["cmd" | "powershell"]),
// so a Windows base the table does not know still gets Windows advice.
struct FinalBase {
  std::optional<BaseImageUser> known;
  bool windows = false;
};
FinalBase FinalStageBase(const Document& doc, const BaseImageUsers& extra);

// A final stage `FROM scratch` with no CMD or ENTRYPOINT: an export stage (`docker build
// --output`), which writes files and never runs as a container.
bool IsExportStage(const Document& doc, const Stage& stage);

}  // namespace k8slint::dockerfile
