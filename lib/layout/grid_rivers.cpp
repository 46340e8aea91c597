#include "layout/grid_rivers.hpp"

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

#include "grammar/row_numbers.hpp"
#include "layout/tuning.hpp"

namespace informe::detail::layout {

namespace {

// A grid line's character cell width (its first word's box over its characters).
double cell_width(const line& l) {
  const word& w = *l.words.front();
  std::size_t n = 0;
  for (char c : w.text) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return (w.x1 - w.x0) / static_cast<double>(std::max<std::size_t>(n, 1));
}

long cell_of(double x, double cw) {
  // std::lround (halves away from zero) without the library call: the truncation and the fraction
  // left are exact below 2^53.
  const double v = x / cw;
  if (!(std::fabs(v) < 1e15)) return std::lround(v);
  const auto t = static_cast<long>(v);
  const double f = v - static_cast<double>(t);
  return f >= 0.5 ? t + 1 : f <= -0.5 ? t - 1 : t;
}

}  // namespace

bool starts_with_number(const line& l) {
  if (l.words.empty()) return false;
  const std::string_view t = l.words.front()->text;
  std::size_t digits = 0;
  while (digits < t.size() && t[digits] >= '0' && t[digits] <= '9') ++digits;
  if (digits > 0 && digits <= 3 && (digits == t.size() || (digits + 1 == t.size() && t.back() == '.'))) return true;
  if (digits == 0) return false;  // no number of any kind (most lines): row_number_text says so too
  const auto n = row_number_text(t);  // a sub-number: "1.2", "1.2."
  return n && is_sub_number(*n);
}

bool keep_in_order(std::vector<std::optional<double>>& found, const std::vector<double>& bounds, double gap) {
  const std::size_t n = std::min(found.size(), bounds.size());
  auto at = [&](std::size_t b) { return found[b] ? *found[b] : bounds[b]; };
  bool any = false;
  for (bool dropped = true; dropped;) {
    dropped = false;
    // Right to left, so that each is checked against where the next one is at last (kept or moved).
    for (std::size_t b = n; b-- > 1;) {
      if (at(b - 1) <= at(b) - gap) continue;
      if (found[b - 1]) {
        found[b - 1].reset();
        dropped = true;
      }
      // At the page's place, right of or right next to where the next one moved: the next one's place too.
      // (Then the boundaries right of it, checked before, are checked again.)
      if (at(b - 1) > at(b) - gap && found[b]) {
        found[b].reset();
        dropped = true;
      }
    }
    any = any || dropped;
  }
  return any;
}

void grid_rivers::page(const std::vector<const line*>& lines) {
  lines_ = lines;
  block_of_.clear();
  position_of_.clear();
  block_start_.clear();
  block_end_.clear();
  // The memos are kept (their storage is reused from page to page), marked unset.
  for (memo& m : memo_) m.set = false;
  auto on_grid = [](const line& l) {
    return !l.skipped() && !l.words.empty() && l.words.front()->estimated_width != 0;
  };
  // A row's number stands at the table's left: a number far right of the page's leftmost text
  // starts a line of a column's text ("19 y 20 de octubre"), not a row.
  double left = 1e300;
  for (const line* l : lines)
    if (on_grid(*l)) left = std::min(left, l->words.front()->x0);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const line& l = *lines[i];
    const auto index = static_cast<std::size_t>(std::max(l.index, 1) - 1);
    if (block_of_.size() <= index) {
      block_of_.resize(index + 1, static_cast<std::size_t>(-1));
      position_of_.resize(index + 1, static_cast<std::size_t>(-1));
    }
    if (position_of_[index] == static_cast<std::size_t>(-1)) position_of_[index] = i;
    if (!on_grid(l)) continue;
    const bool row_start =
        starts_with_number(l) && l.words.front()->x0 - left <= tuning::grid_river_reach * cell_width(l);
    const bool adjacent = i > 0 && !block_end_.empty() && block_end_.back() == i && !row_start &&
                          l.top - lines[i - 1]->top <= tuning::grid_block_advance * std::max(l.size, 1.0);
    if (!adjacent) {
      block_start_.push_back(i);
      block_end_.push_back(i);
    }
    block_end_.back() = i + 1;
    block_of_[index] = block_start_.size() - 1;
  }
}

