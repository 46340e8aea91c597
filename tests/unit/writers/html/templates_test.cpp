#include <doctest/doctest.h>

#include <filesystem>

#include "html_support.hpp"
#include "writers/html/mustache_template.hpp"
#include "informe/diagnostics.hpp"
#include "informe/io.hpp"
#include "informe/templates.hpp"
#include "seed_report.hpp"

using namespace informe;
namespace fs = std::filesystem;

namespace {

// Renders with `files` (name -> text) over the defaults; returns the error thrown, if any.
std::optional<error> render_error(const std::vector<std::pair<std::string, std::string>>& files, fs::path& dir) {
  dir = test::scratch_dir("broken");
  for (const auto& [name, text] : files) {
    fs::create_directories((dir / name).parent_path());
    test::write_file((dir / name).string(), text);
  }
  write_options options;
  options.template_dir = dir.string();
  try {
    test::render_html(test::seed_report(), options);
  } catch (const error& e) {
    return e;
  }
  return std::nullopt;
}

}  // namespace

TEST_CASE("a custom template directory changes the output, file by file") {
  const report seed = test::seed_report();
  const std::string standard = test::render_html(seed);
  auto dir = test::scratch_dir("custom");
  fs::create_directories(dir / "html");
  fs::create_directories(dir / "common");
  test::write_file((dir / "html" / "footer.mustache").string(),
                   "<footer class=\"mine\"><p>Pie propio: {{program}} ({{summary.total}} filas)</p></footer>\n");
  // A partial labels file: the other labels keep their built-in text.
  test::write_file((dir / "common" / "labels.json").string(), R"({"column_recommendation": "Recomendación del panel"})");
  write_options options;
  options.template_dir = dir.string();
  const std::string custom = test::render_html(seed, options);

  CHECK(custom != standard);
  CHECK(custom.find("<footer class=\"mine\"><p>Pie propio: Fomento a la Microempresa (13 filas)</p></footer>") !=
        std::string::npos);
  CHECK(standard.find("Pie propio") == std::string::npos);
  CHECK(custom.find("<th scope=\"col\">Recomendación del panel</th>") != std::string::npos);
  CHECK(custom.find("<th scope=\"col\">Compromiso</th>") != std::string::npos);
  // The rest is the built-in templates.
  CHECK(custom.find("<table class=\"commitments\">") != std::string::npos);

  // A new CSS file replaces the built-in one.
  test::write_file((dir / "html" / "style.css").string(), "body { color: teal; }\n");
  const std::string restyled = test::render_html(seed, options);
  CHECK(restyled.find("body { color: teal; }") != std::string::npos);
  CHECK(restyled.find("@page") == std::string::npos);
  fs::remove_all(dir);
}

TEST_CASE("template mistakes name the file and line") {
  fs::path dir;
  SUBCASE("unclosed section") {
    auto e = render_error({{"html/page.mustache", "<!DOCTYPE html>\n<html>\n<body>{{#rows}}\n<p>x</p>\n</body></html>\n"}}, dir);
    REQUIRE(e);
    CHECK(e->file() == (dir / "html" / "page.mustache").string());
    CHECK(e->where().line == 3);
    CHECK(e->where().column == 7);
    CHECK(e->message().find("unclosed section \"rows\"") != std::string::npos);
    CHECK(e->to_string().rfind((dir / "html" / "page.mustache").string() + ":3:7: error: ", 0) == 0);
  }
  SUBCASE("missing partial, in a partial") {
    auto e = render_error({{"html/row.mustache", "<tr>\n<td>{{number}}</td>\n  {{> celda}}\n</tr>\n"}}, dir);
    REQUIRE(e);
    CHECK(e->file() == (dir / "html" / "row.mustache").string());
    CHECK(e->where().line == 3);
    CHECK(e->message().find("partial \"celda\" not found") != std::string::npos);
  }
  SUBCASE("mismatched section end") {
    auto e = render_error({{"html/header.mustache", "<header>\n{{#cutoff_date}}\n<p>{{long}}</p>\n{{/issued_at}}\n</header>\n"}}, dir);
    REQUIRE(e);
    CHECK(e->file() == (dir / "html" / "header.mustache").string());
    CHECK(e->where().line == 4);
    CHECK(e->message().find("\"cutoff_date\" (line 2)") != std::string::npos);
  }
  SUBCASE("section end without a section") {
    auto e = render_error({{"html/footer.mustache", "<footer>\n\n{{/rows}}</footer>\n"}}, dir);
    REQUIRE(e);
    CHECK(e->where().line == 3);
  }
  SUBCASE("unclosed tag") {
    auto e = render_error({{"html/summary.mustache", "<section>\n<h2>{{labels.summary</h2>\n</section>\n"}}, dir);
    REQUIRE(e);
    CHECK(e->file() == (dir / "html" / "summary.mustache").string());
    CHECK(e->where().line == 2);
    CHECK(e->message().find("unclosed tag") != std::string::npos);
  }
  SUBCASE("a partial that includes itself") {
    auto e = render_error({{"html/footer.mustache", "<footer>\n{{> footer}}\n</footer>\n"}}, dir);
    REQUIRE(e);
    CHECK(e->where().line == 2);
    CHECK(e->message().find("includes itself") != std::string::npos);
  }
  SUBCASE("a broken labels file") {
    auto e = render_error({{"common/labels.json", "{\n  \"title\": \"x\",\n  nope\n}\n"}}, dir);
    REQUIRE(e);
    CHECK(e->file() == (dir / "common" / "labels.json").string());
    CHECK(e->where().line == 3);
  }
  fs::remove_all(dir);
}

TEST_CASE("partials: delimiters, folders and extensions") {
  auto dir = test::scratch_dir("partials");
  fs::create_directories(dir / "html" / "parts");
  test::write_file((dir / "html" / "page.mustache").string(),
                   "{{=<% %>=}}<p><% title %></p><%> parts/one%><p><% lang %></p>");
  test::write_file((dir / "html" / "parts" / "one.mustache").string(), "[{{program}}]{{=| |=}}|> two.txt|(|service|)");
  test::write_file((dir / "html" / "parts" / "two.txt").string(), "<{{ministry}}>");
  template_set templates(dir.string());
  detail::mustache_template page(templates, "html/page.mustache");
  nlohmann::json view = {{"title", "T"}, {"lang", "es"}, {"program", "P"}, {"service", "S"}, {"ministry", "M"}};
  CHECK(page.render(view) == "<p>T</p>[P]<M>(S)<p>es</p>");
  fs::remove_all(dir);
}

TEST_CASE("html_escape covers text and quoted attributes") {
  CHECK(detail::html_escape("a<b>&\"c\"'d'") == "a&lt;b&gt;&amp;&quot;c&quot;&#39;d&#39;");
  CHECK(detail::html_escape("ñandú €") == "ñandú €");
}
