// PS007 backtick-command-substitution: `cmd` runs a command in bash; in PowerShell the
// backtick is the escape character.
#include <cstdint>
#include <cctype>
#include <memory>
#include <vector>

#include "linter/core/config.h"
#include "linter/core/emitter.h"
#include "linter/core/rule_base.h"
#include "linter/core/status.h"
#include "linter/models/ps/queries.h"
#include "rules/ps/ps_shared.h"

namespace k8slint::rules {
namespace {

RuleMeta Meta() {
  return RuleMeta{
      .id = "PS007",
      .name = "backtick-command-substitution",
      .level = Level::kError,
      .aliases = {},
      .kinds = PsKinds(),
      .summary = "Bash command substitution with backticks does not run the command in PowerShell",
      .details =
          "Fires on a pair of backticks on one line, outside single-quoted strings and "
          "comments, that encloses a command: the opening backtick starts a word (after "
          "a blank, `=`, `(`, `:`, `/` or `\"`), the text inside starts with a letter and either "
          "holds a space or is a command such as `pwd` or `date`, and its first word is "
          "lower case like a command name. PowerShell reads each "
          "backtick as an escape of the next character, so the command text is passed "
          "as a literal argument. Escapes like `` `n `` and line-ending backticks are "
          "not affected.",
      .rationale = "`kubectl delete pod `kubectl get pods -o name`` and `TAG=`git rev-parse "
                   "--short HEAD`` appear in older guides; PowerShell passes the words through "
                   "unexecuted, so the command acts on the wrong names.",
      .bad_example = "docker build -t web:`git rev-parse --short HEAD` .\n",
      .good_example =
          "docker build -t web:$(git rev-parse --short HEAD) .\nWrite-Host \"done`n\"\n",
      .fix = "Use a subexpression: `$(git rev-parse --short HEAD)`.",
      .example_path = "deploy.ps1",
      .tags = {"portability", "powershell"},
      .reads_embedded_powershell = true,
  };
}

// `after` is the character following the closing backtick.
bool IsCommandText(std::string_view inner, char after) {
  if (inner.size() < 2 || !std::isalpha(static_cast<unsigned char>(inner.front()))) return false;
  const std::string_view escapes = "0abefnrtv";  // "`nDone`n" is two escapes
  if (escapes.find(inner.front()) != std::string_view::npos && after &&
      escapes.find(after) != std::string_view::npos)
    return false;
  const std::string_view name = inner.substr(0, inner.find(' '));
  for (char ch : name)
    if (!(std::islower(static_cast<unsigned char>(ch)) ||
          std::isdigit(static_cast<unsigned char>(ch)) || ch == '-' || ch == '_' || ch == '.' ||
          ch == '/'))
      return false;
  if (inner.find(' ') != std::string_view::npos)
    return inner.find_first_of("`\"") == std::string_view::npos;
  for (std::string_view c : {"pwd", "date", "hostname", "whoami", "uname", "id", "nproc"})
    if (inner == c) return true;
  return false;
}

class BacktickSubstitutionRule : public RuleBase {
 public:
  BacktickSubstitutionRule() : RuleBase(Meta()) {}

  void CheckPowerShell(const ps::Script& s, Emitter& emit) const override {
    const std::string& text = s.text();
    std::vector<bool> literal(text.size(), false);  // comments, '...', here-strings, --%
    for (const ps::Token& t : s.tokens()) {
      using K = ps::TokenKind;
      if (t.kind == K::kComment || t.kind == K::kString || t.kind == K::kStopParsing ||
          (t.kind == K::kHereString && s.Text(t).starts_with("@'")))
        for (uint32_t i = t.begin; i < t.end && i < text.size(); ++i) literal[i] = true;
    }
    size_t line = 0;
    while (line < text.size()) {
      size_t eol = text.find('\n', line);
      if (eol == std::string::npos) eol = text.size();
      for (size_t i = line; i < eol; ++i) {
        if (text[i] != '`' || literal[i]) continue;
        if (i > line && std::string_view(" \t=(\":/").find(text[i - 1]) == std::string_view::npos)
          continue;
        const size_t close = text.find('`', i + 1);
        if (close == std::string::npos || close >= eol) break;
        const std::string_view inner(text.data() + i + 1, close - i - 1);
        if (close + 1 >= eol - (eol > 0 && text[eol - 1] == '\r') && text[close - 1] == ' ') {
          i = close;  // an escape mid-line, then a line-continuation backtick
          continue;
        }
        if (IsCommandText(inner, close + 1 < eol ? text[close + 1] : '\0')) {
          emit.Report(*this, s.SpanOf(static_cast<uint32_t>(i), static_cast<uint32_t>(close + 1)),
                      "backticks do not run a command in PowerShell (` is the escape character); "
                      "write `$(" +
                          ps::Excerpt(inner, 50) + ")`");
        }
        i = close;
      }
      line = eol + 1;
    }
  }
};

}  // namespace

Status MakePS007(const Config&, std::unique_ptr<Rule>* out) {
  *out = std::make_unique<BacktickSubstitutionRule>();
  return Status::Ok();
}

}  // namespace k8slint::rules
