// Printable: how any string from a file or a file name is written to a terminal, a log or
// a report. Control characters (C0, DEL, C1, ESC) and the invisible characters that
// reorder or break lines (bidi controls, U+2028/U+2029) become visible escapes, bytes
// that are not UTF-8 become \xHH, so a hostile name or value cannot move the cursor,
// recolour a terminal, inject a line or a CI workflow command, and nothing is lost.
#pragma once

#include <string>
#include <string_view>

namespace k8slint {

struct PrintableOptions {
  // A path: also `\` becomes `\\`, so the escaped form maps back to one name.
  bool path = false;
  // Output whose lines a CI runner reads for workflow commands (text, github, stderr):
  // a leading `::` (after blanks) is escaped as well. `##[`, which older runners take
  // anywhere in a line, is escaped in every format (a JSON report may be printed too).
  bool workflow = false;
};

std::string Printable(std::string_view s, PrintableOptions options = {});

}  // namespace k8slint
