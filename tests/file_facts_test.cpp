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

#include "linter/project/facts.h"
#include "linter/project/file_table.h"

namespace k8slint::project {
namespace {

// A member added to FileFacts changes its size (on the x86-64 Linux builds CI runs): count
// it in has_facts() and in kEachFact below, then update this number.
static_assert(sizeof(void*) != 8 || sizeof(FileFacts) == 136,
              "FileFacts changed: count the new member in has_facts() and in kEachFact");

const std::vector<std::pair<std::string, std::function<void(FileFacts&)>>> kEachFact = {
    {"dockerfile", [](FileFacts& f) { f.dockerfile = std::make_unique<DockerfileFacts>(); }},
    {"workloads", [](FileFacts& f) { f.workloads.emplace_back(); }},
    {"services", [](FileFacts& f) { f.services.emplace_back(); }},
    {"ingresses", [](FileFacts& f) { f.ingresses.emplace_back(); }},
    {"config_objects", [](FileFacts& f) { f.config_objects.emplace_back(); }},
    {"values", [](FileFacts& f) { f.values.emplace_back(); }},
    {"chart", [](FileFacts& f) { f.chart = std::make_unique<ChartFact>(); }},
    {"env_template", [](FileFacts& f) { f.env_template = true; }},
    {"env_keys", [](FileFacts& f) { f.env_keys.emplace_back(); }},
    {"builds", [](FileFacts& f) { f.builds.emplace_back(); }},
    {"chart_template",
     [](FileFacts& f) { f.chart_template = std::make_unique<ChartTemplateFacts>(); }},
    {"targets", [](FileFacts& f) { f.targets.emplace_back(); }},
    {"dockerignore", [](FileFacts& f) { f.dockerignore = std::make_unique<DockerignoreFacts>(); }},
    {"compose_builds", [](FileFacts& f) { f.compose_builds.emplace_back(); }},
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

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace k8slint::project
