#include "rules/df/base_image_sizes.h"

#include <cctype>

#include "linter/models/dockerfile/base_images.h"

namespace k8slint::rules::df {
namespace {

// Every figure: uncompressed, linux/amd64, current major versions of 2024-25, recalled
// by the author from `docker images` output and the publishers' tag pages (no network
// was available to re-measure). Good to about +-15%; docs/image-size.md says how to check.
// Order matters: exceptions before the family they belong to, variants before the
// full image.
const std::vector<BaseImageSizeRow> kRows = {
    // Windows tags: gigabytes, and the budget is about Linux images; no estimate.
    {"*:*windowsservercore*", 0, "", 0, "", "Windows images: not estimated"},
    {"*:*nanoserver*", 0, "", 0, "", "Windows images: not estimated"},
    {"*:*windows*", 0, "", 0, "", "Windows images: not estimated"},

    {"python:*alpine*", 55, "", 0, "", "Docker Hub python 3.12-alpine, 2024-25"},
    {"python:*slim*", 130, "", 0, "", "Docker Hub python 3.12-slim-bookworm, 2024-25"},
    {"python:*", 1020, "python:{v}-slim", 130, "", "Docker Hub python 3.12-bookworm, 2024-25"},

    {"node:*alpine*", 140, "", 0, "", "Docker Hub node 20-alpine, 2024-25"},
    {"node:*slim*", 200, "", 0, "", "Docker Hub node 20-bookworm-slim, 2024-25"},
    {"node:*", 1100, "node:{v}-slim", 200, "", "Docker Hub node 20-bookworm, 2024-25"},

    {"golang:*alpine*", 250, "gcr.io/distroless/static-debian12", 2, "",
     "Docker Hub golang 1.22-alpine, 2024-25"},
    {"golang:*", 820, "gcr.io/distroless/static-debian12", 2, "",
     "Docker Hub golang 1.22-bookworm, 2024-25"},

    {"eclipse-temurin:*jre*alpine*", 190, "", 0, "",
     "Docker Hub eclipse-temurin 21-jre-alpine, 2024-25"},
    {"eclipse-temurin:*jre*", 270, "eclipse-temurin:{v}-jre-alpine", 190, "21",
     "Docker Hub eclipse-temurin 21-jre-jammy, 2024-25"},
    {"eclipse-temurin:*alpine*", 340, "eclipse-temurin:{v}-jre-alpine", 190, "21",
     "Docker Hub eclipse-temurin 21-jdk-alpine, 2024-25"},
    {"eclipse-temurin:*", 460, "eclipse-temurin:{v}-jre-alpine", 190, "21",
     "Docker Hub eclipse-temurin 21-jdk-jammy, 2024-25"},
    {"openjdk:*slim*", 400, "eclipse-temurin:{v}-jre-alpine", 190, "21",
     "Docker Hub openjdk 17-slim (deprecated image), 2022-24"},
    {"openjdk:*jre*", 280, "eclipse-temurin:{v}-jre-alpine", 190, "21",
     "Docker Hub openjdk 11-jre (deprecated image), 2022-24"},
    {"openjdk:*alpine*", 0, "", 0, "",
     "openjdk alpine tags were early-access builds: not estimated"},
    {"openjdk:*", 470, "eclipse-temurin:{v}-jre-alpine", 190, "21",
     "Docker Hub openjdk 17 (Oracle Linux; deprecated image), 2022-24"},

    {"mcr.microsoft.com/dotnet/runtime-deps:*chiseled*", 13, "", 0, "",
     "MCR dotnet/runtime-deps 8.0-jammy-chiseled, 2024-25"},
    {"mcr.microsoft.com/dotnet/runtime-deps:*alpine*", 12, "", 0, "",
     "MCR dotnet/runtime-deps 8.0-alpine, 2024-25"},
    {"mcr.microsoft.com/dotnet/runtime-deps:*", 120, "", 0, "",
     "MCR dotnet/runtime-deps 8.0 (Debian 12), 2024-25"},
    {"mcr.microsoft.com/dotnet/runtime:*chiseled*", 85, "", 0, "",
     "MCR dotnet/runtime 8.0-jammy-chiseled, 2024-25"},
    {"mcr.microsoft.com/dotnet/runtime:*alpine*", 85, "", 0, "",
     "MCR dotnet/runtime 8.0-alpine, 2024-25"},
    {"mcr.microsoft.com/dotnet/runtime:*", 195, "", 0, "",
     "MCR dotnet/runtime 8.0 (Debian 12), 2024-25"},
    {"mcr.microsoft.com/dotnet/aspnet:*chiseled*", 110, "", 0, "",
     "MCR dotnet/aspnet 8.0-jammy-chiseled, 2024-25"},
    {"mcr.microsoft.com/dotnet/aspnet:*alpine*", 110, "", 0, "",
     "MCR dotnet/aspnet 8.0-alpine, 2024-25"},
    {"mcr.microsoft.com/dotnet/aspnet:*", 220, "", 0, "",
     "MCR dotnet/aspnet 8.0 (Debian 12), 2024-25"},
    {"mcr.microsoft.com/dotnet/sdk:*alpine*", 700, "mcr.microsoft.com/dotnet/aspnet:{v}-alpine",
     110, "8.0", "MCR dotnet/sdk 8.0-alpine, 2024-25"},
    {"mcr.microsoft.com/dotnet/sdk:*", 860, "mcr.microsoft.com/dotnet/aspnet:{v}-noble-chiseled",
     110, "8.0", "MCR dotnet/sdk 8.0 (Debian 12), 2024-25"},

    {"ruby:*alpine*", 95, "", 0, "", "Docker Hub ruby 3.3-alpine, 2024-25"},
    {"ruby:*slim*", 220, "", 0, "", "Docker Hub ruby 3.3-slim-bookworm, 2024-25"},
    {"ruby:*", 1000, "ruby:{v}-slim", 220, "", "Docker Hub ruby 3.3-bookworm, 2024-25"},

    {"php:*alpine*", 95, "", 0, "", "Docker Hub php 8.3-fpm-alpine / 8.3-cli-alpine, 2024-25"},
    {"php:*apache*", 510, "php:{v}-fpm-alpine", 95, "", "Docker Hub php 8.3-apache, 2024-25"},
    {"php:*fpm*", 490, "php:{v}-fpm-alpine", 95, "", "Docker Hub php 8.3-fpm, 2024-25"},
    {"php:*", 490, "php:{v}-cli-alpine", 95, "", "Docker Hub php 8.3-cli, 2024-25"},

    {"nginx:*alpine-slim*", 12, "", 0, "", "Docker Hub nginx 1.27-alpine-slim, 2024-25"},
    {"nginx:*alpine*", 48, "", 0, "", "Docker Hub nginx 1.27-alpine, 2024-25"},
    {"nginx:*", 190, "nginx:{v}-alpine", 48, "", "Docker Hub nginx 1.27 (Debian 12), 2024-25"},
    {"nginxinc/nginx-unprivileged:*alpine*", 50, "", 0, "",
     "Docker Hub nginxinc/nginx-unprivileged 1.27-alpine, 2024-25"},
    {"nginxinc/nginx-unprivileged:*", 190, "nginxinc/nginx-unprivileged:{v}-alpine", 50, "",
     "Docker Hub nginxinc/nginx-unprivileged 1.27, 2024-25"},
    {"httpd:*alpine*", 60, "", 0, "", "Docker Hub httpd 2.4-alpine, 2024-25"},
    {"httpd:*", 150, "httpd:{v}-alpine", 60, "", "Docker Hub httpd 2.4 (Debian 12), 2024-25"},

    {"debian:*slim*", 75, "", 0, "", "Docker Hub debian bookworm-slim, 2024-25"},
    {"debian:*", 117, "debian:{v}-slim", 75, "", "Docker Hub debian bookworm, 2024-25"},
    {"ubuntu:*", 78, "", 0, "", "Docker Hub ubuntu 24.04 / 22.04, 2024-25"},
    {"alpine:*", 8, "", 0, "", "Docker Hub alpine 3.20, 2024-25"},
    {"busybox:*", 4, "", 0, "", "Docker Hub busybox 1.36, 2024-25"},

    {"gcr.io/distroless/static*", 2, "", 0, "", "gcr.io distroless static-debian12, 2024-25"},
    {"gcr.io/distroless/base*", 20, "", 0, "", "gcr.io distroless base-debian12, 2024-25"},
    {"gcr.io/distroless/cc*", 23, "", 0, "", "gcr.io distroless cc-debian12, 2024-25"},
    {"gcr.io/distroless/python3*", 53, "", 0, "", "gcr.io distroless python3-debian12, 2024-25"},
    {"gcr.io/distroless/java*", 225, "", 0, "", "gcr.io distroless java17-debian12, 2024-25"},
    {"gcr.io/distroless/nodejs*", 150, "", 0, "", "gcr.io distroless nodejs20-debian12, 2024-25"},
};

// The leading version of a tag: "3.12" of "3.12-slim-bookworm", "21.0.3_9" of
// "21.0.3_9-jdk"; "" for "latest", "bookworm", "jdk".
std::string LeadingVersion(std::string_view tag) {
  if (tag.empty() || !std::isdigit(static_cast<unsigned char>(tag[0]))) return "";
  size_t n = 0;
  while (n < tag.size() &&
         (std::isdigit(static_cast<unsigned char>(tag[n])) || tag[n] == '.' || tag[n] == '_'))
    ++n;
  return std::string(tag.substr(0, n));
}

std::string Smaller(const BaseImageSizeRow& row, std::string_view tag) {
  std::string out(row.smaller);
  const size_t at = out.find("{v}-");
  if (at == std::string::npos) return out;
  std::string v = LeadingVersion(tag);
  if (v.empty()) v = std::string(row.default_version);
  return out.replace(at, 4, v.empty() ? "" : v + "-");
}

}  // namespace

const std::vector<BaseImageSizeRow>& BuiltinBaseImageSizes() { return kRows; }

std::optional<BaseImageSize> EstimateBaseImage(const ImageRef& image) {
  if (image.text.find('$') != std::string::npos || image.repository.empty()) return std::nullopt;
  if (image.tag.empty() && !image.digest.empty()) return std::nullopt;  // which variant?
  ImageRef ref = image;
  if (ref.tag.empty()) ref.tag = "latest";
  for (const BaseImageSizeRow& row : kRows) {
    if (!dockerfile::BaseImagePatternMatches(row.pattern, ref)) continue;
    if (row.mb <= 0) return std::nullopt;
    BaseImageSize out;
    out.mb = row.mb;
    out.image = ImageRef::JoinRepository(image.registry, image.repository) + ":" + ref.tag;
    out.smaller = Smaller(row, ref.tag);
    out.smaller_mb = row.smaller_mb;
    out.pattern = std::string(row.pattern);
    return out;
  }
  return std::nullopt;
}

std::string FormatMb(int mb) {
  std::string digits = std::to_string(mb);
  for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3)
    digits.insert(static_cast<size_t>(i), ",");
  return digits + " MB";
}

}  // namespace k8slint::rules::df
