// The "peer check -> k8slint rule" tables of docs/index.md, built from the rules' aliases
// so a new alias shows up without anyone editing a page.
#include <map>
#include <set>
#include <sstream>

#include "linter/report/peer_checks.h"

namespace k8slint {
namespace {

// A group this large (hadolint's ShellCheck codes, all answered by DF070) is one row.
constexpr size_t kCollapseAt = 5;

std::string RuleLinks(const std::set<std::string>& ids) {
  std::string out;
  for (const std::string& id : ids)
    out += (out.empty() ? "" : ", ") + ("[" + id + "](rules/" + id + ".md)");
  return out;
}

}  // namespace

std::string PeerTableMarkdown(const Registry& registry) {
  std::ostringstream o;
  o << "\n## Peer check -> k8slint rule\n\n"
    << "Each check of hadolint, kube-linter and kube-score in k8slint's topics (users, host "
       "access, probes, resources, ports, images, secrets, Dockerfile practice) and the k8slint "
       "rules that carry it as an alias (`--disable DL3008`, `# hadolint ignore=DL3008` and "
       "`ignore-check.kube-linter.io/<check>` work through it); then the checks left out on "
       "purpose. Where a rule reads a case differently, its page and the parity pages say so.\n";
  for (std::string_view peer : TabulatedPeers()) {
    const std::string prefix = std::string(peer) + ":";
    std::map<std::string, std::set<std::string>> rules_of;  // check -> rule ids
    for (const auto& r : registry.rules())
      for (std::string_view alias : r->meta().aliases)
        if (alias.starts_with(prefix))
          rules_of[std::string(alias.substr(prefix.size()))].insert(std::string(r->meta().id));
    // Checks answered by the same rules, listed together when there are many of them.
    std::map<std::set<std::string>, std::vector<std::string>> checks_of;
    for (const auto& [check, ids] : rules_of) checks_of[ids].push_back(check);

    size_t left_out = 0;
    for (const PeerCheckLeftOut& l : PeerChecksLeftOut()) left_out += l.peer == peer;
    o << "\n### " << peer << "\n\n"
      << rules_of.size() << " checks aliased, " << left_out << " left out.\n\n| " << peer
      << " check | k8slint rule |\n|---|---|\n";
    for (const auto& [check, ids] : rules_of) {
      const std::vector<std::string>& group = checks_of[ids];
      if (group.size() >= kCollapseAt) {
        if (group.front() != check) continue;
        o << "|";
        for (size_t i = 0; i < group.size(); ++i) o << (i ? ", " : " ") << group[i];
        o << " | " << RuleLinks(ids) << " |\n";
        continue;
      }
      o << "| " << check << " | " << RuleLinks(ids) << " |\n";
    }
    o << "\nLeft out:\n\n| " << peer << " check | why |\n|---|---|\n";
    for (const PeerCheckLeftOut& l : PeerChecksLeftOut())
      if (l.peer == peer) o << "| " << l.check << " | " << l.reason << " |\n";
  }
  return o.str();
}

}  // namespace k8slint
