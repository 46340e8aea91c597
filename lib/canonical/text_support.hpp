// Byte offsets to line:column, UTF-8 checks and the text clean-up both canonical readers share.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "informe/diagnostics.hpp"
#include "informe/model.hpp"
#include "informe/options.hpp"

namespace informe::detail {

/// Maps byte offsets of one input to 1-based lines and columns. Lines end at "\n", "\r\n" or a lone
/// "\r" (as XML counts them); columns count characters (UTF-8 sequences), not bytes. A lookup costs
/// O(log n + 256) whatever the line length: columns are also kept every 256 bytes, so that positions in a
/// single-line document of megabytes do not each count from the line start.
///
///     line_index lines("a\nbc");
///     lines.at(3);  // {line 2, column 2}
class line_index {
 public:
  explicit line_index(std::string_view text);
  /// The position of the byte at `offset`; an offset past the end is the position after the last byte.
  source_position at(std::size_t offset) const;

 private:
  static constexpr std::size_t step = 256;
  std::string_view text_;
  std::vector<std::size_t> starts_;
  std::vector<int> columns_;  // columns_[k]: the column of the byte at k * step
};

/// The offset of the first byte that is not part of well-formed UTF-8 (overlong forms, surrogates and
/// code points above U+10FFFF are ill-formed), or npos when all of `bytes` is well-formed.
std::size_t first_invalid_utf8(std::string_view bytes);

/// Throws informe::error when `input` is over the size limit, and when it is not UTF-8 (with the
/// position of the first bad byte). `format` names the input in messages ("JSON", "XML").
void check_input_bytes(std::string_view input, const read_options& options, std::string_view format);

/// True for characters XML 1.0 cannot hold (C0 controls other than tab, LF and CR; U+FFFE; U+FFFF).
bool is_forbidden_char(char32_t c);

/// The form a text takes in the model: forbidden characters removed, then detail::clean_text.
/// `removed` is set when characters had to be removed.
std::string model_text(std::string_view raw, bool& removed);

/// A copy of `r` every writer can serialise losslessly: invalid UTF-8 replaced by U+FFFD, forbidden
/// characters removed, texts cleaned, empty paragraphs, items and lists dropped. Each change gets a
/// warning naming the field ("commitments[2].verification").
report output_ready(const report& r, diagnostics& diags);

/// "commitments[3]" for row index 3.
std::string row_path(std::size_t index);

}  // namespace informe::detail
