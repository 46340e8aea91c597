// The text a date cell of an XLSX sheet shows: its value under its number format's code, for the
// codes that say every character ("dd-mm-yyyy", "mm/yyyy", "d.m.yy h:mm"). Internal.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "informe/model.hpp"

namespace informe::detail::sheets {

/// `when` as the format `code` shows it (the code's first section): days, months, years, hours,
/// minutes and seconds in figures, separators and quoted or escaped literals as they are, a locale
/// tag ("[$-340A]") skipped. nullopt when the code shows anything whose wording depends on the
/// reader's locale or that this does not render (month or day names, AM/PM, elapsed time, digits
/// placeholders): then nothing can say what the sheet shows.
std::optional<std::string> shown_date(std::string_view code, const date_time& when);

}  // namespace informe::detail::sheets
