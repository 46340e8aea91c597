// Lists typed by hand, line by line: "• item" / "- item" / "– item" lines, "o sub-item" lines inside
// such a list, and the lines that run on into an item. Shared by readers that see line breaks as
// markup (a legacy page's <br>) rather than as positions. Internal.
#pragma once

#include <cstddef>
#include <string_view>

namespace informe::detail::layout {

/// The bytes of a typed list marker that starts `line`, after white space and no-break spaces, with
/// the spaces after it: an unambiguous bullet (is_bullet_char: "•", "●", "▪", U+F0B7...), or "-",
/// "–", "*" followed by a space ("-5%" starts no item). 0 when none.
std::size_t typed_marker_length(std::string_view line);

/// typed_marker_length, and a sub-item's "o " for a line that follows the typed item `item` after a
/// line break (elsewhere "o" is the Spanish "or"): where the line is indented with no-break spaces,
/// or the item ended as items end (";", ".", ":"), not where the item runs on ("• se revisará la
/// norma" / "o bien se derogará."). Sub-items join the list as items: lists are flat.
std::size_t typed_marker_length_after_item(std::string_view line, std::string_view item);

/// A line after a line break inside a typed item runs on into it: the item has not ended as items
/// end (";", ".", ":", "!", "?", "…") and the line starts in lower case, with no enumerator ("b) ")
/// and no cell label ("Calificación:").
bool runs_on_into_item(std::string_view item, std::string_view line);

}  // namespace informe::detail::layout
