#include "core/line_index.hpp"

#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>

#include "core/byte_scan.hpp"

namespace informe::detail {

line_index::line_index(std::string_view text) : text_(text), bom_(text.substr(0, 3) == "\xEF\xBB\xBF") {
  starts_.push_back(0);
  // Only the line ends: eight bytes at a time where none is a control character below 0x0E.
  const std::size_t n = text.size();
  for (std::size_t i = 0; i < n;) {
    if (i + 8 <= n && !byte_scan::any_below(byte_scan::load(text, i), 0x0E)) {
      i += 8;
      continue;
    }
    const std::size_t block_end = std::min(n, i + 8);
    for (; i < block_end; ++i) {
      if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == n || text[i + 1] != '\n'))) starts_.push_back(i + 1);
    }
  }
}

void line_index::count_checkpoints() const {
  columns_.reserve(text_.size() / step + 1);
  int column = 1;
  std::size_t line = 1;  // starts_[line] is the next line's start
  for (std::size_t block = 0; block < text_.size(); block += step) {
    columns_.push_back(column);
    const std::size_t end = std::min(text_.size(), block + step);
    std::size_t from = block;
    // The line starts inside this block: the column counts from the last of them.
    while (line < starts_.size() && starts_[line] <= end) {
      from = starts_[line++];
      column = 1;
    }
    if (from < 3 && bom_) from = std::min<std::size_t>(3, end);  // a BOM takes no column
    column += static_cast<int>(byte_scan::count_lead(text_, from, end));
  }
}

source_position line_index::at(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  std::size_t line;
  if (last_line_ != 0 && offset >= last_offset_ &&
      (last_line_ == starts_.size() || offset < starts_[last_line_])) {
    line = last_line_;  // on the line of the last lookup, at or after it
  } else {
    auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
    line = static_cast<std::size_t>(it - starts_.begin());  // >= 1: starts_[0] == 0
  }
  std::size_t start = starts_[line - 1];
  int column = 1;
  if (line == 1 && offset >= 3 && bom_) start = 3;  // a BOM takes no column
  if (line == last_line_ && offset >= last_offset_ && last_offset_ >= start) {
    start = last_offset_;  // count on from the last lookup
    column = last_column_;
  }
  if (const std::size_t distance = offset - start; distance > 4 * step) {
    // Far from the line start and from the last lookup: from the last checkpoint on this line, once
    // counting far has cost as much as counting them (lookups in order seldom get there).
    if (columns_.empty() && far_counted_ + distance > text_.size()) count_checkpoints();
    const std::size_t checkpoint = offset / step * step;
    if (columns_.empty()) {
      far_counted_ += distance;
    } else if (checkpoint > start && checkpoint / step < columns_.size()) {
      start = checkpoint;
      column = columns_[checkpoint / step];
    }
  }
  column += static_cast<int>(byte_scan::count_lead(text_, start, offset));  // lead bytes only
  last_offset_ = offset;
  last_line_ = line;
  last_column_ = column;
  source_position p;
  p.line = static_cast<int>(line);
  p.column = column;
  return p;
}

}  // namespace informe::detail
