// The PowerShell tokenizer and command builder behind ps::Script.
#include <cstdint>
#include <boost/test/unit_test.hpp>

#include "linter/core/model_limits.h"
#include "linter/models/ps/script.h"

namespace k8slint::ps {
namespace {

struct Lexed {
  explicit Lexed(std::string text)
      : source("deploy.ps1", InputKind::kPowerShell, text),
        script(source, Origin::kScriptFile, Host{}, std::move(text), {}) {}
  // "kind:text" for every token but newlines.
  std::vector<std::string> Tokens() const {
    static const char* kNames[] = {"word",     "var",     "splat",      "str",      "xstr",
                                   "here",     "op",      "redir",      "open",     "close",
                                   "nl",       "comment", "cont",       "bashcont", "heredoc",
                                   "verbatim", "type",    "placeholder"};
    std::vector<std::string> out;
    for (const Token& t : script.tokens())
      if (t.kind != TokenKind::kNewline)
        out.push_back(std::string(kNames[static_cast<int>(t.kind)]) + ":" +
                      std::string(script.Text(t)));
    return out;
  }
  std::vector<std::string> Names() const {
    std::vector<std::string> out;
    for (const Command& c : script.commands()) out.push_back(script.Name(c));
    return out;
  }
  SourceFile source;
  Script script;
};

using V = std::vector<std::string>;

std::string At(const Script& s, uint32_t offset) {
  const Position p = s.PositionAt(offset);
  return std::to_string(p.line) + ":" + std::to_string(p.column);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(ps_tokenizer)

BOOST_AUTO_TEST_CASE(strings_variables_and_subexpressions) {
  Lexed l("kubectl get pods -o jsonpath='{.items[0].metadata.name}' \"$env:NS-$(Get-Date)\"");
  BOOST_TEST(l.Tokens() == (V{"word:kubectl", "word:get", "word:pods", "word:-o", "word:jsonpath=",
                              "str:'{.items[0].metadata.name}'", "xstr:\"$env:NS-$(Get-Date)\"",
                              "var:$env:NS", "open:$(", "word:Get-Date", "close:)"}),
             boost::test_tools::per_element());
  BOOST_TEST(l.Names() == (V{"kubectl", "get-date"}), boost::test_tools::per_element());
  BOOST_TEST(l.script.commands()[0].words.size() == 6u);  // jsonpath='...' is one word
  BOOST_TEST(l.script.errors().empty());
}

BOOST_AUTO_TEST_CASE(comments_escapes_and_continuations) {
  Lexed l("<# block\ncomment #>\nhelm install web ./chart `\n  --set a=b # note\necho a`#b");
  BOOST_TEST(l.Tokens() == (V{"comment:<# block\ncomment #>", "word:helm", "word:install",
                              "word:web", "word:./chart", "cont:`", "word:--set", "word:a=b",
                              "comment:# note", "word:echo", "word:a`#b"}),
             boost::test_tools::per_element());
  BOOST_TEST(l.Names() == (V{"helm", "echo"}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(operators_redirections_and_stop_parsing) {
  Lexed l("a && b || c; d | e 2>&1 > $null\n& $exe --% -x \"y\" | z\ncat <<EOF\nkind: Pod\nEOF\nf "
          "\\\n  g");
  BOOST_TEST(
      l.Tokens() ==
          (V{"word:a",   "op:&&",         "word:b", "op:||",       "word:c",
             "op:;",     "word:d",        "op:|",   "word:e",      "redir:2>&1",
             "redir:>",  "var:$null",     "op:&",   "var:$exe",    "verbatim:--% -x \"y\" | z",
             "word:cat", "heredoc:<<EOF", "word:f", "bashcont:\\", "word:g"}),
      boost::test_tools::per_element());
  BOOST_TEST(l.Names() == (V{"a", "b", "c", "d", "e", "$exe", "cat", "f"}),
             boost::test_tools::per_element());
  BOOST_TEST(l.script.commands()[5].call_operator);
}

BOOST_AUTO_TEST_CASE(here_strings_hashtables_and_splatting) {
  Lexed l("$p = @{ Name = 'web'; Port = 80 }\nNew-Thing @p\n@\"\nhost: $HOST_NAME\n\"@ | kubectl "
          "apply -f -");
  BOOST_TEST(l.Tokens() == (V{"var:$p",         "op:=",
                              "open:@{",        "word:Name",
                              "op:=",           "str:'web'",
                              "op:;",           "word:Port",
                              "op:=",           "word:80",
                              "close:}",        "word:New-Thing",
                              "splat:@p",       "here:@\"\nhost: $HOST_NAME\n\"@",
                              "var:$HOST_NAME", "op:|",
                              "word:kubectl",   "word:apply",
                              "word:-f",        "word:-"}),
             boost::test_tools::per_element());
  int hashtable = 0;
  for (const Command& c : l.script.commands()) hashtable += c.in_hashtable;
  BOOST_TEST(hashtable == 2);
}

BOOST_AUTO_TEST_CASE(unterminated_constructs_are_errors_not_crashes) {
  for (const char* text : {"echo 'open", "echo \"open $(", "@'\nno end", "<# never", "\"$(\"$(\"$(",
                           "$", "`", "@", "((((((((((((((((", "))))}}}}", "cat <<EOF\nbody"}) {
    Lexed l(text);
    BOOST_TEST_CONTEXT(text) { BOOST_TEST(l.script.tokens().size() >= 1u); }
  }
  Lexed here("x\n@\"\nunterminated");
  BOOST_REQUIRE(here.script.errors().size() == 1u);
  BOOST_TEST(here.script.errors()[0].message.find("here-string") != std::string::npos);
  BOOST_TEST(At(here.script, here.script.errors()[0].offset) == "2:1");
  std::string deep(100000, '(');
  deep += std::string(100000, '"') + std::string(50000, '$') + "(";
  Lexed big(deep);
  BOOST_TEST(!big.script.tokens().empty());
}

BOOST_AUTO_TEST_CASE(type_literals_and_attributes_are_one_token) {
  Lexed l("[CmdletBinding(SupportsShouldProcess=$true)]\n"
          "param([Parameter(Mandatory = $true,\n  Position = 0)][string[]] $Names)\n"
          "$e = [System.Exception]@{Source=\"x\"}; $l = [List[string]]::new()\n"
          "$a[$i]; [ -f x ]; [[-Path] <string[]>]");
  BOOST_TEST(l.Tokens() == (V{"type:[CmdletBinding(SupportsShouldProcess=$true)]",
                              "word:param",
                              "open:(",
                              "type:[Parameter(Mandatory = $true,\n  Position = 0)]",
                              "type:[string[]]",
                              "var:$Names",
                              "close:)",
                              "var:$e",
                              "op:=",
                              "type:[System.Exception]",
                              "open:@{",
                              "word:Source=",
                              "xstr:\"x\"",
                              "close:}",
                              "op:;",
                              "var:$l",
                              "op:=",
                              "type:[List[string]]",
                              "word:::new",
                              "open:(",
                              "close:)",
                              "var:$a",
                              "word:[",
                              "var:$i",
                              "word:]",
                              "op:;",
                              "word:[",
                              "word:-f",
                              "word:x",
                              "word:]",
                              "op:;",
                              "word:[[-Path]",
                              "placeholder:<string[]>",
                              "word:]"}),
             boost::test_tools::per_element());
  int hashtable = 0;
  for (const Command& c : l.script.commands()) hashtable += c.in_hashtable;
  BOOST_TEST(hashtable == 1);  // Source="x" is a key of the cast hashtable
}

BOOST_AUTO_TEST_CASE(placeholders_are_arguments_not_redirections) {
  Lexed l("kubectl logs <pod-name> -n <namespace> > logs.txt\nsort < in.txt\nGet-Foo <your value>");
  BOOST_TEST(
      l.Tokens() == (V{"word:kubectl", "word:logs", "placeholder:<pod-name>", "word:-n",
                       "placeholder:<namespace>", "redir:>", "word:logs.txt", "word:sort",
                       "redir:<", "word:in.txt", "word:Get-Foo", "placeholder:<your value>"}),
      boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(subexpressions_in_strings_have_their_own_commands) {
  Lexed l("Write-Host \"Pod $($i + 1): $($pods[$i].Replace(\"pod/\", \"\")) $?\"");
  BOOST_TEST(l.Names() == (V{"write-host", "$i", "$pods[$i].replace(\"pod/\", \"\")", "\"pod/\","}),
             boost::test_tools::per_element());
  BOOST_TEST(l.script.commands().front().words.size() == 2u);
}

BOOST_AUTO_TEST_CASE(platform_guards_mark_blocks_that_never_run_on_windows) {
  Lexed l("if ($IsLinux) { chmod +x a }\nelseif ($IsMacOS)\n{ open x }\nelse { grep y }\n"
          "if ($IsWindows) { dir } elseif ($ci) { cat a } else { ls -la }\n"
          "if (-not $IsWindows -and $ci) { touch b }\nif ($IsLinux -or $force) { wc c }");
  std::vector<std::string> off;
  for (const Command& c : l.script.commands())
    if (c.non_windows) off.push_back(l.script.Name(c));
  BOOST_TEST(off == (V{"chmod", "open", "cat", "ls", "touch"}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(declarations_collect_functions_aliases_and_variables) {
  Lexed l("function Test { param([string]$Namespace, $IMAGE_TAG) }\nfunction global:grep($p) {}\n"
          "Set-Alias -Name curl -Value curl.exe\n$script:REGISTRY = 'r'; $a, $b = 1, 2\n"
          "foreach ($POD in $pods) {}\nkubectl get pods -OutVariable +found\n. ./env.ps1");
  const Script::Declarations& d = l.script.declarations();
  BOOST_TEST(d.commands == (std::set<std::string>{"test", "grep", "curl"}));
  BOOST_TEST(d.variables == (std::set<std::string>{"namespace", "image_tag", "p", "registry", "a",
                                                   "b", "pod", "found"}));
  BOOST_TEST(d.dot_sources);
}

BOOST_AUTO_TEST_CASE(typographic_quotes_are_quotes) {
  Lexed l("Write-Host \u201cDon't stop\u201d \u2018it\u2019\u2019s\u2019\ncd \\\nls");
  BOOST_TEST(l.Tokens() == (V{"word:Write-Host", "xstr:\u201cDon't stop\u201d",
                              "str:\u2018it\u2019\u2019s\u2019", "word:cd", "word:\\", "word:ls"}),
             boost::test_tools::per_element());
  BOOST_TEST(l.script.errors().empty());
}

BOOST_AUTO_TEST_CASE(one_lexical_error_per_script) {
  Lexed l("Write-Host \"Unterminated $(Get-Date 'x)\nkubectl get pods\nexport A=1\n");
  BOOST_TEST(l.script.errors().size() == 1u);
}

BOOST_AUTO_TEST_CASE(positions_map_through_pieces) {
  SourceFile file("README.md", InputKind::kMarkdown,
                  "intro\n  - step\n    ```ps\n    é $X\n    ```\n");
  Script s(file, Origin::kMarkdownFence, Host{}, "é $X\n",
           {{0, static_cast<uint32_t>(file.LineOffset(4) + 4)}});
  BOOST_REQUIRE(s.tokens().size() >= 2u);
  BOOST_TEST(At(s, s.tokens()[1].begin) == "4:7");  // columns count code points
}

// Issue 13: each nested `@(` / `$(` / `@{` is a command whose first word is the rest of the
// nest, and every rule asks for its name. The bytes a name copies must stay bounded per
// command, so doubling the nesting at most doubles the work (it was quadratic: 96 KB, 46 s).
BOOST_AUTO_TEST_CASE(command_names_cost_bounded_bytes_however_deep_the_nesting) {
  for (const std::string open : {"@(", "$(", "@{a=", "(", "$(Get-Item "}) {
    std::string text = "$a = ";
    const size_t depth = 20000;
    for (size_t i = 0; i < depth; ++i) text += open;
    text += "1";
    for (size_t i = 0; i < depth; ++i) text += open.starts_with("@{") ? "}" : ")";
    text += "\n";
    Lexed l(text);
    size_t bytes = 0;
    for (const Command& c : l.script.commands()) bytes += l.script.Name(c).size();
    BOOST_TEST_INFO("open " << open);
    BOOST_TEST(bytes <= l.script.commands().size() * Script::kMaxCommandName);
  }
  // Short names are unchanged.
  BOOST_TEST(Lexed("$x = $(Get-Item `\"a`\")\n").Names() == (V{"$x", "get-item"}));
}

// Past kMaxPowerShellTokens the tokens stop with one error at the first token left out;
// a string the cut leaves open is not reported as unterminated.
BOOST_AUTO_TEST_CASE(tokens_stop_at_the_cap_with_one_error) {
  std::string text;
  for (size_t i = 0; i < kMaxPowerShellTokens / 2; ++i) text += "a\n";
  const size_t cut = text.size();
  text += "Write-Host \"open $(Get-Date\nb\n";
  const Lexed l(text);
  BOOST_TEST(l.script.tokens().size() == kMaxPowerShellTokens);
  BOOST_REQUIRE(l.script.errors().size() == 1u);
  BOOST_TEST(l.script.errors()[0].message.find("more than " + std::to_string(kMaxPowerShellTokens) +
                                               " tokens") != std::string::npos);
  BOOST_TEST(l.script.errors()[0].offset == cut);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace k8slint::ps
