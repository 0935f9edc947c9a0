// Fixture expectations, written inline in the fixture files (see docs/fixtures.md).
#pragma once

#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

namespace k8slint::testing {

struct Expectation {
  std::string path;  // file the finding is expected in
  uint32_t line = 0;
  uint32_t column = 0;  // 0 = any column
  std::string rule_id;
  std::string fragment;          // must occur in the message; "" = any message
  uint32_t annotation_line = 0;  // where it was written, for error messages
};

// Reads the `k8slint-expect:` annotations of one file and its `.expect` sidecar.
std::vector<Expectation> ReadExpectations(const std::string& path, const std::string& text,
                                          const std::string& sidecar_text);

// All expectations of a case: every file below a folder case (a broken link still
// has its sidecar), or the single file.
std::vector<Expectation> CaseExpectations(const std::string& case_path);

// Rules a case needs besides the one under test, from `k8slint-fixture-enable: ID,...`
// comments (a K8L006 case needs the rule whose suppression goes unused).
std::vector<std::string> CaseEnables(const std::string& case_path);

// Every fixture case: a file or folder directly below fixtures/<RULE-ID>/.
struct FixtureCase {
  std::string rule_id;
  std::string path;
};
inline std::ostream& operator<<(std::ostream& out, const FixtureCase& c) { return out << c.path; }
std::vector<FixtureCase> ListFixtures(const std::string& fixtures_dir);

}  // namespace k8slint::testing
