// Byte offsets to line:column: the one function every reader and template loader uses for positions.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "informe/model.hpp"

namespace informe::detail {

/// Maps byte offsets of one input to 1-based lines and columns. Lines end at "\n", "\r\n" or a lone
/// "\r" (as XML counts them); columns count characters (UTF-8 sequences), not bytes. A lookup costs
/// O(log n + 64) whatever the line length, amortised: columns are also kept every 64 bytes (counted
/// once lookups far from their line's start have counted as many bytes as the text has), so that
/// positions in a single-line document of megabytes do not each count from the line start. Lookups
/// further along the same line, as a reader asks them, count on from the last one.
///
/// at() remembers its last answer: one index is not for lookups from several threads at once.
///
///     line_index lines("a\nbc");
///     lines.at(3);  // {line 2, column 2}
class line_index {
 public:
  explicit line_index(std::string_view text);
  /// The position of the byte at `offset`; an offset past the end is the position after the last byte.
  source_position at(std::size_t offset) const;

 private:
  static constexpr std::size_t step = 64;
  void count_checkpoints() const;

  std::string_view text_;
  bool bom_ = false;
  std::vector<std::size_t> starts_;
  mutable std::vector<int> columns_;  // columns_[k]: the column of the byte at k * step; empty until needed
  mutable std::size_t last_offset_ = 0, last_line_ = 0;  // at()'s last answer (last_line_ 0: none)
  mutable int last_column_ = 1;
  mutable std::size_t far_counted_ = 0;  // bytes counted by lookups far from their start, before checkpoints
};

/// The position of the byte at `offset` of `text`, for one lookup (a line_index for many).
inline source_position position_of(std::string_view text, std::size_t offset) {
  return line_index(text).at(offset);
}

}  // namespace informe::detail
