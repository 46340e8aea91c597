// How the model's values become the text of one cell and back: rich text as lines (a line is a
// paragraph, "• " or "- " starts a list item, an empty line ends a list), dates as Chilean
// spreadsheets write them, and the formula guard of CSV output. Internal.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "informe/model.hpp"

namespace informe::detail::sheets {

/// The text of a cell holding `text`: paragraphs one per line, list items "• item" one per line,
/// an empty line between two lists that follow each other. Lossless with decode_rich for every
/// model text except a paragraph that itself starts like a list item (see starts_like_item).
std::string encode_rich(const rich_text& text);
/// The rich text of a cell: each line a paragraph, lines starting with "• " or "- " (and the other
/// markers the grammar knows) a bulleted list; an empty line ends a list. Strings are cleaned.
rich_text decode_rich(std::string_view cell);
/// True when a paragraph with this text would be read back as a list item.
bool starts_like_item(std::string_view paragraph);

/// "31-12-2000", "12-2000" or "2000": the date's own precision, in a form parse_spanish_date reads.
std::string date_text(const partial_date& d);
/// "07-10-2009 17:06:25".
std::string date_time_text(const date_time& t);

/// CSV output, as OWASP advises against formula injection: a value starting with = + - @ tab or
/// carriage return (or with a quote before one of those) gets a leading "'". unguard reverses it.
std::string guard_formula(std::string value);
std::string_view unguard_formula(std::string_view value);
/// True when a spreadsheet program would take the value for a formula.
bool looks_like_formula(std::string_view value);

}  // namespace informe::detail::sheets
