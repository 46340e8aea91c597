// Compliance statuses as the reports print them. Internal to the library.
#pragma once

#include <optional>
#include <string_view>

#include "informe/model.hpp"

namespace informe::detail {

/// "Cumplido", "Parcialmente cumplido", "No cumplido" in any case, with or without accents, extra
/// spaces or a final period, to the status. nullopt for any other wording ("En proceso", "").
std::optional<compliance_status> parse_status(std::string_view text);
/// The status wording without a leading icon ("● Cumplido" -> "Cumplido"): bullets and geometric
/// shapes U+25A0-U+25FF, and the spaces after them.
std::string_view without_status_decoration(std::string_view text);

}  // namespace informe::detail
