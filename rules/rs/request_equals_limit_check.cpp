#include "rules/rs/request_equals_limit_check.h"

#include <string>

#include "linter/core/emitter.h"
#include "linter/models/yaml/quantity.h"
#include "linter/models/yaml/queries.h"

namespace k8slint::rules {

void RequestDiffersFromLimitRule::CheckYaml(const yaml::File& file, Emitter& emit) const {
  yaml::ForEachContainer(file, [&](const yaml::PodSpec& pod, const yaml::Container& c) {
    if (c.role == yaml::ContainerRole::kEphemeral) return;  // they cannot have resources
    if (yaml::TemplatedSection(c, "resources")) return;
    const yaml::Node request = c.requests.Get(resource_);
    const yaml::Node limit = c.limits.Get(resource_);
    if (!request.HasValue()) return;  // no request, or the limit stands in for it
    const std::string who = yaml::DescribeContainer(pod, c);
    const std::string res(resource_);
    if (!limit.HasValue()) {
      // A patch may add the limit the base lacks; written requests are still judged
      // against written limits.
      if (pod.partial) return;
      yaml::ReportAt(emit, *this, *pod.owner, request.span(),
                     who + " requests " + res + " " + std::string(request.scalar()) +
                         " but sets no " + res + " limit; set the limit equal to the request");
      return;
    }
    const auto r = yaml::ParseQuantity(request.scalar());
    const auto l = yaml::ParseQuantity(limit.scalar());
    // Unparsable values are RS006's, a request above its limit RS005's. Quantities are
    // doubles here, so `0.5` and `500m` may differ in the last bit.
    if (!r || !l || *r >= *l * (1 - 1e-9)) return;
    yaml::ReportAt(emit, *this, *pod.owner, request.span(),
                   who + " requests " + res + " " + std::string(request.scalar()) +
                       " but its limit is " + std::string(limit.scalar()) +
                       "; set the request equal to the limit");
  });
}

}  // namespace k8slint::rules
