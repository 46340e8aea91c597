#include "layout/furniture.hpp"

#include <algorithm>
#include <cmath>
#include <array>
#include <charconv>
#include <string>

#include "core/unicode.hpp"
#include "grammar/ficha_labels.hpp"
#include "grammar/lexicon.hpp"
#include "layout/text.hpp"
#include "layout/tuning.hpp"

namespace informe::detail::layout {

namespace {

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

// digits_blurred(s) == "#": one run of digits and nothing else.
bool is_bare_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

// Some byte is an ASCII digit, or not ASCII (folded, it might read as one).
bool may_hold_digit(std::string_view s) {
  for (char c : s)
    if ((c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80) return true;
  return false;
}

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

// The runs of ASCII digits of a line's text, in order, at most tuning::repeat_numbers of them (a
// line with more compares its numbers as they are).
struct numbers_of_line {
  std::array<std::string_view, tuning::repeat_numbers> runs;
  std::size_t count = 0;
  bool many = false;
};

numbers_of_line numbers_in(std::string_view s) {
  numbers_of_line out;
  auto is_digit = [](char c) { return c >= '0' && c <= '9'; };
  for (std::size_t i = 0; i < s.size();) {
    if (!is_digit(s[i])) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < s.size() && is_digit(s[j])) ++j;
    if (out.count == tuning::repeat_numbers) {
      out.many = true;
      out.count = 0;
      return out;
    }
    out.runs[out.count++] = s.substr(i, j - i);
    i = j;
  }
  return out;
}

// Where one of a line's repeat keys stands in a key buffer (its bytes move when the buffer grows).
struct key_place {
  std::size_t from = 0, size = 0;
};

// Appends to `keys` the keys a line repeats under on other pages, each its text with its digits
// blurred, then, per way its numbers may go from page to page (`follows`: a bit per number, set where
// the number follows the pages, "Página 3 de 9" on the third page; clear where it stays the same),
// each number as printed or less its page's index, after a '\x1F'; and where each key stands to
// `places`. Two lines of pages p and q are alike under a way when their keys are equal: their numbers
// the same, or apart by q - p where they follow the pages. (Lines alike but for numbers that do
// neither, "N° 1" atop one page and "N° 3" atop the next, are no running header.)
void append_repeat_keys(const line& l, std::size_t page_index, std::string& keys, std::vector<key_place>& places) {
  const std::string blurred = digits_blurred(l.text);
  const numbers_of_line numbers = numbers_in(l.text);
  if (numbers.many) {  // its numbers as printed
    const std::size_t from = keys.size();
    keys.append(blurred).append(1, '\x1F').append(l.text);
    places.push_back({from, keys.size() - from});
    return;
  }
  const std::size_t n = numbers.count;
  for (unsigned follows = 0; follows < (1u << n); ++follows) {
    const std::size_t from = keys.size();
    keys.append(blurred);
    bool possible = true;
    for (std::size_t k = 0; k < n && possible; ++k) {
      const std::string_view run = numbers.runs[k];
      if (!(follows & (1u << k))) {
        keys.append("\x1F=").append(run);
        continue;
      }
      // A page number is short: a longer run (a year, a code) does not follow the pages.
      if (run.size() > 6) {
        possible = false;
        break;
      }
      long long v = 0;
      for (char c : run) v = v * 10 + (c - '0');
      char digits[24];
      const auto end = std::to_chars(digits, digits + sizeof digits, v - static_cast<long long>(page_index)).ptr;
      keys.append("\x1F+").append(digits, static_cast<std::size_t>(end - digits));
    }
    if (possible) places.push_back({from, keys.size() - from});
    else keys.resize(from);
  }
}
// A ficha's label with its value beside it ("N°   3", "Fecha de Vencimiento   Marzo 2008"): the
// commitment's text, never a running header, whatever repeats at a page's top.
bool is_ficha_label_line(const line& l) {
  if (l.words.empty() || l.text.size() > 400) return false;
  const std::size_t gap = first_label_gap(l);
  if (gap == 0) return false;
  const auto label = words_in_text(l, 0, gap);
  return match_ficha_label(label ? *label : std::string_view(join_words(l.words, 0, gap))).has_value();
}

void mark_repeated(std::vector<std::vector<line>>& pages) {
  const std::size_t n = pages.size();
  if (n < 2) return;
  constexpr std::size_t reach = tuning::edge_lines;
  // The report's title and header fields in a running header (a word processor's page header).
  auto header_like = [](const line& l) { return starts_header(l.text); };
  // The lines looked at from a page's top: `reach`, and further while they are the header's.
  auto top_reach = [&](const std::vector<line>& ls) {
    std::size_t k = std::min(reach, ls.size());
    while (k < ls.size() && k < tuning::edge_header_lines && header_like(ls[k])) ++k;
    return k;
  };
  // Each page's top reach, once (the header test folds and matches labels).
  std::vector<std::size_t> tops(n);
  for (std::size_t p = 0; p < n; ++p) tops[p] = top_reach(pages[p]);
  // Each edge line's keys (append_repeat_keys), once, in one buffer: no string per key, no map.
  struct edge_line {
    std::size_t index = 0;                   // in its page
    std::size_t keys_from = 0, keys_to = 0;  // its keys in `places`
  };
  std::vector<edge_line> edge_lines;
  std::vector<std::size_t> page_edges(n + 1);  // page p's edge lines: [page_edges[p], page_edges[p + 1])
  std::string key_bytes;
  std::vector<key_place> places;
  std::vector<double> top_of_key;        // per key: its line's top
  std::vector<std::size_t> page_of_key;  // and page
  for (std::size_t p = 0; p < n; ++p) {
    page_edges[p] = edge_lines.size();
    auto add = [&](std::size_t i) {
      const std::size_t from = places.size();
      append_repeat_keys(pages[p][i], p, key_bytes, places);
      edge_lines.push_back({i, from, places.size()});
      top_of_key.resize(places.size(), pages[p][i].top);
      page_of_key.resize(places.size(), p);
    };
    const auto& ls = pages[p];
    const std::size_t top = tops[p];
    for (std::size_t i = 0; i < top; ++i) add(i);
    for (std::size_t i = ls.size() > reach ? ls.size() - reach : 0; i < ls.size(); ++i)
      if (i >= top) add(i);
  }
  page_edges[n] = edge_lines.size();
  auto key = [&](std::size_t k) { return std::string_view(key_bytes).substr(places[k].from, places[k].size); };
  // The keys sorted by text, then height: equal keys are neighbours (a group), each group's heights in
  // order. A line repeats when enough occurrences of one of its keys on other pages stand within the
  // tolerance of its height (binary search: linear in the pages, not quadratic).
  std::vector<std::size_t> order(places.size());
  for (std::size_t k = 0; k < order.size(); ++k) order[k] = k;
  // (Shorter keys first: most pairs of keys differ in length, and the groups' order does not matter.)
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    if (places[a].size != places[b].size) return places[a].size < places[b].size;
    const int c = key(a).compare(key(b));
    return c != 0 ? c < 0 : top_of_key[a] < top_of_key[b];
  });
  std::vector<double> sorted_tops(order.size());
  std::vector<std::size_t> sorted_pages(order.size());
  std::vector<std::size_t> group_of_key(order.size()), group_start;
  for (std::size_t s = 0; s < order.size(); ++s) {
    if (s == 0 || key(order[s]) != key(order[s - 1])) group_start.push_back(s);
    group_of_key[order[s]] = group_start.size() - 1;
    sorted_tops[s] = top_of_key[order[s]];
    sorted_pages[s] = page_of_key[order[s]];
  }
  group_start.push_back(order.size());
  const std::size_t needed = std::max<std::size_t>(1, n / 2);
  auto repeats = [&](std::size_t p, std::size_t i) {
    const line& l = pages[p][i];
    const edge_line* e = nullptr;
    for (std::size_t k = page_edges[p]; k < page_edges[p + 1]; ++k)
      if (edge_lines[k].index == i) e = &edge_lines[k];
    if (!e) return false;
    for (std::size_t k = e->keys_from; k < e->keys_to; ++k) {
      const std::size_t g = group_of_key[k];
      const auto begin = sorted_tops.begin() + static_cast<std::ptrdiff_t>(group_start[g]);
      const auto end = sorted_tops.begin() + static_cast<std::ptrdiff_t>(group_start[g + 1]);
      auto from = std::lower_bound(begin, end, l.top - tuning::edge_repeat_tolerance);
      auto to = std::upper_bound(from, end, l.top + tuning::edge_repeat_tolerance);
      // Occurrences on this page itself are not repeats (a line's keys are all different: each
      // occurrence in the group is another line's).
      std::size_t own = 0;
      for (std::size_t o = group_start[g]; o < group_start[g + 1]; ++o)
        if (sorted_pages[o] == p && !(std::fabs(sorted_tops[o] - l.top) > tuning::edge_repeat_tolerance)) ++own;
      const auto in_range = static_cast<std::size_t>(to - from);
      // (The label test last: it folds and matches the line, and most lines do not repeat.)
      if (in_range > own && in_range - own >= needed) return !is_ficha_label_line(l);
    }
    return false;
  };
  for (std::size_t p = 0; p < n; ++p) {
    auto& ls = pages[p];
    for (std::size_t i = 0, top = tops[p]; i < top; ++i) {
      if (ls[i].table_header) continue;
      if (!repeats(p, i)) break;
      // The report's title and header fields in a running header: the first page's are the header
      // block, the other pages' its repeats.
      if (p == 0 && header_like(ls[i])) continue;
      ls[i].furniture = furniture_rule::running;
    }
    for (std::size_t k = 0; k < reach && k < ls.size(); ++k) {
      const std::size_t i = ls.size() - 1 - k;
      line& l = ls[i];
      if (l.table_header || l.furniture || is_continued_mark(l.text) || !repeats(p, i)) break;
      l.furniture = furniture_rule::running;
    }
  }
}

