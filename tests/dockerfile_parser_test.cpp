// The Dockerfile parser: every construct of the model, positions included.
#include <boost/test/unit_test.hpp>

#include "linter/models/dockerfile/model.h"
#include "linter/models/dockerfile/words.h"

namespace k8slint::dockerfile {
namespace {

struct Parsed {
  explicit Parsed(std::string text)
      : source("Dockerfile", InputKind::kDockerfile, std::move(text)), doc(Parse(source)) {}
  SourceFile source;
  std::unique_ptr<Document> doc;
};

std::string Errors(const Document& doc) {
  std::string out;
  for (const ParseError& e : doc.errors)
    out += std::to_string(e.span.begin.line) + ":" + std::to_string(e.span.begin.column) + " " +
           e.message + "\n";
  return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(dockerfile_parser)

BOOST_AUTO_TEST_CASE(instructions_keywords_and_positions) {
  Parsed p("FROM python:3.12-slim AS Base\n\n  run echo hi\nUSER 10001\n");
  const Document& d = *p.doc;
  BOOST_TEST(Errors(d) == "");
  BOOST_REQUIRE_EQUAL(d.instructions.size(), 3u);
  BOOST_TEST(d.instructions[1].keyword == "RUN");
  BOOST_TEST(d.instructions[1].span.begin.line == 3u);
  BOOST_TEST(d.instructions[1].span.begin.column == 3u);
  BOOST_TEST(d.instructions[1].args == "echo hi");
  BOOST_TEST(d.instructions[1].args_span.begin.column == 7u);
  BOOST_TEST(d.instructions[2].stage == 0);
}

BOOST_AUTO_TEST_CASE(continuations_keep_original_positions) {
  Parsed p("FROM alpine\nRUN apk add curl \\\n# a comment inside\n\n    && echo done\n");
  const Instruction& run = p.doc->instructions[1];
  BOOST_TEST(run.args == "apk add curl     && echo done");
  BOOST_TEST(run.span.begin.line == 2u);
  BOOST_TEST(run.span.end.line == 5u);
  BOOST_REQUIRE_EQUAL(run.commands.size(), 2u);
  BOOST_TEST(run.commands[1].words[0] == "echo");
  BOOST_TEST(run.commands[1].separator == "&&");
  BOOST_TEST(run.commands[1].positions[0].line == 5u);
  BOOST_TEST(run.commands[1].positions[0].column == 8u);
}

BOOST_AUTO_TEST_CASE(escape_directive_switches_to_backtick) {
  Parsed p("# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL [\"powershell\", "
           "\"-Command\"]\n"
           "RUN Write-Host `\n    'hi'\nCOPY app C:\\app\\\n");
  const Document& d = *p.doc;
  BOOST_TEST(Errors(d) == "");
  BOOST_TEST(d.escape == '`');
  BOOST_REQUIRE_EQUAL(d.instructions.size(), 4u);
  BOOST_TEST(d.instructions[2].args == "Write-Host     'hi'");
  BOOST_TEST(d.instructions[2].IsPowerShell());
  BOOST_TEST(d.instructions[2].commands.empty());
  BOOST_TEST(d.instructions[3].args == "app C:\\app\\");
}

BOOST_AUTO_TEST_CASE(directives_only_at_the_top) {
  Parsed p("FROM alpine\n# escape=`\nRUN echo a \\\n  b\n");
  BOOST_TEST(p.doc->escape == '\\');
  BOOST_TEST(p.doc->instructions[1].args == "echo a   b");
}

BOOST_AUTO_TEST_CASE(heredocs) {
  Parsed p("FROM alpine\nRUN <<EOF\napk add curl\nEOF\nCOPY <<-\"CONF\" "
           "/etc/app.conf\n\tport=8000\n\tCONF\nUSER 1\n");
  const Document& d = *p.doc;
  BOOST_TEST(Errors(d) == "");
  BOOST_REQUIRE_EQUAL(d.instructions.size(), 4u);
  const Instruction& run = d.instructions[1];
  BOOST_REQUIRE_EQUAL(run.heredocs.size(), 1u);
  BOOST_TEST(run.heredocs[0].body == "apk add curl\n");
  BOOST_REQUIRE_EQUAL(run.commands.size(), 1u);
  BOOST_TEST(run.commands[0].positions[0].line == 3u);
  const Instruction& copy = d.instructions[2];
  BOOST_TEST(copy.heredocs[0].quoted);
  BOOST_TEST(copy.heredocs[0].strip_tabs);
  BOOST_TEST(copy.heredocs[0].body == "port=8000\n");
  BOOST_TEST(d.instructions[3].Is("USER"));
}

BOOST_AUTO_TEST_CASE(heredoc_markers_in_quotes_are_text) {
  Parsed p("FROM alpine\nRUN echo \"a <<EOF b\"\nUSER 1\n");
  BOOST_TEST(Errors(*p.doc) == "");
  BOOST_TEST(p.doc->instructions[1].heredocs.empty());
}

BOOST_AUTO_TEST_CASE(unterminated_heredoc_is_an_error_at_the_marker) {
  Parsed p("FROM alpine\nRUN <<EOF\necho\n");
  BOOST_TEST(Errors(*p.doc) ==
             "2:5 unterminated heredoc: no line 'EOF' closes the '<<EOF' opened here\n");
}

BOOST_AUTO_TEST_CASE(exec_and_shell_forms) {
  Parsed p("FROM alpine\nCMD [\"node\", \"server.js\"]\nENTRYPOINT /entry.sh\nRUN [\"a\", 'b']\n");
  const Document& d = *p.doc;
  BOOST_TEST(d.instructions[1].exec_form);
  BOOST_TEST(d.instructions[1].exec == (std::vector<std::string>{"node", "server.js"}),
             boost::test_tools::per_element());
  BOOST_TEST(!d.instructions[2].exec_form);
  BOOST_TEST(!d.instructions[3].exec_form);
  BOOST_TEST(Errors(d) == "4:5 malformed JSON array in RUN: Docker would run it as a shell "
                          "command; use [\"executable\", \"arg\", ...] with double quotes\n");
}

BOOST_AUTO_TEST_CASE(stages_aliases_and_images) {
  Parsed p("ARG TAG=1.22\nFROM --platform=linux/amd64 golang:${TAG} AS Build\nFROM build AS test\n"
           "FROM ghcr.io/org/app:2.0@sha256:abc\n");
  const Document& d = *p.doc;
  BOOST_TEST(Errors(d) == "");
  BOOST_REQUIRE_EQUAL(d.stages.size(), 3u);
  BOOST_TEST(d.stages[0].alias == "build");
  BOOST_TEST(d.stages[0].base.repository == "golang");
  BOOST_TEST(d.stages[0].base.tag == "1.22");
  BOOST_TEST(d.instructions[1].FindFlag("platform")->value == "linux/amd64");
  BOOST_TEST(d.stages[1].base_stage == 0);
  BOOST_TEST(d.stages[2].base.registry == "ghcr.io");
  BOOST_TEST(d.stages[2].base.repository == "org/app");
  BOOST_TEST(d.stages[2].base.name() == "app");
  BOOST_TEST(d.stages[2].base.tag == "2.0");
  BOOST_TEST(d.stages[2].base.digest == "sha256:abc");
  BOOST_TEST(d.FindStage("BUILD", 3)->index == 0);
  BOOST_TEST(d.FindStage("1", 3)->index == 1);
  BOOST_TEST(d.FindStage("test", 1) == nullptr);
}

BOOST_AUTO_TEST_CASE(arg_and_env_substitution_as_docker_does) {
  Parsed p("ARG UID=10001\nFROM alpine\nUSER $UID\nARG UID\nENV HOME=/home/app APP=${HOME}/bin\n"
           "USER ${UID}:${GID:-10001}\nWORKDIR ${APP}\nENV LIT='$HOME'\nLABEL x=\\$HOME\n"
           "FROM alpine AS two\nWORKDIR $HOME\n");
  const Document& d = *p.doc;
  BOOST_TEST(Errors(d) == "");
  // A global ARG is not visible in a stage until re-declared there.
  BOOST_TEST(d.instructions[2].expanded == "$UID");
  BOOST_TEST(d.instructions[5].expanded == "10001:10001");
  BOOST_TEST(d.instructions[6].expanded == "/home/app/bin");
  BOOST_TEST(d.instructions[7].pairs[0].expanded == "$HOME");
  BOOST_TEST(d.instructions[8].pairs[0].value == "$HOME");
  BOOST_TEST(d.instructions[10].expanded == "$HOME");  // ENV does not cross to an unrelated stage
}

BOOST_AUTO_TEST_CASE(env_inherits_through_stage_chains) {
  Parsed p("FROM alpine AS base\nENV APP_HOME=/srv\nFROM base\nWORKDIR $APP_HOME\n");
  BOOST_TEST(p.doc->instructions[3].expanded == "/srv");
}

BOOST_AUTO_TEST_CASE(env_pairs_and_legacy_form) {
  Parsed p("FROM alpine\nENV A=1 B=\"two words\" C=three\\ words\nENV LEGACY value with "
           "spaces\nARG NOVALUE\n");
  const Document& d = *p.doc;
  const auto& pairs = d.instructions[1].pairs;
  BOOST_REQUIRE_EQUAL(pairs.size(), 3u);
  BOOST_TEST(pairs[1].key == "B");
  BOOST_TEST(pairs[1].value == "two words");
  BOOST_TEST(pairs[2].value == "three words");
  BOOST_TEST(pairs[1].key_span.begin.column == 9u);
  BOOST_TEST(d.instructions[2].pairs[0].value == "value with spaces");
  BOOST_TEST(!d.instructions[3].pairs[0].has_value);
}

BOOST_AUTO_TEST_CASE(comments_kept_for_pragmas) {
  Parsed p("# hadolint ignore=DL3008\nFROM alpine\n");
  BOOST_REQUIRE_EQUAL(p.doc->comments.size(), 1u);
  BOOST_TEST(p.doc->comments[0].text == "hadolint ignore=DL3008");
}

BOOST_AUTO_TEST_CASE(malformed_inputs_are_errors_not_crashes) {
  BOOST_TEST(Errors(*Parsed("").doc) == "1:1 empty Dockerfile: no FROM instruction\n");
  BOOST_TEST(Errors(*Parsed("   \n\n# only a comment\n").doc) ==
             "1:1 empty Dockerfile: no FROM instruction\n");
  BOOST_TEST(Errors(*Parsed("FROM\n").doc) == "1:5 FROM needs an image\n");
  BOOST_TEST(Errors(*Parsed("FROM a\nBOGUS x\n").doc) == "2:1 unknown instruction 'BOGUS'\n");
  BOOST_TEST(Errors(*Parsed("FROM a\nSHELL pwsh\n").doc).find("SHELL needs a JSON array") !=
             std::string::npos);
  // Binary noise, CRLF and a BOM.
  Parsed crlf("\xEF\xBB\xBF"
              "FROM alpine\r\nRUN echo a \\\r\n  b\r\nUSER 1\r\n");
  BOOST_TEST(Errors(*crlf.doc) == "");
  BOOST_TEST(crlf.doc->instructions[1].args == "echo a   b");
  BOOST_TEST(crlf.doc->instructions[2].span.begin.line == 4u);
  std::string noise(4096, '\0');
  for (size_t i = 0; i < noise.size(); ++i) noise[i] = static_cast<char>(i * 7919 % 256);
  Parsed junk(noise);
  BOOST_TEST(!junk.doc->errors.empty());
}

BOOST_AUTO_TEST_CASE(one_megabyte_single_line) {
  std::string text = "FROM alpine\nRUN echo " + std::string(1 << 20, 'x') + "\n";
  Parsed p(text);
  BOOST_TEST(Errors(*p.doc) == "");
  BOOST_TEST(p.doc->instructions[1].args.size() == 5u + (1u << 20));
}

BOOST_AUTO_TEST_CASE(shell_splitting) {
  auto cmds = SplitShell("a 'b c' \"d\" && e $(f g) | h; i 2>&1 || j `k` # note\nl");
  auto words = [&](size_t i) {
    std::vector<std::string> out;
    for (const ShellWord& w : cmds[i].words) out.push_back(w.value);
    return out;
  };
  BOOST_REQUIRE_EQUAL(cmds.size(), 6u);
  BOOST_TEST(words(0) == (std::vector<std::string>{"a", "b c", "d"}),
             boost::test_tools::per_element());
  BOOST_TEST(words(1)[1] == "$(f g)");
  BOOST_TEST(cmds[2].separator == "|");
  BOOST_TEST(words(3)[1] == "2>&1");
  BOOST_TEST(cmds[4].separator == "||");
  BOOST_TEST(words(5)[0] == "l");
  BOOST_TEST(cmds[1].words[0].offset == 15u);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace k8slint::dockerfile
