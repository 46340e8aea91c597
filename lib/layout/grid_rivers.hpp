// On a text grid (`pdftotext -layout`), the column boundaries of a block of lines. The extractor
// places each block's columns on its own: a column starts a few characters left or right of where
// the page's header and gutters put it, and two columns may be one blank apart. Within a block of
// adjacent lines a column's lines start at one character position, a "river": every line is blank
// just left of it and the lines that reach it start a word on it. Internal.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "layout/lines.hpp"

namespace informe::detail::layout {

/// "4", "12.", "1.2": a row's number starts the line (and, on a grid, a new block of the row's cells).
bool starts_with_number(const line& l);

/// A word the extractor ran together from two columns' words with no blank between them, where the
/// next column starts on cell `cut` of it (counted in characters from its start): the byte offset of
/// that character, when at least `tuning::grid_fused_part` characters stand on each side and the two
/// characters at the cut are letters ("mayores|comunas"); else nullopt.
std::optional<std::size_t> fused_cut(std::string_view text, long cut);

/// A block's column starts (`found`, per boundary of the page's `bounds`: where the block moved it, else
/// nullopt for the page's place) kept in order: a boundary less than `gap` left of the next one (each
/// where it stands at last) drops its move; if it stands at the page's place then, the next one drops its
/// move too. Right to left, again until none drops: each two stand `gap` apart or both at the page's
/// places (in order on the page). True when any dropped.
bool keep_in_order(std::vector<std::optional<double>>& found, const std::vector<double>& bounds, double gap);

/// The rivers of one page's lines, block by block.
class grid_rivers {
 public:
  /// The page's lines in order (skipped lines, such as a table header, end a block).
  void page(const std::vector<const line*>& lines);
  /// For line `l` of the page, each boundary of `bounds` (x where column i+1 starts) moved to the
  /// river of `l`'s block within `tuning::grid_river_reach` characters of it; nullopt where the block
  /// shows none (too few lines, or lines that do not agree). One line may run over a river where the
  /// block's lines show it plainly (`tuning::grid_river_far_lines` start on it, one well apart from
  /// its text before it) when its word there is two words run together at the river (fused_cut). The answer is kept per block (the next
  /// line of the block asks the same): it stays valid until the next call, and one object is not for
  /// calls from several threads at once.
  const std::vector<std::optional<double>>& rivers(const line& l, const std::vector<double>& bounds) const;
  /// The same, `cw` being `l`'s character cell width (grid_char_width(l)), which the caller has found
  /// already (a grid's words are well-formed UTF-8: counted by code points or by their first bytes,
  /// the same).
  const std::vector<std::optional<double>>& rivers(const line& l, const std::vector<double>& bounds, double cw) const;
  /// The line right below `l` in its block (adjacent on the grid), or nullptr.
  const line* below(const line& l) const;

 private:
  std::vector<const line*> lines_;
  std::vector<std::size_t> block_of_;  // by line index on the page (1-based index - 1)
  std::vector<std::size_t> position_of_;  // by line index on the page: its first place in lines_
  std::vector<std::size_t> block_start_, block_end_;
  struct memo {
    bool set = false;
    double cw = 0;
    std::vector<double> bounds;
    std::vector<std::optional<double>> found;
  };
  mutable std::vector<memo> memo_;  // by block: the last answer
  mutable std::vector<std::optional<double>> none_;  // the answer where a line's block has no rivers
  // rivers()'s buffers, reused from block to block: each line's word cells (first, last), and
  // whether they run left to right.
  mutable std::vector<std::vector<std::pair<long, long>>> cells_;
  mutable std::vector<char> ordered_;
  mutable std::vector<std::size_t> first_;  // per line of the block: its first word not left of the river
  mutable std::vector<int> starts_at_;      // per cell near a boundary: how many words start there
};

}  // namespace informe::detail::layout
