#include "pdf_reader/layout.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "core/unicode.hpp"
#include "grammar/input.hpp"
#include "grammar/labels.hpp"
#include "grammar/paragraphs.hpp"
#include "grammar/status.hpp"

namespace informe::detail::pdfin {

namespace {

// ---- small text helpers ----

// The first code point of a UTF-8 string and its length in bytes (0 for an empty string).
char32_t first_code_point(std::string_view s, std::size_t* length = nullptr) {
  if (s.empty()) {
    if (length) *length = 0;
    return 0;
  }
  auto b = static_cast<unsigned char>(s[0]);
  std::size_t n = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
  if (n > s.size()) n = s.size();
  char32_t c = n == 1 ? b : n == 2 ? (b & 0x1F) : n == 3 ? (b & 0x0F) : (b & 0x07);
  for (std::size_t i = 1; i < n; ++i) c = (c << 6) | (static_cast<unsigned char>(s[i]) & 0x3F);
  if (length) *length = n;
  return c;
}

bool single_code_point(std::string_view s) {
  std::size_t n = 0;
  first_code_point(s, &n);
  return n > 0 && n == s.size();
}


// Unambiguous list bullets.
bool is_bullet_char(char32_t c) {
  return c == 0x2022 || c == 0x25CF || c == 0x25E6 || c == 0x25AA || c == 0x25A0 || c == 0x2023 ||
         c == 0x2219 || c == 0x00B7 || c == 0xF0B7 || c == 0xF0A7 || c == 0x2043;
}

// Markers that may also be punctuation at a line start ("- ", "– ", "* ").
bool is_dash_marker(std::string_view w) { return w == "-" || w == "\xE2\x80\x93" || w == "*"; }

// An upper-case letter or a digit starts the text (a new paragraph may start there).
bool starts_upper(std::string_view s) {
  if (s.empty()) return false;
  char32_t c = first_code_point(s);
  if (c >= '0' && c <= '9') return true;
  if (c >= 'A' && c <= 'Z') return true;
  return c == U'Á' || c == U'É' || c == U'Í' || c == U'Ó' || c == U'Ú' || c == U'Ñ' || c == U'¿' || c == U'¡' ||
         c == U'«' || c == U'"' || c == U'“';
}

// The text ends with ":" or ";" (white space aside).
bool ends_clause(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return !s.empty() && (s.back() == ':' || s.back() == ';');
}

bool starts_digit(std::string_view s) { return !s.empty() && s.front() >= '0' && s.front() <= '9'; }

bool is_letter_byte(char c) {
  auto b = static_cast<unsigned char>(c);
  return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || b >= 0x80;
}

// "económico-" + "social", "MINECON/" + "CORFO": the break was inside a word; join without a space.
bool joins_without_space(std::string_view before, std::string_view after) {
  // A line that starts with a closing dash ("— quedó ..."): in Spanish the dash that closes an
  // aside sticks to the word before it ("del año— quedó"); an opening one sticks to the word after.
  if (after.rfind("\xE2\x80\x94", 0) == 0 && (after.size() == 3 || after[3] == ' ' || after[3] == ',' ||
                                               after[3] == '.' || after[3] == ';' || after[3] == ':'))
    return !before.empty() && before.back() != ' ';
  if (before.size() < 2 || after.empty()) return false;
  char last = before.back();
  if (last != '-' && last != '/') return false;
  return is_letter_byte(before[before.size() - 2]) && (is_letter_byte(after.front()) || (after.front() >= '0' && after.front() <= '9'));
}

// Digits replaced by '#': "Página 3 de 9" and "Página 4 de 9" compare equal.
std::string digits_blurred(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool in_digits = false;
  for (char c : s) {
    if (c >= '0' && c <= '9') {
      if (!in_digits) out += '#';
      in_digits = true;
    } else {
      out += c;
      in_digits = false;
    }
  }
  return out;
}

std::string folded_short(std::string_view s, std::size_t limit = 160) {
  if (s.size() > limit) return {};
  return fold(s);
}

// ---- lines ----

struct line {
  std::vector<const word*> words;  // left to right
  double top = 0, bottom = 0, x0 = 0, x1 = 0, size = 0;
  int index = 0;  // 1-based on its page
  bool dropped = false;
  bool table_header = false;
  std::string text;
};

double space_width(double size) { return 0.28 * size; }

// Words joined with spaces where there is a gap (poppler splits words at font changes too).
std::string join_words(const std::vector<const word*>& ws, std::size_t from, std::size_t to) {
  std::string out;
  for (std::size_t i = from; i < to; ++i) {
    const word* w = ws[i];
    if (i > from) {
      const word* p = ws[i - 1];
      if (p->space_after || w->x0 - p->x1 > 0.12 * std::max(p->size, 1.0)) out += ' ';
    }
    out += w->text;
  }
  return out;
}

std::vector<line> build_lines(const page& pg) {
  std::vector<const word*> ws;
  ws.reserve(pg.words.size());
  for (const auto& w : pg.words) ws.push_back(&w);
  auto centre = [](const word* w) { return (w->y0 + w->y1) / 2; };
  std::stable_sort(ws.begin(), ws.end(), [&](const word* a, const word* b) { return centre(a) < centre(b); });
  std::vector<line> out;
  double c_sum = 0;
  std::size_t c_count = 0;
  for (const word* w : ws) {
    double h = std::max(w->y1 - w->y0, 0.5);
    if (!out.empty()) {
      line& l = out.back();
      double lc = c_sum / static_cast<double>(c_count);
      double lh = std::max(l.bottom - l.top, 0.5);
      if (std::fabs(centre(w) - lc) <= 0.35 * std::min(h, lh)) {
        l.words.push_back(w);
        l.top = std::min(l.top, w->y0);
        l.bottom = std::max(l.bottom, w->y1);
        c_sum += centre(w);
        ++c_count;
        continue;
      }
    }
    line l;
    l.words.push_back(w);
    l.top = w->y0;
    l.bottom = w->y1;
    out.push_back(std::move(l));
    c_sum = centre(w);
    c_count = 1;
  }
  for (auto& l : out) {
    std::stable_sort(l.words.begin(), l.words.end(), [](const word* a, const word* b) { return a->x0 < b->x0; });
    l.x0 = l.words.front()->x0;
    l.x1 = 0;
    l.size = 0;
    for (const word* w : l.words) {
      l.x1 = std::max(l.x1, w->x1);
      l.size = std::max(l.size, w->size);
    }
    l.text = join_words(l.words, 0, l.words.size());
  }
  std::stable_sort(out.begin(), out.end(), [](const line& a, const line& b) { return a.top < b.top; });
  for (std::size_t i = 0; i < out.size(); ++i) out[i].index = static_cast<int>(i) + 1;
  return out;
}

// ---- the table header and its columns ----

struct group {
  std::size_t from = 0, to = 0;  // word range in the line
  double x0 = 0, x1 = 0;
  std::string text;
};

std::vector<group> word_groups(const line& l) {
  std::vector<group> out;
  for (std::size_t i = 0; i < l.words.size(); ++i) {
    const word* w = l.words[i];
    if (out.empty() || w->x0 - out.back().x1 > 0.8 * std::max(l.size, 1.0)) {
      out.push_back({i, i + 1, w->x0, w->x1, {}});
    } else {
      out.back().to = i + 1;
      out.back().x1 = std::max(out.back().x1, w->x1);
    }
  }
  for (auto& g : out) g.text = join_words(l.words, g.from, g.to);
  return out;
}

bool is_column_title(std::string_view text) {
  std::array<std::string_view, 2> twice{text, text};  // is_column_header wants two matching cells
  return is_column_header(twice);
}

// Where the header's column groups are; nullopt when the line is not a table header.
struct header_columns {
  bool number = false;           // a number column left of "Recomendación"
  std::vector<group> groups;     // [number,] recommendation, commitment, compliance
};

std::optional<header_columns> match_table_header(const line& l) {
  if (l.words.size() < 3 || l.text.size() > 200) return std::nullopt;
  auto groups = word_groups(l);
  if (groups.size() < 3 || groups.size() > 6) return std::nullopt;
  for (std::size_t k = 0; k + 3 <= groups.size(); ++k) {
    if (!is_column_title(groups[k].text) || !is_column_title(groups[k + 1].text) ||
        !is_column_title(groups[k + 2].text))
      continue;
    header_columns h;
    if (k >= 1 && groups[k - 1].text.size() <= 12) {
      h.number = true;
      h.groups.push_back(groups[k - 1]);
    }
    for (std::size_t j = k; j < k + 3; ++j) h.groups.push_back(groups[j]);
    return h;
  }
  return std::nullopt;
}

struct columns {
  bool number = false;
  std::vector<double> bounds;  // x where column i+1 starts (size = column count - 1)
  std::size_t count() const { return bounds.size() + 1; }
  std::size_t of(double x0) const {
    std::size_t c = 0;
    while (c < bounds.size() && x0 >= bounds[c]) ++c;
    return c;
  }
};

// The boundary between two header groups: the middle of the widest least-covered gutter between
// them, measured on the body lines' words.
double gutter_between(const group& left, const group& right, const std::vector<const line*>& body) {
  double a = left.x1, b = right.x0;
  if (b - a < 1) return (left.x1 + right.x0) / 2;
  constexpr double step = 0.5;
  std::size_t n = static_cast<std::size_t>((b - a) / step) + 1;
  if (n > 4000) n = 4000;
  std::vector<int> cover(n, 0);
  for (const line* l : body) {
    for (const word* w : l->words) {
      if (w->x1 <= a || w->x0 >= b) continue;
      auto from = static_cast<std::size_t>(std::max(0.0, (w->x0 - a) / step));
      auto to = static_cast<std::size_t>(std::min(static_cast<double>(n), std::ceil((w->x1 - a) / step)));
      for (std::size_t i = from; i < to && i < n; ++i) ++cover[i];
    }
  }
  int least = *std::min_element(cover.begin(), cover.end());
  std::size_t best_from = 0, best_len = 0;
  for (std::size_t i = 0; i < n;) {
    if (cover[i] != least) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < n && cover[j] == least) ++j;
    if (j - i > best_len) {
      best_len = j - i;
      best_from = i;
    }
    i = j;
  }
  return a + (static_cast<double>(best_from) + static_cast<double>(best_len) / 2) * step;
}

columns columns_of(const header_columns& h, const std::vector<const line*>& body) {
  columns c;
  c.number = h.number;
  for (std::size_t i = 0; i + 1 < h.groups.size(); ++i) c.bounds.push_back(gutter_between(h.groups[i], h.groups[i + 1], body));
  return c;
}

// A line whose words run across a column boundary is not part of the table.
bool crosses_columns(const line& l, const columns& cols) {
  for (std::size_t i = 0; i < l.words.size(); ++i) {
    const word* w = l.words[i];
    for (double b : cols.bounds) {
      if (w->x0 < b - 1 && w->x1 > b + 1) return true;
    }
    if (i > 0) {
      const word* p = l.words[i - 1];
      if (cols.of(p->x0) != cols.of(w->x0) && w->x0 - p->x1 < 0.5 * std::max(w->size, 1.0)) return true;
    }
  }
  return false;
}

// ---- furniture ----

bool is_continued_mark(std::string_view text);

bool page_number_line(std::string_view text) {
  if (text.size() > 80) return false;
  std::string key = digits_blurred(fold(text));
  if (key.find("pagina # de #") != std::string::npos || key.find("page # of #") != std::string::npos ||
      key.find("pag. # de #") != std::string::npos || key.find("pagina #") != std::string::npos)
    return true;
  return key == "#" || key == "# / #" || key == "#/#" || key == "- # -" || key == "# de #";
}

void drop_furniture(std::vector<std::vector<line>>& pages) {
  const std::size_t n = pages.size();
  constexpr std::size_t reach = 4;  // lines looked at from each end of a page
  if (n >= 2) {
    // key -> (page, top) of lines near the ends of pages
    std::unordered_map<std::string, std::vector<std::pair<std::size_t, double>>> seen;
    auto consider = [&](std::size_t p, const line& l) { seen[digits_blurred(l.text)].push_back({p, l.top}); };
    for (std::size_t p = 0; p < n; ++p) {
      auto& ls = pages[p];
      for (std::size_t i = 0; i < ls.size() && i < reach; ++i) consider(p, ls[i]);
      for (std::size_t i = ls.size() > reach ? ls.size() - reach : 0; i < ls.size(); ++i)
        if (i >= reach) consider(p, ls[i]);
    }
    const std::size_t needed = std::max<std::size_t>(1, (n - 1 + 1) / 2);
    auto repeats = [&](std::size_t p, const line& l) {
      auto it = seen.find(digits_blurred(l.text));
      if (it == seen.end()) return false;
      std::size_t others = 0;
      std::size_t last_page = n;
      for (const auto& [q, top] : it->second) {
        if (q == p || q == last_page) continue;
        if (std::fabs(top - l.top) <= 2.5) {
          ++others;
          last_page = q;
        }
      }
      return others >= needed;
    };
    for (std::size_t p = 0; p < n; ++p) {
      auto& ls = pages[p];
      for (std::size_t i = 0; i < ls.size() && i < reach; ++i) {
        if (ls[i].table_header || !repeats(p, ls[i])) break;
        ls[i].dropped = true;
      }
      for (std::size_t k = 0; k < reach && k < ls.size(); ++k) {
        line& l = ls[ls.size() - 1 - k];
        if (l.table_header || l.dropped || is_continued_mark(l.text) || !repeats(p, l)) break;
        l.dropped = true;
      }
    }
  }
  for (auto& ls : pages) {
    for (std::size_t i = 0; i < ls.size() && i < 2; ++i)
      if (!ls[i].table_header && page_number_line(ls[i].text)) ls[i].dropped = true;
    for (std::size_t k = 0; k < 2 && k < ls.size(); ++k) {
      line& l = ls[ls.size() - 1 - k];
      if (!l.table_header && page_number_line(l.text)) l.dropped = true;
    }
  }
}

source_position position_of(int page_number, const line& l) { return {l.index, 0, page_number}; }

// ---- the header block ----

class header_reader {
 public:
  header_reader(report_builder& b) : builder_(b) {}

