// Mapping `helm template` output back to template lines (linter/helm/template_map.h).
#include <cstdint>
#include <boost/test/unit_test.hpp>

#include "linter/helm/template_map.h"

namespace k8slint::helm {
namespace {

const char* kTemplate =
    "apiVersion: apps/v1\n"                                                          // 1
    "kind: Deployment\n"                                                             // 2
    "metadata:\n"                                                                    // 3
    "  name: {{ .Release.Name }}-web\n"                                              // 4
    "spec:\n"                                                                        // 5
    "  template:\n"                                                                  // 6
    "    spec:\n"                                                                    // 7
    "      securityContext:\n"                                                       // 8
    "        {{- toYaml .Values.podSecurityContext | nindent 8 }}\n"                 // 9
    "      containers:\n"                                                            // 10
    "        - name: web\n"                                                          // 11
    "          image: \"{{ .Values.image.repository }}:{{ .Values.image.tag }}\"\n"  // 12
    "          {{- if .Values.probes }}\n"                                           // 13
    "          livenessProbe:\n"                                                     // 14
    "            httpGet:\n"                                                         // 15
    "              port: http\n"                                                     // 16
    "          {{- end }}\n"                                                         // 17
    "          securityContext:\n"                                                   // 18
    "            {{- toYaml .Values.securityContext | nindent 12 }}\n"               // 19
    "---\n"                                                                          // 20
    "apiVersion: v1\n"                                                               // 21
    "kind: Service\n"                                                                // 22
    "metadata:\n"                                                                    // 23
    "  name: {{ .Release.Name }}-web\n"                                              // 24
    "spec:\n"                                                                        // 25
    "  ports:\n"                                                                     // 26
    "    - port: {{ .Values.service.port }}\n";                                      // 27

const char* kRendered = "---\n"                                      // 1
                        "# Source: web/templates/service.yaml\n"     // 2
                        "apiVersion: v1\n"                           // 3
                        "kind: Service\n"                            // 4
                        "metadata:\n"                                // 5
                        "  name: rel-web\n"                          // 6
                        "spec:\n"                                    // 7
                        "  ports:\n"                                 // 8
                        "    - port: 80\n"                           // 9
                        "---\n"                                      // 10
                        "# Source: web/templates/deployment.yaml\n"  // 11
                        "apiVersion: apps/v1\n"                      // 12
                        "kind: Deployment\n"                         // 13
                        "metadata:\n"                                // 14
                        "  name: rel-web\n"                          // 15
                        "spec:\n"                                    // 16
                        "  template:\n"                              // 17
                        "    spec:\n"                                // 18
                        "      securityContext:\n"                   // 19
                        "        runAsUser: 0\n"                     // 20
                        "      containers:\n"                        // 21
                        "        - name: web\n"                      // 22
                        "          image: \"nginx:latest\"\n"        // 23
                        "          livenessProbe:\n"                 // 24
                        "            httpGet:\n"                     // 25
                        "              port: http\n"                 // 26
                        "          securityContext:\n"               // 27
                        "            privileged: true\n";            // 28

struct Case {
  uint32_t rendered_line, rendered_column;
  uint32_t template_line, template_column;
};

}  // namespace

BOOST_AUTO_TEST_SUITE(template_map)

BOOST_AUTO_TEST_CASE(source_comment_of_each_document) {
  RenderedOutput out(kRendered);
  BOOST_TEST(out.SourceOf(1) == "web/templates/service.yaml");
  BOOST_TEST(out.SourceOf(9) == "web/templates/service.yaml");
  BOOST_TEST(out.SourceOf(10) == "web/templates/deployment.yaml");
  BOOST_TEST(out.SourceOf(28) == "web/templates/deployment.yaml");
  BOOST_TEST(RenderedOutput("kind: Pod\n").SourceOf(1) == "");
}

BOOST_AUTO_TEST_CASE(lines_map_by_text_then_key_path) {
  RenderedOutput out(kRendered);
  const Case cases[] = {
      {22, 11, 11, 11},  // same text, same path: `- name: web` keeps its column
      {26, 21, 16, 21},  // same text inside an {{ if }}: the action line does not break nesting
      {23, 11, 12, 11},  // same key path, value rendered from values
      {20, 9, 8, 7},     // pasted by toYaml: the key whose line pastes it
      {28, 13, 18, 11},  // the container's securityContext, not the pod's
      {15, 3, 4, 3},     // metadata.name of the Deployment, not of the Service
      {13, 1, 2, 1},     // kind
  };
  for (const Case& c : cases) {
    const TemplatePosition p = out.Map(c.rendered_line, c.rendered_column, kTemplate);
    BOOST_TEST_CONTEXT("rendered line " << c.rendered_line) {
      BOOST_TEST(p.line == c.template_line);
      BOOST_TEST(p.column == c.template_column);
      BOOST_TEST(p.end_column >= p.column);
    }
  }
}

BOOST_AUTO_TEST_CASE(the_service_document_maps_into_the_service_part) {
  RenderedOutput out(kRendered);
  BOOST_TEST(out.Map(6, 3, kTemplate).line == 24u);  // Service metadata.name
  BOOST_TEST(out.Map(9, 7, kTemplate).line == 27u);  // ports[].port
}

BOOST_AUTO_TEST_CASE(no_match_is_line_zero) {
  RenderedOutput out(kRendered);
  BOOST_TEST(out.Map(20, 9, "# only a comment\n").line == 0u);
  BOOST_TEST(RenderedOutput("").Map(1, 1, kTemplate).line == 0u);
}

BOOST_AUTO_TEST_CASE(key_lines_track_list_items) {
  const std::vector<KeyLine> lines = KeyLines("a:\n  - b: 1\n    c: 2\n  - d\n");
  BOOST_REQUIRE_EQUAL(lines.size(), 4u);
  BOOST_TEST((lines[1].path == std::vector<std::string>{"a", "-", "b"}));
  BOOST_TEST((lines[2].path == std::vector<std::string>{"a", "-", "c"}));
  BOOST_TEST((lines[3].path == std::vector<std::string>{"a", "-"}));
  BOOST_TEST(lines[3].key == "");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace k8slint::helm
