// Letters a PDF's text layer gives as UTF-16 in the wrong byte order: Ghostscript 10.00 writes a
// ligature's ToUnicode entry so ("fi" as U+6600 U+6900: "Cali昀椀cación"), and every extractor of the
// PDF (poppler, pdftotext) passes the ideographs on. A word that mixes Latin letters with characters no
// Spanish text holds, all of them such letters, is put right. Shared by the PDF and text readers.
// Internal to the library.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace informe::detail {

/// A word that mixes Latin letters with CJK ideographs, Hangul or private-use code points.
bool mixes_foreign_glyphs(std::string_view word);

/// `word` with its letters in the wrong byte order put right ("Cali昀椀cación" -> "Calificación"),
/// when it mixes Latin letters with characters no Spanish text holds and each of those is such a
/// letter; otherwise nothing.
std::optional<std::string> unswapped_letters(std::string_view word);

/// A text with every such word put right: the text, how many words, and the first (its byte offset
/// in the input, as read and as put right).
struct swapped_letters_repair {
  std::string text;
  std::size_t words = 0;
  std::size_t first_offset = 0;
  std::string first_read, first;
};

/// unswapped_letters over each word of `text` (words are apart by blanks and line ends); nothing
/// when no word changes.
std::optional<swapped_letters_repair> repair_swapped_letters(std::string_view text);

/// The info diagnostic's message for `words` words put right, the first read as `first_read`.
std::string swapped_letters_message(std::size_t words, std::string_view first_read, std::string_view first);

}  // namespace informe::detail