  void add(int page_number, const line& l) {
    if (ended_) return;
    // The smallest advance from one line of the block to the next: the producer's line height.
    // (paragraph_gap compares with the height known before this line.)
    known_line_height_ = line_height_;
    if (last_ && page_ == page_number && l.top > last_->top && std::fabs(l.size - last_->size) < 0.1) {
      const double advance = l.top - last_->top;
      if (line_height_ == 0 || advance < line_height_) line_height_ = advance;
    }
    page_ = page_number;
    const source_position at = position_of(page_number, l);
    // A label cell and a value cell: a wide gap right after a known label.
    for (std::size_t i = 1; i < l.words.size(); ++i) {
      const word* p = l.words[i - 1];
      const word* w = l.words[i];
      if (w->x0 - p->x1 > std::max(1.0 * l.size, 6.0)) {
        std::string label = join_words(l.words, 0, i);
        if (match_label(label, label_context::header) != field::none) {
          flush();
          pending_ = header_line{label, join_words(l.words, i, l.words.size()), at, at};
          has_pending_ = true;
          mode_ = mode::two_column;
          value_x_ = w->x0;
          last_ = &l;
          fields_ = true;
          return;
        }
        break;
      }
    }
    if (leading_label(l.text, label_context::header)) {
      flush();
      pending_ = header_line{{}, l.text, at, {}};
      has_pending_ = true;
      mode_ = mode::inline_field;
      last_ = &l;
      fields_ = true;
      return;
    }
    std::string head = folded_short(l.text.substr(0, std::min<std::size_t>(l.text.size(), 60)));
    if (head.rfind("informe de cumplimiento", 0) == 0 && mode_ == mode::none) {
      flush();
      pending_ = header_line{{}, l.text, at, {}};
      has_pending_ = true;
      mode_ = mode::title;
      last_ = &l;
      return;
    }
    switch (mode_) {
      case mode::title:
        append(l);
        return;
      case mode::two_column:
        if (l.x0 < value_x_ - 3) {
          ended_ = true;  // a summary or a heading after the block
          flush();
          return;
        }
        [[fallthrough]];
      case mode::inline_field:
        // A bulleted list in a field's value ("Observación:"): each bullet starts an item, lines
        // indented to the item's text continue it, and a line back at the margin starts a paragraph.
        if (fields_ && l.words.size() > 1 && is_bullet_char(first_code_point(l.words[0]->text)) &&
            l.words[0]->text.size() <= 4) {
          flush();
          pending_ = header_line{{}, join_words(l.words, 1, l.words.size()), at, {}};
          pending_.list_item = true;
          has_pending_ = true;
          item_x_ = l.words[1]->x0;
          last_ = &l;
          return;
        }
        if (pending_.list_item && has_pending_ && l.x0 < item_x_ - 1) {
          flush();
          pending_ = header_line{{}, l.text, at, {}};
          has_pending_ = true;
          last_ = &l;
          return;
        }
        // A new paragraph of the value: a line further below than the block's line height (once two
        // lines have shown it; until then, more than 1.45 lines).
        if (last_ && paragraph_gap(l)) {
          flush();
          pending_ = header_line{{}, l.text, at, {}};
          has_pending_ = true;
          last_ = &l;
        } else {
          append(l);
        }
        return;
      case mode::none:
        flush();
        builder_.add_header_line(header_line{{}, l.text, at, {}});
        return;
    }
  }

