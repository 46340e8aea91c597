// The reader of text extracted from a report's PDF: markdown bold, one table row per line with
// tab-separated cells, stray HTML inside cells, blank lines where pages broke. It only finds lines,
// cells and fragments; the field grammar (lib/grammar) does the rest.
#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/byte_scan.hpp"
#include "core/encoding.hpp"
#include "core/line_index.hpp"
#include "core/swapped_letters.hpp"
#include "core/unicode.hpp"
#include "grammar/grammar.hpp"
#include "grammar/lexicon.hpp"
#include "grammar/html_fragments.hpp"
#include "grammar/report_builder.hpp"
#include "layout/fichas.hpp"
#include "layout/stacked_table.hpp"
#include "layout/furniture.hpp"
#include "layout/read_layout.hpp"
#include "layout/untitled_table.hpp"
#include "readers/text/text_grid.hpp"
#include "informe/io.hpp"

namespace informe {

namespace {

using detail::cell;
using detail::fragment;
using detail::header_line;
using detail::table_row;

constexpr std::size_t max_reported_html_problems = 20;

struct line {
  std::string_view text;
  int number = 0;
};

// Walks the lines of a text: LF, CRLF or CR end a line; the text of each line has no line end.
// Lines are not stored: a text of millions of short lines costs no memory per line.
class line_cursor {
 public:
  explicit line_cursor(std::string_view text) : text_(text) {}

  bool next(line& out) {
    if (pos_ >= text_.size()) return false;
    const char* begin = text_.data() + pos_;
    std::size_t left = text_.size() - pos_;
    const void* lf = std::memchr(begin, '\n', left);
    std::size_t length = lf ? static_cast<std::size_t>(static_cast<const char*>(lf) - begin) : left;
    if (const void* cr = std::memchr(begin, '\r', length)) length = static_cast<std::size_t>(static_cast<const char*>(cr) - begin);
    std::size_t end = pos_ + length;
    out.text = text_.substr(pos_, end - pos_);
    out.number = number_++;
    pos_ = end;
    if (pos_ < text_.size()) {
      if (text_[pos_] == '\r' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n') ++pos_;
      ++pos_;
    }
    return true;
  }
  /// Byte offset of the next line.
  std::size_t offset() const { return pos_; }

 private:
  std::string_view text_;
  std::size_t pos_ = 0;
  int number_ = 1;
};

bool is_blank(std::string_view s) {
  for (char c : s)
    if (c != ' ' && c != '\t' && c != '\f' && c != '\v') return false;
  return true;
}

// The cells of a line: at most four views, no allocation.
struct tab_cells {
  std::array<std::string_view, 4> items{};
  std::size_t count = 0;

