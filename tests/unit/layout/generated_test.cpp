// Generated reports (a fixed pseudo-random sequence): rows of wrapped cells over several pages, with
// page furniture. Every row comes back with its number and its cells' words in order, and every word
// of the input is accounted for.
#include <doctest/doctest.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "layout_maker.hpp"
#include "word_accounting.hpp"

using namespace informe;
using namespace informe::test;

namespace {

class random_words {
 public:
  explicit random_words(std::uint32_t seed) : state_(seed * 2654435761u + 1) {}
  std::uint32_t next(std::uint32_t n) {
    state_ = state_ * 1664525u + 1013904223u;
    return (state_ >> 8) % n;
  }
  std::string word() {
    static const char* words[] = {"el", "programa", "debe", "mejorar", "sistema", "información", "gestión",
                                  "de", "la", "región", "becarios", "evaluación", "panel", "recursos",
                                  "beneficiarios", "cobertura", "los", "indicadores", "con", "para"};
    return words[next(20)];
  }
  // A sentence of n words, ending with a full stop.
  std::string sentence(std::size_t n) {
    std::string s;
    for (std::size_t i = 0; i < n; ++i) s += (i ? " " : "") + word();
    s[0] = static_cast<char>(s[0] - 32);  // the words start with an ASCII letter
    return s + ".";
  }

 private:
  std::uint32_t state_;
};

// Text wrapped at `width` characters.
std::vector<std::string> wrap(const std::string& text, std::size_t width) {
  std::vector<std::string> out;
  std::string line;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t end = text.find(' ', pos);
    if (end == std::string::npos) end = text.size();
    std::string w = text.substr(pos, end - pos);
    if (!line.empty() && code_points(line) + 1 + code_points(w) > width) {
      out.push_back(line);
      line.clear();
    }
    line += (line.empty() ? "" : " ") + w;
    pos = end + 1;
  }
  if (!line.empty()) out.push_back(line);
  return out;
}

struct generated {
  std::vector<page_maker> pages;
  std::size_t split_rows = 0;  // rows that run over a page break
  std::vector<std::array<std::string, 3>> rows;  // the cells' texts
};

generated make_report(std::uint32_t seed) {
  random_words rnd(seed);
  generated g;
  const std::size_t row_count = 3 + rnd.next(10);
  const double bottom = 760;
  g.pages.emplace_back(1);
  page_maker* m = &g.pages.back();
  title_and_program(*m, 40);
  table_header(*m, 80);
  double y = 100;
  auto new_page = [&] {
    g.pages.emplace_back(static_cast<int>(g.pages.size()) + 1);
    m = &g.pages.back();
    table_header(*m, 40);
    y = 60;
  };
  for (std::size_t r = 0; r < row_count; ++r) {
    std::array<std::vector<std::string>, 3> lines;
    std::array<std::string, 3> texts;
    for (std::size_t c = 0; c < 3; ++c) {
      texts[c] = rnd.sentence(3 + rnd.next(25));
      lines[c] = wrap(texts[c], 30);
    }
    g.rows.push_back(texts);
    std::size_t height = std::max({lines[0].size(), lines[1].size(), lines[2].size()});
    if (y + 12.0 * 2 > bottom) new_page();  // at least two lines of a row on its first page
    bool first = true;
    for (std::size_t k = 0; k < height; ++k) {
      if (y > bottom) {
        new_page();
        ++g.split_rows;
      }
      table_line(*m, y, first ? std::to_string(r + 1) : "", k < lines[0].size() ? lines[0][k] : "",
                 k < lines[1].size() ? lines[1][k] : "", k < lines[2].size() ? lines[2][k] : "");
      first = false;
      y += 12;
    }
    y += 18;
  }
  for (auto& pg : g.pages)
    pg.at(500, 810, "Página " + std::to_string(pg.done().number) + " de " + std::to_string(g.pages.size()));
  return g;
}

}  // namespace

TEST_CASE("generated multi-page reports come back row by row, every word accounted for") {
  std::size_t pages_seen = 0, split_rows = 0;
  for (std::uint32_t seed = 1; seed <= 40; ++seed) {
    CAPTURE(seed);
    auto g = make_report(seed);
    std::vector<detail::layout::page> pages;
    std::string input;
    for (auto& pm : g.pages) {
      pages.push_back(pm.done());
      for (auto& w : pm.done().words) input += w.text + " ";
    }
    pages_seen += pages.size();
    split_rows += g.split_rows;
    auto res = read_pages(pages);
    INFO(describe(res.diags));
    REQUIRE_FALSE(res.refused);
    REQUIRE(res.r.rows.size() == g.rows.size());
    for (std::size_t r = 0; r < g.rows.size(); ++r) {
      CAPTURE(r);
      CHECK(res.r.rows[r].number == std::to_string(r + 1));
      CHECK(res.r.rows[r].recommendation.plain_text(" ") == g.rows[r][0]);
      CHECK(res.r.rows[r].commitment.plain_text(" ") == g.rows[r][1]);
      CHECK(res.r.rows[r].compliance.plain_text(" ") == g.rows[r][2]);
    }
    auto lost = unaccounted_words(input, res.r, res.diags);
    std::string l;
    for (auto& w : lost) l += w + " ";
    CHECK_MESSAGE(lost.empty(), l);
    CHECK(res.diags.warning_count() == 0);
  }
  // The sequence does exercise page breaks inside rows.
  CHECK(pages_seen > 60);
  CHECK(split_rows > 10);
}
