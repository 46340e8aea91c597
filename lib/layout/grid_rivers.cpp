#include "layout/grid_rivers.hpp"

#include <algorithm>
#include <cmath>

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

long cell_of(double x, double cw) { return std::lround(x / cw); }

// "4", "12.": a row's number starts the line, and the extractor placed the row's cells anew.
bool starts_with_number(const line& l) {
  const std::string& t = l.words.front()->text;
  std::size_t digits = 0;
  while (digits < t.size() && t[digits] >= '0' && t[digits] <= '9') ++digits;
  return digits > 0 && digits <= 3 && (digits == t.size() || (digits + 1 == t.size() && t.back() == '.'));
}

}  // namespace

void grid_rivers::page(const std::vector<const line*>& lines) {
  lines_ = lines;
  block_of_.clear();
  block_start_.clear();
  block_end_.clear();
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const line& l = *lines[i];
    const auto index = static_cast<std::size_t>(std::max(l.index, 1) - 1);
    if (block_of_.size() <= index) block_of_.resize(index + 1, static_cast<std::size_t>(-1));
    if (l.skipped() || l.words.empty() || l.words.front()->estimated_width == 0) continue;
    const bool adjacent = i > 0 && !block_end_.empty() && block_end_.back() == i && !starts_with_number(l) &&
                          l.top - lines[i - 1]->top <= tuning::grid_block_advance * std::max(l.size, 1.0);
    if (!adjacent) {
      block_start_.push_back(i);
      block_end_.push_back(i);
    }
    block_end_.back() = i + 1;
    block_of_[index] = block_start_.size() - 1;
  }
}

std::vector<std::optional<double>> grid_rivers::rivers(const line& l, const std::vector<double>& bounds) const {
  std::vector<std::optional<double>> out(bounds.size());
  const auto index = static_cast<std::size_t>(std::max(l.index, 1) - 1);
  if (index >= block_of_.size() || block_of_[index] == static_cast<std::size_t>(-1) || l.words.empty()) return out;
  const std::size_t block = block_of_[index];
  const std::size_t from = block_start_[block], to = block_end_[block];
  if (to - from < tuning::grid_river_lines) return out;
  const double cw = cell_width(l);
  const long reach = std::lround(tuning::grid_river_reach);
  double previous = -1e9;
  for (std::size_t b = 0; b < bounds.size(); ++b) {
    const long centre = cell_of(bounds[b], cw);
    // The lines with text in the column after the boundary: a word between it and the next.
    const long next = b + 1 < bounds.size() ? cell_of(bounds[b + 1], cw) - reach : 1L << 30;
    long best = 0, best_left = 0;
    int best_starts = 0;
    for (long s = centre - reach; s <= centre + reach; ++s) {
      if (static_cast<double>(s) * cw <= previous) continue;
      int starts = 0, reaching = 0, covered = 0;
      long shifted = s;  // a word the extractor placed a character or two left of the river starts here
      for (std::size_t k = from; k < to && covered <= 1; ++k) {
        bool reaches = false, starts_here = false;
        for (const word* w : lines_[k]->words) {
          const long x0 = cell_of(w->x0, cw), x1 = cell_of(w->x1, cw);
          if (x0 <= s - 1 && x1 > s - 1) {  // a word covers the cell left of s
            ++covered;
            if (x0 < s - 2) covered = 2;
            shifted = x0;
            starts_here = true;
          }
          if (x0 >= s && x0 < next) reaches = true;
          if (x0 == s) starts_here = true;
        }
        starts += starts_here;
        reaching += reaches;
      }
      // Lines that start a word on the river itself; far from the page's boundary a river needs
      // three of them to tell it from prose's chance, near it two (three beside a shifted word).
      const int exact = starts - (covered == 1 ? 1 : 0);
      const bool near = std::labs(s - centre) <= std::lround(tuning::grid_drift);
      const bool enough = near ? exact >= 2 && (covered == 0 || starts >= 3) : exact >= 3;
      if (covered > 1 || !enough || starts + 1 < reaching) continue;
      const bool nearer = std::labs(s - centre) < std::labs(best - centre);
      if (starts > best_starts || (starts == best_starts && nearer)) {
        best = s;
        best_left = shifted;
        best_starts = starts;
      }
    }
    if (best_starts > 0) {
      out[b] = (static_cast<double>(best_left) - 0.5) * cw;
      previous = *out[b];
    }
  }
  return out;
}

}  // namespace informe::detail::layout