const line* grid_rivers::below(const line& l) const {
  const auto index = static_cast<std::size_t>(std::max(l.index, 1) - 1);
  if (index >= block_of_.size() || block_of_[index] == static_cast<std::size_t>(-1)) return nullptr;
  // The line's place in the page's lines, found once by page() (no walk down the block per line).
  const std::size_t block = block_of_[index], i = position_of_[index];
  return i >= block_start_[block] && i + 1 < block_end_[block] ? lines_[i + 1] : nullptr;
}

std::optional<std::size_t> fused_cut(std::string_view text, long cut) {
  const auto part = static_cast<long>(tuning::grid_fused_part);
  if (cut < part) return std::nullopt;
  // Code point starts: the character before the cut, at it, and enough after it.
  std::size_t before = 0, at = 0;
  long n = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    if (n == cut - 1) before = i;
    if (n == cut) at = i;
    ++n;
  }
  if (n - cut < part) return std::nullopt;
  // A letter: ASCII, or a Latin-1 letter's two bytes (á, é, ñ, ü; not ×, ÷).
  auto letter = [&text](std::size_t i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return true;
    if (c != 0xC3 || i + 1 >= text.size()) return false;
    const auto d = static_cast<unsigned char>(text[i + 1]);
    return d >= 0x80 && d <= 0xBF && d != 0x97 && d != 0xB7;
  };
  if (!letter(before) || !letter(at)) return std::nullopt;
  return at;
}

namespace {

// How a line stands to a river at cell `s` (its column running up to cell `next`).
enum class standing {
  across,   // a word covers the cell left of s and starts well left of it
  reaches,  // it has text in the column, starting elsewhere
  starts,   // a word starts on s
  shifted,  // a word starts a character or two left of s (the extractor's rounding)
  apart,    // no text in the column, nothing across s
  fused,    // a word across s is two words run together at s (fused_cut)
};

// The cells (first, last) of each word of a line: cell_of of its x0 and x1.
using word_cells = std::vector<std::pair<long, long>>;

void cells_of(const line& l, double cw, word_cells& out) {
  out.clear();
  out.reserve(l.words.size());  // at once, not grown step by step (the storage is kept from block to block)
  for (const word* w : l.words) out.emplace_back(cell_of(w->x0, cw), cell_of(w->x1, cw));
}

// The word of `l` that starts on cell `s`, or nullptr. `cells`: cells_of(l).
const word* word_at(const line& l, const word_cells& cells, long s) {
  for (std::size_t i = 0; i < l.words.size(); ++i)
    if (cells[i].first == s) return l.words[i];
  return nullptr;
}

// A capital letter first: ASCII or Latin-1 (U+00C0-U+00DF) in UTF-8, told from the bytes (fast).
bool starts_capital_byte(std::string_view t) {
  const auto c = static_cast<unsigned char>(t.front());
  return (c >= 'A' && c <= 'Z') || (c == 0xC3 && t.size() > 1 && static_cast<unsigned char>(t[1]) < 0xA0);
}

bool ends_phrase(std::string_view t) {
  const char c = t.back();
  return c == '.' || c == ':' || c == ';' || c == '!' || c == '?' || (c >= '0' && c <= '9');
}

// The words' cells run left to right: no word ends before it starts, and neither first nor last
// cells ever go back. stand() then looks only at the words around s.
bool left_to_right(const word_cells& cells) {
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (cells[i].second < cells[i].first) return false;
    if (i > 0 && (cells[i].first < cells[i - 1].first || cells[i].second < cells[i - 1].second)) return false;
  }
  return true;
}

// `below`: the next line of the block, or nullptr; `cells`, `below_cells`: their cells_of; `ordered`:
// left_to_right(cells), and then `first` is the first word that does not end left of s - 1 (else 0).
standing stand(const line& l, const word_cells& cells, bool ordered, std::size_t first, const line* below,
               const word_cells* below_cells, long s, long next, long& shifted_x0, bool& group_start) {
  bool starts = false, reaches = false, shifted = false;
  group_start = false;
  // In order, the words that end left of s - 1 count for nothing, nor do those after the first
  // word at or right of s (that one settles `reaches` and `starts`): the same answer, sooner.
  for (std::size_t i = first; i < l.words.size(); ++i) {
    const word* w = l.words[i];
    const long x0 = cells[i].first, x1 = cells[i].second;
    if (x0 <= s - 1 && x1 > s - 1) {
      if (x0 < s - 2) return fused_cut(w->text, s - x0) ? standing::fused : standing::across;
      // Not when it runs on from the text left of it, and the column's line below starts a
      // sentence ("accidentes de" / "Se suscribirá"): it ends the left column's line.
      const word* first_below = below ? word_at(*below, *below_cells, s) : nullptr;
      if (!ends_phrase(w->text) && first_below && starts_capital_byte(first_below->text)) return standing::apart;
      shifted = true;
      shifted_x0 = x0;
    }
    if (x0 >= s && x0 < next) reaches = true;
    // A list item's text after its bullet starts no column: the river is the item's indent.
    if (x0 == s && i > 0 && is_set_apart_bullet(l, i - 1)) return standing::across;
    if (x0 == s) {
      starts = true;
      // The line's first word, or one well apart from the text before it: a column's start, not
      // a word of running text that happens to start there.
      group_start = i == 0 || static_cast<double>(x0 - cells[i - 1].second) >= tuning::grid_drift_gap;
    }
    if (ordered && x0 >= s) break;
  }
  if (shifted) return standing::shifted;
  if (starts) return standing::starts;
  return reaches ? standing::reaches : standing::apart;
}