  std::size_t size() const { return count; }
  std::string_view operator[](std::size_t i) const { return items[i]; }
  const std::string_view* begin() const { return items.data(); }
  const std::string_view* end() const { return items.data() + count; }
};

// The three cells of a line and, as a fourth, everything after the third tab (tabs included):
// a line with a million tabs costs no more than one with three.
tab_cells split_tabs(std::string_view s) {
  tab_cells cells;
  std::size_t start = 0;
  while (cells.count < 3) {
    std::size_t tab = s.find('\t', start);
    if (tab == std::string_view::npos) {
      cells.items[cells.count++] = s.substr(start);
      return cells;
    }
    cells.items[cells.count++] = s.substr(start, tab - start);
    start = tab + 1;
  }
  cells.items[cells.count++] = s.substr(start);
  return cells;
}

std::string without_bold(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  std::size_t start = 0;
  for (std::size_t mark = s.find("**"); mark != std::string_view::npos; mark = s.find("**", start)) {
    out.append(s.substr(start, mark - start));
    start = mark + 2;
  }
  out.append(s.substr(start));
  return out;
}

std::size_t count_bold_marks(std::string_view s) {
  std::size_t n = 0;
  for (std::size_t i = s.find("**"); i != std::string_view::npos; i = s.find("**", i + 2)) ++n;
  return n;
}

// Markup and leading blanks skipped: "<p>**4.** Replantear" -> "4.** Replantear".
std::string_view skip_markup(std::string_view s) {
  while (!s.empty()) {
    if (s.front() == ' ' || s.front() == '*') {
      s.remove_prefix(1);
    } else if (s.front() == '<') {
      std::size_t close = s.find('>');
      if (close == std::string_view::npos || close > 200) return s;
      s.remove_prefix(close + 1);
    } else {
      break;
    }
  }
  return s;
}

// "--\t---\t-----": every cell only dashes, colons, bars, equals signs or blanks, at least one dash.
bool is_separator(const tab_cells& cells) {
  bool dash = false;
  for (auto c : cells) {
    for (char ch : c) {
      if (ch == '-' || ch == '=' || ch == '_') {
        dash = true;
      } else if (ch != ' ' && ch != ':' && ch != '|' && ch != '+' && ch != '\t') {
        return false;
      }
    }
  }
  return dash;
}

// "Página 3 de 12", "página 3", "Pag. 3/12" (any case, accents, bold).
bool is_page_number(std::string_view line) {
  if (line.size() > 60) return false;
  std::string key = detail::fold(without_bold(line));
  std::string_view k = key;
  for (std::string_view word : {"pagina", "pag.", "pag"}) {
    if (k.substr(0, word.size()) == word) {
      k.remove_prefix(word.size());
      break;
    }
    if (word == "pag") return false;
  }
  bool digit = false;
  for (char c : k) {
    if (c >= '0' && c <= '9') {
      digit = true;
    } else if (c != ' ' && c != '/' && c != 'd' && c != 'e') {
      return false;
    }
  }
  return digit;
}

// detail::is_column_header of the cells with markup removed, a cell at a time: a table row's first
// cell ends it.
bool column_header_line(const tab_cells& cells) {
  if (cells.size() < 2) return false;
  for (auto c : cells)
    if (c.size() > 200) return false;
  std::size_t titles = 0;
  for (auto c : cells) {
    c = skip_markup(c);  // and bold marks, copying only a cell that has them
    switch (detail::column_header_cell(c.find("**") == std::string_view::npos ? c : without_bold(c))) {
      case detail::column_cell::empty: break;
      case detail::column_cell::title: ++titles; break;
      case detail::column_cell::other: return false;
    }
  }
  return titles >= 2;
}

bool starts_numbered_row(std::string_view first_cell) {
  return detail::leading_row_number(without_bold(skip_markup(first_cell.substr(0, 300)))).has_value();
}

class text_reader {
 public:
  text_reader(std::string_view text, diagnostics& diags) : text_(text), diags_(diags), builder_(diags) {}

  /// True when the text holds a table laid out with tabs (the seed's format).
  bool has_tab_table() const {
    // One search of the whole text first: most texts with no table of this kind have no tab at all
    // (a -layout text), and then no line need be looked at.
    if (text_.find('\t') == std::string_view::npos) return false;
    line_cursor cursor(text_);
    line l;
    while (cursor.next(l)) {
      if (l.text.find('\t') == std::string_view::npos) continue;
      auto cells = split_tabs(l.text);
      if (column_header_line(cells) || starts_numbered_row(cells[0])) return true;
    }
    return false;
  }

  report run() {
    line_cursor table = find_table();
    read_header(table.offset());
    read_table(table);
    report_html_problems();
    return builder_.finish();
  }

 private:
  // A cursor at the first line of the table (its column-header line or first numbered row), or at
  // the end when there is none.
  line_cursor find_table() const {
    line_cursor cursor(text_);
    std::optional<line_cursor> numbered_tab_row;
    std::optional<line_cursor> numbered_line;
    line_cursor before = cursor;
    line l;
    while (cursor.next(l)) {
      std::string_view t = l.text;
      if (t.find('\t') != std::string_view::npos) {
        auto cells = split_tabs(t);
        if (column_header_line(cells)) return before;
        if (!numbered_tab_row && starts_numbered_row(cells[0])) numbered_tab_row = before;
      } else if (!numbered_line && starts_numbered_row(t)) {
        numbered_line = before;
      }
      before = cursor;
    }
    if (numbered_tab_row) return *numbered_tab_row;
    if (numbered_line) return *numbered_line;
    return cursor;
  }

