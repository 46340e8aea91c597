#include "layout/furniture.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <string>
#include <unordered_map>

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
  std::vector<std::string_view> runs;
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
    if (out.runs.size() == tuning::repeat_numbers) {
      out.many = true;
      out.runs.clear();
      return out;
    }
    out.runs.push_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

// A line's key for repeat_keys, in two parts: its text with its digits blurred, as an id shared by the
// lines with the same such text (interned once per line, not copied and hashed once per key), and
// the rest, its numbers per way (short: no allocation). Two keys are equal when the texts they were
// made of, joined ("blurred" + "rest"), would be: the rest starts with '\x1F' (or is empty), so where
// no line's text holds a '\x1F' the blurred text ends where the rest starts. Where one does, every
// key keeps the whole joined text in `rest` and the id 0 (repeat_key_maker::whole).
struct repeat_key {
  std::size_t text = 0;
  std::string rest;
  bool operator==(const repeat_key& o) const { return text == o.text && rest == o.rest; }
};

struct repeat_key_hash {
  std::size_t operator()(const repeat_key& k) const {
    return std::hash<std::string>{}(k.rest) ^ (k.text * 0x9E3779B97F4A7C15ULL);
  }
};

class repeat_key_maker {
 public:
  // `whole`: some line compared holds a '\x1F' (see repeat_key).
  explicit repeat_key_maker(bool whole) : whole_(whole) {}

  // The keys a line repeats under on other pages: its text with its digits blurred, then, per way its
  // numbers may go from page to page (`follows`: a bit per number, set where the number follows the
  // pages, "Página 3 de 9" on the third page; clear where it stays the same), each number as printed
  // or less its page's index. Two lines of pages p and q are alike under a way when their keys are
  // equal: their numbers the same, or apart by q - p where they follow the pages. (Lines alike but
  // for numbers that do neither, "N° 1" atop one page and "N° 3" atop the next, are no running header.)
  std::vector<repeat_key> keys(const line& l, std::size_t page_index) {
    std::string blurred = digits_blurred(l.text);
    const numbers_of_line numbers = numbers_in(l.text);
    std::size_t text = 0;
    if (whole_) {
      rest_start_ = std::move(blurred);
    } else {
      text = ids_.try_emplace(std::move(blurred), ids_.size() + 1).first->second;
      rest_start_.clear();
    }
    std::vector<repeat_key> out;
    if (numbers.many) {  // its numbers as printed
      out.push_back({text, rest_start_ + '\x1F' + l.text});
      return out;
    }
    const std::size_t n = numbers.runs.size();
    out.reserve(1u << n);  // a key per way, at once
    for (unsigned follows = 0; follows < (1u << n); ++follows) {
      repeat_key key{text, rest_start_};
      bool possible = true;
      for (std::size_t k = 0; k < n && possible; ++k) {
        const std::string_view run = numbers.runs[k];
        if (!(follows & (1u << k))) {
          key.rest.append("\x1F=").append(run);
          continue;
        }
        // A page number is short: a longer run (a year, a code) does not follow the pages.
        if (run.size() > 6) {
          possible = false;
          break;
        }
        long long v = 0;
        for (char c : run) v = v * 10 + (c - '0');
        key.rest.append("\x1F+").append(std::to_string(v - static_cast<long long>(page_index)));
      }
      if (possible) out.push_back(std::move(key));
    }
    return out;
  }

 private:
  bool whole_;
  std::unordered_map<std::string, std::size_t> ids_;  // blurred text -> id (from 1)
  std::string rest_start_;  // what each key's rest starts with: the blurred text when whole_
};

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
  // Each edge line's keys (repeat_key_maker), once: per page, (line index, keys).
  std::vector<std::vector<std::pair<std::size_t, std::vector<repeat_key>>>> edge_keys(n);
  auto edges = [&](std::size_t p, auto&& each) {
    const auto& ls = pages[p];
    const std::size_t top = tops[p];
    for (std::size_t i = 0; i < top; ++i) each(i);
    for (std::size_t i = ls.size() > reach ? ls.size() - reach : 0; i < ls.size(); ++i)
      if (i >= top) each(i);
  };
  bool whole = false;  // some edge line holds a '\x1F' (repeat_key)
  for (std::size_t p = 0; p < n; ++p)
    edges(p, [&](std::size_t i) { whole = whole || pages[p][i].text.find('\x1F') != std::string::npos; });
  repeat_key_maker keys_of(whole);
  // key -> (page, top) of lines near the ends of pages
  std::unordered_map<repeat_key, std::vector<std::pair<std::size_t, double>>, repeat_key_hash> seen;
  for (std::size_t p = 0; p < n; ++p) {
    edges(p, [&](std::size_t i) {
      const line& l = pages[p][i];
      edge_keys[p].emplace_back(i, keys_of.keys(l, p));
      for (const auto& key : edge_keys[p].back().second) seen[key].push_back({p, l.top});
    });
  }
  const std::size_t needed = std::max<std::size_t>(1, n / 2);
  // Each key's occurrences sorted by height: a line repeats when enough occurrences on other pages
  // stand within the tolerance of its height (binary search: linear in the pages, not quadratic).
  for (auto& [key, at] : seen)
    std::sort(at.begin(), at.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
  auto repeats = [&](std::size_t p, std::size_t i) {
    const line& l = pages[p][i];
    if (is_ficha_label_line(l)) return false;
    const std::vector<repeat_key>* keys = nullptr;
    for (const auto& [k, ks] : edge_keys[p])
      if (k == i) keys = &ks;
    if (!keys) return false;
    for (const auto& key : *keys) {
      auto it = seen.find(key);
      if (it == seen.end()) continue;
      const auto& at = it->second;
      auto by_top = [](const std::pair<std::size_t, double>& a, double top) { return a.second < top; };
      auto by_top_upper = [](double top, const std::pair<std::size_t, double>& a) { return top < a.second; };
      auto from = std::lower_bound(at.begin(), at.end(), l.top - tuning::edge_repeat_tolerance, by_top);
      auto to = std::upper_bound(from, at.end(), l.top + tuning::edge_repeat_tolerance, by_top_upper);
      // Occurrences on this page itself are not repeats (a page has at most 2 * reach edge lines).
      std::size_t own = 0;
      for (const auto& [k, ks] : edge_keys[p]) {
        if (std::fabs(pages[p][k].top - l.top) > tuning::edge_repeat_tolerance) continue;
        if (std::find(ks.begin(), ks.end(), key) != ks.end()) ++own;
      }
      const auto in_range = static_cast<std::size_t>(to - from);
      if (in_range > own && in_range - own >= needed) return true;
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
  return text.size() < 160 && active_lexicon().is_no_commitments(fold(text));
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
    } else if (text.compare(i, 3, "\xE2\x94\x80") == 0 || text.compare(i, 3, "\xE2\x94\x81") == 0 ||
               text.compare(i, 3, "\xE2\x95\x90") == 0) {  // ─ ━ ═
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