// The lines' verdict on one river: how many start on it exactly, and whether it holds.
struct tally {
  int exact = 0, shifted = 0, reaching = 0, grouped = 0, fused = 0;
  long shifted_x0 = 0;
  bool broken = false;
  void add(standing st, long x0, bool group_start) {
    if (st == standing::across) broken = true;
    if (st == standing::fused) ++fused;
    if (st == standing::starts) {
      ++exact;
      grouped += group_start ? 1 : 0;
    }
    if (st == standing::shifted) {
      ++shifted;
      shifted_x0 = x0;
    }
    if (st == standing::reaches) ++reaching;
  }
  // Near the page's boundary two lines starting on it tell a river (three beside a shifted word);
  // far from it three, to tell it from prose's chance, or two of which one starts there well apart
  // from the text before it (prose runs on one blank apart: a wide blank there is a column's). One
  // line of the column may start elsewhere (an indented item) and one word may be shifted.
  // A line whose word there is two run together is borne only where the others show the river
  // plainly, no word shifted (the river is then where the word is cut).
  bool holds(bool near) const {
    if (broken || shifted > 1 || reaching > 1 || fused > 1) return false;
    if (fused > 0 && (shifted > 0 || exact < tuning::grid_river_far_lines || grouped == 0)) return false;
    if (near) return exact >= 2 && (shifted == 0 || exact + shifted >= 3);
    return exact >= tuning::grid_river_far_lines || (exact >= tuning::grid_river_lines_apart && grouped >= 1);
  }
};

}  // namespace

const std::vector<std::optional<double>>& grid_rivers::rivers(const line& l, const std::vector<double>& bounds) const {
  if (l.words.empty()) return rivers(l, bounds, 0);
  return rivers(l, bounds, cell_width(l));
}

