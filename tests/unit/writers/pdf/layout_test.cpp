#include <doctest/doctest.h>

#include <algorithm>

#include "fake_measurer.hpp"
#include "writers/pdf/layout.hpp"

using namespace informe;
using namespace informe::detail::pdf;

namespace {

std::vector<std::string> texts(const std::vector<line>& lines) {
  std::vector<std::string> out;
  for (const auto& l : lines) {
    std::string s;
    for (const auto& r : l.runs) s += r.text;
    out.push_back(s);
  }
  return out;
}

// At size 2 every character is 1 pt wide.
struct fixture {
  test::fake_measurer m;
  width_cache widths{m};
  line_breaker breaker{widths};
  box_builder builder{breaker, m, 1.0};
};

}  // namespace

TEST_CASE("lines break at ICU opportunities on measured widths") {
  fixture f;
  auto lines = f.breaker.break_lines({span{face::regular, {}, "uno dos tres cuatro"}}, 2, 10);
  CHECK(texts(lines) == std::vector<std::string>{"uno dos", "tres", "cuatro"});
  CHECK(lines[0].width == doctest::Approx(7));
  // Hyphens and slashes are break opportunities too; a word wider than the line is cut.
  CHECK(texts(f.breaker.break_lines({span{face::regular, {}, "MINECON/CORFO/FOSIS"}}, 2, 14)) ==
        std::vector<std::string>{"MINECON/CORFO/", "FOSIS"});
  CHECK(texts(f.breaker.break_lines({span{face::regular, {}, "abcdefghijklmnop"}}, 2, 10)) ==
        std::vector<std::string>{"abcdefghij", "klmnop"});
}

TEST_CASE("text is normalised to NFC before measuring, and spans keep their faces") {
  fixture f;
  // "é" as e + combining acute: one character after NFC.
  auto lines = f.breaker.break_lines({span{face::bold, {}, "Calificaci\x6F\xCC\x81n: "}, span{face::regular, {}, "Cumplido"}},
                                     2, 100);
  REQUIRE(lines.size() == 1);
  REQUIRE(lines[0].runs.size() == 2);
  CHECK(lines[0].runs[0].text == "Calificación: ");
  CHECK(lines[0].runs[0].f == face::bold);
  CHECK(lines[0].runs[1].x == doctest::Approx(14));
  CHECK(lines[0].width == doctest::Approx(22));
}

TEST_CASE("width cache gives the same widths as measuring") {
  fixture f;
  CHECK(f.widths.width(face::regular, "ñandú", 10) == doctest::Approx(25));
  CHECK(f.widths.width(face::regular, "ñandú", 10) == doctest::Approx(25));
  CHECK(f.widths.width(face::italic, "ñandú", 20) == doctest::Approx(50));
}

namespace {

// A paginator on a small page: content from y=10 to y=110 (100 pt), lines 10 pt tall.
struct table_fixture : fixture {
  page_frame frame{200, 120, 10, 10, 10, 10};
  table_style style = [] {
    table_style s;
    s.widths = {20, 80, 80};
    s.padding = 0;
    s.continued_height = 10;
    return s;
  }();
  text_box lines_box(int n, const std::string& word) {
    text_box b;
    for (int i = 0; i < n; ++i) builder.paragraph(b, {span{face::regular, {}, word + std::to_string(i)}}, 10, 80, 0);
    return b;
  }
  table_row header() {
    table_row h;
    h.cells = {lines_box(1, "N"), lines_box(1, "Rec"), lines_box(1, "Com")};
    return h;
  }
  table_row row(int a, int b, const std::string& mark) {
    table_row r;
    r.cells = {lines_box(1, mark), lines_box(a, "a"), lines_box(b, "b")};
    r.repeat_on_continuation = {true, false, false};
    r.bookmark = mark;
    return r;
  }
};

bool page_has(const page_ops& p, const std::string& text) {
  return std::any_of(p.texts.begin(), p.texts.end(), [&](const text_op& t) { return t.text == text; });
}
int count(const page_ops& p, const std::string& prefix) {
  return static_cast<int>(std::count_if(p.texts.begin(), p.texts.end(),
                                        [&](const text_op& t) { return t.text.rfind(prefix, 0) == 0; }));
}

}  // namespace

