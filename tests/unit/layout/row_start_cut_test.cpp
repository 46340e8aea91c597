// On a text grid, a row's first line running two columns together: the cut at a capital.
#include <doctest/doctest.h>

#include <deque>
#include <string>
#include <utility>
#include <vector>

#include "layout/lines.hpp"
#include "layout/row_start_cut.hpp"

using namespace informe::detail::layout;

namespace {

constexpr double cw = 5;

// One grid line of (character column, text) words.
struct grid_line {
  std::deque<std::string> texts;  // the words' texts (a word views its text)
  std::vector<word> words;
  line l;
  explicit grid_line(const std::vector<std::pair<int, std::string>>& ws) {
    words.reserve(ws.size());
    for (const auto& [column, text] : ws) {
      word w;
      w.text = texts.emplace_back(text);
      w.x0 = column * cw;
      w.x1 = (column + static_cast<double>(text.size())) * cw;
      w.y1 = 11.5;
      w.size = 10;
      w.estimated_width = 0.5 * static_cast<double>(text.size()) * 10;
      words.push_back(w);
    }
    for (const auto& w : words) l.words.push_back(&w);
    l.x0 = l.words.front()->x0;
    l.x1 = l.words.back()->x1;
    l.size = 10;
    for (std::size_t i = 0; i < words.size(); ++i) l.text.append(i ? " " : "").append(words[i].text);
  }
  // The index of the word starting at character `column`.
  std::size_t at(int column) const {
    for (std::size_t i = 0; i < words.size(); ++i)
      if (words[i].x0 == column * cw) return i;
    return words.size();
  }
};

}  // namespace

TEST_CASE("a row's first line: the cut moves to the capital that starts the next column's text") {
  // Chromium's subprev-educacion-previsional-2010 through pdftotext -layout, row 1's first line: the
  // boundary at character 80, the blank nearest it before "matriz"; "La" starts the compliance.
  grid_line g({{4, "1."}, {7, "Definir"}, {44, "Se"}, {65, "de"}, {68, "marco"}, {74, "La"}, {77, "matriz"}, {84, "fue"}});
  const std::size_t nearest = g.at(77), capital = g.at(74);
  REQUIRE(nearest < g.words.size());
  CHECK(row_start_cut(g.l, g.at(65), nearest, g.words.size(), 77 * cw, 5 * cw) == capital);
  // Out of reach of the boundary: the nearest blank stays.
  CHECK(row_start_cut(g.l, g.at(65), nearest, g.words.size(), 77 * cw, 1 * cw) == nearest);
}

TEST_CASE("the cut stays at the nearest blank on a line that starts no row, before a capital, or after one") {
  // No row number: a row's later line may run on in lower case past the boundary.
  grid_line later({{4, "fondo,"}, {44, "Se"}, {65, "de"}, {68, "marco"}, {74, "La"}, {77, "matriz"}, {84, "fue"}});
  CHECK(row_start_cut(later.l, later.at(65), later.at(77), later.words.size(), 77 * cw, 5 * cw) == later.at(77));
  // The nearest blank already starts a capital.
  grid_line capital({{4, "1."}, {44, "Se"}, {65, "de"}, {68, "marco"}, {74, "la"}, {77, "Matriz"}, {84, "fue"}});
  CHECK(row_start_cut(capital.l, capital.at(65), capital.at(77), capital.words.size(), 77 * cw, 5 * cw) ==
        capital.at(77));
  // A capital after a capital is a name's ("Previsión Social"), and a figure is no capital here.
  grid_line name({{4, "1."}, {44, "Se"}, {60, "Previsión"}, {70, "Social"}, {77, "matriz"}, {84, "fue"}});
  CHECK(row_start_cut(name.l, name.at(60), name.at(77), name.words.size(), 76 * cw, 8 * cw) == name.at(77));
  grid_line figure({{4, "1."}, {44, "Se"}, {65, "de"}, {68, "marco"}, {74, "2011"}, {79, "matriz"}, {86, "fue"}});
  CHECK(row_start_cut(figure.l, figure.at(65), figure.at(79), figure.words.size(), 79 * cw, 5 * cw) == figure.at(79));
}
