// Every peer check in ../shared/reference/ is either carried by a rule's alias or left out
// with a reason, never both, and the left-out list names only checks the peers have.
#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <fstream>
#include <map>
#include <re2/re2.h>
#include <set>
#include <sstream>

#include "linter/core/registry.h"
#include "linter/report/peer_checks.h"
#include "tests/test_support.h"

namespace k8slint::testing {
namespace {

const std::string kReference = std::string(K8SLINT_SOURCE_DIR) + "/../shared/reference/";

// The first cell of each catalogue table row: the peer's check id.
std::set<std::string> ReferenceChecks(std::string_view peer) {
  std::ifstream in(kReference + std::string(peer) + ".md", std::ios::binary);
  std::set<std::string> out;
  const RE2 row(peer == "hadolint" ? R"(^\| ((?:DL|SC)\d{4}) \|.*)"
                                   : R"(^\| ([a-z][a-z0-9]*(?:-[a-z0-9]+)+) \|.*)");
  std::string line, id;
  while (std::getline(in, line))
    if (RE2::FullMatch(line, row, &id)) out.insert(id);
  return out;
}

std::set<std::string> Aliased(std::string_view peer) {
  const std::string prefix = std::string(peer) + ":";
  std::set<std::string> out;
  for (const auto& r : Catalogue().rules())
    for (std::string_view a : r->meta().aliases)
      if (a.starts_with(prefix)) out.insert(std::string(a.substr(prefix.size())));
  return out;
}

std::set<std::string> LeftOut(std::string_view peer) {
  std::set<std::string> out;
  for (const PeerCheckLeftOut& l : PeerChecksLeftOut())
    if (l.peer == peer) {
      BOOST_CHECK_MESSAGE(!l.reason.empty(), l.check << " is left out without a reason");
      BOOST_CHECK_MESSAGE(out.insert(std::string(l.check)).second, l.check << " listed twice");
    }
  return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(peer_checks)

BOOST_AUTO_TEST_CASE(left_out_checks_have_no_alias) {
  for (std::string_view peer : TabulatedPeers()) {
    const std::set<std::string> aliased = Aliased(peer);
    for (const std::string& c : LeftOut(peer))
      BOOST_CHECK_MESSAGE(!aliased.count(c), peer << ":" << c << " is aliased and left out");
  }
}

BOOST_AUTO_TEST_CASE(every_reference_check_is_aliased_or_left_out) {
  if (!std::filesystem::exists(kReference)) {
    // A clone without ../shared beside it (a user's fresh checkout) cannot compare.
    BOOST_TEST_MESSAGE("no " << kReference << ": peer catalogues not compared");
    return;
  }
  for (std::string_view peer : TabulatedPeers()) {
    const std::set<std::string> reference = ReferenceChecks(peer);
    BOOST_TEST_INFO(peer);
    BOOST_CHECK_GT(reference.size(), 20u);  // the catalogue was read
    const std::set<std::string> aliased = Aliased(peer), left_out = LeftOut(peer);
    for (const std::string& c : reference)
      BOOST_CHECK_MESSAGE(aliased.count(c) || left_out.count(c),
                          peer << ":" << c << " is neither aliased nor left out with a reason");
    for (const std::string& c : left_out)
      BOOST_CHECK_MESSAGE(reference.count(c), peer << ":" << c << " is not a check of " << peer);
  }
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace k8slint::testing