  void finish() { flush(); }

 private:
  enum class mode { none, title, two_column, inline_field };

  bool paragraph_gap(const line& l) const {
    const double size = std::max(last_->size, 1.0);
    const double gap = l.top - last_->top;
    return known_line_height_ > 0 ? gap > known_line_height_ + std::max(1.0, 0.12 * size) : gap > 1.45 * size;
  }

  void append(const line& l) {
    if (!has_pending_) {
      pending_ = header_line{{}, l.text, position_of(page_, l), {}};
      has_pending_ = true;
    } else if (joins_without_space(pending_.text, l.text)) {
      pending_.text += l.text;
    } else {
      pending_.text += ' ';
      pending_.text += l.text;
    }
    last_ = &l;
  }

  void flush() {
    if (has_pending_) builder_.add_header_line(std::move(pending_));
    pending_ = {};
    has_pending_ = false;
  }

  report_builder& builder_;
  header_line pending_;
  bool has_pending_ = false;
  mode mode_ = mode::none;
  double value_x_ = 0;
  double item_x_ = 0;  // left edge of the current list item's text
  double line_height_ = 0;        // the smallest advance from one line of the block to the next
  double known_line_height_ = 0;  // line_height_ before the current line
  const line* last_ = nullptr;
  bool fields_ = false;
  bool ended_ = false;
  int page_ = 0;
};

// ---- the table ----

struct cell_line {
  std::string text;
  double x0 = 0, x1 = 0, top = 0, size = 0;
  double first_width = 0;       // the first word (for "would it have fitted")
  double second_end = 0;        // right edge of the second word, relative to x0 (dash bullets)
  bool bullet = false;          // an unambiguous bullet led the line (removed from text)
  bool dash = false;            // a "-", "–" or "*" led the line (kept in text until decided)
  source_position where;
  int page = 0;
};

// A word too long for its column that the producer broke where the column ended ("FOSIS/SERCOTECCORFO/MI"
// then "NECON, con el ..."): the line holds that one word, which reaches the column's right edge, and
// letters or digits meet across the break.
bool broken_word(const cell_line& before, const cell_line& after, double right_edge) {
  if (before.text.empty() || after.text.empty() || before.text.find(' ') != std::string::npos) return false;
  if (before.x1 < right_edge - 0.75 * std::max(before.size, 1.0)) return false;
  auto word_byte = [](char c) { return is_letter_byte(c) || (c >= '0' && c <= '9'); };
  return word_byte(before.text.back()) && word_byte(after.text.front());
}

struct segment {
  std::string number;           // the number column's text (4-column tables)
  bool starts_row = false;
  double top = 0;
  std::array<std::vector<cell_line>, 3> cells;
  bool continued = false;       // "(continúa)" at its end
  source_position where;
  int page = 0;
};

// The cell line of words [from, to) of `l`, decorations removed; nullopt when nothing is left.
std::optional<cell_line> make_cell_line(const line& l, std::size_t from, std::size_t to, int page_number) {
  std::vector<const word*> ws;
  for (std::size_t i = from; i < to; ++i) {
    const word* w = l.words[i];
    if (!ws.empty() && single_code_point(w->text)) {
      char32_t c = first_code_point(w->text);
      bool after_label = !ws.back()->text.empty() && ws.back()->text.back() == ':';
      if (is_decorative_shape(c) || (after_label && c == 0x2013)) continue;  // "Calificación: ● Cumplido"
    }
    ws.push_back(w);
  }
  if (ws.empty()) return std::nullopt;
  cell_line c;
  c.where = position_of(page_number, l);
  c.page = page_number;
  c.top = ws.front()->y0;
  c.size = 0;
  for (const word* w : ws) {
    c.size = std::max(c.size, w->size);
    c.top = std::min(c.top, w->y0);
  }
  std::size_t start = 0;
  std::size_t n0 = 0;
  char32_t c0 = first_code_point(ws[0]->text, &n0);
  std::string lead;
  if (is_bullet_char(c0)) {
    if (n0 == ws[0]->text.size()) {
      if (ws.size() == 1) return std::nullopt;  // a lone bullet
      start = 1;
    } else {
      lead = ws[0]->text.substr(n0);
    }
    c.bullet = true;
  } else if (is_dash_marker(ws[0]->text) && ws.size() > 1) {
    c.dash = true;
  }
  std::vector<const word*> rest(ws.begin() + static_cast<std::ptrdiff_t>(start), ws.end());
  c.text = join_words(rest, 0, rest.size());
  if (!lead.empty()) c.text = lead + c.text.substr(ws[0]->text.size());
  c.x0 = rest.front()->x0;
  c.x1 = 0;
  for (const word* w : rest) c.x1 = std::max(c.x1, w->x1);
  c.first_width = rest.front()->x1 - rest.front()->x0;
  c.second_end = rest.size() > 1 ? rest[1]->x1 - rest.front()->x0 : c.first_width;
  if (c.bullet && start == 1) c.x0 = ws[0]->x0;  // the item starts at its bullet
  std::size_t k = 0;
  while (k < c.text.size() && c.text[k] == ' ') ++k;
  c.text.erase(0, k);
  if (c.text.empty()) return std::nullopt;
  return c;
}

bool is_continued_mark(std::string_view text) {
  if (text.size() > 24) return false;
  std::string f = fold(text);
  return f == "(continua)" || f == "(continua...)" || f == "continua..." || f == "(sigue)" || f == "(cont.)";
}

// What the writers print when a row has no status: no value.
bool is_no_status(std::string_view text) {
  if (text.size() > 40) return false;
  return fold(text) == "calificacion: sin calificacion";
}

// Line spacing per font size, learnt from consecutive lines of the same cell.
class spacing {
 public:
  void sample(double size, double advance) {
    if (advance <= 0 || advance > 4 * size) return;
    counts_[key(size)][static_cast<int>(std::lround(advance * 4))]++;
  }
  void finish() {
    for (auto& [k, hist] : counts_) {
      int best = 0, best_count = 0;
      for (auto& [a, n] : hist)
        if (n > best_count) {
          best = a;
          best_count = n;
        }
      modes_[k] = best / 4.0;
    }
  }
  // The advance beyond which a new paragraph starts.
  double threshold(double size) const {
    auto it = modes_.find(key(size));
    double normal = it != modes_.end() && it->second >= 0.9 * size ? it->second : 1.25 * size;
    return normal + std::max(1.0, 0.12 * size);
  }

