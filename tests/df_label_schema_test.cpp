// The value types of the label schema (DF074): what hadolint accepts must pass, and the
// mistakes people make in OCI labels must not.
#include <boost/test/unit_test.hpp>

#include "rules/df/label_schema.h"

namespace k8slint::rules {
namespace {

struct Case {
  const char* type;
  const char* value;
  bool ok;
};

BOOST_AUTO_TEST_SUITE(df_label_schema)

BOOST_AUTO_TEST_CASE(value_types) {
  const Case cases[] = {
      {"url", "https://github.com/acme/api", true},
      {"url", "git+ssh://git@github.com/acme/api.git", true},
      {"url", "mailto:ops@acme.example", true},
      {"url", "github.com/acme/api", false},
      {"url", "https://example.com/a b", false},
      {"semver", "1.2.3", true},
      {"semver", "2.4.0-rc.1+build.77", true},
      {"semver", "v1.2.3", false},
      {"semver", "1.2", false},
      {"semver", "01.2.3", false},
      {"hash", "9fceb02", true},
      {"hash", "9fceb02d0ae598e95dc970b74767f19372d61af8", true},
      {"hash", "main", false},
      {"hash", "9fceb0", false},
      {"rfc3339", "2024-05-01T10:00:00Z", true},
      {"rfc3339", "2024-05-01T10:00:00.123+02:00", true},
      {"rfc3339", "2024-05-01 10:00", false},
      {"rfc3339", "2024-13-01T10:00:00Z", false},
      {"spdx", "Apache-2.0", true},
      {"spdx", "(MIT OR Apache-2.0) AND BSD-3-Clause", true},
      {"spdx", "GPL-2.0-or-later WITH Classpath-exception-2.0", true},
      {"spdx", "LicenseRef-acme-proprietary", true},
      {"spdx", "Apache 2.0", false},
      {"spdx", "MIT OR", false},
      {"spdx", "(MIT", false},
      {"email", "web-team+oncall@acme.example", true},
      {"email", "\"web team\"@acme.example", true},
      {"email", "Web Team <web@acme.example>", false},
      {"email", "web@", false},
      {"text", "", true},
  };
  for (const Case& c : cases)
    BOOST_TEST(LabelValueHasType(c.value, c.type) == c.ok, c.type << " '" << c.value << "'");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace k8slint::rules
