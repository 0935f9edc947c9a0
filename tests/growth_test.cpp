// Issue 13: no input makes the work superlinear. Each case generates an input along one
// dimension (documents, Services and pods, findings per line, lines, nesting, keys per
// map) at two sizes, lints it with every rule on, and asserts that doubling the input at
// most about doubles the work. Work is counted, not timed: bytes allocated (every copy of
// a line or a name, every node) plus k8slint::work::units (bytes hashed, index lookups),
// so the test is deterministic and fails on a quadratic path however fast the machine.
#include <cstdint>
#include <boost/test/unit_test.hpp>

#include <cstdlib>
#include <functional>
#include <new>
#include <string>
#include <utility>
#include <vector>

#include "linter/core/source.h"
#include "linter/core/work.h"
#include "linter/engine/engine.h"
#include "rules/registry.h"

namespace {
thread_local uint64_t allocated = 0;
}  // namespace

// Counting allocations needs the replaceable global operator new; the nothrow and array
// forms end up here (libstdc++), and the default operator delete frees with free().
// AddressSanitizer owns new and delete (and reports malloc/delete as a mismatch), so the
// sanitized build (scripts/sanitize.sh), which leaves this suite out, keeps its own. GCC
// says so with __SANITIZE_ADDRESS__, clang 14 only through __has_feature.
#if defined(__SANITIZE_ADDRESS__)
#define K8SLINT_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define K8SLINT_ASAN 1
#endif
#endif
#ifndef K8SLINT_ASAN
void* operator new(std::size_t n) {
  allocated += n;
  if (void* p = std::malloc(n ? n : 1)) return p;
  throw std::bad_alloc();
}
#endif

namespace k8slint::testing {
namespace {

using Generator = std::function<std::string(size_t)>;

struct Case {
  const char* name;
  const char* path;
  Generator make;
  size_t n;  // the smaller size; the larger is 2n
};

std::string Repeat(size_t n, const std::function<std::string(size_t)>& part) {
  std::string out;
  for (size_t i = 0; i < n; ++i) out += part(i);
  return out;
}

std::string Num(size_t i) { return std::to_string(i); }

// The work of linting `text` as `path` with every rule on and the given caps.
class Meter {
 public:
  explicit Meter(uint32_t per_rule, uint32_t per_line) {
    std::unique_ptr<Registry> all;
    BOOST_REQUIRE(BuildRegistry(Config{}, &all).ok());
    std::vector<std::string> ids;
    for (const auto& r : all->rules()) ids.emplace_back(r->meta().id);
    config_.only = ids;
    config_.today = "2026-01-01";
    config_.max_findings_per_rule = per_rule;
    config_.max_findings_per_line = per_line;
    BOOST_REQUIRE(BuildRegistry(config_, &registry_).ok());
    engine_ = std::make_unique<Engine>(*registry_, config_);
  }
  std::vector<Finding> Lint(const std::string& path, const std::string& text) {
    const SourceFile source(
        path, KindFromPath(path, path.find("values") != std::string::npos, false), text);
    return engine_->LintSources({&source});
  }
  uint64_t Work(const std::string& path, const std::string& text, size_t* findings = nullptr) {
    const SourceFile source(
        path, KindFromPath(path, path.find("values") != std::string::npos, false), text);
    const uint64_t a0 = allocated, w0 = work::units;
    const std::vector<Finding> out = engine_->LintSources({&source});
    if (findings) *findings = out.size();
    return (allocated - a0) + (work::units - w0);
  }

