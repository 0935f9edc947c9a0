// Streams a JSON array item by item, byte-identical to nlohmann's dump(2) of the whole
// array, so a report of many findings never holds every finding's JSON tree at once
// (a DOM of 15,000 SARIF results took about 250 MB).
#pragma once

#include <nlohmann/json.hpp>
#include <ostream>
#include <string>

namespace k8slint::report {

// Writes `[ item(0), ..., item(count-1) ]` as it appears when the array sits at nesting
// `depth` (0 = top level) of a document dumped with an indent of 2.
template <class ItemFn>
void WriteJsonArray(std::ostream& out, size_t count, int depth, ItemFn item) {
  if (count == 0) {
    out << "[]";
    return;
  }
  const std::string pad(static_cast<size_t>(2 * (depth + 1)), ' ');
  out << "[\n";
  for (size_t i = 0; i < count; ++i) {
    const std::string text =
        nlohmann::json(item(i)).dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
    out << pad;
    for (char c : text) {
      out << c;
      if (c == '\n') out << pad;
    }
    out << (i + 1 < count ? ",\n" : "\n");
  }
  out << std::string(static_cast<size_t>(2 * depth), ' ') << ']';
}

}  // namespace k8slint::report