  // The position of byte `offset` of line `l`, its column in characters: counted on from the last
  // position asked on the same line (they are asked left to right), so a line of many cells stays linear.
  source_position position(const line& l, std::size_t offset) const {
    offset = std::min(offset, l.text.size());
    if (l.text.data() != counted_line_ || offset < counted_bytes_) {
      counted_line_ = l.text.data();
      counted_bytes_ = 0;
      counted_column_ = 1;
    }
    counted_column_ += static_cast<int>(detail::utf8_length(l.text.substr(counted_bytes_, offset - counted_bytes_)));
    counted_bytes_ = offset;
    return {l.number, counted_column_, 0};
  }

  // Header: one logical line per physical line, except that a bold span left open ("**INFORME ...
  // AL" / "30-06-2009**") joins the following lines until it closes.
  void read_header(std::size_t end) {
    line_cursor cursor(text_);
    line l;
    while (cursor.offset() < end && cursor.next(l)) {
      if (is_blank(l.text)) continue;
      read_header_line(l, cursor, end);
    }
  }

  // One header line (joined with the following ones while a bold span is open: "**INFORME ...
  // AL" / "30-06-2009**"), given to the grammar; `cursor` moves past the lines it joined.
  void read_header_line(const line& l, line_cursor& cursor, std::size_t end) {
    std::string text(l.text);
    if (count_bold_marks(text) % 2 == 1) {
      // Join the following lines (at most 7, not past a blank line) until the bold span closes.
      line_cursor ahead = cursor;
      line next;
      std::string joined = text;
      for (int k = 0; k < 7 && ahead.offset() < end && ahead.next(next) && !is_blank(next.text); ++k) {
        joined += ' ';
        joined += next.text;
        if (count_bold_marks(next.text) % 2 == 1) {
          text = std::move(joined);
          cursor = ahead;
          break;
        }
      }
    }
    std::size_t lead = 0;
    while (lead < text.size() && (text[lead] == ' ' || text[lead] == '*')) ++lead;
    header_line h;
    h.where = position(l, lead);
    std::string plain = without_bold(text);
    if (detail::looks_like_html(plain)) plain = flatten_html(plain, h.where);
    std::size_t tab = plain.find('\t');
    if (tab != std::string::npos) {
      std::string_view label = std::string_view(plain).substr(0, tab);
      std::string_view value = std::string_view(plain).substr(tab + 1);
      if (!is_blank(label) && !is_blank(value)) {
        h.label = std::string(label);
        h.text = std::string(value);
        h.value_where = h.where;
        builder_.add_header_line(std::move(h));
        return;
      }
    }
    h.text = std::move(plain);
    builder_.add_header_line(std::move(h));
  }

  std::string flatten_html(const std::string& html, source_position at) {
    cell c;
    html_.append(c, sanitized(html), at);
    std::string out;
    for (const auto& f : c.fragments) {
      if (f.type == fragment::kind::text) {
        out += f.text;
      } else {
        out += ' ';
        out += f.text;
      }
    }
    return out;
  }

