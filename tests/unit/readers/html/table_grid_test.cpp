// The HTML table grid (lib/readers/html/table_grid.hpp): cells at the first column not held from
// above, colspan and rowspan as a browser reads them, and the two departures for pages whose spans
// do not add up.
#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "readers/html/html_document.hpp"
#include "readers/html/table_grid.hpp"

namespace {

using namespace informe::detail;

// The <tr> elements of the page's first table, in order.
std::vector<const xmlNode*> rows(const html_document& doc) {
  std::vector<const xmlNode*> out;
  walk(
      doc.root(),
      [&](const xmlNode* n) {
        if (is_element(n, "tr")) out.push_back(n);
        return n->type == XML_ELEMENT_NODE;
      },
      [](const xmlNode*) {});
  return out;
}

// A placed row as "text@column" for its own cells and "^text@column" for the columns held from above.
std::string shown(const grid_row& g) {
  auto text = [](const xmlNode* cell) {
    std::string t;
    for (const xmlNode* c = cell->children; c != nullptr; c = c->next)
      if (c->type == XML_TEXT_NODE && c->content != nullptr) t += reinterpret_cast<const char*>(c->content);
    return t;
  };
  std::string out;
  auto add = [&](std::string_view mark, const xmlNode* cell, int column) {
    out.append(mark).append(text(cell)).append("@").append(std::to_string(column)).append(" ");
  };
  for (const auto& s : g.spanned) add("^", s.node, s.column);
  for (const auto& c : g.cells) add("", c.node, c.first);
  if (!out.empty()) out.pop_back();
  return out;
}

std::vector<std::string> place_all(const std::string& table, int width) {
  informe::diagnostics d;
  html_document doc("<html><body>" + table + "</body></html>", d);
  table_grid grid(width);
  std::vector<std::string> out;
  for (const xmlNode* tr : rows(doc)) out.push_back(shown(grid.place(tr)));
  return out;
}

}  // namespace

TEST_CASE("cells take the first column no cell from above holds") {
  CHECK(place_all("<table><tr><td rowspan=2>a</td><td>b</td><td rowspan=3>c</td></tr>"
                  "<tr><td>d</td></tr><tr><td>e</td><td>f</td></tr></table>",
                  3) == std::vector<std::string>{"a@0 b@1 c@2", "^a@0 ^c@2 d@1", "^c@2 e@0 f@1"});
  // colspan and rowspan together hold a block of slots
  CHECK(place_all("<table><tr><td colspan=2 rowspan=2>a</td><td>b</td></tr><tr><td>c</td></tr></table>", 3) ==
        std::vector<std::string>{"a@0 b@2", "^a@0 ^a@1 c@2"});
}

TEST_CASE("rowspan=0 holds to the end of the row group; a bad value is 1") {
  CHECK(place_all("<table><tr><td rowspan=0>a</td><td>b</td></tr><tr><td>c</td></tr><tr><td>d</td></tr></table>", 2) ==
        std::vector<std::string>{"a@0 b@1", "^a@0 c@1", "^a@0 d@1"});
  CHECK(place_all("<table><tr><td rowspan=x>a</td><td rowspan=-2>b</td></tr><tr><td>c</td><td>d</td></tr></table>", 2) ==
        std::vector<std::string>{"a@0 b@1", "c@0 d@1"});
}

TEST_CASE("a row passed over does not count as a row of the spans over it") {
  informe::diagnostics d;
  html_document doc("<html><body><table><tr><td rowspan=2>a</td><td>b</td></tr><tr><td>H</td><td>H</td></tr>"
                    "<tr><td>c</td></tr><tr><td>e</td><td>f</td></tr></table></body></html>",
                    d);
  auto trs = rows(doc);
  REQUIRE(trs.size() == 4);
  table_grid grid(2);
  CHECK(shown(grid.place(trs[0])) == "a@0 b@1");
  grid.pass_over();
  grid_row g = grid.place(trs[2]);
  CHECK(shown(g) == "^a@0 c@1");
  CHECK(g.cut.empty());
  CHECK(shown(grid.place(trs[3])) == "e@0 f@1");
}

TEST_CASE("a row with a cell of its own for every column ends the spans over it") {
  informe::diagnostics d;
  html_document doc("<html><body><table><tr><td rowspan=5>a</td><td>b</td></tr><tr><td>c</td></tr>"
                    "<tr><td>e</td><td>f</td></tr><tr><td>g</td></tr></table></body></html>",
                    d);
  auto trs = rows(doc);
  REQUIRE(trs.size() == 4);
  table_grid grid(2);
  grid.place(trs[0]);
  CHECK(shown(grid.place(trs[1])) == "^a@0 c@1");
  grid_row g = grid.place(trs[2]);
  CHECK(shown(g) == "e@0 f@1");
  REQUIRE(g.cut.size() == 1);
  CHECK(g.cut[0].rows_left == 3);
  CHECK_FALSE(g.cut[0].crossed_pass);
  CHECK(shown(grid.place(trs[3])) == "g@0");  // the span is gone
  // a row with more cells than the free columns but fewer than the table's: a browser's placement,
  // the last cell past the table's last column
  CHECK(place_all("<table><tr><td rowspan=2>a</td><td rowspan=2>b</td><td>c</td><td>d</td></tr>"
                  "<tr><td>e</td><td>f</td><td>g</td></tr></table>",
                  4) == std::vector<std::string>{"a@0 b@1 c@2 d@3", "^a@0 ^b@1 e@2 f@3 g@4"});
}

TEST_CASE("the end of a row group ends every span") {
  informe::diagnostics d;
  html_document doc("<html><body><table><tr><td rowspan=3>a</td><td>b</td></tr><tr><td>c</td><td>e</td></tr>"
                    "</table></body></html>",
                    d);
  auto trs = rows(doc);
  table_grid grid(2);
  grid.place(trs[0]);
  grid.end_group();
  CHECK(shown(grid.place(trs[1])) == "c@0 e@1");
}
