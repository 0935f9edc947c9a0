#include "linter/models/dockerfile/base_images.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "linter/core/ascii.h"
#include "linter/models/dockerfile/queries.h"

namespace k8slint::dockerfile {
namespace {

constexpr std::string_view kDotnetDocs =
    "https://learn.microsoft.com/dotnet/core/docker/container-images (chiseled and distroless "
    "images run as the non-root `app` user, uid 1654)";
constexpr std::string_view kWindowsDocs =
    "https://learn.microsoft.com/virtualization/windowscontainers/manage-containers/"
    "container-security#container-user-accounts";

// Row order matters where rows overlap: the Windows tags of the .NET images come before
// the chiseled rows, and exceptions before the family they belong to.
const std::vector<BaseImageRow> kRows = {
    // Windows: Server Core and full Windows run as ContainerAdministrator, Nano Server as
    // ContainerUser.
    {"mcr.microsoft.com/windows/nanoserver*", "ContainerUser", kWindowsDocs},
    {"mcr.microsoft.com/windows/servercore*", "ContainerAdministrator", kWindowsDocs},
    {"mcr.microsoft.com/windows/server", "ContainerAdministrator", kWindowsDocs},
    {"mcr.microsoft.com/windows", "ContainerAdministrator", kWindowsDocs},
    {"mcr.microsoft.com/dotnet/framework/*", "ContainerAdministrator",
     "https://github.com/microsoft/dotnet-framework-docker (Windows Server Core images)"},
    {"mcr.microsoft.com/dotnet/*:*nanoserver*", "ContainerUser",
     "https://github.com/dotnet/dotnet-docker (Nano Server tags inherit ContainerUser)"},
    {"mcr.microsoft.com/dotnet/*:*windowsservercore*", "ContainerAdministrator",
     "https://github.com/dotnet/dotnet-docker (Server Core tags)"},
    {"mcr.microsoft.com/powershell:*nanoserver*", "ContainerUser",
     "https://github.com/PowerShell/PowerShell-Docker (Nano Server tags)"},
    {"mcr.microsoft.com/powershell:*windowsservercore*", "ContainerAdministrator",
     "https://github.com/PowerShell/PowerShell-Docker (Server Core tags)"},
    // .NET 8+ Linux images: only the chiseled (Ubuntu) and distroless (Azure Linux) ones
    // set USER; the others define `app` but run as root.
    {"mcr.microsoft.com/dotnet/*:*chiseled*", "app", kDotnetDocs},
    {"mcr.microsoft.com/dotnet/*:*distroless*", "app", kDotnetDocs},
    {"gcr.io/distroless/*:*nonroot*", "nonroot",
     "https://github.com/GoogleContainerTools/distroless (`nonroot` tags, uid 65532)"},
    {"cgr.dev/chainguard/*", "nonroot",
     "https://edu.chainguard.dev/chainguard/chainguard-images/ (images run as nonroot, uid "
     "65532; -dev variants too)"},
    {"bitnami/minideb", "root", "https://github.com/bitnami/minideb (a Debian base image)"},
    {"bitnami/*", "1001",
     "https://docs.bitnami.com/kubernetes/faq/configuration/use-non-root/ (uid 1001)"},
    {"bitnamilegacy/*", "1001", "the bitnami/* images, moved (uid 1001)"},
    {"nginxinc/nginx-unprivileged", "101",
     "https://github.com/nginxinc/docker-nginx-unprivileged (user nginx, uid 101)"},
    {"grafana/k6", "k6", "https://github.com/grafana/k6/blob/master/Dockerfile (uid 12345)"},
    {"grafana/grafana", "472",
     "https://grafana.com/docs/grafana/latest/setup-grafana/installation/docker/ (user grafana, "
     "uid 472)"},
    {"grafana/grafana-oss", "472",
     "https://grafana.com/docs/grafana/latest/setup-grafana/installation/docker/ (user grafana, "
     "uid 472)"},
    {"prom/prometheus", "nobody", "https://github.com/prometheus/prometheus/blob/main/Dockerfile"},
    {"quay.io/prometheus/prometheus", "nobody",
     "https://github.com/prometheus/prometheus/blob/main/Dockerfile"},
    {"prom/alertmanager", "nobody",
     "https://github.com/prometheus/alertmanager/blob/main/Dockerfile"},
    {"prom/node-exporter", "nobody",
     "https://github.com/prometheus/node_exporter/blob/master/Dockerfile"},
    {"registry.access.redhat.com/ubi*/nodejs-*", "1001",
     "https://github.com/sclorg/s2i-base-container (S2I images run as uid 1001)"},
    {"registry.access.redhat.com/ubi*/python-*", "1001",
     "https://github.com/sclorg/s2i-base-container (S2I images run as uid 1001)"},
    {"registry.access.redhat.com/ubi*/nginx-*", "1001",
     "https://github.com/sclorg/s2i-base-container (S2I images run as uid 1001)"},
    {"quay.io/keycloak/keycloak", "1000",
     "https://github.com/keycloak/keycloak/blob/main/quarkus/container/Dockerfile"},
    {"jenkins/jenkins", "jenkins", "https://github.com/jenkinsci/docker (user jenkins, uid 1000)"},
    {"docker.elastic.co/elasticsearch/elasticsearch", "1000",
     "https://www.elastic.co/guide/en/elasticsearch/reference/current/docker.html"},
    {"quay.io/jupyter/*-notebook", "jovyan",
     "https://jupyter-docker-stacks.readthedocs.io (user jovyan, uid 1000)"},
    {"jupyter/*-notebook", "jovyan",
     "https://jupyter-docker-stacks.readthedocs.io (user jovyan, uid 1000)"},
};

// `*` matches any run of characters (including '/': `cgr.dev/chainguard/*` covers
// nested repositories); everything else matches itself, case-insensitively.
bool Glob(std::string_view pattern, std::string_view text) {
  size_t p = 0, t = 0, star = std::string_view::npos, resume = 0;
  while (t < text.size()) {
    if (p < pattern.size() && pattern[p] == '*') {
      star = p++;
      resume = t;
    } else if (p < pattern.size() && AsciiLower(pattern[p]) == AsciiLower(text[t])) {
      ++p;
      ++t;
    } else if (star != std::string_view::npos) {
      p = star + 1;
      t = ++resume;
    } else {
      return false;
    }
  }
  while (p < pattern.size() && pattern[p] == '*') ++p;
  return p == pattern.size();
}

// Docker Hub's spellings reduced to the short one: docker.io/library/nginx -> nginx.
std::string NormalRepository(std::string_view registry, std::string_view repository) {
  const std::string reg = AsciiLower(registry);
  if (reg.empty() || reg == "docker.io" || reg == "index.docker.io" ||
      reg == "registry-1.docker.io") {
    if (repository.starts_with("library/")) repository.remove_prefix(8);
    return std::string(repository);
  }
  return ImageRef::JoinRepository(registry, repository);
}

bool IsRootValue(std::string_view user) { return IsRootUser(user) || IsWindowsAdministrator(user); }

bool IsWindowsUserName(std::string_view user) {
  return IsWindowsAdministrator(user) || AsciiLower(UserName(user)) == "containeruser";
}

}  // namespace

const std::vector<BaseImageRow>& BuiltinBaseImages() { return kRows; }

bool IsWindowsAdministrator(std::string_view value) {
  return AsciiLower(UserName(value)) == "containeradministrator";
}

namespace {

// A pattern split once: its repository, normalized, and the glob of its tag. The tag
// part of a pattern starts at the first ':' after its last '/'.
struct SplitPattern {
  std::string repository;
  std::optional<std::string_view> tag;  // none: any tag
};

SplitPattern Split(std::string_view pattern) {
  const size_t slash = pattern.rfind('/');
  const size_t colon = pattern.find(':', slash == std::string_view::npos ? 0 : slash);
  const ImageRef want = ImageRef::Parse(pattern.substr(0, colon));
  SplitPattern out{NormalRepository(want.registry, want.repository), std::nullopt};
  if (colon != std::string_view::npos) out.tag = pattern.substr(colon + 1);
  return out;
}

// `repository` is NormalRepository of the image's.
bool Matches(const SplitPattern& pattern, std::string_view repository, const ImageRef& image) {
  return Glob(pattern.repository, repository) && (!pattern.tag || Glob(*pattern.tag, image.tag));
}

}  // namespace

bool BaseImagePatternMatches(std::string_view pattern, const ImageRef& image) {
  return Matches(Split(pattern), NormalRepository(image.registry, image.repository), image);
}

std::optional<BaseImageUser> LookUpBaseImage(const ImageRef& image, const BaseImageUsers& extra) {
  auto make = [](std::string_view pattern, std::string_view user) {
    BaseImageUser u;
    u.user = std::string(user);
    u.non_root = !IsRootValue(user);
    u.windows = IsWindowsUserName(user);
    u.pattern = std::string(pattern);
    return u;
  };
  // The image's side once, and the table's patterns once per process: every Dockerfile
  // asks, and parsing every row for each cost more than the rest of a small file's model.
  const std::string repository = NormalRepository(image.registry, image.repository);
  for (const auto& [pattern, user] : extra)
    if (Matches(Split(pattern), repository, image)) return make(pattern, user);
  static const std::vector<SplitPattern> kSplitRows = [] {
    std::vector<SplitPattern> rows;
    rows.reserve(kRows.size());
    for (const BaseImageRow& row : kRows) rows.push_back(Split(row.pattern));
    return rows;
  }();
  for (size_t i = 0; i < kRows.size(); ++i)
    if (Matches(kSplitRows[i], repository, image)) return make(kRows[i].pattern, kRows[i].user);
  return std::nullopt;
}

const ImageRef& RootBase(const Document& doc, const Stage& stage) {
  const Stage* s = &stage;
  for (int guard = 0; s->base_stage >= 0 && guard < 1000; ++guard)
    s = &doc.stages[static_cast<size_t>(s->base_stage)];
  return s->base;
}

FinalBase FinalStageBase(const Document& doc, const BaseImageUsers& extra) {
  FinalBase out;
  const Stage* final_stage = doc.final_stage();
  if (!final_stage) return out;
  out.known = LookUpBaseImage(RootBase(doc, *final_stage), extra);
  out.windows = out.known && out.known->windows;
  const Stage* s = final_stage;
  for (int guard = 0; s && !out.windows && guard < 1000; ++guard) {
    auto [begin, end] = doc.StageInstructions(*s);
    for (const Instruction* i = begin; i != end; ++i) {
      if (!i->Is("SHELL") || !i->exec_form || i->exec.empty()) continue;
      // pwsh runs on Linux too; cmd and Windows PowerShell do not.
      std::string exe = AsciiLower(i->exec.front());
      if (const size_t sep = exe.find_last_of("/\\"); sep != std::string::npos)
        exe = exe.substr(sep + 1);
      if (exe == "cmd" || exe == "cmd.exe" || exe == "powershell" || exe == "powershell.exe")
        out.windows = true;
    }
    s = s->base_stage >= 0 ? &doc.stages[static_cast<size_t>(s->base_stage)] : nullptr;
  }
  return out;
}

bool IsExportStage(const Document& doc, const Stage& stage) {
  if (AsciiLower(RootBase(doc, stage).text) != "scratch") return false;
  const Stage* s = &stage;
  for (int guard = 0; s && guard < 1000; ++guard) {
    auto [begin, end] = doc.StageInstructions(*s);
    for (const Instruction* i = begin; i != end; ++i)
      if (i->Is("CMD") || i->Is("ENTRYPOINT")) return false;
    s = s->base_stage >= 0 ? &doc.stages[static_cast<size_t>(s->base_stage)] : nullptr;
  }
  return true;
}

}  // namespace k8slint::dockerfile
