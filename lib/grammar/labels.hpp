// The labels of a report: header fields, labelled fields inside cells, the table's column headers.
// Matching ignores case and accents (detail::fold): "CALIFICACIÓN:", "Calificacion :". Internal.
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace informe::detail {

/// What a label names.
enum class field {
  none,
  // inside table cells
  responsible,             ///< "Organismo Responsable:"
  due,                     ///< "Fecha de Vencimiento:"
  compliance_observation,  ///< "Observación:"
  status,                  ///< "Calificación:"
  verification,            ///< "Medios de Verificación:"
  // in the header block
  issued_at,               ///< "Fecha del Informe:"
  program,                 ///< "Programa/Institución:", "Programa:", "Institución:"
  ministry,                ///< "Ministerio:"
  service,                 ///< "Servicio:"
  evaluation_year,         ///< "Año:", "Año de Evaluación:"
  program_status,          ///< "Calificación:"
  exit_date,               ///< "Fecha Egreso:", "Fecha de Egreso:"
  observation,             ///< "Observación:"
};

/// A label folded for comparison: fold(), no final colon, no spaces around '/' ("programa/institucion").
std::string label_key(std::string_view label);

/// The table column a cell label's field belongs in: 0 the recommendation ("Organismo Responsable"),
/// 1 the commitment ("Fecha de Vencimiento"), 2 the compliance (observation, status, verification).
/// Defined for the cell fields only.
std::size_t table_column_of(field f);

/// Where labels are looked for: the same word means different fields in the header and in cells.
enum class label_context { header, cell };

/// The field a label names, given without or with its colon ("Calificación", "CALIFICACION:").
/// field::none when it is not a known label of that context.
field match_label(std::string_view label, label_context context);

/// A column of its own for a field the cells usually label, as a reader reads it: the field its title
/// names ("Plazo", "FECHA DE VENCIMIENTO", "Estado", "Calificación", a final colon allowed; field::none
/// for any other title). Its cells are that field's values in the cell the field belongs to
/// (table_column_of), handed to the grammar with the label as structure (cell::add_label).
struct column_label {
  field which = field::none;
};
column_label match_column_title(std::string_view title);

/// A label found in running text.
struct label_match {
  field which = field::none;
  std::size_t begin = 0;  ///< byte offset of the label's first character
  std::size_t end = 0;    ///< byte offset just past its colon (the value starts here)
};

/// True when `text` is the first part of a known label wrapped over lines ("Programa/", "Fecha",
/// "Medios de"): a proper prefix of a label ending at a word boundary or a slash, with no colon.
bool is_label_start(std::string_view text, label_context context);

/// Every known label followed by a colon inside `text`, in order ("cumplido Calificación: Cumplido
/// Medios de Verificación:" gives two). A label must start the text or follow a non-letter.
/// Linear in the text's length (only words before a colon are folded).
std::vector<label_match> find_labels(std::string_view text, label_context context);

/// The known label at the very start of `text` (after white space), or nullopt.
std::optional<label_match> leading_label(std::string_view text, label_context context);

/// True when the cells are the table's column-header row ("Recomendación | Compromiso |
/// Cumplimiento", any case or accents, markup already removed), as printed again on later pages.
bool is_column_header(std::span<const std::string_view> cells);

/// One cell as is_column_header sees it: a column title (also with a note in parentheses after it or
/// below it, "Compromiso (Fecha de vencimiento)"), empty (blanks, '*', a final ':'), or other.
/// is_column_header holds when no cell is other and two or more are titles.
enum class column_cell { empty, title, other };
column_cell column_header_cell(std::string_view cell);

/// The row number a cell's text starts with ("4. Replantear..." -> "4", "12." -> "12"): one to 18
/// digits, a period, then white space or the end. nullopt otherwise ("2003 fue", "4.5 %").
/// `length` receives the bytes to remove (number, period and the white space after it).
std::optional<std::string_view> leading_row_number(std::string_view text, std::size_t* length = nullptr);

}  // namespace informe::detail