// `l`, a bare number, is the rest of a number the line just above starts with, at its left edge:
// digits stacked in a narrow number column ("1" / "0"; a sub-number wrapped after its period, "1." / "1").
bool wraps_number_above(const line& above, const line& l) {
  const word& first = *above.words.front();
  const double size = std::max(l.size, 1.0);
  std::string_view digits = first.text;
  if (digits.size() > 1 && digits.back() == '.') digits.remove_suffix(1);
  return is_bare_digits(digits) && std::fabs(first.x0 - l.x0) < size && l.top > above.top &&
         l.top - above.top <= tuning::wrapped_number_lines * size;
}

// A page number that counts the pages, `key` folded with its digits blurred: "pagina # de #", "page # of
// #", "pag. # de #" within it, or all of it "# / #", "#/#", "# de #".
bool counts_pages(const std::string& key) {
  return key.find("pagina # de #") != std::string::npos || key.find("page # of #") != std::string::npos ||
         key.find("pag. # de #") != std::string::npos || key == "# / #" || key == "#/#" || key == "# de #";
}

}  // namespace

bool is_page_number_line(std::string_view text) {
  // Every form below holds a number: a text with no digit (folded) is none.
  if (text.size() > 80 || !may_hold_digit(text)) return false;
  const std::string key = digits_blurred(fold(text));
  return counts_pages(key) || key.find("pagina #") != std::string::npos || key == "#" || key == "- # -";
}

