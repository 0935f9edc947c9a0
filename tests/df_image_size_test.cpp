// rules/df: the base image size table (estimates, advice, docs/image-size.md listing
// every row) and .dockerignore matching.
#include <boost/test/unit_test.hpp>

#include <fstream>
#include <sstream>

#include "rules/df/base_image_sizes.h"
#include "rules/df/dockerignore_match.h"

namespace k8slint::rules::df {
namespace {

std::string Estimate(std::string_view image) {
  const std::optional<BaseImageSize> s = EstimateBaseImage(ImageRef::Parse(image));
  if (!s) return "unknown";
  return s->image + " " + FormatMb(s->mb) +
         (s->smaller.empty() ? "" : " -> " + s->smaller + " " + FormatMb(s->smaller_mb));
}

}  // namespace

BOOST_AUTO_TEST_SUITE(df_image_size)

BOOST_AUTO_TEST_CASE(variants_and_advice) {
  BOOST_TEST(Estimate("python:3.12") == "python:3.12 1,020 MB -> python:3.12-slim 130 MB");
  BOOST_TEST(Estimate("docker.io/library/python:3.12-bookworm") ==
             "docker.io/library/python:3.12-bookworm 1,020 MB -> python:3.12-slim 130 MB");
  BOOST_TEST(Estimate("python:3.12-slim-bookworm") == "python:3.12-slim-bookworm 130 MB");
  BOOST_TEST(Estimate("python:3.12-alpine3.20") == "python:3.12-alpine3.20 55 MB");
  BOOST_TEST(Estimate("node") == "node:latest 1,100 MB -> node:slim 200 MB");
  BOOST_TEST(Estimate("eclipse-temurin:21.0.3_9-jdk") ==
             "eclipse-temurin:21.0.3_9-jdk 460 MB -> eclipse-temurin:21.0.3_9-jre-alpine 190 MB");
  BOOST_TEST(Estimate("eclipse-temurin:latest") ==
             "eclipse-temurin:latest 460 MB -> eclipse-temurin:21-jre-alpine 190 MB");
  BOOST_TEST(Estimate("mcr.microsoft.com/dotnet/sdk:8.0") ==
             "mcr.microsoft.com/dotnet/sdk:8.0 860 MB -> "
             "mcr.microsoft.com/dotnet/aspnet:8.0-noble-chiseled 110 MB");
  BOOST_TEST(Estimate("mcr.microsoft.com/dotnet/aspnet:8.0-jammy-chiseled") ==
             "mcr.microsoft.com/dotnet/aspnet:8.0-jammy-chiseled 110 MB");
  BOOST_TEST(Estimate("gcr.io/distroless/static-debian12:nonroot") ==
             "gcr.io/distroless/static-debian12:nonroot 2 MB");
  BOOST_TEST(Estimate("php:8.3-apache") == "php:8.3-apache 510 MB -> php:8.3-fpm-alpine 95 MB");
}

BOOST_AUTO_TEST_CASE(no_estimate) {
  BOOST_TEST(Estimate("python:3.12-windowsservercore-ltsc2022") == "unknown");
  BOOST_TEST(Estimate("ghcr.io/acme/python:3.12") == "unknown");
  BOOST_TEST(Estimate("python:${PYTHON_VERSION}") == "unknown");
  BOOST_TEST(
      Estimate("python@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef") ==
      "unknown");
  BOOST_TEST(Estimate("scratch") == "unknown");
}

BOOST_AUTO_TEST_CASE(docs_list_every_row) {
  std::ifstream in(std::string(K8SLINT_SOURCE_DIR) + "/docs/image-size.md", std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  for (const BaseImageSizeRow& row : BuiltinBaseImageSizes()) {
    const std::string line = "| `" + std::string(row.pattern) + "` | " +
                             (row.mb > 0 ? FormatMb(row.mb) : std::string("no estimate")) + " |";
    BOOST_TEST(ss.str().find(line) != std::string::npos,
               "docs/image-size.md lacks the row " << line);
  }
}

BOOST_AUTO_TEST_CASE(dockerignore_matching) {
  const std::vector<std::string> nextjs = {".git", "node_modules", ".env*", "!.env.example"};
  BOOST_TEST(DockerignoreExcludes(nextjs, ".git/HEAD"));
  BOOST_TEST(DockerignoreExcludes(nextjs, "node_modules/react/package.json"));
  BOOST_TEST(DockerignoreExcludes(nextjs, ".env.production"));
  BOOST_TEST(!DockerignoreExcludes(nextjs, ".env.example"));
  BOOST_TEST(!DockerignoreExcludes(nextjs, "app/node_modules/x"));  // anchored at the root
  BOOST_TEST(!DockerignoreExcludes(nextjs, "src/app.tsx"));
  const std::vector<std::string> allowlist = {"*", "!go.mod", "!cmd/"};
  BOOST_TEST(DockerignoreExcludes(allowlist, ".env"));
  BOOST_TEST(!DockerignoreExcludes(allowlist, "cmd/api/main.go"));
  const std::vector<std::string> deep = {"**/node_modules", "/.git/", "./.env"};
  BOOST_TEST(DockerignoreExcludes(deep, "node_modules/x"));
  BOOST_TEST(DockerignoreExcludes(deep, "web/node_modules/x"));
  BOOST_TEST(DockerignoreExcludes(deep, ".git/HEAD"));
  BOOST_TEST(DockerignoreExcludes(deep, ".env"));
  BOOST_TEST(!DockerignoreExcludes(deep, ".env.local"));
  BOOST_TEST(DockerignoreExcludes({".env.[a-z]*"}, ".env.local"));
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace k8slint::rules::df