  // For libxml2: bold marks removed; NUL (where it would stop) and other control characters
  // (which it complains about) become spaces.
  std::string_view sanitized(std::string_view s) {
    // Most cells need nothing: they are handed on as they are, not copied.
    namespace scan = detail::byte_scan;
    std::size_t first = 0;
    while (first < s.size()) {
      if (first + 8 <= s.size()) {  // eight bytes at once: no control character, DEL or '*' among them
        const std::uint64_t w = scan::load(s, first);
        // any_below(w, 0x20), any_equal(w, '*') and any_equal(w, 0x7F) in one test.
        const std::uint64_t star = w ^ (scan::ones * '*'), del = w ^ (scan::ones * 0x7F);
        const std::uint64_t hits = ((w - scan::ones * 0x20) & ~w) | ((star - scan::ones) & ~star) | ((del - scan::ones) & ~del);
        if ((hits & scan::highs) == 0) {
          first += 8;
          continue;
        }
        const std::size_t block_end = first + 8;
        while (first < block_end && !needs_sanitizing(s, first)) ++first;
        if (first < block_end) break;
        continue;
      }
      if (needs_sanitizing(s, first)) break;
      ++first;
    }
    if (first == s.size()) return s;
    scratch_.assign(s.substr(0, first));
    for (std::size_t i = first; i < s.size(); ++i) {
      char c = s[i];
      auto u = static_cast<unsigned char>(c);
      if (c == '*' && i + 1 < s.size() && s[i + 1] == '*') {
        ++i;
        continue;
      }
      scratch_ += (u < 0x20 && c != '\t') || u == 0x7F ? ' ' : c;
    }
    return scratch_;
  }

  // The byte at `i` is a control character or starts a bold mark ("**").
  static bool needs_sanitizing(std::string_view s, std::size_t i) {
    const auto u = static_cast<unsigned char>(s[i]);
    if (u > '*' && u != 0x7F) return false;
    if (u == '*') return i + 1 < s.size() && s[i + 1] == '*';
    return (u < 0x20 && u != '\t') || u == 0x7F;
  }

  void read_table(line_cursor cursor) {
    bool page_break = false;
    line l;
    line last;  // the last line read as part of a row
    std::size_t last_cells = 0;
    while (cursor.next(l)) {
      if (is_blank(l.text)) {
        page_break = true;
        continue;
      }
      if (l.text.find('\t') == std::string_view::npos) {
        // The page furniture a PDF-to-text tool leaves between table rows: the header block
        // printed again in bold at the top of a page, and page numbers.
        if (is_page_number(l.text)) {
          page_break = true;
          continue;
        }
        std::size_t lead = l.text.find_first_not_of(' ');
        if (lead != std::string_view::npos && l.text.compare(lead, 2, "**") == 0) {
          read_header_line(l, cursor, text_.size());
          page_break = true;
          continue;
        }
      }
      auto cells = split_tabs(l.text);
      if (is_separator(cells)) {
        page_break = true;
        continue;
      }
      if (column_header_line(cells)) {
        page_break = true;
        continue;
      }
      table_row row;
      row.where = position(l, 0);
      row.after_page_break = page_break;
      row.text_line = true;
      page_break = false;
      std::size_t offset = 0;
      for (std::size_t c = 0; c < cells.size(); ++c) {
        std::size_t target = c < 3 ? c : 2;
        if (c == 3 && !is_blank(cells[c])) {
          diags_.warning(position(l, offset), "the line has more than 3 tab-separated cells; the rest is read "
                                              "as part of the third");
          row.cells[target].add_break(position(l, offset));
        }
        read_cell(row.cells[target], cells[c], l, offset);
        offset += cells[c].size() + 1;
      }
      builder_.add_row(std::move(row));
      last = l;
      last_cells = cells.size();
    }
    warn_if_cut_short(last, last_cells);
  }

  // A text whose last row stops inside its first or second cell, without a line end, was cut short
  // (a download or copy that did not finish): its last row is incomplete, which is said.
  void warn_if_cut_short(const line& last, std::size_t cells) {
    if (last.number == 0 || cells >= 3 || text_.empty()) return;
    const char end = text_.back();
    if (end == '\n' || end == '\r') return;
    if (last.text.data() + last.text.size() != text_.data() + text_.size()) return;  // blank lines or furniture follow
    diags_.warning(position(last, 0), "the text ends in the middle of a table row (its last line has " +
                                          std::to_string(cells) + " of 3 cells and no line end): the file "
                                          "looks cut short, the row is incomplete");
  }

