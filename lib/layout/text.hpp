// Small text tests the layout phases share: code points, bullets, how wrapped lines join. Internal.
#pragma once

#include <string>
#include <string_view>

namespace informe::detail::layout {

/// The first code point of a UTF-8 string; `length` receives its bytes (0 for an empty string).
char32_t first_code_point(std::string_view s, std::size_t* length = nullptr);
/// The string is exactly one code point.
bool single_code_point(std::string_view s);
/// Unambiguous list bullets ("•", "●", "▪", Symbol-font U+F0B7 ...).
bool is_bullet_char(char32_t c);
/// Markers that may also be punctuation at a line start ("-", "–", "*").
bool is_dash_marker(std::string_view w);
/// An upper-case letter, a digit or an opening quote starts the text (a new paragraph may start there).
bool starts_upper(std::string_view s);
/// A lower-case letter starts the text (it runs on from the line before).
bool starts_lower(std::string_view s);
/// The text starts with an enumerator of a typed list: "a) ", "b. ", "2) ", "12. ", "iii. ", "iv) ".
bool starts_enumerator(std::string_view s);
/// An indented list item's text without a typed second-level marker "o " ("o las comunas de…" ->
/// "las comunas de…"): in an item, where the Spanish word "o" does not start a line.
std::string_view without_typed_o_marker(std::string_view item);
/// The text ends with ":" or ";" (white space aside).
bool ends_clause(std::string_view s);
bool starts_digit(std::string_view s);
/// Text inside an open quotation goes on in lower case after a line break ("el libro “Escuelas que
/// aprenden de su comunidad:" / "once experiencias"): never a new paragraph or list item, whatever
/// the room left on the line. (A comma at the line's end tells nothing: list items end with one.)
bool runs_on_in_quotation(bool in_quotation, std::string_view after);
/// Curly quotation marks opened minus closed in `s` (“ « count 1, ” » count -1).
int quote_balance(std::string_view s);
/// An ASCII letter or any byte of a multi-byte UTF-8 character.
bool is_letter_byte(char c);
/// The em dashes (U+2014) of a paragraph so far: how many (odd: an aside is open), and whether the
/// last stands before a space or a line's end ("— horas", as English and these reports set them;
/// Spanish sets an aside's dashes against its words: "—según el informe del año— quedó").
struct aside_dashes {
  int count = 1;        ///< unknown: taken as an aside open,
  bool spaced = false;  ///< its dash set against its text
  bool open() const { return count % 2 == 1; }
};

/// `before` with the em dashes of `text`, the paragraph's next line, added.
aside_dashes add_dashes(aside_dashes before, std::string_view text);

/// A line break inside a word ("económico-" + "social", "MINECON/" + "CORFO") or before a closing
/// dash set against its aside ("del año" + "— quedó"), or before a punctuation mark wrapped onto a
/// line of its own ("independientes" + ";"): the two join without a space. A dash that starts
/// `after` opens an aside where none is open ("bibliotecas" + "— horas de uso"), and closes a spaced
/// one after a space: both after a space. `dashes`: the paragraph's before `after`.
bool joins_without_space(std::string_view before, std::string_view after, aside_dashes dashes = {});
/// Digits replaced by '#': "Página 3 de 9" and "Página 4 de 9" compare equal.
std::string digits_blurred(std::string_view s);
/// detail::fold of a short text; empty when the text is longer than `limit` bytes.
std::string folded_short(std::string_view s, std::size_t limit = 160);
/// The text starts with the report's title ("Informe de Cumplimiento(s) de Compromisos ...").
bool starts_title(std::string_view text);
/// The text starts the report's header: its title or a header label ("Programa/Institución:").
bool starts_header(std::string_view text);

}  // namespace informe::detail::layout