 private:
  static int key(double size) { return static_cast<int>(std::lround(size * 2)); }
  std::map<int, std::map<int, int>> counts_;
  std::map<int, double> modes_;
};

// Builds one grammar cell from its lines, page after page.
class cell_builder {
 public:
  void add(const cell_line& l, double column_left, double right_edge, const spacing& sp) {
    // Lists whose markers are drawn, not written (browsers): their lines are indented.
    const bool indented = l.x0 > column_left + std::max(4.0, 0.6 * l.size);
    if (!last_) {
      const bool bullet = l.bullet || (l.dash && l.x0 <= column_left + 1.5);
      start(l, bullet || indented, !bullet && indented);
      return;
    }
    const bool same_page = last_->page == l.page;
    const bool gap = same_page && l.top - last_->top > sp.threshold(last_->size);
    const double room = right_edge - 0.5 - (last_->x1 + space_width(last_->size));
    const bool would_fit = l.first_width <= room;
    bool bullet = l.bullet;
    if (l.dash && !bullet) {
      // "- " starts an item only where the line was broken on purpose.
      bool deliberate = gap || in_item_ || l.second_end <= room;
      if (deliberate && l.x0 <= column_left + 1.5) bullet = true;
    }
    if (bullet) {
      close_item();
      start(l, true);
      return;
    }
    if (gap) {
      close_item();
      if (indented) {
        start(l, true, true);
        return;
      }
      c_.add_break(l.where, true);
      start(l);
      return;
    }
    if (in_item_) {
      if (indented) {
        if (markerless_ && would_fit) {  // the previous item ended short: a new one
          close_item();
          start(l, true, true);
          return;
        }
        join(item_, l);
        ++item_lines_;
        last_ = &l;
        return;
      }
      if (markerless_ && item_lines_ == 1 && !would_fit) {
        // One indented line, then text at the margin that continues it: a first-line indent.
        c_.add_break(item_at_);
        c_.add_text(item_, item_at_);
        text_end_ = item_;
        item_.clear();
        in_item_ = false;
        markerless_ = false;
      } else {
        close_item();
        c_.add_break(l.where);
        start(l);
        return;
      }
    } else if (indented && (would_fit || !same_page)) {
      start(l, true, true);
      return;
    }
    // Across a page break, in PDFs that do not print the row number again (other producers), a line
    // that ends a sentence most often ends its paragraph as well; nothing else tells. A colon or
    // semicolon does not: it runs on ("nuevos socios: INDAP, SENCE, ...").
    // Nor does a line that starts with a digit: "Dic." / "2000" is an abbreviation and its year.
    const bool sentence_end_at_break = !same_page && ends_sentence(text_end_) && !ends_clause(text_end_) &&
                                       starts_upper(l.text) && !starts_digit(l.text);
    if (!same_page && top_page_ == l.page) {
      // Our own PDFs print the row number again at the top of a continued row and keep the
      // paragraph spacing above a paragraph that starts there: the geometry tells, no guess.
      if (l.top - top_ > std::max(1.0, 0.15 * l.size)) {
        c_.add_break(l.where, true);
        start(l);
        return;
      }
    } else if (would_fit || sentence_end_at_break) {
      // A page that ends on a short line and a next page that starts with a capital: a new
      // paragraph even after "cumplido" with no full stop (the grammar would join a soft break).
      c_.add_break(l.where, !same_page && would_fit && starts_upper(l.text));
      start(l);
      return;
    }
    std::string t;
    if (!joins_without_space(text_end_, l.text) && !broken_word(*last_, l, right_edge)) t += ' ';
    t += l.text;
    c_.add_text(std::move(t), l.where);
    text_end_ = l.text;
    last_ = &l;
  }

