// The layout of a report as a spreadsheet, shared by the spreadsheet readers and writers: the
// columns of the commitments table, the header fields, their titles (from templates/common/labels.json,
// the labels every writer prints) and how a title or label typed by an analyst is recognised. Internal.
#pragma once

#include <array>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "informe/model.hpp"

namespace informe::detail::sheets {

/// The columns of the commitments table, in the order the writers put them.
enum class column {
  number,
  recommendation,
  responsible,
  commitment,
  due,
  due_text,
  compliance,
  compliance_observation,
  status,
  status_text,
  verification,
};
inline constexpr std::size_t column_count = 11;

/// The header fields, in the order the writers put them.
enum class header_field {
  cutoff_date,
  issued_at,
  program,
  ministry,
  service,
  evaluation_year,
  program_status,
  exit_date,
  observation,
};
inline constexpr std::size_t header_field_count = 9;

/// The canonical JSON key of a column or header field ("due_text", "cutoff_date").
std::string_view json_key(column c);
std::string_view json_key(header_field f);

/// Titles and labels as written, and the recognition of those an analyst types. Built from the
/// labels of a template set, so the words are those the other writers print.
class vocabulary {
 public:
  explicit vocabulary(const nlohmann::json& labels);

  /// The column's title as the writers put it ("Fecha de Vencimiento (texto)").
  const std::string& title(column c) const { return titles_[static_cast<std::size_t>(c)]; }
  /// The header field's label as the writers put it ("Programa/Institución", for the cut-off
  /// "Informe de Cumplimiento de Compromisos al").
  const std::string& label(header_field f) const { return labels_[static_cast<std::size_t>(f)]; }
  /// The status as the writers put it in the status column ("Parcialmente cumplido").
  const std::string& status_word(compliance_status s) const { return statuses_[static_cast<std::size_t>(s)]; }
  const std::string& commitments_sheet() const { return commitments_sheet_; }
  const std::string& report_sheet() const { return report_sheet_; }

  /// The column a title names: the titles above, the report's labels and the titles of a column of
  /// their own ("Plazo", "Responsable", "Estado": the grammar's match_column_title) and the JSON keys, compared without case, accents, a final colon or plural "s".
  std::optional<column> match_column(std::string_view title) const;
  /// The header field a label names, likewise; the title "INFORME DE CUMPLIMIENTO(S) DE COMPROMISOS AL"
  /// names the cut-off date.
  std::optional<header_field> match_header(std::string_view label) const;
  /// True when `text` is the report's title (any case, "CUMPLIMIENTOS" too) without a date after it.
  bool is_title(std::string_view text) const;

 private:
  std::array<std::string, column_count> titles_;
  std::array<std::string, column_count> folded_titles_;
  std::array<std::string, header_field_count> labels_;
  std::array<std::string, header_field_count> folded_labels_;
  std::array<std::string, 3> statuses_;
  std::string commitments_sheet_, report_sheet_, folded_title_;
  std::string folded_number_long_;
};

/// The vocabulary of the compiled-in labels (built once).
const vocabulary& default_vocabulary();

/// A title or label folded for comparison: fold(), then without a final colon, asterisks, "º"/"°"
/// told apart, spaces around "/".
std::string fold_title(std::string_view text);

}  // namespace informe::detail::sheets