const std::vector<std::optional<double>>& grid_rivers::rivers(const line& l, const std::vector<double>& bounds,
                                                              double cw) const {
  none_.assign(bounds.size(), std::nullopt);
  const auto index = static_cast<std::size_t>(std::max(l.index, 1) - 1);
  if (index >= block_of_.size() || block_of_[index] == static_cast<std::size_t>(-1) || l.words.empty()) return none_;
  const std::size_t block = block_of_[index];
  const std::size_t from = block_start_[block], to = block_end_[block];
  if (to - from < tuning::grid_river_lines) return none_;
  if (memo_.size() < block_start_.size()) memo_.resize(block_start_.size());
  memo& m = memo_[block];
  if (m.set && m.cw == cw && m.bounds == bounds) return m.found;
  // The answer is made in the memo's own storage.
  m.set = false;
  std::vector<std::optional<double>>& out = m.found;
  out.assign(bounds.size(), std::nullopt);
  const long reach = std::lround(tuning::grid_river_reach);
  // The block's words on this grid, once: the search below looks at each many times. (Into the
  // buffers of the blocks before, whose storage is reused.)
  std::vector<word_cells>& cells = cells_;
  std::vector<char>& ordered = ordered_;
  if (cells.size() < to - from) cells.resize(to - from);  // never smaller: each line's storage is kept
  ordered.resize(to - from);
  for (std::size_t k = from; k < to; ++k) {
    cells_of(*lines_[k], cw, cells[k - from]);
    ordered[k - from] = left_to_right(cells[k - from]);
  }
  std::vector<std::size_t>& first = first_;
  // How many of the block's words start on each cell, counted once for all its boundaries (by cell
  // from 0; a grid line is not that wide, else each boundary counts its own cells below).
  constexpr long widest = 1L << 16;
  long last_start = -1;
  bool counted = true;
  for (std::size_t k = 0; k < to - from && counted; ++k)
    for (const auto& c : cells[k]) {
      if (c.first < 0 || c.first > widest) {
        counted = false;
        break;
      }
      last_start = std::max(last_start, c.first);
    }
  std::vector<int>& starts_at = starts_at_;  // by cell: how many words start there
  if (counted) {
    starts_at.assign(static_cast<std::size_t>(last_start + 1), 0);
    for (std::size_t k = 0; k < to - from; ++k)
      for (const auto& c : cells[k]) ++starts_at[static_cast<std::size_t>(c.first)];
  }
  double previous = -1e9;
  for (std::size_t b = 0; b < bounds.size(); ++b) {
    const long centre = cell_of(bounds[b], cw);
    // The lines with text in the column after the boundary: a word between it and the next.
    const long next = b + 1 < bounds.size() ? cell_of(bounds[b + 1], cw) - reach : 1L << 30;
    long best = 0, best_left = 0;
    int best_starts = 0;
    bool best_apart = false;
    first.assign(to - from, 0);  // per line, its first word not ending left of s - 1 (s only grows)
    // A river holds only where two lines or more start a word on it (tally::holds): cells where
    // fewer words start are passed over without asking the lines.
    const long low = centre - reach;  // the cells [low, centre + reach] are looked at
    if (!counted) {
      starts_at.assign(static_cast<std::size_t>(2 * reach + 1), 0);
      for (std::size_t k = 0; k < to - from; ++k)
        for (const auto& c : cells[k])
          if (c.first >= low && c.first <= centre + reach) ++starts_at[static_cast<std::size_t>(c.first - low)];
    }
    auto starting = [&](long s) {
      if (!counted) return starts_at[static_cast<std::size_t>(s - low)];
      return s >= 0 && s <= last_start ? starts_at[static_cast<std::size_t>(s)] : 0;
    };
    // A boundary is not moved onto or past the next one (a narrow column, such as a due date's, between them
    // would vanish into the river of the column after it).
    const long limit = b + 1 < bounds.size() ? cell_of(bounds[b + 1], cw) : 1L << 30;
    for (long s = centre - reach; s <= centre + reach && s < limit; ++s) {
      if (static_cast<double>(s) * cw <= previous) continue;
      const bool near = std::labs(s - centre) <= std::lround(tuning::grid_drift);
      if (starting(s) < (near ? 2 : tuning::grid_river_lines_apart)) continue;
      tally t;
      // A word run together at the river is borne only between lines that start a word on it, right
      // above and right below: the column starts there on the line too.
      standing before = standing::apart;
      bool after_fused = false;
      for (std::size_t k = from; k < to && !t.broken; ++k) {
        long x0 = s;
        bool group_start = false;
        const bool last = k + 1 == to;
        const word_cells& line_cells = cells[k - from];
        std::size_t& f = first[k - from];
        if (ordered[k - from])
          while (f < line_cells.size() && line_cells[f].second <= s - 1) ++f;
        standing st = stand(*lines_[k], line_cells, ordered[k - from] != 0, f, last ? nullptr : lines_[k + 1],
                            last ? nullptr : &cells[k + 1 - from], s, next, x0, group_start);
        if (after_fused && st != standing::starts) t.broken = true;
        after_fused = st == standing::fused;
        if (after_fused && (before != standing::starts || last)) st = standing::across;
        t.add(st, x0, group_start);
        before = st;
      }
      if (!t.holds(near)) continue;
      const int starts = t.exact + t.shifted;
      const bool nearer = std::labs(s - centre) < std::labs(best - centre);
      // A river some line starts well apart from its text before it is a column's start; one every
      // line runs on to, one blank apart, may be words of a column's prose lined up by chance.
      const bool apart = t.grouped > 0;
      if (apart != best_apart ? apart : starts > best_starts || (starts == best_starts && nearer)) {
        best = s;
        best_left = t.shifted ? t.shifted_x0 : s;
        best_starts = starts;
        best_apart = apart;
      }
    }
    if (best_starts > 0) out[b] = (static_cast<double>(best_left) - 0.5) * cw;
    previous = out[b] ? *out[b] : std::max(previous, bounds[b]);
  }
  // Nor onto, past or right next to where the next one moved: the boundary keeps its place then (and
  // the next one too where the page's place is not left of where it moved).
  keep_in_order(out, bounds, tuning::grid_min_column * cw);
  m.set = true;
  m.cw = cw;
  m.bounds = bounds;
  return m.found;
}

}  // namespace informe::detail::layout
