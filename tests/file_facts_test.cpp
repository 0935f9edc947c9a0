// Issue 13, item 5: the project keeps only files whose FileFacts::has_facts() is true, so a
// kind of fact that has_facts() does not count silently drops its files from every
// cross-file rule (the first try at the sparse FileTable lost every .dockerignore, which
// DF012 reads). Each member must make has_facts() true on its own.
#include <boost/test/unit_test.hpp>

#include <cstdint>

#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "linter/core/config.h"
#include "linter/project/facts.h"
#include "linter/project/file_table.h"
#include "linter/project/project.h"

namespace k8slint::project {
namespace {

// A member added to FileFacts changes its size (on the x86-64 Linux builds CI runs): count
// it in has_facts() and in kEachFact below, then update this number.
static_assert(sizeof(void*) != 8 || sizeof(FileFacts) == 88,
              "FileFacts changed: count the new member in has_facts() and in kEachFact");

const std::vector<std::pair<std::string, std::function<void(FileFacts&)>>> kEachFact = {
    {"dockerfile", [](FileFacts& f) { f.dockerfile = std::make_unique<DockerfileFacts>(); }},
    {"workloads", [](FileFacts& f) { f.mutable_manifest().workloads.emplace_back(); }},
    {"services", [](FileFacts& f) { f.mutable_manifest().services.emplace_back(); }},
    {"ingresses", [](FileFacts& f) { f.mutable_manifest().ingresses.emplace_back(); }},
    {"config_objects", [](FileFacts& f) { f.mutable_manifest().config_objects.emplace_back(); }},
    {"values", [](FileFacts& f) { f.values.emplace_back(); }},
    {"chart", [](FileFacts& f) { f.chart = std::make_unique<ChartFact>(); }},
    {"env_template", [](FileFacts& f) { f.env_template = true; }},
    {"env_keys", [](FileFacts& f) { f.env_keys.emplace_back(); }},
    {"builds", [](FileFacts& f) { f.mutable_build().builds.emplace_back(); }},
    {"chart_template",
     [](FileFacts& f) { f.chart_template = std::make_unique<ChartTemplateFacts>(); }},
    {"targets", [](FileFacts& f) { f.mutable_build().targets.emplace_back(); }},
    {"dockerignore", [](FileFacts& f) { f.dockerignore = std::make_unique<DockerignoreFacts>(); }},
    {"compose_builds", [](FileFacts& f) { f.mutable_build().compose_builds.emplace_back(); }},
};

BOOST_AUTO_TEST_SUITE(file_facts)

BOOST_AUTO_TEST_CASE(every_kind_of_fact_keeps_its_file_in_the_project) {
  BOOST_TEST(!FileFacts{}.has_facts());
  for (const auto& [name, set] : kEachFact) {
    FileFacts f;
    set(f);
    BOOST_TEST_CONTEXT(name) { BOOST_TEST(f.has_facts()); }
  }
}

BOOST_AUTO_TEST_CASE(the_table_visits_only_files_with_facts_in_input_order) {
  FileTable table(5);
  for (const uint32_t i : {3u, 1u}) {
    FileFacts f;
    f.index = i;
    f.path = "f" + std::to_string(i);
    table.Put(std::move(f));
  }
  std::string seen;
  for (const FileFacts& f : table) seen += f.path + " ";
  BOOST_TEST(seen == "f1 f3 ");
  BOOST_TEST(table.has(3));
  BOOST_TEST(!table.has(2));
  BOOST_TEST(!table.has(9));
  BOOST_TEST(table[3].path == "f3");
  BOOST_TEST(table.size() == 5u);
  BOOST_TEST(!table.walked());
}

// One EnvKey per key of every .env.example is kept for the run: its port, when it has
// one, fits beside its place (port 0 is a port, not none), and its key is a pooled text.
static_assert(sizeof(void*) != 8 || sizeof(EnvKey) == 32, "EnvKey grew");

// One EnvRef per env var of every container, and the containers themselves, are kept for
// the run: members ordered so that no padding sits between them.
static_assert(sizeof(void*) != 8 || sizeof(EnvRef) == 56, "EnvRef grew");
static_assert(sizeof(void*) != 8 || sizeof(ContainerFact) == 216, "ContainerFact grew");

BOOST_AUTO_TEST_CASE(a_containers_image_parts_are_read_from_its_image) {
  ContainerFact c;
  c.image = std::string("ghcr.io/acme/web:1.2@sha256:abc");
  const ImageRef ref = c.image_ref();
  BOOST_TEST(ref.registry == "ghcr.io");
  BOOST_TEST(ref.repository == "acme/web");
  BOOST_TEST(ref.tag == "1.2");
  BOOST_TEST(ref.digest == "sha256:abc");
  c.image = std::string("{{ .Values.image.repository }}:{{ .Values.image.tag }}");
  c.image_templated = true;  // as the YAML model leaves its image_ref empty
  BOOST_TEST(c.image_ref().repository.empty());
  BOOST_TEST(c.image_ref().tag.empty());
}

// The facts of a large tree repeat a few texts thousands of times (label keys, env var
// names, .dockerignore patterns): the table keeps one copy of each (FileTable::Put interns them).
BOOST_AUTO_TEST_CASE(the_table_keeps_one_copy_of_equal_texts) {
  FileTable table(2);
  for (const uint32_t i : {0u, 1u}) {
    FileFacts f;
    f.index = i;
    f.env_template = true;
    f.env_keys.push_back({std::string("AWS_SECRET_ACCESS_KEY"), {}, std::nullopt});
    Workload w;
    w.labels.emplace_back(std::string("app.kubernetes.io/name"), std::string("web"));
    f.mutable_manifest().workloads.push_back(std::move(w));
    table.Put(std::move(f));
  }
  BOOST_TEST(table[0].env_keys[0].key.SharesWith(table[1].env_keys[0].key));
  BOOST_TEST(
      table[0].workloads()[0].labels[0].first.SharesWith(table[1].workloads()[0].labels[0].first));
  BOOST_TEST(table[1].workloads()[0].labels[0].second == "web");
}

BOOST_AUTO_TEST_CASE(a_port_number_is_a_number_or_none) {
  BOOST_TEST(!PortNumber());
  BOOST_TEST(!PortNumber(std::nullopt).has_value());
  BOOST_TEST(static_cast<bool>(PortNumber(0)));
  BOOST_TEST(*PortNumber(0) == 0);
  BOOST_TEST(*PortNumber(99999) == 99999);
  EnvKey k{"PORT", {}, std::nullopt};
  BOOST_TEST(!k.port_value);
  k.port_value = 8080;
  BOOST_TEST((k.port_value && *k.port_value == 8080));
}

// A chart's NOTES.txt or _helpers.tpl has facts only for its chart, merged per chart when
// the project is built: the table holds them apart and keeps no FileFacts for the file, so
// no project finding may be routed to it and its suppressions are judged with the file
// (KeepSuppressions). Half the files with facts at the benchmark's scale 1000.
BOOST_AUTO_TEST_CASE(a_file_with_only_chart_template_facts_has_no_slot_in_the_project) {
  FileFacts notes;
  notes.chart_template = std::make_unique<ChartTemplateFacts>();
  BOOST_TEST(notes.has_facts());
  BOOST_TEST(!notes.has_located_facts());
  for (const auto& [name, set] : kEachFact) {
    if (name == "chart_template") continue;
    FileFacts f;
    set(f);
    BOOST_TEST_CONTEXT(name) { BOOST_TEST(f.has_located_facts()); }
  }

  FileTable table(3);
  FileFacts values;
  values.index = 0;
  values.path = "chart/values.yaml";
  values.values.emplace_back();
  table.Put(std::move(values));
  for (const uint32_t i : {1u, 2u}) {
    FileFacts t;
    t.index = i;
    t.path = i == 1 ? "chart/templates/NOTES.txt" : "chart/templates/deployment.yaml";
    t.chart_template = std::make_unique<ChartTemplateFacts>();
    t.chart_template->chart_folder = "chart";
    t.chart_template->container_port_values = {i == 1 ? "" : "service.port"};
    if (i == 2)
      t.mutable_manifest().workloads.emplace_back();  // a template that is also a manifest stays
    table.Put(std::move(t));
  }
  BOOST_TEST(table.has(0));
  BOOST_TEST(!table.has(1));
  BOOST_TEST(table.has(2));
  BOOST_TEST(!table[2].chart_template);
  BOOST_TEST(table.templates().size() == 3u);
  BOOST_TEST((table.templates()[1] && table.templates()[2] && !table.templates()[0]));
  const Config config;
  const Project p(std::move(table), config);
  BOOST_TEST(p.files().has(0));
  BOOST_TEST(!p.files().has(1));
  BOOST_TEST(p.files().has(2));
  BOOST_TEST(p.files().templates().empty());  // merged, then freed
  const ChartTemplateFacts* merged = p.TemplatesOfValues(0);
  BOOST_REQUIRE(merged);
  BOOST_TEST(merged->container_port_values.size() == 2u);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace k8slint::project
