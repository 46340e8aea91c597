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

TEST_CASE("text positions are character columns of the source line, on both paths") {
  // Columns count characters (core/line_index), as every position in a message does: "ñandú" is
  // five columns and seven bytes.
  for (bool fast : {true, false}) {
    CAPTURE(fast);
    html_fragment_parser parser(100, fast);
    cell c;
    parser.append(c, "<p>ñandú</p> <u>café</u> <b>té</b>", {7, 10, 0});
    std::vector<source_position> at;
    for (const auto& f : c.fragments)
      if (f.type == fragment::kind::text && f.text.find_first_not_of(' ') != std::string::npos) at.push_back(f.where);
    REQUIRE(at.size() == 3);
    CHECK(at[0] == source_position{7, 13, 0});  // "ñandú" after 3 characters
    CHECK(at[1] == source_position{7, 26, 0});  // "café" after 16 characters (18 bytes)
    CHECK(at[2] == source_position{7, 38, 0});  // "té" after 28 characters (31 bytes)
  }
  // A list item's position too.
  cell c;
  std::vector<html_problem> problems;
  append_html_fragments(c, "áé<ul><li>x</li></ul>", {1, 1, 0}, problems);
  bool found = false;
  for (const auto& f : c.fragments)
    if (f.type == fragment::kind::list_item) {
      CHECK(f.where.line == 1);
      CHECK(f.where.column == 11);  // its text after "áé<ul><li>": 10 characters, 12 bytes
      found = true;
    }
  CHECK(found);
}

TEST_CASE("a problem's column counts characters") {
  std::vector<html_problem> plain, accented;
  parse("<p>aaaa</q>b", &plain);
  parse("<p>áéíó</q>b", &accented);
  REQUIRE(plain.size() == 1);
  REQUIRE(accented.size() == 1);
  CHECK(accented[0].where == plain[0].where);
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