bool is_page_count_footer(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r')) text.remove_suffix(1);
  if (text.empty() || text.size() > 400 || !may_hold_digit(text)) return false;
  if (is_printed_address(text)) {
    const std::size_t last = text.find_last_of(" \t");
    return last != std::string_view::npos && digits_blurred(text.substr(last + 1)) == "#/#";
  }
  if (text.size() > 80) return false;
  return counts_pages(digits_blurred(fold(text)));
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

bool is_continued_mark(std::string_view text) { return is_continued_mark(text, active_lexicon()); }

bool is_continued_mark(std::string_view text, const lexicon& lex) {
  const auto [shortest, longest] = lex.continued_bytes();
  if (text.size() > longest + 4 || text.size() + 2 < shortest || text.empty()) return false;
  if (!lex.may_start_continued(text.front())) return false;  // before ICU's fold: most lines stop here
  return lex.is_continued(fold(text));
}

bool is_no_status(std::string_view text) { return is_no_status(text, active_lexicon()); }

bool is_no_status(std::string_view text, const lexicon& lex) {
  const auto [shortest, longest] = lex.no_status_bytes();
  if (text.size() > longest + 8 || text.size() + 2 < shortest || text.empty()) return false;
  if (!lex.may_start_no_status(text.front())) return false;
  return lex.is_no_status(fold(text));
}

bool is_no_commitments_note(std::string_view text) {
  const lexicon& lex = active_lexicon();
  if (!text.empty() && !lex.may_start_no_commitments(text.front())) return false;  // before the fold
  return text.size() < 160 && lex.is_no_commitments(fold(text));
}

bool is_ruling_line(std::string_view text) {
  std::size_t strokes = 0;
  for (std::size_t i = 0; i < text.size();) {
    const char c = text[i];
    if (c == ' ') {
      ++i;
    } else if (c == '-' || c == '_' || c == '=') {
      ++strokes;
      ++i;
    } else if (c == '\xE2' && (text.compare(i, 3, "\xE2\x94\x80") == 0 || text.compare(i, 3, "\xE2\x94\x81") == 0 ||
                                text.compare(i, 3, "\xE2\x95\x90") == 0)) {  // ─ ━ ═ (a letter: no compare)
      ++strokes;
      i += 3;
    } else {
      return false;
    }
  }
  return strokes >= tuning::ruling_chars;
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
      const bool bare = is_bare_digits(l.text);
      if (bare ? std::string_view(l.text) == std::to_string(p + 1) && !(i > 0 && wraps_number_above(ls[i - 1], l))
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
