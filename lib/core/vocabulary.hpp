// The vocabulary: every word the writers print and the readers recognise, as typed terms. The
// defaults are templates/common/labels.json; a user's labels.json may change any of them (a partial
// file is merged over the defaults). The historic wordings of archived reports ("Fecha Informe",
// "Observaciones", "Cumplida") sit beside the terms, for the readers. Internal to the library.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "informe/model.hpp"

namespace informe {
class diagnostics;
class template_set;
}  // namespace informe

namespace informe::detail {

/// A word of the vocabulary; its key in labels.json is term_key(t) ("status_not_fulfilled").
enum class term : std::uint8_t {
  title,                       ///< "Informe de Cumplimiento de Compromisos"
  title_cutoff,                ///< "al" (before the cut-off date)
  issued_at,                   ///< "Fecha del Informe"
  program,                     ///< "Programa/Institución"
  ministry,                    ///< "Ministerio"
  service,                     ///< "Servicio"
  evaluation_year,             ///< "Año"
  program_status,              ///< "Calificación" (of the program, in the header)
  exit_date,                   ///< "Fecha Egreso"
  observation,                 ///< "Observación" (of the report, in the header)
  column_recommendation,       ///< "Recomendación"
  column_commitment,           ///< "Compromiso"
  column_compliance,           ///< "Cumplimiento"
  number,                      ///< "N°"
  responsible,                 ///< "Organismo Responsable"
  due,                         ///< "Fecha de Vencimiento"
  status,                      ///< "Calificación" (of a row)
  compliance_observation,      ///< "Observación" (of a row's compliance)
  verification,                ///< "Medios de Verificación"
  summary,                     ///< "Resumen del cumplimiento"
  summary_total,               ///< "Compromisos"
  summary_share_fulfilled,     ///< "Porcentaje cumplido"
  status_fulfilled,            ///< "Cumplido"
  status_partially_fulfilled,  ///< "Parcialmente cumplido"
  status_not_fulfilled,        ///< "No cumplido"
  status_unknown,              ///< "Sin calificación"
  continued,                   ///< "(continúa)": a row continued from the previous page
  page,                        ///< "Página"
  page_of,                     ///< "de"
  none,                        ///< "—": an absent value that is always labelled
  program_section,             ///< "Antecedentes del programa"
  commitments_section,         ///< "Recomendaciones, compromisos y cumplimiento"
  number_long,                 ///< "Número"
  summary_count,               ///< "Compromisos"
  summary_share,               ///< "del total"
  generated_by,                ///< "Documento generado con"
  generated_on,                ///< "el"
  sheet_commitments,           ///< "Compromisos" (a workbook's sheet)
  sheet_report,                ///< "Informe"
  as_printed,                  ///< "texto" (a column holding a value as printed)
  no_commitments,              ///< "Sin compromisos registrados." (a report whose table has no rows)
};
inline constexpr std::size_t term_count = static_cast<std::size_t>(term::no_commitments) + 1;

/// The key of `t` in labels.json ("due").
std::string_view term_key(term t);
/// The term named by a labels.json key, or nullopt.
std::optional<term> term_named(std::string_view key);
/// Wordings of `t` seen in archived reports and older versions of our own output, which the readers
/// recognise as well as the active one ("Observaciones", "Medio de Verificación", "(sigue)").
std::span<const std::string_view> historic_variants(term t);
/// Titles of a column of its own for a field the cells usually label ("Plazo" for the due date,
/// "Responsable", "Estado"), beside the term's wordings, which title such a column too. Recognised as
/// column titles only, never as a label inside a cell's text, where these words are prose ("se fijó
/// un nuevo plazo: marzo").
std::span<const std::string_view> column_title_variants(term t);

/// The words of one template set: each term's active wording.
class vocabulary {
 public:
  /// The compiled-in wording (templates/common/labels.json), built once.
  static const vocabulary& defaults();

  const std::string& operator[](term t) const { return words_[static_cast<std::size_t>(t)]; }
  /// The status as worded ("Parcialmente cumplido"); an absent status is status_unknown.
  const std::string& status_word(std::optional<compliance_status> s) const;
  /// "Informe de Cumplimiento de Compromisos al 30 de junio de 2009" (without " al ..." when the
  /// cut-off date is not known, `cutoff_long` empty).
  std::string title_with(const std::string& cutoff_long) const;
  /// True when every term has its default wording.
  bool is_default() const { return default_; }
  /// The terms as a labels.json object (key -> wording), for templates.
  nlohmann::json to_json() const;

 private:
  friend vocabulary load_vocabulary(const template_set&, diagnostics*);
  friend vocabulary vocabulary_of(const nlohmann::json&, std::string_view, diagnostics*);
  std::array<std::string, term_count> words_;
  bool default_ = true;
};

/// The vocabulary of a template set: the defaults with the set's common/labels.json merged over
/// them (a partial file changes only its keys). A key that names no term, or a value that is not a
/// string, is a warning in `diags` (when given) naming the file; it changes nothing. A file that is
/// not JSON throws informe::error naming it.
vocabulary load_vocabulary(const template_set& templates, diagnostics* diags = nullptr);

/// The vocabulary of a labels object that came from `origin`, merged over the defaults.
vocabulary vocabulary_of(const nlohmann::json& labels, std::string_view origin, diagnostics* diags = nullptr);

}  // namespace informe::detail