  // Where the row's content starts on `page` (the top of its repeated number): a line of this cell
  // lower than that at the top of the page starts a paragraph.
  void content_top(int page, double top) {
    top_page_ = page;
    top_ = top;
  }

  // Text put before the first line (the row number of a number column).
  void prefix(std::string text, source_position at) {
    prefix_ = std::move(text);
    prefix_at_ = at;
  }

  cell finish() {
    close_item();
    if (!prefix_.empty()) {
      cell out;
      out.add_text(prefix_, prefix_at_);
      for (auto& f : c_.fragments) out.fragments.push_back(std::move(f));
      return out;
    }
    return std::move(c_);
  }

  bool empty() const { return last_ == nullptr; }

 private:
  void start(const cell_line& l, bool bullet = false, bool markerless = false) {
    markerless_ = markerless;
    item_lines_ = 1;
    std::string text = l.text;
    if (l.dash && bullet) {
      std::size_t sp = text.find(' ');
      text = sp == std::string::npos ? std::string() : text.substr(sp + 1);
    }
    if (bullet || l.bullet) {
      in_item_ = true;
      item_ = text;
      item_at_ = l.where;
    } else {
      c_.add_text(text, l.where);
      text_end_ = text;
    }
    last_ = &l;
  }

  void join(std::string& into, const cell_line& l) {
    if (!joins_without_space(into, l.text)) into += ' ';
    into += l.text;
  }

