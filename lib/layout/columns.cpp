#include "layout/columns.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <string_view>

#include "core/unicode.hpp"
#include "grammar/ficha_labels.hpp"
#include "grammar/labels.hpp"
#include "grammar/lexicon.hpp"
#include "layout/tuning.hpp"

namespace informe::detail::layout {

namespace {

// is_column_header of the text as two matching cells, which is its one cell's verdict.
bool is_column_title(std::string_view text) { return column_header_cell(text) == column_cell::title; }

// std::ceil of v > 0 without the library call (exact: v is far below 2^52 here, and the
// truncation of a positive double is exact).
double ceil_positive(double v) {
  if (!(v < 1e15)) return std::ceil(v);
  const double t = static_cast<double>(static_cast<long long>(v));
  return t < v ? t + 1 : t;
}

// The boundary between two header groups: the middle of the widest least-covered gutter between
// them, measured on the body lines' words.
double gutter_between(const word_group& left, const word_group& right, const std::vector<const line*>& body) {
  double a = left.x1, b = right.x0;
  if (b - a < 1) return (left.x1 + right.x0) / 2;
  constexpr double step = tuning::gutter_step;
  std::size_t n = static_cast<std::size_t>((b - a) / step) + 1;
  if (n > 4000) n = 4000;
  std::vector<int> cover(n + 1, 0);  // first as differences: +1 where a word starts, -1 past its end
  for (const line* l : body) {
    for (const word* w : l->words) {
      if (w->x0 >= b) break;  // a line's words run left to right: the rest start right of the gutter
      if (w->x1 <= a) continue;
      auto from = static_cast<std::size_t>(std::max(0.0, (w->x0 - a) / step));
      auto to = static_cast<std::size_t>(std::min(static_cast<double>(n), ceil_positive((w->x1 - a) / step)));
      if (from < std::min(to, n)) {
        ++cover[from];
        --cover[std::min(to, n)];
      }
    }
  }
  for (std::size_t i = 1; i < n; ++i) cover[i] += cover[i - 1];
  cover.pop_back();
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

}  // namespace

std::optional<header_columns> match_table_header(const line& l) {
  constexpr std::size_t most_groups = 1 + max_cells;
  if (l.words.size() < 3 || l.text.size() > 200) return std::nullopt;
  // The line's groups (word_spans) in place, no more than most_groups: this runs on every line.
  struct span {
    std::size_t from = 0, to = 0;
    double x0 = 0, x1 = 0;
  };
  std::array<span, most_groups> groups;
  std::size_t count = 0;
  const double gap = tuning::group_gap * std::max(l.size, 1.0);
  span open{0, 0, l.words[0]->x0, l.words[0]->x1};
  for (std::size_t i = 1; i < l.words.size(); ++i) {
    const word* w = l.words[i];
    if (w->x0 - open.x1 > gap) {
      if (count + 1 == groups.size()) return std::nullopt;  // one group more follows
      open.to = i;
      groups[count++] = open;
      open = {i, 0, w->x0, w->x1};
    } else {
      open.x1 = std::max(open.x1, w->x1);
    }
  }
  open.to = l.words.size();
  groups[count++] = open;
  if (count < 3) return std::nullopt;
  // Whether a group is a title, asked only when needed and once: its words joined into one buffer
  // (most lines are not a header, and the first group tells). A group whose first character cannot
  // start a title (after the blanks and bold marks column_header_cell skips) is none, unjoined.
  std::array<signed char, most_groups> verdict;
  verdict.fill(-1);
  std::string text;
  const lexicon& lex = active_lexicon();
  auto title = [&](std::size_t k) {
    if (verdict[k] < 0) {
      const std::string_view first = l.words[groups[k].from]->text;
      const std::size_t start = first.find_first_not_of(" \t\n\r*");
      if (start != std::string_view::npos && !lex.may_start_column_title(first[start])) {
        verdict[k] = 0;
      } else {
        join_words(l.words, groups[k].from, groups[k].to, text);
        verdict[k] = is_column_title(text) ? 1 : 0;
      }
    }
    return verdict[k] == 1;
  };
  // The field a group's column of its own holds, asked only beside a title.
  std::array<field, most_groups> own;
  own.fill(field::none);
  auto own_column = [&](std::size_t k) {
    join_words(l.words, groups[k].from, groups[k].to, text);
    own[k] = match_column_title(text).which;
    return own[k];
  };
  auto group = [&](std::size_t j) {
    const span& g = groups[j];
    return word_group{g.from, g.to, g.x0, g.x1, join_words(l.words, g.from, g.to)};
  };
  for (std::size_t k = 0; k + 3 <= count; ++k) {
    if (!title(k)) continue;
    // The three titles, columns of their own among them and after them.
    std::size_t titles = 1, owns = 0, end = k + 1;
    for (; end < count; ++end) {
      if (title(end)) {
        if (titles == 3) break;
        ++titles;
      } else if (owns + 3 == max_cells || own_column(end) == field::none) {
        break;
      } else {
        ++owns;
      }
    }
    if (titles < 3) continue;
    header_columns h;
    if (k >= 1) {
      word_group number = group(k - 1);
      if (number.text.size() <= 12) {
        h.number = true;
        h.groups.push_back(std::move(number));
      }
    }
    for (std::size_t j = k; j < end; ++j) h.groups.push_back(group(j));
    if (owns > 0) {
      if (h.number) h.holds.push_back(field::none);
      for (std::size_t j = k; j < end; ++j) h.holds.push_back(own[j]);
    }
    return h;
  }
  return std::nullopt;
}

namespace {

// A title's pieces as joined with blanks, read with the blanks between some of them taken out where
// that makes a title (a narrow header cell breaks a title inside a word: "RECOMENDACI" / "ÓN",
// "FECHA DE" / "VENCIMIENT" / "O"). `joints`: where pieces were joined (the blank's offsets).
// Returns the text that reads as a title (`is_title`), or the text unchanged.
template <typename Test>
std::string glued_title(const std::string& text, const std::vector<std::size_t>& joints, Test is_title) {
  if (joints.empty() || joints.size() > 4 || is_title(text)) return text;
  for (unsigned mask = 1; mask < (1u << joints.size()); ++mask) {
    std::string t;
    std::size_t from = 0;
    for (std::size_t j = 0; j < joints.size(); ++j) {
      if (!(mask & (1u << j))) continue;
      t.append(text, from, joints[j] - from);
      from = joints[j] + 1;
    }
    t.append(text, from, std::string::npos);
    if (is_title(t)) return t;
  }
  return text;
}

}  // namespace

std::optional<header_columns> match_table_header(const std::vector<const line*>& band) {
  std::vector<std::vector<word_group>> groups;
  groups.reserve(band.size());
  std::vector<const std::vector<word_group>*> given;
  for (const line* l : band) {
    if (l->words.empty() || l->text.size() > 200) return std::nullopt;
    groups.push_back(word_groups(*l));
    given.push_back(&groups.back());
  }
  return match_table_header(band, given);
}

std::optional<header_columns> match_table_header(const std::vector<const line*>& band,
                                                 const std::vector<const std::vector<word_group>*>& groups) {
  if (band.empty()) return std::nullopt;
  // Each group of the top line starts a title of some column: two groups that cannot leave no
  // header. And each of the three titles starts a group somewhere in the band: fewer than three
  // groups that may start one leave none either (most bands stop here).
  {
    const lexicon& lex = active_lexicon();
    auto first_char = [](const word_group& g) {
      const std::size_t start = g.text.find_first_not_of(" \t\n\r*");
      return start == std::string::npos ? '\0' : g.text[start];
    };
    int cannot = 0;
    for (const auto& g : *groups[0]) {
      const char c = first_char(g);
      if (c != '\0' && !lex.may_start_any_column_title(c) && ++cannot >= 2) return std::nullopt;
    }
    int may_start = 0;
    for (const auto* line_groups : groups)
      for (const auto& g : *line_groups) {
        const char c = first_char(g);
        may_start += c != '\0' && lex.may_start_column_title(c) ? 1 : 0;
      }
    if (may_start < 3) return std::nullopt;
  }
  std::vector<word_group> titles;  // each title's pieces joined, top to bottom
  std::vector<std::vector<std::size_t>> joints;  // per title: where a blank joins two of its pieces
  for (std::size_t b = 0; b < band.size(); ++b) {
    const line* l = band[b];
    if (l->words.empty() || l->text.size() > 200) return std::nullopt;
    for (const auto& g : *groups[b]) {
      auto over = std::find_if(titles.begin(), titles.end(), [&g](const word_group& t) { return g.x0 < t.x1 && g.x1 > t.x0; });
      if (over == titles.end()) {
        if (g.text.empty()) continue;
        titles.push_back(g);
        joints.emplace_back();
        if (titles.size() > 1 + max_cells) return std::nullopt;
        continue;
      }
      joints[static_cast<std::size_t>(over - titles.begin())].push_back(over->text.size());
      over->text += ' ';
      over->text += g.text;
      // A note below a title may be wider than it, and wider than its column: the title tells
      // where the column is.
      if (g.text.front() == '(') continue;
      over->x0 = std::min(over->x0, g.x0);
      over->x1 = std::max(over->x1, g.x1);
    }
  }
  if (titles.size() < 3) return std::nullopt;
  bool glued = false;
  for (std::size_t k = 0; k < titles.size(); ++k) {
    std::string t = glued_title(titles[k].text, joints[k], [](const std::string& text) {
      return is_column_title(text) || match_column_title(text).which != field::none;
    });
    glued = glued || t.size() != titles[k].text.size();
    titles[k].text = std::move(t);
  }
  std::sort(titles.begin(), titles.end(), [](const word_group& a, const word_group& b) { return a.x0 < b.x0; });
  for (std::size_t k = 1; k < titles.size(); ++k)
    if (titles[k].x0 < titles[k - 1].x1) return std::nullopt;  // pieces grown over one another
  header_columns h;
  h.number = titles.size() >= 4 && names_number_column(titles.front().text);
  // The three titles, columns of their own among them and after them.
  std::size_t main = 0, owns = 0;
  std::vector<field> holds(titles.size(), field::none);
  for (std::size_t k = h.number ? 1 : 0; k < titles.size(); ++k) {
    if (is_column_title(titles[k].text)) {
      ++main;
    } else if (main == 0 || (holds[k] = match_column_title(titles[k].text).which) == field::none) {
      return std::nullopt;
    } else {
      ++owns;
    }
  }
  if (main != 3 || owns + 3 > max_cells) return std::nullopt;
  for (auto& t : titles) t.from = t.to = 0;  // no one line's words
  h.groups = std::move(titles);
  h.glued = glued;
  if (owns > 0) h.holds = std::move(holds);
  return h;
}

bool is_number_title_piece(const line& l) { return l.text.size() <= 8 && names_number_column(l.text); }

namespace {

bool is_bare_number(std::string_view t) {
  while (!t.empty() && t.back() == '.') t.remove_suffix(1);
  if (t.empty() || t.size() > 6) return false;
  for (char c : t)
    if (c < '0' || c > '9') return false;
  return true;
}

// The right edge of a number column found in the body (bare numbers first on their lines, left of
// the first column's title, well apart from the next word, in a band no other word enters), or
// nullopt. (A year first on its line, where the first column is empty, is a due date's.)
std::optional<std::pair<double, double>> body_number_column(const std::vector<const line*>& body, double title_x0) {
  double band_x1 = -1, text_x0 = 1e18;
  std::size_t numbers = 0;
  for (const line* l : body) {
    const word* w = l->words.front();
    if (!is_bare_number(w->text) || l->words.size() < 2 || w->x1 >= title_x0) continue;
    const word* next = l->words[1];
    if (next->x0 - w->x1 < 1.5 * std::max(w->size, 1.0)) continue;
    band_x1 = std::max(band_x1, w->x1);
    text_x0 = std::min(text_x0, next->x0);
    ++numbers;
  }
  if (numbers == 0 || text_x0 <= band_x1) return std::nullopt;
  for (const line* l : body) {
    for (const word* w : l->words) {
      // (a point alone: a sub-number wrapped at its point, "1" / "." / "1")
      if (w == l->words.front() && (is_bare_number(w->text) || w->text == ".")) continue;
      if (w->x0 < band_x1) return std::nullopt;  // another word in the band: no number column
      text_x0 = std::min(text_x0, w->x0);
      break;
    }
  }
  if (text_x0 <= band_x1) return std::nullopt;
  return std::pair{band_x1, text_x0};
}

}  // namespace

columns columns_of(const header_columns& h, const std::vector<const line*>& body) {
  columns c;
  c.number = h.number;
  c.holds = h.holds;
  if (!h.number && !body.empty()) {
    if (auto band = body_number_column(body, h.groups.front().x0)) {
      c.number = true;
      c.bounds.push_back((band->first + band->second) / 2);
      if (!c.holds.empty()) c.holds.insert(c.holds.begin(), field::none);
    }
  }
  for (std::size_t i = 0; i + 1 < h.groups.size(); ++i)
    c.bounds.push_back(gutter_between(h.groups[i], h.groups[i + 1], body));
  return c;
}

std::size_t columns::cell_of(std::size_t physical) const {
  const std::size_t first = number ? 1 : 0;
  if (physical < first) return 0;
  if (holds.empty()) return std::min<std::size_t>(physical - first, 2);
  std::size_t main = 0, own = 0;
  for (std::size_t k = first; k < physical && k < holds.size(); ++k) (holds[k] == field::none ? main : own) += 1;
  if (physical < holds.size() && holds[physical] != field::none) return 3 + own;
  return std::min<std::size_t>(main, 2);
}

field columns::field_of_cell(std::size_t c) const {
  if (c < 3) return field::none;
  std::size_t own = 0;
  for (field f : holds)
    if (f != field::none && own++ == c - 3) return f;
  return field::none;
}

std::size_t columns::table_column(std::size_t physical) const {
  const std::size_t c = cell_of(physical);
  return c < 3 ? c : table_column_of(field_of_cell(c));
}

bool straddles_columns(const line& l, const columns& cols) {
  if (cols.bounds.empty()) return false;
  const double last = *std::max_element(cols.bounds.begin(), cols.bounds.end());
  for (const word* w : l.words) {
    // A line's words run left to right: one that starts right of the last boundary and those after
    // it straddle none.
    if (w->x0 >= last - tuning::boundary_slack) break;
    for (double b : cols.bounds)
      if (w->x0 < b - tuning::boundary_slack && w->x1 > b + tuning::boundary_slack) return true;
  }
  return false;
}

std::size_t grid_cuts(const std::vector<const line*>& body, const columns& cols) {
  std::size_t n = 0;
  for (const line* l : body) {
    if (!l->on_grid()) continue;
    const double blank = grid_char_width(*l);
    std::size_t before = 0;  // the column of the word before
    for (std::size_t i = 0; i < l->words.size(); ++i) {
      const word* w = l->words[i];
      for (double b : cols.bounds) n += w->x0 < b - tuning::boundary_slack && w->x1 > b + tuning::boundary_slack ? 1 : 0;
      const std::size_t c = cols.of(w->x0);
      if (i > 0 && before != c && w->x0 - l->words[i - 1]->x1 < 1.5 * blank) ++n;
      before = c;
    }
  }
  return n;
}

bool crosses_columns(const line& l, const columns& cols) {
  // Running text over two boundaries or more, spaced there as between its other words (a colophon
  // centred below the table): where the gutters were measured on it, the boundaries fall in its word
  // spaces and no word straddles them.
  if (l.words.size() >= 5 && cols.bounds.size() >= 2 && l.words.front()->estimated_width == 0) {
    std::vector<double> gaps;
    for (std::size_t i = 1; i < l.words.size(); ++i) gaps.push_back(l.words[i]->x0 - l.words[i - 1]->x1);
    // The line's word space: its narrower gaps (a table line's gutters are among its wider ones).
    std::vector<double> sorted = gaps;
    std::nth_element(sorted.begin(), sorted.begin() + static_cast<std::ptrdiff_t>(sorted.size() / 4), sorted.end());
    const double word_space = sorted[sorted.size() / 4];
    // (A line with hardly a word space of its own, a row's line of a word or two a column as far apart
    // as the columns are, measures its gutters there: it tells nothing.)
    if (word_space <= tuning::widest_word_space * std::max(l.words.front()->size, 1.0)) {
      int spaced_across = 0;
      for (std::size_t i = 1; i < l.words.size(); ++i)
        if (cols.of(l.words[i - 1]->x0) != cols.of(l.words[i]->x0) && gaps[i - 1] <= 1.25 * word_space) ++spaced_across;
      if (spaced_across >= 2) return true;
    }
  }
  for (std::size_t i = 0; i < l.words.size(); ++i) {
    const word* w = l.words[i];
    for (double b : cols.bounds) {
      if (w->x0 < b - tuning::boundary_slack && w->x1 > b + tuning::boundary_slack) return true;
    }
    if (i > 0 && w->estimated_width == 0) {  // on a text grid one blank may separate columns
      const word* p = l.words[i - 1];
      if (cols.of(p->x0) != cols.of(w->x0) && w->x0 - p->x1 < tuning::crossing_gap * std::max(w->size, 1.0))
        return true;
    }
  }
  return false;
}

}  // namespace informe::detail::layout
