// Dates as the reports print them. Internal to the library.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "informe/model.hpp"

namespace informe::detail {

/// A date as printed in a report, to a (partial) date:
///   "Dic. 2000", "Dic 2001", "Junio 2001", "Sep. 2007", "Diciembre 2007", "diciembre de 2007",
///   "dic-2007" -> year and month;  "30-06-2007", "30/06/2007", "30.06.2007", "2007-06-30",
///   "30 de junio de 2007" -> full date;  "06-2007", "06/2007" -> year and month;  "2007" -> year.
/// A trailing time is ignored ("07-10-2009 ; 17:06:25", "30-06-2003 0:00:00"), and so is a final
/// period. Month names come from ICU's Spanish symbols (detail::spanish_month). Two-digit years are
/// not accepted. nullopt for anything else, including impossible dates ("31-02-2007").
std::optional<partial_date> parse_spanish_date(std::string_view text);

/// `text` with a month's name broken in two by a space ("Diciemb re 2010", a word a narrow column's edge
/// cut, as LibreOffice prints one): two words, the second no month's name itself, that make one together
/// ("Diciembre"). nullopt when `text` holds no such pair. (No month's name is two words: joining them is safe.)
std::optional<std::string> rejoin_broken_month(std::string_view text);
/// Each of the two pieces of a broken month's name is at most this many bytes: twice the longest
/// name ("Septiembre", 10 letters), so any piece of any spelling fits; a longer word is no piece of
/// one, and the months' table (and its cache) is not consulted for it.
inline constexpr std::size_t broken_month_piece_bytes = 20;

/// A date with its time: "07-10-2009 ; 17:06:25", "07-10-2009 17:06", "2009-10-07T17:06:25".
/// A full date without a time gives 00:00:00. nullopt when there is no full date or the time is invalid.
std::optional<date_time> parse_date_time(std::string_view text);
/// The text's time ends in a minute or second of one digit ("28-01-2008 ; 15:20:0"): a time cut short,
/// as at a page's edge, which parse_date_time reads with that digit as the whole value.
bool time_cut_short(std::string_view text);

/// The date that ends a title: "INFORME DE CUMPLIMIENTOS DE COMPROMISOS AL 30-06-2009" -> 2009-06-30,
/// "... AL 30 DE JUNIO DE 2009" -> 2009-06-30. nullopt when the text does not end with a date.
std::optional<partial_date> find_trailing_date(std::string_view text);

}  // namespace informe::detail
