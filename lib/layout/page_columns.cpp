#include "layout/page_columns.hpp"

#include <algorithm>
#include <cmath>

#include "grammar/labels.hpp"
#include "grammar/paragraphs.hpp"
#include "grammar/row_numbers.hpp"
#include "layout/text.hpp"
#include "layout/tuning.hpp"

namespace informe::detail::layout {

namespace {

constexpr double far = 1e9;  // beyond any page

// The column holding most of a run of words: on a text grid a column's text may start a character
// left of its boundary.
std::size_t column_of(const columns& cols, const word_group& g) {
  std::size_t c = 0;
  double most = -1;
  for (std::size_t k = 0; k < cols.count(); ++k) {
    const double from = k == 0 ? g.x0 : std::max(g.x0, cols.bounds[k - 1]);
    const double to = k + 1 == cols.count() ? g.x1 : std::min(g.x1, cols.bounds[k]);
    if (to - from > most) {
      most = to - from;
      c = k;
    }
  }
  return c;
}

// Which physical columns hold text on the page; the lines are looked at until all do (most pages).
std::vector<bool> columns_with_text(const columns& cols, const std::vector<const line*>& body) {
  std::vector<bool> out(cols.count(), false);
  std::size_t found = 0;
  std::vector<word_group> groups;  // word_spans of each line, one buffer
  for (const line* l : body) {
    word_spans(*l, tuning::group_gap * std::max(l->size, 1.0), groups);
    for (const auto& g : groups) {
      const std::size_t c = column_of(cols, g);
      if (out[c]) continue;
      out[c] = true;
      if (++found == out.size()) return out;
    }
  }
  return out;
}

// Each physical column's parts of the page's lines, top to bottom.
std::vector<std::vector<std::string>> column_texts(const columns& cols, const std::vector<const line*>& body) {
  std::vector<std::vector<std::string>> out(cols.count());
  std::vector<word_group> spans;  // word_spans of each line, one buffer
  std::string text;               // each span's words joined, one buffer
  for (const line* l : body) {
    std::size_t last = cols.count();
    word_spans(*l, tuning::group_gap * std::max(l->size, 1.0), spans);
    for (const auto& g : spans) {
      const std::size_t c = column_of(cols, g);
      join_words(l->words, g.from, g.to, text);
      if (c == last) out[c].back().append(1, ' ').append(text);
      else out[c].push_back(text);
      last = c;
    }
  }
  return out;
}

// A label wrapped over the page break: the last words of `tail` start it, `first` ends it.
bool completes_label(const std::string& tail, const std::string& first) {
  std::size_t from = tail.size();
  for (int words = 0; words < 3 && from > 0; ++words) {
    from = tail.find_last_of(' ', from - 1);
    from = from == std::string::npos ? 0 : from + 1;
    const std::string start = tail.substr(from);
    if (is_label_start(start, label_context::cell)) {
      const auto m = leading_label(start + " " + first, label_context::cell);
      if (m && m->end > start.size()) return true;
    }
    if (from == 0) break;
    --from;
  }
  return false;
}

// The table column of each cell label in a column of the page's text (its lines joined), in order.
std::vector<std::size_t> label_columns(const std::vector<std::string>& lines) {
  std::string all;
  for (const auto& l : lines) all.append(l).append(1, ' ');
  std::vector<std::size_t> out;
  for (const auto& m : find_labels(all, label_context::cell)) out.push_back(table_column_of(m.which));
  return out;
}

// How well a column of the page's text fits table column `c`, whose cell so far ends with `tail` (on
// the page before) and which `ended` there. `labels`: label_columns(lines), found once for the
// placements that each try the column.
int evidence(const std::vector<std::string>& lines, const std::vector<std::size_t>& labels, std::size_t c,
             const std::string& tail, bool ended) {
  int score = 0;
  // A cell that goes on over a page break fills its column to the page's foot: one that stopped short
  // of it had ended ("Asistenciales" of the recommendation, far above a compliance running on).
  if (ended) score -= 2;
  for (std::size_t column : labels) score += column == c ? 2 : -2;
  if (!tail.empty() && completes_label(tail, lines.front())) score += 2;
  if (starts_lower(lines.front())) score += !tail.empty() && !ends_sentence(tail) ? 1 : -1;
  return score;
}

// The columns that read text column t (physical column `used[t]` of `measured`) as table column to[t].
columns placed(const columns& measured, const std::vector<std::size_t>& used, const std::vector<std::size_t>& to) {
  const std::size_t first = measured.number ? 1 : 0;
  auto start_of = [&](std::size_t table_column) { return measured.bounds[first + table_column - 1]; };
  columns out = measured;
  if (measured.number) out.bounds[0] = -far;  // the number column is empty on the page
  for (std::size_t c = 1; c < 3; ++c) {
    double start = far;
    if (c <= to.front()) {
      start = -far;
    } else {
      for (std::size_t t = 0; t < to.size(); ++t)
        if (to[t] >= c) {
          start = start_of(used[t]);
          break;
        }
    }
    out.bounds[first + c - 1] = start;
  }
  return out;
}

}  // namespace

page_fit fit_page_columns(const columns& measured, const std::vector<const line*>& body,
                          const std::array<std::string, 3>& tails, const std::array<bool, 3>& ended,
                          const std::string& last_number) {
  page_fit fit{measured};
  const std::size_t first = measured.number ? 1 : 0;  // the recommendation's physical column
  if (measured.count() != first + 3) return fit;
  auto with_text = columns_with_text(measured, body);
  std::vector<std::vector<std::string>> texts;
  if (measured.number && with_text[0]) {
    // The next row's number there: the page's columns stand as measured. Other text in the number
    // column (a year "2011." that ends a line) is the recommendation's, as the rows read it, on a text
    // grid that set the continued row's block at the left margin.
    texts = column_texts(measured, body);
    for (const auto& t : texts[0]) {
      const std::string_view first_word = std::string_view(t).substr(0, t.find(' '));
      const auto n = row_number_text(first_word);
      if (n && (last_number.empty() || follows_in_sequence(last_number, *n))) return fit;
    }
    with_text[0] = false;
    with_text[1] = true;
    texts[1].insert(texts[1].begin(), texts[0].begin(), texts[0].end());
  }
  std::vector<std::size_t> used;  // table columns with text, as measured
  for (std::size_t c = 0; c < 3; ++c)
    if (with_text[first + c]) used.push_back(c);
  if (used.empty() || used.size() == 3) return fit;
  if (texts.empty()) texts = column_texts(measured, body);  // only now: most pages hold every column

  // Every placement of the text columns, in their order, on the table's three.
  std::vector<std::vector<std::size_t>> placements;
  if (used.size() == 1) {
    placements = {{0}, {1}, {2}};
  } else {
    placements = {{0, 1}, {0, 2}, {1, 2}};
  }
  std::vector<std::vector<std::size_t>> labels;  // per text column: label_columns
  for (std::size_t t = 0; t < used.size(); ++t) labels.push_back(label_columns(texts[first + used[t]]));
  auto score = [&](const std::vector<std::size_t>& to) {
    int s = 0;
    for (std::size_t t = 0; t < to.size(); ++t)
      s += evidence(texts[first + used[t]], labels[t], to[t], tails[to[t]], ended[to[t]]);
    return s;
  };
  const int as_measured = score(used);
  int best = as_measured, ties = 0;
  const std::vector<std::size_t>* chosen = &used;
  for (const auto& to : placements) {
    if (to == used) continue;
    const int s = score(to);
    if (s > best) {
      best = s;
      chosen = &to;
      ties = 0;
    } else if (s == best) {
      ++ties;
    }
  }
  fit.ambiguous = ties > 0;
  if (chosen != &used) {
    fit.cols = placed(measured, used, *chosen);
    fit.moved = true;
  }
  return fit;
}

std::optional<reflow> reflowed_columns(const columns& measured, const std::vector<const line*>& lines,
                                       const std::array<bool, 3>& ended, const std::array<std::string, 3>& tails) {
  const std::size_t first = measured.number ? 1 : 0;  // the recommendation's physical column
  if (measured.count() != first + 3 || lines.empty()) return std::nullopt;
  // The blocks: the lines' runs of words (cut at gaps of an em or so), left to right; a run that
  // starts inside a block's width (an indented list item) is that block's, one that starts at its
  // right edge or past it (a text grid's columns may touch) another's.
  struct run {
    double x0, x1, em;
    std::string text;
  };
  std::vector<run> all;
  std::vector<word_group> spans;
  for (const line* l : lines) {
    const double em = std::max(l->size, 1.0);
    word_spans(*l, tuning::group_gap * em, spans);
    for (const auto& r : spans) all.push_back({r.x0, r.x1, em, join_words(l->words, r.from, r.to)});
  }
  std::stable_sort(all.begin(), all.end(), [](const run& a, const run& b) { return a.x0 < b.x0; });
  struct block {
    double x0, x1;
    std::vector<std::string> runs;
  };
  std::vector<block> blocks;
  for (auto& r : all) {
    if (blocks.empty() || r.x0 >= blocks.back().x1) {
      blocks.push_back({r.x0, r.x1, {}});
    }
    blocks.back().x1 = std::max(blocks.back().x1, r.x1);
    blocks.back().runs.push_back(std::move(r.text));
  }
  if (blocks.empty() || blocks.size() > 3) return std::nullopt;
  // The blocks on the table's columns, in order: the one placement where no block stands on a cell
  // that ended on the page before and every run that starts with a cell label is in its column.
  auto fits = [&](const std::vector<std::size_t>& placed) {
    for (std::size_t k = 0; k < blocks.size(); ++k) {
      if (ended[placed[k]]) return false;
      for (const auto& run : blocks[k].runs)
        if (const auto m = leading_label(run, label_context::cell); m && table_column_of(m->which) != placed[k])
          return false;
    }
    return true;
  };
  // Among several, the one whose blocks go on from the cells whose text did not end at the page
  // before's foot: on each cell whose last line there (its tail) ends with a colon (a label or an
  // introduction, what follows is to come), on none whose tail ends with a full stop.
  auto finished = [&](const std::vector<std::size_t>& placed) {
    for (std::size_t c = 0; c < 3; ++c) {
      const bool on = std::find(placed.begin(), placed.end(), c) != placed.end();
      if (on && !tails[c].empty() && (tails[c].back() == '.' || tails[c].back() == '!' || tails[c].back() == '?'))
        return true;
      if (!on && !tails[c].empty() && tails[c].back() == ':') return true;
    }
    return false;
  };
  std::vector<std::size_t> open, unfinished;
  std::size_t found = 0, found_unfinished = 0;
  for (unsigned mask = 1; mask < 8; ++mask) {
    std::vector<std::size_t> placed;
    for (std::size_t c = 0; c < 3; ++c)
      if (mask & (1u << c)) placed.push_back(c);
    if (placed.size() != blocks.size() || !fits(placed)) continue;
    ++found;
    if (!finished(placed)) {
      ++found_unfinished;
      unfinished = placed;
    }
    open = std::move(placed);
  }
  if (found > 1 && found_unfinished == 1) open = std::move(unfinished);
  else if (found != 1) return std::nullopt;
  reflow out{measured, {}};
  for (std::size_t k = 0; k < open.size(); ++k) out.block_left[open[k]] = blocks[k].x0;
  const double slack = 0.5;
  for (std::size_t p = 1; p < out.cols.count(); ++p) {
    double start = far;  // past the last cell that goes on: empty
    for (std::size_t k = 0; k < open.size(); ++k)
      if (p <= first + open[k]) {
        start = k == 0 ? -far : blocks[k].x0 - slack;
        break;
      }
    out.cols.bounds[p - 1] = start;
  }
  return out;
}

}  // namespace informe::detail::layout
