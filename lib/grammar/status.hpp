// Compliance statuses as the reports print them. Internal to the library.
#pragma once

#include <optional>
#include <string_view>

#include "informe/model.hpp"

namespace informe::detail {

/// "Cumplido", "Parcialmente cumplido", "No cumplido" (the active lexicon's wordings, historic ones
/// such as "Cumplida" too) in any case, with or without accents, extra spaces or a final period, to
/// the status. nullopt for any other wording ("En proceso", "").
std::optional<compliance_status> parse_status(std::string_view text);
/// A geometric shape (U+25A0-U+25FF) drawn as decoration, as before a status ("● Cumplido").
inline bool is_decorative_shape(char32_t c) { return c >= 0x25A0 && c <= 0x25FF; }
/// The status wording without a leading icon ("● Cumplido" -> "Cumplido"): bullets (U+2022) and
/// decorative shapes, and the spaces after them.
std::string_view without_status_decoration(std::string_view text);

}  // namespace informe::detail
