// The labels of a "ficha": a commitment printed as a vertical two-column table of its own, a label
// column ("N°", "Recomendación", "Organismo Responsable", "Compromiso", "Fecha de Vencimiento",
// "Cumplimiento", "Observación", "Calificación", "Medios de Verificación") with the values to its
// right. One test for every reader that meets fichas (the layout engine's, DOCX's and HTML's), over
// the one vocabulary of labels (grammar/lexicon.hpp). Internal.
//
//     match_ficha_label("Fecha de Vencimiento:")  // {.which = field::due}
//     match_ficha_label("Recomendación")          // {.column = 0}
//     names_a_commitment("N°")                    // true: the label that opens a ficha
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "grammar/labels.hpp"

namespace informe::detail {

/// What a ficha's label names: the commitment's number, one of the table's three columns, or a
/// labelled field of a cell (table_column_of says which cell it belongs to).
struct ficha_label {
  bool number = false;       ///< "N°": the number that opens the ficha
  int column = -1;           ///< 0 recommendation, 1 commitment, 2 compliance; -1 when none
  field which = field::none; ///< a cell field ("Organismo Responsable": field::responsible)
};

/// The key a number term's wording is matched by: label_key, with the masculine ordinal "º" read as
/// the degree sign "°" (both print the number sign: "Nº", "N°").
std::string number_key(std::string_view wording);

/// True for the label that opens a ficha, the commitment's number: the vocabulary's number terms in
/// the active, built-in or historic wording ("N°", "Nº", "Número"), a final colon allowed.
bool names_a_commitment(std::string_view text);

/// True for a table's column title that names the row number: the vocabulary's number terms
/// (names_a_commitment) and their abbreviations ("N", "No.", "Nro", "Núm.", "N.º", "#", "°"), blanks
/// inside (its pieces over two lines: "N °"), "*" around it or a final colon or period allowed.
/// One test for every reader that meets a number column (the layout engine's, HTML's).
bool names_number_column(std::string_view text);

/// The field a ficha's label cell names (any case or accents, a final colon allowed): the number
/// (names_a_commitment), a column title in any of its wordings ("Cumplimiento", "Compromisos") or a
/// cell label ("Calificación"); nullopt for any other text.
std::optional<ficha_label> match_ficha_label(std::string_view text);

/// The first words of a ficha's label wrapped over lines in a narrow label column ("Organismo",
/// "Fecha de", "Medios de"): a proper prefix of a label, ending at a word boundary, with no colon.
bool is_ficha_label_start(std::string_view text);

}  // namespace informe::detail
