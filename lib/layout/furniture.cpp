#include "layout/furniture.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <string>
#include <unordered_map>

#include "core/unicode.hpp"
#include "grammar/labels.hpp"
#include "grammar/lexicon.hpp"
#include "layout/text.hpp"
#include "layout/tuning.hpp"

namespace informe::detail::layout {

namespace {

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

// A page's address as a browser prints it in its header or footer: always with its scheme. (A
// "www.junaeb.cl." is text: a cell's last line may stand at the page's foot.)
bool is_printed_address(std::string_view w) {
  return starts_with(w, "file:/") || starts_with(w, "http://") || starts_with(w, "https://") ||
         starts_with(w, "about:blank");
}

// "30/11/26," "11/30/2026" "2026-11-30" "30-11-2026": a date as print headers write it.
bool is_print_date(std::string_view w) {
  while (!w.empty() && (w.back() == ',' || w.back() == ' ')) w.remove_suffix(1);
  std::string key = digits_blurred(w);
  return key == "#/#/#" || key == "#-#-#" || key == "#.#.#";
}

bool is_time(std::string_view w) {
  std::string key = digits_blurred(w);
  return key == "#:#" || key == "#:#:#";
}

void mark_repeated(std::vector<std::vector<line>>& pages) {
  const std::size_t n = pages.size();
  if (n < 2) return;
  constexpr std::size_t reach = tuning::edge_lines;
  // The report's title and header fields in a running header (a word processor's page header).
  auto header_like = [](const line& l) {
    return starts_title(l.text) || leading_label(l.text, label_context::header).has_value();
  };
  // The lines looked at from a page's top: `reach`, and further while they are the header's.
  auto top_reach = [&](const std::vector<line>& ls) {
    std::size_t k = std::min(reach, ls.size());
    while (k < ls.size() && k < tuning::edge_header_lines && header_like(ls[k])) ++k;
    return k;
  };
  // A line's height on its page, two ways: from the page's top, and from the page's first line (a
  // line at the top) or its last (a line at the foot): a text grid's pages start with a blank line
  // or not, as the extractor saw a gap above the page's first text.
  constexpr double foot = -1e6;  // heights from the last line, kept apart from those from the first
  auto height = [](const std::vector<line>& ls, const line& l, bool at_top, int way) {
    if (way == 0) return l.top;
    return at_top ? l.top - ls.front().top : foot + (l.top - ls.back().top);
  };
  // Each way: key -> (height, top) of lines near the ends of pages.
  std::array<std::unordered_map<std::string, std::vector<std::pair<double, double>>>, 2> seen;
  // Calls f(line, at_top) for the lines near page p's ends.
  auto for_edges = [&](std::size_t p, auto&& f) {
    const auto& ls = pages[p];
    const std::size_t top = top_reach(ls);
    for (std::size_t i = 0; i < top; ++i) f(ls[i], true);
    for (std::size_t i = ls.size() > reach ? ls.size() - reach : 0; i < ls.size(); ++i)
      if (i >= top) f(ls[i], false);
  };
  for (std::size_t p = 0; p < n; ++p) {
    for_edges(p, [&](const line& l, bool at_top) {
      const std::string key = digits_blurred(l.text);
      for (int way = 0; way < 2; ++way) seen[way][key].push_back({height(pages[p], l, at_top, way), l.top});
    });
  }
  const std::size_t needed = std::max<std::size_t>(1, n / 2);
  // Each key's occurrences sorted by height: a line repeats when enough occurrences on other pages
  // stand within the tolerance of its height, either way (binary search: linear in the pages).
  for (auto& way : seen)
    for (auto& [key, at] : way)
      std::sort(at.begin(), at.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  auto repeats = [&](std::size_t p, const line& l, bool at_top) {
    const std::string key = digits_blurred(l.text);
    for (int way = 0; way < 2; ++way) {
      auto it = seen[way].find(key);
      if (it == seen[way].end()) continue;
      const auto& at = it->second;
      const double h = height(pages[p], l, at_top, way);
      auto by_height = [](const std::pair<double, double>& a, double x) { return a.first < x; };
      auto by_height_upper = [](double x, const std::pair<double, double>& a) { return x < a.first; };
      auto from = std::lower_bound(at.begin(), at.end(), h - tuning::edge_repeat_tolerance, by_height);
      auto to = std::upper_bound(from, at.end(), h + tuning::edge_repeat_tolerance, by_height_upper);
      // From the page's first or last line, only a line that stands a few lines from where this one
      // does: the same text far down another page is no running header.
      auto near = [&](double top) { return way == 0 || std::fabs(top - l.top) <= tuning::edge_shift * std::max(l.size, 1.0); };
      // Occurrences on this page itself are not repeats (a page has at most 2 * reach edge lines).
      std::size_t own = 0;
      for_edges(p, [&](const line& m, bool m_top) {
        if (std::fabs(height(pages[p], m, m_top, way) - h) <= tuning::edge_repeat_tolerance && near(m.top) &&
            digits_blurred(m.text) == key)
          ++own;
      });
      std::size_t in_range = 0;
      for (auto k = from; k != to; ++k) in_range += near(k->second) ? 1 : 0;
      if (in_range > own && in_range - own >= needed) return true;
    }
    return false;
  };
  for (std::size_t p = 0; p < n; ++p) {
    auto& ls = pages[p];
    for (std::size_t i = 0, top = top_reach(ls); i < top; ++i) {
      if (ls[i].table_header) continue;
      if (!repeats(p, ls[i], true)) break;
      // The report's title and header fields in a running header: the first page's are the header
      // block, the other pages' its repeats.
      if (p == 0 && header_like(ls[i])) continue;
      ls[i].furniture = furniture_rule::running;
    }
    for (std::size_t k = 0; k < reach && k < ls.size(); ++k) {
      line& l = ls[ls.size() - 1 - k];
      if (l.table_header || l.furniture || is_continued_mark(l.text) || !repeats(p, l, false)) break;
      l.furniture = furniture_rule::running;
    }
  }
}

// `l`, a bare number, is the rest of a number the line just above starts with, at its left edge:
// digits stacked in a narrow number column.
bool wraps_number_above(const line& above, const line& l) {
  const word& first = *above.words.front();
  const double size = std::max(l.size, 1.0);
  return digits_blurred(first.text) == "#" && std::fabs(first.x0 - l.x0) < size && l.top > above.top &&
         l.top - above.top <= tuning::wrapped_number_lines * size;
}

}  // namespace

bool is_page_number_line(std::string_view text) {
  if (text.size() > 80) return false;
  std::string key = digits_blurred(fold(text));
  if (key.find("pagina # de #") != std::string::npos || key.find("page # of #") != std::string::npos ||
      key.find("pag. # de #") != std::string::npos || key.find("pagina #") != std::string::npos)
    return true;
  return key == "#" || key == "# / #" || key == "#/#" || key == "- # -" || key == "# de #";
}

bool is_print_edge_line(const line& l) {
  if (l.words.empty() || l.text.size() > 400) return false;
  // The address starts the line (Chromium's footer: address, then "1/3") or ends it (a title, then
  // the address).
  if (is_printed_address(l.words.front()->text) || is_printed_address(l.words.back()->text)) return true;
  // A date and a time first: "30/11/26, 6:50" then perhaps the document's title. (A date alone
  // may be a cell's last line.)
  return l.words.size() >= 2 && is_print_date(l.words[0]->text) && is_time(l.words[1]->text);
}

bool is_colophon(std::string_view text) {
  if (text.size() > 300) return false;
  std::string f = fold(text);
  return f.find("generado con ") != std::string::npos || f.find("generado por ") != std::string::npos ||
         f.find("generated by ") != std::string::npos;
}

bool is_continued_mark(std::string_view text) {
  const lexicon& lex = active_lexicon();
  const auto [shortest, longest] = lex.continued_bytes();
  if (text.size() > longest + 4 || text.size() + 2 < shortest || text.empty()) return false;
  if (!lex.may_start_continued(text.front())) return false;  // before ICU's fold: most lines stop here
  return lex.is_continued(fold(text));
}

bool is_no_status(std::string_view text) {
  const lexicon& lex = active_lexicon();
  const auto [shortest, longest] = lex.no_status_bytes();
  if (text.size() > longest + 8 || text.size() + 2 < shortest || text.empty()) return false;
  if (!lex.may_start_no_status(text.front())) return false;
  return lex.is_no_status(fold(text));
}

bool is_no_commitments_note(std::string_view text) {
  return text.size() < 160 && active_lexicon().is_no_commitments(fold(text));
}

void mark_furniture(std::vector<std::vector<line>>& pages) {
  mark_repeated(pages);
  for (std::size_t p = 0; p < pages.size(); ++p) {
    auto& ls = pages[p];
    auto mark_edge = [p, &ls](std::size_t i) {
      line& l = ls[i];
      if (l.table_header || l.furniture) return;
      // A bare number is the page's number only when it is that number: a year wrapped onto a
      // cell's last line ("Marzo" / "2009") is not furniture, nor is a row number's digit wrapped
      // in a narrow number column ("1" / "2").
      const bool bare = digits_blurred(l.text) == "#";
      if (bare ? l.text == std::to_string(p + 1) && !(i > 0 && wraps_number_above(ls[i - 1], l))
               : is_page_number_line(l.text)) {
        l.furniture = furniture_rule::page_number;
      } else if (is_print_edge_line(l)) {
        l.furniture = furniture_rule::print_edge;
      }
    };
    for (std::size_t i = 0; i < ls.size() && i < tuning::page_number_lines; ++i) mark_edge(i);
    for (std::size_t k = 0; k < tuning::page_number_lines && k < ls.size(); ++k) mark_edge(ls.size() - 1 - k);
  }
}

}  // namespace informe::detail::layout
