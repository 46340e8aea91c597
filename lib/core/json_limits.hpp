// The limits every JSON text the program reads is held to: the canonical JSON reader and the
// template loaders (labels, PDF style) check the same depth before nlohmann-json parses anything.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace informe::detail {

/// Arrays and objects nested deeper than this are refused before parsing (nlohmann-json builds and
/// copies its DOM recursively; a million levels would overflow the stack). Our documents nest six
/// levels at most.
inline constexpr std::size_t max_json_depth = 64;

/// The offset of the first "[" or "{" nested deeper than `max_depth` (strings skipped), or nullopt.
/// Works on any text, well-formed or not, in one pass and constant memory.
///
///     json_too_deep("[[1]]", 1);  // 1
std::optional<std::size_t> json_too_deep(std::string_view json, std::size_t max_depth = max_json_depth);

}  // namespace informe::detail
