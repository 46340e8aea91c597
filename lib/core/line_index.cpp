#include "core/line_index.hpp"

#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>

#include "core/byte_scan.hpp"

namespace informe::detail {

line_index::line_index(std::string_view text) : text_(text) {
  starts_.push_back(0);
  columns_.reserve(text.size() / step + 1);
  const bool bom = text.substr(0, 3) == "\xEF\xBB\xBF";
  int column = 1;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (i % step == 0) columns_.push_back(column);
    // Eight bytes with no line end (nor any other control character below 0x0E) at once: each byte
    // but a continuation byte takes a column. (step is a multiple of eight: a checkpoint is never
    // inside such a block.)
    while (i % 8 == 0 && i + 8 <= text.size() && i >= 3) {
      const std::uint64_t w = byte_scan::load(text, i);
      if (byte_scan::any_below(w, 0x0E)) break;
      column += 8 - static_cast<int>(byte_scan::count_trail(w));
      i += 8;
      if (i % step == 0 && i < text.size()) columns_.push_back(column);
    }
    if (i >= text.size()) break;
    if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n'))) {
      starts_.push_back(i + 1);
      column = 1;
    } else if (!U8_IS_TRAIL(text[i]) && !(bom && i < 3)) {
      ++column;  // count lead bytes only; a BOM takes no column
    }
  }
}

source_position line_index::at(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
  std::size_t line = static_cast<std::size_t>(it - starts_.begin());  // >= 1: starts_[0] == 0
  std::size_t start = starts_[line - 1];
  int column = 1;
  if (line == 1 && offset >= 3 && text_.substr(0, 3) == "\xEF\xBB\xBF") start = 3;  // a BOM takes no column
  // Start from the last checkpoint on this line, if any, rather than the line start.
  std::size_t checkpoint = offset / step * step;
  if (checkpoint > start && checkpoint / step < columns_.size()) {
    start = checkpoint;
    column = columns_[checkpoint / step];
  }
  column += static_cast<int>(byte_scan::count_lead(text_, start, offset));  // lead bytes only
  source_position p;
  p.line = static_cast<int>(line);
  p.column = column;
  return p;
}

}  // namespace informe::detail