TEST_CASE("a row longer than a page splits at line boundaries, header repeated, nothing lost") {
  table_fixture f;
  paginator pg(f.frame, f.style);
  std::vector<table_row> rows = {f.row(3, 1, "1"), f.row(25, 4, "2"), f.row(2, 2, "3")};
  pg.add_table(f.header(), rows);
  const auto& pages = pg.pages();
  REQUIRE(pages.size() >= 3);
  int a_lines = 0, b_lines = 0;
  for (const auto& p : pages) {
    CHECK(page_has(p, "Rec0"));  // the header row on every page
    a_lines += count(p, "a");
    b_lines += count(p, "b");
  }
  CHECK(a_lines == 3 + 25 + 2);
  CHECK(b_lines == 1 + 4 + 2);
  CHECK(pg.stats().header_rows == static_cast<int>(pages.size()));
  CHECK(pg.stats().split_rows == static_cast<int>(pages.size()) - 1);
  CHECK(pg.stats().min_lines_at_split >= 2);
  CHECK(count(pages[0], "(contin") == 1);
  REQUIRE(pg.bookmarks().size() == 3);
  CHECK(pg.bookmarks()[1].title == "2");
}

TEST_CASE("the header row is never alone at the foot of a page, and a split leaves two lines each side") {
  table_fixture f;
  paginator pg(f.frame, f.style);
  text_box filler = f.lines_box(8, "x");  // 80 pt of the 100: room for the header and one line
  pg.add_block(filler, 0);
  std::vector<table_row> rows = {f.row(4, 1, "1")};
  pg.add_table(f.header(), rows);
  const auto& pages = pg.pages();
  REQUIRE(pages.size() == 2);
  CHECK_FALSE(page_has(pages[0], "Rec0"));
  CHECK(page_has(pages[1], "Rec0"));
  CHECK(count(pages[1], "a") == 4);

  // Room for the header, three lines and the mark: a 4-line cell splits 2 + 2, not 3 + 1.
  table_style narrow_mark = f.style;
  narrow_mark.continued_height = 5;
  paginator pg2(f.frame, narrow_mark);
  pg2.add_custom(53, 0, [](double, double, page_ops&) {});  // 47 pt left: header 10, 32 for lines, mark 5
  std::vector<table_row> rows2 = {f.row(4, 1, "1")};
  pg2.add_table(f.header(), rows2);
  REQUIRE(pg2.pages().size() == 2);
  CHECK(count(pg2.pages()[0], "a") == 2);
  CHECK(count(pg2.pages()[1], "a") == 2);
  CHECK(pg2.stats().min_lines_at_split == 2);
}

TEST_CASE("tags: spans keep their structure node through line breaking; a line broken at a space draws it") {
  fixture f;
  text_box b;
  f.builder.paragraph(b, {span{face::bold, {}, "uno: ", 7}, span{face::regular, {}, "dos tres cuatro", 8}}, 2, 9, 0);
  page_ops out;
  b.draw(0, b.lines.size(), 0, 0, 9, out);
  REQUIRE(out.texts.size() >= 3);
  CHECK(out.texts[0].tag == 7);
  CHECK(out.texts.back().tag == 8);
  std::string all;
  for (const auto& t : out.texts) all += t.text;
  CHECK(all == "uno: dos tres cuatro");  // the break spaces are kept, after each line's last word
  CHECK(out.texts.back().text.back() != ' ');  // not after the paragraph's last line
  page_ops artifacts;
  b.draw(0, b.lines.size(), 0, 0, 9, artifacts, true);
  for (const auto& t : artifacts.texts) CHECK(t.tag == -1);
}

TEST_CASE("tags: the repeated header, the repeated row number and (continúa) are artifacts, a split row keeps its tags") {
  table_fixture f;
  auto tag_box = [](text_box b, int tag) {
    for (auto& l : b.lines)
      for (auto& r : l.content.runs) r.tag = tag;
    return b;
  };
  table_row header = f.header();
  for (std::size_t c = 0; c < header.cells.size(); ++c) header.cells[c] = tag_box(header.cells[c], 10 + static_cast<int>(c));
  table_row row = f.row(25, 4, "2");
  for (std::size_t c = 0; c < row.cells.size(); ++c) row.cells[c] = tag_box(row.cells[c], 20 + static_cast<int>(c));
  paginator pg(f.frame, f.style);
  pg.add_table(header, {row});
  const auto& pages = pg.pages();
  REQUIRE(pages.size() >= 2);
  for (std::size_t p = 0; p < pages.size(); ++p) {
    for (const auto& t : pages[p].texts) {
      CAPTURE(p);
      CAPTURE(t.text);
      if (t.text == "Rec0" || t.text == "N0") CHECK(t.tag == (p == 0 ? (t.text == "N0" ? 10 : 11) : -1));
      if (t.text == "2") CHECK(t.tag == (p == 0 ? 20 : -1));  // the row number: content once
      if (t.text.rfind("(contin", 0) == 0) CHECK(t.tag == -1);
      if (t.text.rfind("a", 0) == 0) CHECK(t.tag == 21);  // the split cell's lines on every page
    }
  }
}
