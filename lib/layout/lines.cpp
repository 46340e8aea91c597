#include "layout/lines.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>

#include "core/unicode.hpp"
#include "layout/text.hpp"
#include "layout/tuning.hpp"

namespace informe::detail::layout {

namespace {

// std::stable_sort, after a check that costs one pass when the items are in order already.
template <typename Items, typename Less>
void sort_stably(Items& items, Less less) {
  if (!std::is_sorted(items.begin(), items.end(), less)) std::stable_sort(items.begin(), items.end(), less);
}

}  // namespace

namespace {

// A space between two neighbouring words of a line: the extractor saw one, or there is a gap.
bool space_between(const word* before, const word* after) {
  return before->space_after || after->x0 - before->x1 > tuning::space_gap * std::max(before->size, 1.0);
}

// Copies a word's bytes to `to`: a word is short, and a call to memcpy per word cost more than its
// copy. Two overlapping fixed-size copies cover 4 to 16 bytes, no byte outside the word read.
void copy_word(char* to, std::string_view w) {
  const char* from = w.data();
  const std::size_t n = w.size();
  if (n >= 8 && n <= 16) {
    std::memcpy(to, from, 8);
    std::memcpy(to + n - 8, from + n - 8, 8);
  } else if (n >= 4 && n < 8) {
    std::memcpy(to, from, 4);
    std::memcpy(to + n - 4, from + n - 4, 4);
  } else if (n < 4) {
    for (std::size_t i = 0; i < n; ++i) to[i] = from[i];
  } else {
    std::memcpy(to, from, n);
  }
}

}  // namespace

double grid_char_width(const line& l) {
  const word& first = *l.words.front();
  return (first.x1 - first.x0) / static_cast<double>(std::max<std::size_t>(utf8_length(first.text), 1));
}

bool is_set_apart_bullet(const line& l, std::size_t i) {
  if (i + 1 >= l.words.size()) return false;
  const std::string_view t = l.words[i]->text;
  if (t.size() <= 4 && single_code_point(t) && is_bullet_char(first_code_point(t))) return true;
  if (t != "o") return false;
  const double gap = l.words[i + 1]->x0 - l.words[i]->x1;
  const double space = l.on_grid() ? grid_char_width(l) : tuning::space_width * std::max(l.size, 1.0);
  return gap >= 1.9 * space;
}

std::string join_words(std::span<const word* const> ws, std::size_t from, std::size_t to) {
  std::string out;
  join_words(ws, from, to, out);
  return out;
}

namespace {

// `starts`, when given, receives where each word starts in `out`.
template <typename String>
void join_words_into(std::span<const word* const> ws, std::size_t from, std::size_t to, String& out,
                     std::pmr::vector<std::uint32_t>* starts = nullptr) {
  out.clear();
  if (starts) starts->assign(to > from ? to - from : 0, 0);
  if (from >= to) return;
  // Sized once for the most it can take (a space between every two words, as on a text grid), then
  // filled and cut to what it took: lines and their groups are joined several times per page.
  std::size_t most = to - from - 1;
  for (std::size_t i = from; i < to; ++i) most += ws[i]->text.size();
  out.assign(most, ' ');
  char* at = out.data();
  for (std::size_t i = from; i < to; ++i) {
    const word* w = ws[i];
    if (i > from && space_between(ws[i - 1], w)) ++at;  // the space is there already
    if (starts) (*starts)[i - from] = static_cast<std::uint32_t>(at - out.data());
    copy_word(at, w->text);
    at += w->text.size();
  }
  out.resize(static_cast<std::size_t>(at - out.data()));
}

}  // namespace

void join_words(std::span<const word* const> ws, std::size_t from, std::size_t to, std::string& out) {
  join_words_into(ws, from, to, out);
}

void join_words(std::span<const word* const> ws, std::size_t from, std::size_t to, std::pmr::string& out) {
  join_words_into(ws, from, to, out);
}

namespace {

// Words [from, to) of `l` as they stand in its text, when the text is still their join (build_lines'):
// the word list is the one joined then (its storage, its size) and the range is in it.
std::optional<std::string_view> joined_in_text(const line& l, std::size_t from, std::size_t to) {
  if (!l.joined.holds(l.words.data()) || l.word_starts.size() != l.words.size() ||
      from >= to || to > l.words.size() || l.text.size() > UINT32_MAX)
    return std::nullopt;
  const std::size_t begin = l.word_starts[from], end = l.word_starts[to - 1] + l.words[to - 1]->text.size();
  return std::string_view(l.text).substr(begin, end - begin);
}

template <typename String>
void joined_text_into(const line& l, std::size_t from, std::size_t to, String& out) {
  if (const auto t = joined_in_text(l, from, to)) {
    out.assign(t->data(), t->size());
  } else {
    join_words_into(l.words, from, to, out);
  }
}

}  // namespace

void joined_text(const line& l, std::size_t from, std::size_t to, std::string& out) { joined_text_into(l, from, to, out); }

void joined_text(const line& l, std::size_t from, std::size_t to, std::pmr::string& out) {
  joined_text_into(l, from, to, out);
}

std::optional<std::string_view> words_in_text(const line& l, std::size_t from, std::size_t to) {
  if (from >= to || to > l.words.size()) return std::nullopt;
  // Where each word stands in the join of the line's words; the range's words and the spaces between
  // them are checked there, byte for byte (a line whose words were changed after it was joined, a word
  // cut in two, holds other text there or none).
  const std::string_view text = l.text;
  std::size_t at = 0, begin = 0;
  for (std::size_t i = 0; i < to; ++i) {
    if (i > 0 && space_between(l.words[i - 1], l.words[i])) {
      if (i > from && (at >= text.size() || text[at] != ' ')) return std::nullopt;
      ++at;
    }
    if (i == from) begin = at;
    const std::string_view t = l.words[i]->text;
    if (i >= from && text.substr(std::min(at, text.size()), t.size()) != t) return std::nullopt;
    at += t.size();
  }
  return text.substr(begin, at - begin);
}

source_position position_of(const line& l, int page_number, std::size_t from) {
  if (from < l.words.size() && l.words[from]->line > 0) return {l.words[from]->line, l.words[from]->column, 0};
  return {l.index, 0, page_number};
}

std::vector<line> build_lines(const page& pg, std::pmr::memory_resource* words_memory) {
  std::vector<const word*> ws;
  ws.reserve(pg.words.size());
  for (const auto& w : pg.words) ws.push_back(&w);
  auto centre = [](const word* w) { return (w->y0 + w->y1) / 2; };
  // Words usually come in reading order already (a text grid always does): then there is nothing to
  // sort, and a stable sort would leave them as they are.
  sort_stably(ws, [&](const word* a, const word* b) { return centre(a) < centre(b); });
  // Where each line starts in `ws`: a word joins the line above when its centre is near the line's
  // mean centre. Found first, so that each line's words are then stored at once.
  struct span {
    std::size_t from = 0, to = 0;
    double top = 0, bottom = 0;
  };
  std::vector<span> spans;
  // Room for a line per four words at once (a grid's lines hold more): grown step by step, its larger
  // sizes made the allocator sort its free chunks again on every page.
  spans.reserve(ws.size() / 4 + 1);
  double c_sum = 0;
  std::size_t c_count = 0;
  for (std::size_t i = 0; i < ws.size(); ++i) {
    const word* w = ws[i];
    double h = std::max(w->y1 - w->y0, 0.5);
    if (!spans.empty()) {
      span& l = spans.back();
      double lc = c_sum / static_cast<double>(c_count);
      double lh = std::max(l.bottom - l.top, 0.5);
      // A smaller word inside the line's band and level with its bottom joins it too: a bullet or a
      // mark in another font whose box is shorter than the text's (tight glyph boxes) sits off the
      // text's centre, on its baseline. (Two small lines beside a large one: only the one level with
      // its bottom.)
      const double slack = tuning::band_slack * h;
      const bool inside = h < lh && w->y0 >= l.top - slack && std::fabs(w->y1 - l.bottom) <= slack;
      // Table cells set at their top in different type sizes (a small number column beside larger
      // text): their first lines' boxes start level, their centres and baselines apart.
      const double small = std::min(h, lh), large = std::max(h, lh);
      const bool level_tops =
          large >= tuning::mixed_size_ratio * small && std::fabs(w->y0 - l.top) <= tuning::level_top_slack * small;
      if (inside || level_tops || std::fabs(centre(w) - lc) <= tuning::same_line_overlap * std::min(h, lh)) {
        l.to = i + 1;
        l.top = std::min(l.top, w->y0);
        l.bottom = std::max(l.bottom, w->y1);
        c_sum += centre(w);
        ++c_count;
        continue;
      }
    }
    spans.push_back({i, i + 1, w->y0, w->y1});
    c_sum = centre(w);
    c_count = 1;
  }
  std::vector<line> out;
  out.reserve(spans.size());
  for (std::size_t k = 0; k < spans.size(); ++k) {
    const auto diff = [](std::size_t n) { return static_cast<std::ptrdiff_t>(n); };
    out.emplace_back(words_memory);
    out[k].words.assign(ws.begin() + diff(spans[k].from), ws.begin() + diff(spans[k].to));
    out[k].top = spans[k].top;
    out[k].bottom = spans[k].bottom;
  }
  for (auto& l : out) {
    sort_stably(l.words, [](const word* a, const word* b) { return a->x0 < b->x0; });
    l.x0 = l.words.front()->x0;
    l.x1 = 0;
    l.size = 0;
    for (const word* w : l.words) {
      l.x1 = std::max(l.x1, w->x1);
      l.size = std::max(l.size, w->size);
    }
    join_words_into(l.words, 0, l.words.size(), l.text, &l.word_starts);
    l.joined = joined_words_mark(l.words.data());
  }
  sort_stably(out, [](const line& a, const line& b) { return a.top < b.top; });
  for (std::size_t i = 0; i < out.size(); ++i) out[i].index = static_cast<int>(i) + 1;
  return out;
}

std::vector<word_group> word_spans(const line& l) {
  return word_spans(l, tuning::group_gap * std::max(l.size, 1.0));
}

std::vector<word_group> word_spans(const line& l, double gap) {
  std::vector<word_group> out;
  out.reserve(4);  // most lines have a group per column, or one
  word_spans(l, gap, out);
  return out;
}

void word_spans(const line& l, double gap, std::vector<word_group>& out) {
  out.clear();
  if (l.words.empty()) return;
  // The open group is kept here and stored when the next starts (or the line ends).
  std::size_t from = 0;
  double x0 = l.words[0]->x0, x1 = l.words[0]->x1;
  for (std::size_t i = 1; i < l.words.size(); ++i) {
    const word* w = l.words[i];
    if (w->x0 - x1 > gap) {
      out.push_back({from, i, x0, x1, {}});
      from = i;
      x0 = w->x0;
      x1 = w->x1;
    } else {
      x1 = std::max(x1, w->x1);
    }
  }
  out.push_back({from, l.words.size(), x0, x1, {}});
}

std::vector<word_group> word_groups(const line& l) {
  std::vector<word_group> out = word_spans(l);
  for (auto& g : out) joined_text(l, g.from, g.to, g.text);
  return out;
}

std::size_t first_label_gap(const line& l) {
  for (std::size_t i = 1; i < l.words.size(); ++i) {
    const word* p = l.words[i - 1];
    const word* w = l.words[i];
    if (w->x0 - p->x1 > std::max(tuning::label_gap * l.size, tuning::label_gap_min)) return i;
  }
  return l.words.size();
}

}  // namespace informe::detail::layout
