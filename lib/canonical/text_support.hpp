// The input checks and the text clean-up both canonical readers share (line_index and the UTF-8
// codec are in core).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/line_index.hpp"
#include "core/unicode.hpp"
#include "informe/diagnostics.hpp"
#include "informe/model.hpp"
#include "informe/options.hpp"

namespace informe::detail {

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
