// The SE family, in id order.
#include "rules/families.h"
#include "rules/se/se_rules.h"

namespace k8slint::rules {

void AddSeRules(const Config& c, RuleList* out) {
  for (auto* make : {MakeSe001, MakeSe002, MakeSe003, MakeSe004, MakeSe005, MakeSe006, MakeSe007,
                     MakeSe008, MakeSe009, MakeSe010, MakeSe011, MakeSe012, MakeSe013, MakeSe014,
                     MakeSe015, MakeSe016, MakeSe017, MakeSe018, MakeSe019, MakeSe020, MakeSe021,
                     MakeSe022, MakeSe023, MakeSe024, MakeSe025})
    out->push_back(make(c));
}

}  // namespace k8slint::rules
