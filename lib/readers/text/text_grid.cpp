#include "readers/text/text_grid.hpp"

#include <algorithm>
#include <array>
#include <cstring>
#include <string>

#include "core/byte_scan.hpp"
#include "grammar/labels.hpp"

namespace informe::detail {

namespace {

// Calls `line(text, number)` for each line (LF, CRLF or CR), 1-based, until it returns false.
template <typename F>
void for_each_line(std::string_view text, F&& line) {
  int number = 1;
  std::size_t pos = 0;
  // Each line is searched for a CR only when the text has one (most have none: one search, not one
  // per line).
  const bool has_cr = std::memchr(text.data(), '\r', text.size()) != nullptr;
  while (pos < text.size()) {
    const void* lf = std::memchr(text.data() + pos, '\n', text.size() - pos);
    std::size_t end = lf ? static_cast<std::size_t>(static_cast<const char*>(lf) - text.data()) : text.size();
    if (const void* cr = has_cr ? std::memchr(text.data() + pos, '\r', end - pos) : nullptr)
      end = static_cast<std::size_t>(static_cast<const char*>(cr) - text.data());
    if (!line(text.substr(pos, end - pos), number++)) return;
    pos = end;
    if (pos < text.size() && text[pos] == '\r' && pos + 1 < text.size() && text[pos + 1] == '\n') ++pos;
    ++pos;
  }
}

// Runs of non-blank text separated by two blanks or more.
std::vector<std::string_view> spaced_groups(std::string_view s) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    if (i >= s.size()) break;
    std::size_t start = i, end = i;
    while (i < s.size()) {
      if (s[i] != ' ') {
        end = ++i;
      } else if (i + 1 < s.size() && s[i + 1] != ' ') {
        ++i;  // a single space inside the group
      } else {
        break;
      }
    }
    out.push_back(s.substr(start, end - start));
  }
  return out;
}

// Advance widths (em) of Liberation Sans / Arial, the usual face of these reports, for ASCII; other
// characters (accented letters, mostly) count as a lower-case letter, counted at their first byte
// (a continuation byte adds nothing).
constexpr std::array<double, 256> em_widths = [] {
  constexpr short ascii[95] = {
      278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,  // space to /
      556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,  // 0 to ?
      1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,  // @ to O
      667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,   // P to _
      333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,   // ` to o
      556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584};       // p to ~
  std::array<double, 256> t{};
  for (int c = 0; c < 256; ++c) {
    if (c >= 32 && c < 127) {
      t[static_cast<std::size_t>(c)] = ascii[c - 32] / 1000.0;
    } else if ((c & 0xC0) != 0x80) {
      t[static_cast<std::size_t>(c)] = 0.556;
    }
  }
  return t;
}();

// The line holds a part of a column title's word ("omprom", "ecomend", "umplim"), all in lower case
// or all in upper case. Each part has its "m" (or "M") at a known place: looked for around each "m" and
// "M" of the line (a search per letter, not per part and case; a line holds a few).
bool names_a_title_part(std::string_view l) {
  auto part_at = [&l](std::size_t m, std::size_t offset, std::string_view part) {
    return m >= offset && l.substr(m - offset, part.size()) == part;
  };
  auto around = [&](char m_letter, std::string_view omprom, std::string_view ecomend, std::string_view umplim) {
    for (std::size_t m = l.find(m_letter); m != std::string_view::npos; m = l.find(m_letter, m + 1))
      if (part_at(m, 1, omprom) || part_at(m, 3, ecomend) || part_at(m, 1, umplim)) return true;
    return false;
  };
  return around('m', "omprom", "ecomend", "umplim") || around('M', "OMPROM", "ECOMEND", "UMPLIM");
}

// is_column_header of the group as two matching cells, which is its one cell's verdict.
bool is_title(std::string_view group) { return column_header_cell(group) == column_cell::title; }

}  // namespace

bool has_spaced_table_header(std::string_view text) {
  bool found = false;
  for_each_line(text, [&](std::string_view l, int) {
    if (l.size() > 400 || l.find('\t') != std::string_view::npos) return true;
    // Any two of the titles: a header may be set over two lines ("Compromiso" above the others).
    if (!names_a_title_part(l)) return true;
    int titles = 0;
    for (auto g : spaced_groups(l)) titles += is_title(g) ? 1 : 0;
    found = titles >= 2;
    return !found;  // the first such line tells
  });
  return found;
}

std::vector<layout::page> grid_pages(std::string_view text) {
  using namespace text_grid;
  std::vector<layout::page> pages(1);
  pages.back().number = 1;
  // Room for the words of a page like the fullest before (a text's pages are alike): few
  // reallocations, each of which moves every word of the page.
  std::size_t expected_words = std::min<std::size_t>(text.size() / 8, 4096);
  std::size_t most_words = 0;  // on a page so far
  pages.back().words.reserve(expected_words);
  int row = 0;
  std::size_t widest = 0;
  auto close_page = [&] {
    pages.back().width = static_cast<double>(widest) * char_width;
    pages.back().height = row * line_height;
  };
  for_each_line(text, [&](std::string_view l, int number) {
    std::size_t byte = 0;
    std::size_t column = 0;  // code points before `byte` since the page's start on this line
    while (byte < l.size()) {
      char c = l[byte];
      if (c == '\f') {  // a page break: what follows is on the next page
        close_page();
        most_words = std::max(most_words, pages.back().words.size());
        expected_words = most_words + 16;
        pages.emplace_back();
        pages.back().number = static_cast<int>(pages.size());
        pages.back().words.reserve(expected_words);
        row = 0;
        widest = 0;
        column = 0;
        ++byte;
        continue;
      }
      if (c == ' ') {  // a run of spaces (the grid's columns are made of them)
        std::size_t end = byte + 1;
        while (end + 8 <= l.size() && detail::byte_scan::load(l, end) == detail::byte_scan::ones * ' ') end += 8;
        while (end < l.size() && l[end] == ' ') ++end;
        column += end - byte;
        byte = end;
        continue;
      }
      if (static_cast<unsigned char>(c) < 0x20) {  // tabs, vertical tabs and other controls
        column += c == '\t' ? 8 - column % 8 : 1;
        ++byte;
        continue;
      }
      // A word: everything up to a space or a control character.
      const std::size_t start = byte, start_column = column;
      double em = 0;  // the word's width in a proportional font, in em
      unsigned high = 0;  // some byte is not ASCII: then continuation bytes are counted out
      for (; byte < l.size(); ++byte) {
        const auto b = static_cast<unsigned char>(l[byte]);
        if (b <= 0x20) break;
        high |= b;
        em += em_widths[b];
      }
      // A continuation byte is no new character.
      column += (high & 0x80) != 0 ? byte_scan::count_lead(l, start, byte) : byte - start;
      // Made in place, its text a view of the input's (which outlives the pages: see grid_pages).
      const double y0 = row * line_height;
      layout::word& w = pages.back().words.emplace_back();
      w.text = l.substr(start, byte - start);
      w.x0 = static_cast<double>(start_column) * char_width;
      w.y0 = y0;
      w.x1 = static_cast<double>(column) * char_width;
      w.y1 = y0 + font_size * 1.15;
      w.size = font_size;
      w.bold = false;
      w.space_after = true;
      w.line = number;
      w.column = static_cast<int>(start) + 1;
      w.estimated_width = em * font_size;
    }
    if (column > widest) widest = column;
    ++row;
    return true;
  });
  close_page();
  // A final form feed leaves an empty page behind.
  if (pages.size() > 1 && pages.back().words.empty()) pages.pop_back();
  return pages;
}

}  // namespace informe::detail
