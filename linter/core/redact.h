// The one redaction helper for secret values. Every rule and reporter that mentions a
// secret goes through it, so no report format or error message carries a full secret.
#pragma once

#include <string>
#include <string_view>

namespace k8slint {

// "ghp_…(redacted, 40 chars)": a short prefix and the length in code points. The prefix
// is 4 code points for values of 20 or more, 2 for 10 to 19 and none below, so short
// passwords reveal nothing. With `redact` false (only `--no-redact`) the value is
// returned whole, for local debugging.
std::string Redact(std::string_view secret, bool redact = true);

}  // namespace k8slint
