// allowed-registries: entry syntax and how image references match (Docker Hub's
// spellings and library/ namespace, repository prefixes, host patterns).
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "linter/core/image_policy.h"

namespace k8slint::testing {
namespace {

struct PolicyCase {
  std::string policy, image;
  bool allowed;
};
std::ostream& operator<<(std::ostream& o, const PolicyCase& c) {
  return o << c.policy << " / " << c.image;
}

const std::vector<PolicyCase> kCases = {
    {"docker.io", "nginx:1.27", true},
    {"docker.io", "bitnami/nginx", true},
    {"docker.io", "index.docker.io/library/nginx", true},
    {"docker.io/library", "nginx", true},
    {"docker.io/library", "bitnami/nginx", false},
    {"registry-1.docker.io/bitnami", "bitnami/nginx", true},
    {"ghcr.io/acme", "ghcr.io/acme/web:1.0", true},
    {"ghcr.io/acme", "ghcr.io/acme", true},
    {"ghcr.io/acme", "ghcr.io/acmex/web", false},  // a prefix is whole path segments
    {"ghcr.io/acme", "ghcr.io/other/web", false},
    {"ghcr.io/acme", "nginx", false},
    {"GHCR.io", "ghcr.io/a/b", true},  // hosts are case-insensitive
    {"*.dkr.ecr.eu-west-1.amazonaws.com", "123.dkr.ecr.eu-west-1.amazonaws.com/api:1", true},
    {"*.dkr.ecr.eu-west-1.amazonaws.com", "123.dkr.ecr.us-east-1.amazonaws.com/api:1", false},
    {"localhost:5000", "localhost:5000/api@sha256:abc", true},
    {"localhost:5000", "localhost/api", false},
    {"quay.io, ghcr.io/acme/", "quay.io/x/y", true},
    {"", "anything/at:all", true},
};

}  // namespace

BOOST_AUTO_TEST_SUITE(image_policy)

BOOST_DATA_TEST_CASE(matching, boost::unit_test::data::make(kCases), c) {
  ImagePolicy policy;
  BOOST_REQUIRE(ImagePolicy::Parse(c.policy, &policy).ok());
  BOOST_TEST(policy.Allows(ImageRef::Parse(c.image)) == c.allowed);
}

BOOST_AUTO_TEST_CASE(malformed_entries_are_config_errors) {
  for (const char* bad :
       {"https://ghcr.io", "ghcr", "ghcr.io/acme:1.0", "ghcr.io/a b", "x@sha256:1", "ghcr.io//a"}) {
    ImagePolicy policy;
    const Status s = ImagePolicy::Parse(bad, &policy);
    BOOST_TEST((s.code() == Status::Code::kConfig), bad);
    BOOST_TEST(s.message().find(std::string("not '") + bad + "'") != std::string::npos,
               s.message());
  }
}

BOOST_AUTO_TEST_CASE(canonical_names) {
  BOOST_TEST(ImagePolicy::Canonical(ImageRef::Parse("nginx:1")) == "docker.io/library/nginx");
  BOOST_TEST(ImagePolicy::Canonical(ImageRef::Parse("index.docker.io/a/b")) == "docker.io/a/b");
  BOOST_TEST(ImagePolicy::Canonical(ImageRef::Parse("ghcr.io/a/b:1")) == "ghcr.io/a/b");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace k8slint::testing
