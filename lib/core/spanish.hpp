// Spanish month names (fixed words, as ICU 72's data has them) and date wording, from ICU's locale data
// ("es"). Internal to the library.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "informe/model.hpp"

namespace informe::detail {

/// The ICU locale of the reports' dates and numbers (Chilean Spanish).
inline constexpr const char* spanish_locale = "es_CL";

/// The month (1-12) a Spanish word names: full names and abbreviations, any case, with or
/// without accents or a final period ("Dic.", "dic", "Sep.", "Septiembre", "SETIEMBRE" is not).
/// A prefix of a full name of three letters or more also counts ("Sep" -> 9). nullopt otherwise.
std::optional<int> spanish_month(std::string_view word);

/// "30 de junio de 2009", "diciembre de 2000", "2000": the long wording of a (partial) date.
std::string spanish_long_date(const partial_date& date);

/// "30 jun 2009", "dic 2000", "2000": the short wording of a (partial) date, as ICU 72's CLDR data
/// abbreviates months (no period).
std::string spanish_short_date(const partial_date& date);

/// "7 de octubre de 2009, 17:06:25": the long wording of a date and time.
std::string spanish_long_date_time(const date_time& when);

}  // namespace informe::detail
