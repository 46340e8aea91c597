#include <doctest/doctest.h>

#include <string>

#include "grammar/html_fragments.hpp"
#include "grammar/paragraphs.hpp"

using namespace informe;
using namespace informe::detail;

namespace {

rich_text parse(std::string_view html, std::vector<html_problem>* problems = nullptr) {
  cell c;
  std::vector<html_problem> local;
  append_html_fragments(c, html, {1, 1, 0}, problems ? *problems : local);
  return to_rich_text(c.fragments);
}

}  // namespace

TEST_CASE("inline HTML to fragments with libxml2") {
  rich_text want = rich_text::paragraph("Uno dos & tres é.");
  want.add_list({"a", "b c"});
  want.add_paragraph("fin");
  CHECK(parse("<p>Uno <b>dos</b> &amp; tres &eacute;.</p><ul><li>- a</li><li>b <i>c</i></ul>fin") == want);
  CHECK(parse("antes<script>var x = '<p>';</script>despu&#233;s") == rich_text::paragraph("antesdespués"));
  rich_text two = rich_text::paragraph("Una frase.");
  two.add_paragraph("Otra.");
  CHECK(parse("Una frase.<br>Otra.") == two);
  CHECK(parse("sin punto<br>sigue") == rich_text::paragraph("sin punto sigue"));
}

TEST_CASE("text positions are byte columns of the source line") {
  cell c;
  std::vector<html_problem> problems;
  append_html_fragments(c, "<p>abc</p> <u>def</u>", {7, 10, 0}, problems);
  std::vector<source_position> at;
  for (const auto& f : c.fragments)
    if (f.type == fragment::kind::text && f.text.find_first_not_of(' ') != std::string::npos) at.push_back(f.where);
  REQUIRE(at.size() == 2);
  CHECK(at[0] == source_position{7, 13, 0});  // "abc" at byte 3
  CHECK(at[1] == source_position{7, 24, 0});  // "def" at byte 14
}

TEST_CASE("problems are captured with positions, never printed") {
  std::vector<html_problem> problems;
  parse("<p>a</q>b", &problems);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].message.find("Unexpected end tag") != std::string::npos);
  CHECK(problems[0].where.line == 1);
  CHECK(problems[0].where.column >= 5);
}

TEST_CASE("hostile markup keeps its text and stays linear") {
  std::string deep;
  for (int i = 0; i < 10000; ++i) deep += "<b>x";
  for (int i = 0; i < 10000; ++i) deep += "</i>";
  rich_text t = parse(deep);
  REQUIRE(t.blocks.size() == 1);
  std::string text = t.blocks[0].text;
  std::erase(text, ' ');  // the pieces it is parsed in may join with a space
  CHECK(text.size() == 10000);
  CHECK(text.find_first_not_of('x') == std::string::npos);

  std::string attributes = "<p";
  for (int i = 0; i < 5000; ++i) attributes += " a" + std::to_string(i) + "=1";
  attributes += ">texto</p>";
  CHECK(parse(attributes) == rich_text::paragraph("texto"));
}

TEST_CASE("looks_like_html") {
  CHECK(looks_like_html("a <p>b"));
  CHECK(looks_like_html("a &amp; b"));
  CHECK(looks_like_html("</p>"));
  CHECK_FALSE(looks_like_html("a < b y c > d"));
  CHECK_FALSE(looks_like_html("texto llano"));
}
