// The peer tools' checks in k8slint's topics: which rule carries each (from the rules'
// aliases) and which ones k8slint leaves out on purpose, with the reason. docs/index.md
// renders both, and a test holds them against ../shared/reference/.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "linter/core/registry.h"

namespace k8slint {

struct PeerCheckLeftOut {
  std::string_view peer;   // "hadolint", "kube-linter", "kube-score"
  std::string_view check;  // the peer's id: "DL1001", "access-to-secrets"
  std::string_view reason;
};

// The peers the table covers, in the order it lists them.
const std::vector<std::string_view>& TabulatedPeers();
const std::vector<PeerCheckLeftOut>& PeerChecksLeftOut();

// "## Peer checks" of docs/index.md: per peer, every aliased check with its rules, then
// the checks left out with their reasons.
std::string PeerTableMarkdown(const Registry& registry);

}  // namespace k8slint
