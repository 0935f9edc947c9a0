// The base-image table: how rows match images, the config rows winning, Windows and
// export stages, and docs/base-images.md listing every built-in row.
#include <boost/test/unit_test.hpp>
#include <fstream>
#include <sstream>

#include "linter/models/dockerfile/base_images.h"

namespace k8slint::dockerfile {
namespace {

std::optional<BaseImageUser> Look(std::string_view image, const BaseImageUsers& extra = {}) {
  return LookUpBaseImage(ImageRef::Parse(image), extra);
}

bool NonRoot(std::string_view image) {
  const auto u = Look(image);
  return u && u->non_root;
}

struct ParsedDockerfile {
  explicit ParsedDockerfile(std::string text)
      : source("Dockerfile", InputKind::kDockerfile, std::move(text)), doc(Parse(source)) {}
  SourceFile source;
  std::unique_ptr<Document> doc;
};

}  // namespace

BOOST_AUTO_TEST_SUITE(base_images)

BOOST_AUTO_TEST_CASE(documented_non_root_images) {
  BOOST_TEST(NonRoot("mcr.microsoft.com/dotnet/aspnet:8.0-jammy-chiseled"));
  BOOST_TEST(NonRoot("mcr.microsoft.com/dotnet/runtime-deps:9.0-noble-chiseled-extra"));
  BOOST_TEST(NonRoot("mcr.microsoft.com/dotnet/aspnet:8.0-azurelinux3.0-distroless"));
  BOOST_TEST(NonRoot("gcr.io/distroless/static-debian12:nonroot"));
  BOOST_TEST(NonRoot("gcr.io/distroless/java17-debian12:debug-nonroot"));
  BOOST_TEST(NonRoot("cgr.dev/chainguard/python:latest-dev"));
  BOOST_TEST(NonRoot("docker.io/bitnami/node:20"));
  BOOST_TEST(NonRoot("bitnami/nginx"));
  BOOST_TEST(NonRoot("nginxinc/nginx-unprivileged:1.27-alpine"));
  BOOST_TEST(NonRoot("docker.io/nginxinc/nginx-unprivileged:stable"));
  BOOST_TEST(NonRoot("grafana/k6:0.52.0"));
  BOOST_TEST(NonRoot("registry.access.redhat.com/ubi9/nginx-124"));
  BOOST_TEST(NonRoot("mcr.microsoft.com/windows/nanoserver:ltsc2022"));
}

BOOST_AUTO_TEST_CASE(root_images_stay_root) {
  BOOST_TEST(!NonRoot("mcr.microsoft.com/dotnet/aspnet:8.0"));
  BOOST_TEST(!NonRoot("mcr.microsoft.com/dotnet/aspnet:8.0-bookworm-slim"));
  BOOST_TEST(!NonRoot("gcr.io/distroless/static-debian12"));
  BOOST_TEST(!NonRoot("gcr.io/distroless/static-debian12:latest"));
  BOOST_TEST(!NonRoot("bitnami/minideb:bookworm"));
  BOOST_TEST(!NonRoot("python:3.12-slim"));
  BOOST_TEST(!NonRoot("nginx:1.27"));
  BOOST_TEST(!NonRoot("mcr.microsoft.com/windows/servercore:ltsc2022"));
  BOOST_TEST(!NonRoot("mcr.microsoft.com/dotnet/framework/aspnet:4.8"));
  BOOST_TEST(!Look("python:3.12"));
}

BOOST_AUTO_TEST_CASE(windows_rows) {
  BOOST_TEST(Look("mcr.microsoft.com/windows/servercore/iis")->windows);
  BOOST_TEST(Look("mcr.microsoft.com/dotnet/sdk:8.0-nanoserver-ltsc2022")->windows);
  BOOST_TEST(Look("mcr.microsoft.com/dotnet/sdk:8.0-nanoserver-ltsc2022")->non_root);
  BOOST_TEST(Look("mcr.microsoft.com/powershell:lts-windowsservercore-ltsc2022")->windows);
  BOOST_TEST(!Look("mcr.microsoft.com/dotnet/aspnet:8.0-jammy-chiseled")->windows);
  BOOST_TEST(IsWindowsAdministrator("containeradministrator"));
  BOOST_TEST(!IsWindowsAdministrator("ContainerUser"));
}

BOOST_AUTO_TEST_CASE(config_rows_come_first) {
  const BaseImageUsers extra = {{"registry.example.com/platform/*", "10001"},
                                {"cgr.dev/chainguard/*:*-root", "root"}};
  BOOST_TEST(Look("registry.example.com/platform/python-3.12:1", extra)->non_root);
  BOOST_TEST(!Look("cgr.dev/chainguard/git:latest-root", extra)->non_root);
  BOOST_TEST(Look("cgr.dev/chainguard/git:latest", extra)->non_root);
  BOOST_TEST(Look("acme/iis:1", {{"acme/iis", "ContainerAdministrator"}})->windows);
}

BOOST_AUTO_TEST_CASE(root_base_and_windows_shell) {
  ParsedDockerfile chain(
      "FROM mcr.microsoft.com/dotnet/aspnet:8.0-noble-chiseled AS base\nFROM base AS final\n");
  const FinalBase b = FinalStageBase(*chain.doc, {});
  BOOST_TEST((b.known && b.known->non_root));
  ParsedDockerfile shell("FROM acme/win-base:1\nSHELL [\"cmd\", \"/S\", \"/C\"]\n");
  BOOST_TEST(FinalStageBase(*shell.doc, {}).windows);
  ParsedDockerfile pwsh(
      "FROM mcr.microsoft.com/powershell:7.4-ubuntu-22.04\nSHELL [\"pwsh\", \"-c\"]\n");
  BOOST_TEST(!FinalStageBase(*pwsh.doc, {}).windows);
}

BOOST_AUTO_TEST_CASE(export_stages) {
  ParsedDockerfile out(
      "FROM golang:1.22 AS b\nRUN go build -o /x .\nFROM scratch\nCOPY --from=b /x /\n");
  BOOST_TEST(IsExportStage(*out.doc, *out.doc->final_stage()));
  ParsedDockerfile run("FROM scratch\nCOPY x /x\nENTRYPOINT [\"/x\"]\n");
  BOOST_TEST(!IsExportStage(*run.doc, *run.doc->final_stage()));
  ParsedDockerfile alpine("FROM alpine\nCOPY x /x\n");
  BOOST_TEST(!IsExportStage(*alpine.doc, *alpine.doc->final_stage()));
}

BOOST_AUTO_TEST_CASE(docs_list_every_row) {
  std::ifstream in(std::string(K8SLINT_SOURCE_DIR) + "/docs/base-images.md", std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  for (const BaseImageRow& row : BuiltinBaseImages()) {
    const std::string line =
        "| `" + std::string(row.pattern) + "` | `" + std::string(row.user) + "` |";
    BOOST_TEST(ss.str().find(line) != std::string::npos,
               "docs/base-images.md lacks the row " << line);
  }
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace k8slint::dockerfile
