#include <doctest/doctest.h>

#include "html_support.hpp"
#include "informe/io.hpp"

using namespace informe;

namespace {

report hostile_report() {
  report r;
  r.cutoff_date = partial_date{2009, 6, 30};
  r.program = "<script>alert(1)</script>";
  r.ministry = "\"comillas\" & 'apóstrofo' <b>negrita</b>";
  r.service = "{{title}} {{{labels.title}}} {{#rows}}x{{/rows}} {{> page}}";
  r.program_status = "A&amp;B";
  r.observation = rich_text::paragraph("</p></dd></dl><img src=x onerror=alert(1)>");
  row x;
  x.number = "7\" onclick=\"alert(1)";
  x.recommendation = rich_text::paragraph("<b>negrita</b> & más");
  x.responsible = "A&B <i>C</i>";
  x.commitment = rich_text::paragraph("Texto ' con \" comillas");
  x.due_text = "Dic. 2000 <br>";
  x.due = partial_date{2000, 12, 0};
  x.compliance = rich_text::paragraph("]]> <!-- comentario -->");
  x.status = compliance_status::not_fulfilled;
  x.status_text = "<i>No cumplido</i>";
  x.verification.add_list({"</td></tr></table><script>x</script>", "&lt;ya escapado&gt;"});
  r.rows.push_back(x);
  return r;
}

}  // namespace

TEST_CASE("values show as text in element content, whatever they hold") {
  const report r = hostile_report();
  const std::string html = test::render_html(r);
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("<b>") == std::string::npos);
  CHECK(html.find("<i>") == std::string::npos);
  CHECK(html.find("<img") == std::string::npos);
  CHECK(html.find("<!-- comentario") == std::string::npos);
  CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
  CHECK(html.find("A&amp;amp;B") != std::string::npos);

  test::parse_errors errors;
  auto doc = test::parse_xml(html, errors);
  REQUIRE(doc);
  CHECK(errors.messages.empty());
  CHECK(test::select(doc.get(), "//h:script").empty());
  CHECK(test::select(doc.get(), "//h:b | //h:i | //h:img").empty());
  auto field = [&](const std::string& name) {
    auto nodes = test::select(doc.get(), "//*[@data-field='" + name + "']");
    REQUIRE(nodes.size() == 1);
    return test::text_of(nodes[0]);
  };
  CHECK(field("program") == r.program);
  CHECK(field("ministry") == r.ministry);
  CHECK(field("program_status") == r.program_status);
  CHECK(field("observation") == r.observation.plain_text());
  CHECK(field("recommendation") == r.rows[0].recommendation.plain_text());
  CHECK(field("responsible") == r.rows[0].responsible);
  CHECK(field("commitment") == r.rows[0].commitment.plain_text());
  CHECK(field("due") == r.rows[0].due_text);
  CHECK(field("compliance") == r.rows[0].compliance.plain_text());
  CHECK(field("status") == r.rows[0].status_text);
  CHECK(field("verification") == r.rows[0].verification.plain_text(""));
}

TEST_CASE("values never become template source") {
  const report r = hostile_report();
  const std::string html = test::render_html(r);
  test::parse_errors errors;
  auto doc = test::parse_xml(html, errors);
  REQUIRE(doc);
  auto service = test::select(doc.get(), "//*[@data-field='service']");
  REQUIRE(service.size() == 1);
  // Mustache tags in values are printed as they are: not expanded, not used as partials.
  CHECK(test::text_of(service[0]) == r.service);
}

TEST_CASE("values are escaped in attribute context") {
  const report r = hostile_report();
  const std::string html = test::render_html(r);
  CHECK(html.find("data-number=\"7&quot; onclick=&quot;alert(1)\"") != std::string::npos);
  test::parse_errors errors;
  auto doc = test::parse_xml(html, errors);
  REQUIRE(doc);
  CHECK(errors.messages.empty());
  auto rows = test::select(doc.get(), "//h:tbody/h:tr");
  REQUIRE(rows.size() == 1);
  CHECK(test::attribute(rows[0], "data-number") == r.rows[0].number);
  CHECK(test::select(doc.get(), "//@onclick | //@onerror").empty());
  auto number = test::select(doc.get(), "//h:th[@data-field='number']");
  REQUIRE(number.size() == 1);
  CHECK(test::text_of(number[0]) == r.rows[0].number);

  // Labels are data too: a label with quotes stays inside its attribute.
  auto dir = test::scratch_dir("attr-labels");
  std::filesystem::create_directories(dir / "common");
  test::write_file((dir / "common" / "labels.json").string(),
                   R"J({"number_long": "N\u00famero\" title=\"x\" onmouseover=\"alert(1)"})J");
  write_options options;
  options.template_dir = dir.string();
  const std::string custom = test::render_html(r, options);
  test::parse_errors custom_errors;
  auto custom_doc = test::parse_xml(custom, custom_errors);
  REQUIRE(custom_doc);
  CHECK(custom_errors.messages.empty());
  CHECK(test::select(custom_doc.get(), "//@onmouseover").empty());
  auto abbr = test::select(custom_doc.get(), "//h:abbr");
  REQUIRE(abbr.size() == 1);
  CHECK(test::attribute(abbr[0], "title") == "Número\" title=\"x\" onmouseover=\"alert(1)");
  std::filesystem::remove_all(dir);
}

TEST_CASE("control characters never reach the output") {
  report r;
  r.program = std::string("uno\x01" "dos\x7F" "tres\xC2\x85" "cuatro");
  const std::string html = test::render_html(r);
  CHECK(html.find('\x01') == std::string::npos);
  CHECK(html.find('\x7F') == std::string::npos);
  CHECK(html.find("uno\xEF\xBF\xBD" "dos\xEF\xBF\xBD" "tres\xEF\xBF\xBD" "cuatro") != std::string::npos);
  test::parse_errors errors;
  auto doc = test::parse_xml(html, errors);
  CHECK(doc);
  CHECK(errors.messages.empty());
}

TEST_CASE("a hostile report's HTML still passes tidy") {
  REQUIRE_MESSAGE(test::have_program("tidy"), "tidy is missing (scripts/packages.txt)");
  auto dir = test::scratch_dir("tidy-hostile");
  const auto path = (dir / "hostile.html").string();
  test::write_file(path, test::render_html(hostile_report()));
  std::string out;
  const int status = test::run("tidy -q -e '" + path + "' 2>&1", out);
  INFO(out);
  CHECK(status == 0);
  std::filesystem::remove_all(dir);
}
