// Nothing leaks (issue 14): generated secrets of every detector, and context secrets
// (secret-named literals, Secret data, env templates, a private key), are planted in
// every input kind and in file and folder names, keys, suppressions, image references,
// config values and command-line arguments; every command and format runs on them, and
// no output (stdout, stderr, reports, the baseline) may hold a full secret unless
// --no-redact is given.
#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "linter/core/config.h"
#include "linter/models/secrets/scanner.h"
#include "rules/registry.h"
#include "rules/se/secret_scan.h"
#include "tests/secrets_test_tokens.h"
#include "tests/test_support.h"

namespace k8slint::testing {
namespace {

namespace fs = std::filesystem;

std::string Quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

void Write(const fs::path& path, const std::string& text) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << text;
}

// The part of a token that must never show: its longest run of token characters (the
// random body, a URL's password, an Azure account key, a webhook's secret segment).
std::string Core(const std::string& token) {
  std::string best, run;
  for (char c : token + " ") {
    if (std::isalnum(static_cast<unsigned char>(c)) || c == '+' || c == '/' || c == '_' ||
        c == '-') {
      run += c;
    } else {
      if (run.size() > best.size()) best = run;
      run.clear();
    }
  }
  return best;
}

// Whether a detector finds `token` on its own. Keyword-anchored formats (a UUID under a
// `HEROKU_API_KEY` name) are secrets only beside their key: planted alone (a file name, a
// command-line argument) they are an id like any other, which no redactor can tell.
bool SelfIdentifying(const std::string& token) {
  static const auto* scanner = [] {
    static std::vector<std::unique_ptr<Rule>> rules;
    (void)BuildAllRules(Config{}, &rules);
    return new secrets::Scanner(rules::SecretDetectors(rules));
  }();
  return scanner->AnyDetectorMatches(token);
}

struct Planted {
  fs::path dir;
  std::vector<std::string> cores;  // what no output may contain
};

// Every token in every kind and place; returns the project folder.
Planted Plant(const fs::path& dir) {
  Planted p{dir, {}};
  const fs::path proj = dir / "proj";
  const std::vector<TokenCase> tokens = Tokens();
  for (size_t i = 0; i < tokens.size(); ++i) {
    const std::string& t = tokens[i].token;
    const std::string& k = tokens[i].key;
    const std::string n = std::to_string(i);
    p.cores.push_back(Core(t));
    Write(proj / "env" / (n + ".env"),
          k + "=" + t + "\nBROKEN LINE " + t + "\n# k8slint ignore=" + t + "\nX=1\n");
    Write(proj / "docker" / n / "Dockerfile",
          "FROM registry.example.com/" + t + " AS build\nENV " + k + "=" + t + "\nCOPY --from=" +
              t + " /a /b\nUSER " + t + "\n" + t + " arg\nRUN curl -u deploy:" + t +
              " https://example.com # k8slint ignore=" + t + "\n");
    Write(proj / "k8s" / (n + ".yaml"),
          "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app-" + n +
              "\n  labels:\n    \"" + t + "\": a\n    \"" + t +
              "\": b\n  annotations:\n    ignore-check.kube-linter.io/" + t +
              ": \"x\"\n    k8slint.io/ignore: \"" + t +
              "\"\nspec:\n  selector:\n    matchLabels: {app: a}\n  template:\n    metadata:\n"
              "      labels: {app: a}\n    spec:\n      containers:\n        - name: \"" +
              t + "\"\n          image: \"deploy:" + t +
              "@registry.example.com/app:1\"\n          env:\n            - name: " + k +
              "\n              value: \"" + t + "\"\n");
    Write(proj / ("chart-" + n) / "Chart.yaml",
          "apiVersion: v2\nname: c" + n + "\nversion: 1.0.0\n");
    Write(proj / ("chart-" + n) / "values.yaml",
          "image:\n  repository: \"" + t + "\"\n  tag: \"" + t + "\"\n" + k + ": \"" + t + "\"\n");
    const std::string ps = "curl.exe -u deploy:" + t + " https://api.example.com\n" +
                           "Invoke-Expression \"echo " + t + "\"\n$env:" + k + " = '" + t +
                           "'\nWrite-Host " + t + "\n# k8slint ignore=" + t + "\n";
    Write(proj / "ps" / (n + ".ps1"), ps);
    Write(proj / "md" / (n + ".md"), "# Setup\n\nUse " + t + ".\n\n```powershell\n" + ps + "```\n");
    Write(proj / "txt" / (n + ".txt"), t + "\n");
    // A file name holds at most 255 bytes: longer tokens (Slack configuration tokens,
    // 1Password service account tokens) cannot be planted there.
    if (t.find('/') == std::string::npos && t.size() + 5 <= 255 && SelfIdentifying(t)) {
      Write(proj / "names" / (t + ".yaml"), "a: 1\na: 2\n");
      Write(proj / "names" / ("dir-" + t) / "Dockerfile", "FROM scratch\n");
    }
  }
  // Context secrets: no detector knows their shape.
  const std::string password = "Zq" + Random(kAlnum, 18, 41) + "!";
  const std::string stripe = Random(kAlnum, 24, 42);
  const std::string templ = Random(kAlnum, 22, 43) + "x9";
  std::string key = "-----BEGIN RSA PRIVATE KEY-----\n";
  std::string body;
  for (unsigned i = 0; i < 3; ++i) body += Random(kBase64, 64, 44 + i) + "\n";
  key += body + "-----END RSA PRIVATE KEY-----\n";
  p.cores.insert(p.cores.end(), {password, stripe, templ, Random(kBase64, 64, 44)});
  Write(proj / "ctx" / ".env", "DB_PASSWORD=" + password + "\n");
  Write(proj / "ctx" / "secret.yaml",
        "apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\nstringData:\n  api: " + stripe +
            "\n  other: " + stripe + "\n  other: x\n");
  Write(proj / "ctx" / ".env.example", "API_TOKEN=" + templ + "\n");
  Write(proj / "ctx" / "id_rsa", key);
  Write(proj / "ctx" / "run.ps1", "$password = '" + password + "'\nInvoke-Expression $password\n");
  return p;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(leaks)

BOOST_AUTO_TEST_CASE(no_command_or_format_prints_a_planted_secret) {
  const fs::path dir = fs::temp_directory_path() / ("k8slint-leaks-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  const Planted planted = Plant(dir);
  // K8SLINT_LEAK_BIN runs the check against another build (an older release, say).
  const std::string bin =
      std::getenv("K8SLINT_LEAK_BIN") ? std::getenv("K8SLINT_LEAK_BIN") : K8SLINT_BINARY;
  const std::string proj = Quote((dir / "proj").string());
  std::vector<std::pair<std::string, std::string>> runs;  // what ran, its output
  const auto run = [&](const std::string& args) {
    runs.emplace_back(
        args, RunShell("cd " + Quote(dir.string()) + " && (" + bin + " " + args + ") 2>&1"));
  };
  // DF070 runs shellcheck over the RUN scripts of hundreds of Dockerfiles here: the text
  // run keeps it, so its messages are checked too; the other runs leave it out, which
  // saves the shellcheck time and changes nothing else they print.
  run("--fail-on never -j 2 -f text " + proj);
  for (const char* format : {"json", "sarif", "github"})
    run(std::string("--fail-on never -j 2 --disable DF070 -f ") + format + " " + proj);
  run("--fail-on never --disable DF070 --statistics " + proj);
  run("--fail-on never --disable DF070 -o report.sarif -f sarif " + proj + " && cat report.sarif");
  run("--disable DF070 --write-baseline base.json " + proj + " && cat base.json");
  run("--disable DF070 --baseline base.json " + proj);
  run("links " + proj);
  const std::vector<TokenCase> tokens = Tokens();
  std::string excludes;
  for (const TokenCase& c : tokens) {
    runs.emplace_back("stdin", RunShell("printf '%s\\n' " + Quote(c.key + "=" + c.token) + " | " +
                                        bin + " --fail-on never -t env - 2>&1"));
    if (!SelfIdentifying(c.token)) continue;  // the keyless contexts below
    const std::string t = Quote(c.token);
    excludes += "  - \"" + c.token + "\"\n";
    std::ofstream(dir / "bad.yaml") << "rules:\n  \"" << c.token << "\": off\n";
    run("-c bad.yaml " + proj);
    run("--enable " + t + " " + proj + "/txt");
    run("--fail-on " + t + " " + proj + "/txt");
    run("-t " + t + " -");
    run("explain " + t);
    run(proj + "/missing-" + t);
    run("--max-file-size " + t + " " + proj + "/txt");
  }
  std::ofstream(dir / "good.yaml") << "exclude:\n" << excludes;
  run("config --print -c good.yaml");

  for (const auto& [args, out] : runs) {
    BOOST_TEST_CONTEXT(args.substr(0, 80)) {
      BOOST_CHECK(!out.empty());
      for (const std::string& core : planted.cores) {
        const size_t at = out.find(core);
        BOOST_CHECK_MESSAGE(
            at == std::string::npos,
            "leaked " << core.substr(0, 6) << "... in: "
                      << out.substr(at != std::string::npos && at > 200 ? at - 200 : 0, 300));
      }
    }
  }
  // Redaction was the reason: --no-redact shows them.
  const std::string shown = RunShell("cd " + Quote(dir.string()) + " && " + bin +
                                     " --no-redact --disable DF070 --fail-on never " + proj);
  BOOST_CHECK(shown.find(planted.cores.front()) != std::string::npos);
  fs::remove_all(dir);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace k8slint::testing