 private:
  Config config_;
  std::unique_ptr<Registry> registry_;
  std::unique_ptr<Engine> engine_;
};

void ExpectLinear(Meter& meter, const Case& c) {
  const std::string small = c.make(c.n), large = c.make(2 * c.n);
  meter.Work(c.path, small);  // first use compiles patterns and fills caches
  size_t fs = 0, fl = 0;
  const uint64_t ws = meter.Work(c.path, small, &fs);
  const uint64_t wl = meter.Work(c.path, large, &fl);
  BOOST_TEST_INFO(c.name << ": " << small.size() << " -> " << large.size() << " bytes, work " << ws
                         << " -> " << wl << ", findings " << fs << " -> " << fl);
  // About double: 2x plus room for a container's geometric growth landing on the other
  // side of a doubling.
  BOOST_TEST(wl <= ws * 2 + ws / 4);
}

std::vector<Case> Cases() {
  const auto deployment = [](size_t i) {
    return "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web" + Num(i) +
           "\nspec:\n  selector:\n    matchLabels:\n      app: web" + Num(i) +
           "\n  template:\n    metadata:\n      labels:\n        app: web" + Num(i) +
           "\n    spec:\n      containers:\n        - name: web\n          image: nginx:latest\n"
           "          ports:\n            - containerPort: 8080\n---\n";
  };
  const auto service = [](size_t i) {
    return "apiVersion: v1\nkind: Service\nmetadata:\n  name: web" + Num(i) +
           "\nspec:\n  selector:\n    app: web" + Num(i) +
           "\n  ports:\n    - port: 80\n      targetPort: 8080\n---\n";
  };
  return {
      // YAML manifests.
      {"documents per file", "deploy/all.yaml", [=](size_t n) { return Repeat(n, deployment); },
       200},
      {"Services and pods per file", "deploy/all.yaml",
       [=](size_t n) {
         return Repeat(n, [&](size_t i) { return deployment(i) + service(i) + service(i + n); });
       },
       200},
      {"keys per map", "deploy/config.yaml",
       [](size_t n) {
         return "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n" +
                Repeat(n, [](size_t i) { return "  KEY_" + Num(i) + ": value-" + Num(i) + "\n"; });
       },
       2000},
      {"nesting depth", "deploy/nested.yaml",
       [](size_t n) {
         std::string body = "apiVersion: example.com/v1\nkind: Deep\nmetadata:\n  name: d\nspec:\n";
         std::string indent = "  ";
         for (size_t i = 0; i < n; ++i, indent += " ") body += indent + "k" + Num(i) + ":\n";
         return body;
       },
       300},
      {"findings per line (flow YAML)", "deploy/flow.yaml",
       [](size_t n) {
         return "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {containers: [" +
                Repeat(n,
                       [](size_t i) {
                         return std::string(i ? ", " : "") + "{name: c" + Num(i) +
                                ", image: nginx}";
                       }) +
                "]}\n";
       },
       300},
      {"values keys per map", "chart/values.yaml",
       [](size_t n) {
         return Repeat(n, [](size_t i) {
           return "svc" + Num(i) + ":\n  image:\n    repository: nginx\n    tag: latest\n";
         });
       },
       1000},
      // Dockerfiles.
      {"Dockerfile lines per file", "Dockerfile",
       [](size_t n) {
         return "FROM alpine:3.20\n" + Repeat(n, [](size_t) { return "RUN true\n"; });
       },
       4000},
      {"Dockerfile stages", "Dockerfile",
       [](size_t n) {
         return Repeat(n, [](size_t i) {
           return "FROM node:20 AS s" + Num(i) + "\nRUN npm install\nCOPY . .\n";
         });
       },
       500},
      {"Dockerfile findings per line", "Dockerfile",
       [](size_t n) {
         return "FROM ubuntu:22.04\nRUN " +
                Repeat(n,
                       [](size_t i) {
                         return std::string(i ? " && " : "") + "apt-get install -y pkg" + Num(i);
                       }) +
                "\n";
       },
       1000},
      // .env files.
      {".env lines per file", ".env",
       [](size_t n) { return Repeat(n, [](size_t i) { return "KEY_" + Num(i) + "=v\n"; }); }, 4000},
      // PowerShell.
      {"PowerShell lines per file", "deploy.ps1",
       [](size_t n) { return Repeat(n, [](size_t) { return "Get-Item x\n"; }); }, 4000},
      {"PowerShell findings per line", "deploy.ps1",
       [](size_t n) {
         return Repeat(n, [](size_t i) { return std::string(i ? " && " : "") + "Get-Item x"; }) +
                "\n";
       },
       2000},
      {"PowerShell nesting depth", "deploy.ps1",
       [](size_t n) {
         return "$a = " + std::string(n, '(') + "1" + std::string(n, ')') + "\n" +
                "$b = " + Repeat(n, [](size_t) { return "@{a="; }) + "1" + std::string(n, '}') +
                "\n";
       },
       2000},
      {"PowerShell keys per hashtable", "deploy.ps1",
       [](size_t n) {
         return "$h = @{\n" + Repeat(n, [](size_t i) { return "  k" + Num(i) + " = 'v'\n"; }) +
                "}\n";
       },
       2000},
      // Markdown.
      {"markdown fences per file", "README.md",
       [](size_t n) {
         return Repeat(n, [](size_t i) {
           return "Step " + Num(i) + ":\n\n```powershell\nexport A=1\nkubectl get pods\n```\n\n";
         });
       },
       500},
  };
}

BOOST_AUTO_TEST_SUITE(growth)

BOOST_AUTO_TEST_CASE(doubling_the_input_at_most_doubles_the_work) {
  Meter meter(1000, 20);
  for (const Case& c : Cases()) ExpectLinear(meter, c);
}

// Without caps every finding is kept: fingerprints of many findings on one long line must
// still cost the line once (they copied and hashed it per finding).
BOOST_AUTO_TEST_CASE(uncapped_findings_on_one_line_cost_the_line_once) {
  Meter meter(0, 0);
  for (const Case& c : Cases())
    if (std::string_view(c.name).find("findings per line") != std::string_view::npos)
      ExpectLinear(meter, c);
}

// Messages quote names, images, paths and commands through Excerpt: a finding on a 20 KB
// name costs a bounded message (they quoted the whole field, some of them twice).
BOOST_AUTO_TEST_CASE(messages_quote_long_source_text_bounded) {
  Meter meter(0, 0);
  const std::string l(20000, 'x'), u(20000, 'Y');
  const std::vector<std::pair<std::string, std::string>> inputs = {
      {"Dockerfile", "FROM registry.example.com/" + l + ":latest AS build\nFROM " + l +
                         "\nWORKDIR " + l + "\nUSER " + l + "\nRUN apt-get install -y " + l +
                         " && pip install " + l + "\n"},
      {"deploy.ps1", "export " + u + "=1\n" + u + "=1 kubectl get pods\nif [ -f " + l +
                         " ]; then echo ok; fi\necho ${" + u + ":-" + l + "}\ncat <<" + u +
                         "\nx\n" + u + "\ncase $" + u + " in\nfor f in $" + u + " $" + u +
                         "; do\n"},
      {"deploy/pod.yaml", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: " + l +
                              "\n  labels: {app: web}\nspec:\n  containers:\n  - name: " + l +
                              "\n    image: " + l + ":latest\n    resources: {limits: {cpu: " + l +
                              "}}\n    ports: [{containerPort: " + "80, name: " + l +
                              "}]\n---\napiVersion: v1\nkind: Service\nmetadata: {name: " + l +
                              "}\nspec: {selector: {app: web}, ports: [{port: 80}]}\n"},
  };
  for (const auto& [path, text] : inputs) {
    const std::vector<Finding> findings = meter.Lint(path, text);
    BOOST_TEST(findings.size() >= 4u, path << ": " << findings.size() << " findings");
    for (const Finding& f : findings)
      BOOST_TEST(f.message.size() <= 600u, path << ": " << f.message.substr(0, 120) << "... ("
                                                << f.message.size() << " bytes)");
  }
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace k8slint::testing