  void read_cell(cell& into, std::string_view text, const line& l, std::size_t offset) {
    if (is_blank(text)) return;
    source_position at = position(l, offset);
    if (!into.where.known()) into.where = at;
    if (detail::looks_like_html(text)) {
      html_.append(into, sanitized(text), at);
      return;
    }
    // Plain text: bold marks removed, every piece keeps its exact column.
    std::size_t start = 0;
    while (start <= text.size()) {
      std::size_t mark = text.find("**", start);
      std::size_t end = mark == std::string_view::npos ? text.size() : mark;
      if (end > start) into.add_text(std::string(text.substr(start, end - start)), position(l, offset + start));
      if (mark == std::string_view::npos) break;
      start = mark + 2;
    }
  }

  void report_html_problems() {
    std::size_t shown = 0;
    for (const auto& p : html_.problems()) {
      if (shown == max_reported_html_problems) {
        diags_.warning(p.where, "more HTML problems in the cells are not shown", diagnostic_code::limit_exceeded);
        break;
      }
      diags_.warning(p.where, "HTML in the text: " + p.message, diagnostic_code::markup);
      ++shown;
    }
  }

  std::string_view text_;
  mutable const char* counted_line_ = nullptr;  // position(): the line, bytes and column counted so far
  mutable std::size_t counted_bytes_ = 0;
  mutable int counted_column_ = 1;
  diagnostics& diags_;
  detail::report_builder builder_;
  detail::html_fragment_parser html_{max_reported_html_problems + 1};
  std::string scratch_;
};

// Laid out by spaces, with our writers' note of a report without commitments where the table would
// be ("Sin compromisos registrados."): a line is the note, and a header label has its value on its
// line after two blanks or more ("Ministerio:     MINISTERIO DE ...").
bool is_laid_out_without_rows(std::string_view text) {
  const detail::lexicon& lex = detail::active_lexicon();
  bool note = false, spaced_field = false;
  line_cursor cursor(text);
  line each;
  while (cursor.next(each)) {
    std::string_view l = each.text;
    while (!l.empty() && (l.front() == ' ' || l.front() == '\t' || l.front() == '\f')) l.remove_prefix(1);
    while (!l.empty() && l.back() == ' ') l.remove_suffix(1);
    if (l.empty() || l.size() > 4096) continue;
    if (l.size() < 160 && lex.may_start_no_commitments(l.front()) && lex.is_no_commitments(detail::fold(l))) note = true;
    if (auto m = detail::leading_label(l, detail::label_context::header))
      spaced_field = spaced_field || l.substr(m->end).starts_with("  ");
  }
  return note && spaced_field;
}

// Where the column titles are, when the text names them but not laid out in columns (each on its own
// line, or run together with single spaces): the line of "Recomendación". A title the extractor
// broke inside its word at a narrow column's edge ("RECOMENDACI" / "ÓN") is found over the two lines.
// A text whose table lost its titles (a page range, a producer that does not repeat them) still shows
// its cells' labels: the first "Fecha de Vencimiento:" or "Medios de Verificación:" stands for them.
std::optional<source_position> unlaid_table_header(std::string_view text) {
  line_cursor cursor(text);
  line l;
  std::optional<source_position> at, label_at;
  bool commitment = false, compliance = false;
  std::string previous;  // the line before, folded and trimmed
  int previous_number = 0;
  auto trimmed = [](std::string f) {
    const std::size_t b = f.find_first_not_of(" \t\f");
    if (b == std::string::npos) return std::string();
    return f.substr(b, f.find_last_not_of(" \t\f") - b + 1);
  };
  while (cursor.next(l)) {
    if (l.text.size() > 200) {
      previous.clear();
      continue;
    }
    std::string f = trimmed(detail::fold(l.text));
    const std::string across = previous.empty() ? std::string() : previous + f;
    auto where = [&](std::string_view word) -> std::optional<int> {
      if (f.find(word) != std::string::npos) return l.number;
      if (!across.empty() && across.find(word) != std::string::npos) return previous_number;
      return std::nullopt;
    };
    if (!at) {
      if (auto n = where("recomendacion")) at = source_position{*n, 1, 0};
    }
    commitment = commitment || where("compromiso");
    compliance = compliance || where("cumplimiento");
    if (!label_at) {
      const auto label = detail::leading_label(l.text, detail::label_context::cell);
      if (label && (label->which == detail::field::due || label->which == detail::field::verification))
        label_at = source_position{l.number, 1, 0};
    }
    previous = std::move(f);
    previous_number = l.number;
  }
  if (at && commitment && compliance) return at;
  return label_at;
}

// A UTF-8 text with bytes that are not UTF-8 (most of its multi-byte sequences are well-formed, so it
// stays UTF-8): the first bad byte is named with its position, the bad bytes become U+FFFD. A text
// whose bytes are Latin-1 throughout is read as windows-1252 without a word: nothing is lost.
void warn_about_encoding(std::string_view bytes, const detail::decoded_text& decoded, diagnostics& diags) {
  const std::size_t at = decoded.first_invalid_utf8;
  if (at == std::string::npos || at >= bytes.size() || decoded.charset != "UTF-8") return;
  std::string_view before = bytes.substr(0, at);
  const std::size_t newline = before.find_last_of('\n');
  const std::size_t line_start = newline == std::string_view::npos ? 0 : newline + 1;
  int line = 1;
  for (char c : before) line += c == '\n';
  int column = 1;  // in characters: continuation bytes do not count
  for (std::size_t i = line_start; i < at; ++i) column += (static_cast<unsigned char>(bytes[i]) & 0xC0) != 0x80;
  static constexpr char hex[] = "0123456789ABCDEF";
  const auto byte = static_cast<unsigned char>(bytes[at]);
  std::string what = std::string("byte 0x") + hex[byte >> 4] + hex[byte & 15] + " is not UTF-8";
  if (decoded.invalid_utf8 > 1) what += " (nor are " + std::to_string(decoded.invalid_utf8 - 1) + " more sequences)";
  diags.warning({line, column, 0}, what + ": the text is read as UTF-8, bad bytes shown as U+FFFD");
}

// pdftotext ends every page with a form feed; `pdftotext -layout -nopgbrk` does not. A text with
// none that is longer than a page can be (US Legal at 6-point type: about 145 lines) ran its pages
// together. Where its pages end on a footer that counts them ("Página 3 de 9", a browser's address
// and "3/9"), the page breaks are put back after those; otherwise running headers and footers and
// columns shifted sideways page by page are read as one page's. Read either way, and said.
// Returns the text with its page breaks put back, or nothing.
std::optional<std::string> restore_page_breaks(std::string_view text, diagnostics& diags) {
  constexpr std::size_t page_lines_max = 150;
  if (text.find('\f') != std::string_view::npos) return std::nullopt;
  const auto lines = static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
  if (lines <= page_lines_max) return std::nullopt;
  std::string out;
  std::size_t footers = 0;
  for (std::size_t at = 0; at < text.size();) {
    std::size_t end = text.find('\n', at);
    end = end == std::string_view::npos ? text.size() : end + 1;
    const std::string_view l = text.substr(at, end - at);
    out += l;
    if (detail::layout::is_page_count_footer(l.substr(0, l.size() - (l.ends_with('\n') ? 1 : 0)))) {
      out += '\f';
      ++footers;
    }
    at = end;
  }
  const std::string head = "the text has " + std::to_string(lines) + " lines and no page breaks (form feeds), as "
                           "pdftotext -nopgbrk writes it: ";
  const std::string remedy = "; extract it again with pdftotext -layout alone, or convert the PDF itself";
  if (footers >= 2) {
    diags.warning({1, 1, 0},
                  head + "they were put back after the " + std::to_string(footers) + " footers that count its pages" +
                      remedy,
                  diagnostic_code::layout_inferred);
    return out;
  }
  diags.warning({1, 1, 0},
                head + "its pages run together, so running headers and footers and columns that shift from page "
                       "to page are read as one page's" + remedy,
                diagnostic_code::layout_inferred);
  return std::nullopt;
}

}  // namespace

report read_text(std::string_view input, const read_options& options, diagnostics& diags) {
  if (input.size() > options.max_input_bytes) {
    throw error("the input is " + std::to_string(input.size()) + " bytes, more than the limit of " +
                    std::to_string(options.max_input_bytes) + " (read_options::max_input_bytes)",
                {1, 1, 0});
  }
  const detail::reading_scope labels_in_use(options, diags);
  // Most texts are UTF-8 already, without a byte order mark: those are read in place, not copied
  // (decode_to_utf8 would return the same bytes, and warn_about_encoding say nothing).
  detail::decoded_text decoded;
  std::string_view text = input;
  if (input.starts_with("\xEF\xBB\xBF") || !detail::is_valid_utf8(input)) {
    decoded = detail::decode_to_utf8(input);
    warn_about_encoding(input, decoded, diags);
    text = decoded.utf8;
  }
  // Text pulled from a PDF rewritten by Ghostscript: its ligatures' letters in the wrong byte order
  // ("Cali昀椀cación"), put right before reading (a character for a character: columns stay), and said.
  std::optional<detail::swapped_letters_repair> unswapped = detail::repair_swapped_letters(text);
  if (unswapped) {
    diagnostic d;
    d.level = severity::info;
    d.where = detail::position_of(text, unswapped->first_offset);
    d.message = detail::swapped_letters_message(unswapped->words, unswapped->first_read, unswapped->first);
    d.code = diagnostic_code::encoding;
    d.content = unswapped->first_read;
    diags.add(std::move(d));
    text = unswapped->text;
  }
  bool empty = true;
  for (char c : text) {
    if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != '\f' && c != '\v') {
      empty = false;
      break;
    }
  }
  if (empty) {
    throw error("the input is empty: no report found", {1, 1, 0});
  }
  text_reader reader(text, diags);
  if (reader.has_tab_table()) return reader.run();
  // Columns laid out with spaces (pdftotext -layout): the layout engine reads it as it reads a PDF.
  // A report without rows, as our writers print it (a note where the table would be): read by the
  // layout engine too, whose header block reads labels and values set apart by spaces.
  // Commitments printed as fichas (a label column, each value after two blanks or more), and a table
  // printed without its title row (row numbers, then three columns whose cells hold labels), too.
  // And a table printed as one column, its titles and each row's cells one below the other: read when
  // its layout says so (its grid's lines found so, furniture aside).
  std::vector<detail::layout::page> pages;
  auto stacked = [&] {
    pages = detail::grid_pages(text);
    return detail::layout::reads_as_stacked_table(pages);
  };
  if (detail::has_spaced_table_header(text) || is_laid_out_without_rows(text) ||
      detail::layout::has_spaced_fichas(text) || detail::layout::has_spaced_untitled_table(text) ||
      (unlaid_table_header(text) && stacked())) {
    // Measured on the reader corpus, a -layout text reads exactly one time in two: the grid keeps
    // neither the vertical space that separates paragraphs and list items nor, where the extractor
    // shifted a block of a column sideways, always the column a few words belong to.
    diags.warning({1, 1, 0}, "text laid out by spaces (pdftotext -layout): columns, paragraphs and list items are "
                             "inferred from the character grid and may differ from the PDF; convert the PDF "
                             "itself (informe convert report.pdf) for an exact read", diagnostic_code::layout_inferred);
    const std::optional<std::string> paged = restore_page_breaks(text, diags);
    if (paged || pages.empty()) pages = detail::grid_pages(paged ? std::string_view(*paged) : text);
    detail::report_builder builder(diags);
    detail::layout::read_layout(pages, builder, diags);
    return builder.finish();
  }
  if (auto at = unlaid_table_header(text)) {
    throw error("the table's columns cannot be told apart: this text has no column layout (extracted by "
                "pdftotext without -layout?). Convert the PDF itself (informe convert report.pdf), or "
                "extract its text with pdftotext -layout",
                *at);
  }
  return reader.run();
}

}  // namespace informe
