// Row numbers as reports print them: "4", "4." and sub-numbers "1.2", "1.2.", "2.1.3" (a
// recommendation's commitments numbered under it), and the sequence rows follow. Internal.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace informe::detail {

/// A whole text that is a row number: "4", "4." (one to 18 digits) or a sub-number "1.2", "1.2.",
/// "2.1.3" (two or three parts: the first one to three digits, the others one or two, since three
/// digits after a period are a thousands group, "1.236", "19.253", and four a year, "31.12.2008").
/// Returns the number without its final period; nullopt for anything else.
std::optional<std::string_view> row_number_text(std::string_view text);

/// True when the number has parts ("1.2", "2.1.3").
bool is_sub_number(std::string_view number);

/// True when `next` is the row after `previous` (an empty `previous`: the table's first row, "1" or
/// "1.1"): one part raised and any parts after it 1 ("1.1" -> "1.2", "1.3" -> "2.1" or "2",
/// "3" -> "4", "2.1.3" -> "2.2.1"). Parts compare as numbers ("04" is "4").
bool follows_in_sequence(std::string_view previous, std::string_view next);

/// True when `next` is the first sub-number under `previous` ("2" -> "2.1", "2.1" -> "2.1.1"): a
/// recommendation's row, then its commitments' rows numbered under it.
bool first_under(std::string_view previous, std::string_view next);

/// True when `start` ("1", "1.", "2.": a number column's first line) can be the first characters of
/// a number in sequence after `previous`, the rest wrapped below it or onto the next page ("1" / "2"
/// after row 11, "2." / "1" after row 1.3): one part raised, the parts after it 1, or a first
/// sub-number or two under that ("2" -> "3", "3.1", "3.1.1").
bool opens_next_in_sequence(std::string_view previous, std::string_view start);

/// True when the two are the same number, part by part ("04" and "4", "1.01" and "1.1").
bool same_row_number(std::string_view a, std::string_view b);

/// The sub-number a text starts with ("1.2 Publicar", "1.2. Publicar", then white space or the end),
/// whatever the sequence; `length` as below.
std::optional<std::string_view> leading_sub_number(std::string_view text, std::size_t* length = nullptr);

/// The row number a cell's text starts with, given the number of the row before (empty: none):
/// "N. " as leading_row_number reads it (labels.hpp), or a sub-number typed before the text, with or
/// without its period ("1.2 Publicar", "1.2. Publicar"), when it follows `previous` in the sequence
/// and `previous` is empty or a sub-number too: a figure at a cell's line start is no row ("2.5
/// millones" after row "1.1"; "1.236 obras", "Ley N° 19.253" never). `length` receives the bytes to
/// remove (number, period and the white space after it).
std::optional<std::string_view> leading_row_number_after(std::string_view text, std::string_view previous,
                                                         std::size_t* length = nullptr);

}  // namespace informe::detail
