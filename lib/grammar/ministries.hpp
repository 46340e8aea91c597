// The names of Chile's ministries and of the other budget headings (partidas) a report's "Ministerio"
// names, past and present. Internal to the library.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace informe::detail {

/// The number of words of the longest ministry's name that `words` start with at `from` (0: none).
/// `words` are fold()ed ("ministerio", "de", "obras", "publicas"): case and accents do not count.
std::size_t ministry_name_at(const std::vector<std::string>& words, std::size_t from);

}  // namespace informe::detail
