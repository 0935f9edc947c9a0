// rules/df/package_commands: the package-manager commands of real RUN lines.
#include <boost/test/unit_test.hpp>

#include "linter/models/dockerfile/model.h"
#include "rules/df/package_commands.h"

namespace k8slint::rules::df {
namespace {

struct Run {
  explicit Run(std::string line)
      : source("Dockerfile", InputKind::kDockerfile, "FROM debian:12\n" + std::move(line) + "\n"),
        doc(dockerfile::Parse(source)) {}
  std::vector<PackageCommand> Commands() const { return PackageCommands(doc->instructions.at(1)); }
  SourceFile source;
  std::unique_ptr<dockerfile::Document> doc;
};

std::string Args(const PackageCommand& c) {
  std::string out;
  for (const PackageArg& a : c.args) out += (out.empty() ? "" : " ") + a.text;
  return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(df_package_commands)

BOOST_AUTO_TEST_CASE(apt_get_with_prefixes_flags_and_redirections) {
  Run r(
      "RUN apt-get update -qq >/dev/null && \\\n"
      "    DEBIAN_FRONTEND=noninteractive sudo -E apt-get install -qy --no-install-recommends \\\n"
      "      -o Dpkg::Options::=--force-confold curl=7.88.1-10 ca-certificates 2>&1");
  const std::vector<PackageCommand> cmds = r.Commands();
  BOOST_REQUIRE_EQUAL(cmds.size(), 2u);
  BOOST_TEST(cmds[0].subcommand == "update");
  BOOST_TEST(!cmds[0].IsInstall());
  const PackageCommand& install = cmds[1];
  BOOST_TEST(ManagerName(install.manager) == "apt-get");
  BOOST_TEST(install.IsInstall());
  BOOST_TEST(install.HasFlag({"y"}));
  BOOST_TEST(install.HasFlag({"q"}));
  BOOST_TEST(install.HasFlag({"no-install-recommends"}));
  BOOST_TEST(install.FindFlag("o")->value == "Dpkg::Options::=--force-confold");
  BOOST_TEST(Args(install) == "curl=7.88.1-10 ca-certificates");
  BOOST_TEST(install.position.line == 3u);
  BOOST_TEST(install.args[0].position.line == 4u);
  BOOST_TEST(install.args[0].position.column == 42u);
}

BOOST_AUTO_TEST_CASE(apk_virtual_value_is_not_a_package) {
  Run r("RUN apk add --no-cache --virtual .build-deps gcc musl-dev && apk add -t .x make");
  const std::vector<PackageCommand> cmds = r.Commands();
  BOOST_REQUIRE_EQUAL(cmds.size(), 2u);
  BOOST_TEST(ManagerName(cmds[0].manager) == "apk");
  BOOST_TEST(cmds[0].HasFlag({"no-cache"}));
  BOOST_TEST(cmds[0].FindFlag("virtual")->value == ".build-deps");
  BOOST_TEST(Args(cmds[0]) == "gcc musl-dev");
  BOOST_TEST(Args(cmds[1]) == "make");
}

BOOST_AUTO_TEST_CASE(pip_spellings) {
  Run r("RUN python3 -m pip install --upgrade pip && pip3.12 install --no-cache-dir -r "
        "requirements.txt uvicorn[standard]==0.30.1 && /usr/local/bin/pip install -e .");
  const std::vector<PackageCommand> cmds = r.Commands();
  BOOST_REQUIRE_EQUAL(cmds.size(), 3u);
  BOOST_TEST(ManagerName(cmds[0].manager) == "pip");
  BOOST_TEST(cmds[0].spelling == "python3 -m pip");
  BOOST_TEST(cmds[0].manager_word == 0u);
  BOOST_TEST(Args(cmds[0]) == "pip");
  BOOST_TEST(cmds[1].spelling == "pip3.12");
  BOOST_TEST(cmds[1].FindFlag("r")->value == "requirements.txt");
  BOOST_TEST(Args(cmds[1]) == "uvicorn[standard]==0.30.1");
  BOOST_TEST(Args(cmds[2]) == "");
}

BOOST_AUTO_TEST_CASE(node_go_and_rpm_managers) {
  Run r("RUN npm ci --omit=dev && npm cache clean --force && yarn global add pm2@5 && "
        "go install -ldflags '-s -w' golang.org/x/tools/gopls@v0.16.1 && "
        "dnf -y --setopt=tsflags=nodocs install python3 && zypper -n in -t pattern devel && "
        "python3 app.py");
  const std::vector<PackageCommand> cmds = r.Commands();
  BOOST_REQUIRE_EQUAL(cmds.size(), 6u);
  BOOST_TEST(cmds[0].IsInstall());
  BOOST_TEST(cmds[0].FindFlag("omit")->value == "dev");
  BOOST_TEST(cmds[1].subcommand == "cache");
  BOOST_TEST(Args(cmds[1]) == "clean");
  BOOST_TEST(cmds[2].global);
  BOOST_TEST(cmds[2].subcommand == "add");
  BOOST_TEST(Args(cmds[2]) == "pm2@5");
  BOOST_TEST(cmds[3].FindFlag("ldflags")->value == "-s -w");
  BOOST_TEST(Args(cmds[3]) == "golang.org/x/tools/gopls@v0.16.1");
  BOOST_TEST(ManagerName(cmds[4].manager) == "dnf");
  BOOST_TEST(cmds[4].subcommand == "install");
  BOOST_TEST(cmds[4].HasFlag({"y"}));
  BOOST_TEST(Args(cmds[4]) == "python3");
  BOOST_TEST(cmds[5].IsInstall());
  BOOST_TEST(cmds[5].FindFlag("t")->value == "pattern");
  BOOST_TEST(Args(cmds[5]) == "devel");
}

BOOST_AUTO_TEST_CASE(not_package_managers) {
  Run r("RUN echo apt-get install x && goimports -w . && python -c 'import pip' && pipx install x");
  BOOST_TEST(r.Commands().empty());
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace k8slint::rules::df