  void close_item() {
    if (!in_item_) return;
    c_.add_list_item(std::move(item_), item_at_);
    item_.clear();
    in_item_ = false;
  }

  cell c_;
  const cell_line* last_ = nullptr;
  std::string text_end_;
  int top_page_ = -1;  // content_top's page, or -1
  double top_ = 0;
  bool in_item_ = false;
  bool markerless_ = false;
  int item_lines_ = 0;
  std::string item_;
  source_position item_at_;
  std::string prefix_;
  source_position prefix_at_;
};

struct open_row {
  std::array<cell_builder, 3> cells;
  source_position where;
  std::string number;
  bool after_page_break = false;
};

}  // namespace

void read_layout(const std::vector<page>& pages, report_builder& builder, diagnostics& diags) {
  (void)diags;
  std::vector<std::vector<line>> lines;
  lines.reserve(pages.size());
  for (const auto& pg : pages) lines.push_back(build_lines(pg));

  // Table headers.
  std::vector<std::optional<header_columns>> headers(pages.size());
  std::vector<std::size_t> header_at(pages.size(), 0);
  std::size_t first_table_page = pages.size();
  for (std::size_t p = 0; p < pages.size(); ++p) {
    for (std::size_t i = 0; i < lines[p].size(); ++i) {
      if (auto h = match_table_header(lines[p][i])) {
        lines[p][i].table_header = true;
        headers[p] = std::move(h);
        header_at[p] = i;
        if (first_table_page == pages.size()) first_table_page = p;
        break;
      }
    }
  }
  drop_furniture(lines);

  // The header block: everything above the first table header.
  {
    std::vector<std::pair<int, const line*>> block;
    for (std::size_t p = 0; p < pages.size() && p <= first_table_page; ++p) {
      std::size_t end = p == first_table_page ? header_at[p] : lines[p].size();
      for (std::size_t i = 0; i < end; ++i)
        if (!lines[p][i].dropped) block.push_back({pages[p].number, &lines[p][i]});
    }
    // Lines before the title are letterheads and mastheads.
    std::size_t start = 0;
    for (std::size_t i = 0; i < block.size(); ++i) {
      std::string head = folded_short(block[i].second->text.substr(0, std::min<std::size_t>(block[i].second->text.size(), 60)));
      if (head.rfind("informe de cumplimiento", 0) == 0) {
        start = i;
        break;
      }
      if (leading_label(block[i].second->text, label_context::header)) break;
    }
    header_reader hr(builder);
    for (std::size_t i = start; i < block.size(); ++i) hr.add(block[i].first, *block[i].second);
    hr.finish();
  }
  if (first_table_page == pages.size()) return;

  // The table, page by page: segments of rows.
  std::vector<segment> segments;
  std::array<double, 3> right_edge{0, 0, 0};
  spacing sp;
  std::vector<std::array<double, 3>> column_left(pages.size(), {1e9, 1e9, 1e9});
  std::optional<columns> cols;
  bool active = false;
  for (std::size_t p = first_table_page; p < pages.size(); ++p) {
    auto& ls = lines[p];
    const int number = pages[p].number;
    std::size_t from = 0;
    if (headers[p]) {
      std::vector<const line*> body;
      for (std::size_t i = header_at[p] + 1; i < ls.size(); ++i)
        if (!ls[i].dropped) body.push_back(&ls[i]);
      cols = columns_of(*headers[p], body);
      from = header_at[p] + 1;
      active = true;
    }
    if (!active || !cols) continue;
    const std::size_t offset = cols->number ? 1 : 0;  // logical column = physical - offset

    std::vector<segment> page_segments;
    page_segments.push_back(segment{});  // lines before the first row start continue the last row
    page_segments.back().page = number;
    struct last_line {
      bool set = false;
      double top = 0, size = 0;
      std::string text;
    } previous;  // the last line of the first column (row starts in 3-column tables)
    bool first_rec_line = true;
    double last_number_top = -1e9;
    for (std::size_t i = from; i < ls.size(); ++i) {
      const line& l = ls[i];
      if (l.dropped || l.table_header) continue;
      if (crosses_columns(l, *cols)) {
        active = false;  // the table ends on this page
        break;
      }
      // Split the line's words by column.
      std::size_t a = 0;
      while (a < l.words.size()) {
        std::size_t c = cols->of(l.words[a]->x0);
        std::size_t b = a + 1;
        while (b < l.words.size() && cols->of(l.words[b]->x0) == c) ++b;
        auto cl = make_cell_line(l, a, b, number);
        a = b;
        if (!cl) continue;
        if (is_continued_mark(cl->text)) {
          page_segments.back().continued = true;
          continue;
        }
        if (is_no_status(cl->text)) continue;  // the writers' "Calificación: Sin calificación"
        if (cols->number && c == 0) {
          // A number wrapped in a narrow column ("10" / "0") continues the number above it.
          segment& last = page_segments.back();
          // (1.9 lines: browsers set the table's text at a line height of 1.45 to 1.5.)
          if (last.starts_row && !last.number.empty() && cl->top - last_number_top > 0 && cl->top - last_number_top <= 1.9 * std::max(cl->size, 1.0)) {
            last.number += cl->text;
            while (!last.number.empty() && last.number.back() == '.') last.number.pop_back();
            last_number_top = cl->top;
            continue;
          }
          last_number_top = cl->top;
          segment s;
          s.number = cl->text;
          while (!s.number.empty() && s.number.back() == '.') s.number.pop_back();
          s.starts_row = true;
          s.top = cl->top;
          s.where = cl->where;
          s.page = number;
          page_segments.push_back(std::move(s));
          continue;
        }
        std::size_t logical = c - offset;
        if (logical > 2) logical = 2;
        if (!cols->number && logical == 0) {
          // "4. Replantear ..." at the left of the first column after a paragraph end starts a row.
          bool candidate = leading_row_number(cl->text).has_value();
          if (candidate) {
            bool boundary = first_rec_line || !previous.set ||
                            cl->top - previous.top > 1.45 * std::max(previous.size, 1.0) ||
                            ends_sentence(previous.text);
            if (boundary) {
              segment s;
              s.starts_row = true;
              s.top = cl->top;
              s.where = cl->where;
              s.page = number;
              page_segments.push_back(std::move(s));
            }
          }
          first_rec_line = false;
        }
        // The segment a line belongs to: the last one starting at or above it.
        segment* target = &page_segments.front();
        for (auto it = page_segments.rbegin(); it != page_segments.rend(); ++it) {
          if (it->starts_row && it->top <= cl->top + 2) {
            target = &*it;
            break;
          }
        }
        right_edge[logical] = std::max(right_edge[logical], cl->x1);
        column_left[p][logical] = std::min(column_left[p][logical], cl->x0);
        auto& cells = target->cells[logical];
        if (!cells.empty() && std::fabs(cells.back().size - cl->size) < 0.1) sp.sample(cl->size, cl->top - cells.back().top);
        if (logical == 0) previous = {true, cl->top, cl->size, cl->text};
        cells.push_back(std::move(*cl));
      }
    }
    // Segments sorted by where they start (number-column starts arrive in line order already).
    for (auto& s : page_segments) {
      bool has_content = s.starts_row || s.continued;
      for (const auto& c : s.cells) has_content = has_content || !c.empty();
      if (!has_content) continue;
      if (!s.where.known()) {
        for (const auto& c : s.cells)
          if (!c.empty()) {
            s.where = c.front().where;
            break;
          }
      }
      segments.push_back(std::move(s));
    }
  }
  sp.finish();

  // Rows: segments joined across pages, handed to the grammar.
  std::optional<open_row> open;
  bool continued = false;
  int last_page = 0;
  auto flush = [&] {
    if (!open) return;
    table_row r;
    for (std::size_t c = 0; c < 3; ++c) r.cells[c] = open->cells[c].finish();
    r.where = open->where;
    r.after_page_break = open->after_page_break;
    builder.add_row(std::move(r));
    open.reset();
  };
  for (const auto& s : segments) {
    const bool new_page = s.page != last_page;
    bool starts = s.starts_row;
    if (starts && continued && new_page && open && s.number == open->number) {
      starts = false;  // number printed again: its top is where the row's content starts
      for (auto& c : open->cells) c.content_top(s.page, s.top);
    }
    if (starts || !open) {
      flush();
      open.emplace();
      open->where = s.where;
      open->number = s.number;
      if (!s.number.empty()) open->cells[0].prefix(s.number + ". ", s.where);
    } else if (new_page) {
      open->after_page_break = true;
    }
    const std::size_t p = static_cast<std::size_t>(s.page - pages.front().number);
    for (std::size_t c = 0; c < 3; ++c) {
      double left = p < column_left.size() ? column_left[p][c] : 0;
      for (const auto& l : s.cells[c]) open->cells[c].add(l, left, right_edge[c], sp);
    }
    continued = s.continued;
    last_page = s.page;
  }
  flush();
}

}  // namespace informe::detail::pdfin
