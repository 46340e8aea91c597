// From fragments to rich text: paragraphs joined across page breaks, lists, clean text. Internal.
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "grammar/input.hpp"
#include "informe/model.hpp"

namespace informe::detail {

/// True when `text` (ignoring trailing white space and closing quotes/brackets) ends a sentence:
/// its last character is one of . : ; ! ? (or … ). "…debiera" is mid-sentence; "…CORFO." is not.
bool ends_sentence(std::string_view text);

/// Removes a leading list marker ("- ", "• ", "* ", "· ", "– ") from a list item's text.
std::string_view strip_list_marker(std::string_view item);

/// The rich text of a sequence of fragments: text runs concatenated, paragraph breaks kept unless
/// the text before ends mid-sentence (then one space), consecutive list items one bulleted list,
/// markers removed, every string cleaned (detail::clean_text). No label handling (a label given as
/// structure, fragment::kind::label, ends a paragraph and adds nothing).
rich_text to_rich_text(std::span<const fragment> fragments);

}  // namespace informe::detail
