// The field grammar every archived-report reader shares: from header lines and table rows (see
// grammar/input.hpp) to the report model, with positioned diagnostics. Internal to the library.
#pragma once

#include <cstddef>
#include <memory>
#include <vector>

#include "grammar/input.hpp"
#include "informe/diagnostics.hpp"
#include "informe/model.hpp"

namespace informe::detail {

/// How far past a paragraph that holds only a label's first words ("Medios de") the label's rest is
/// looked for in the next paragraph, in bytes: room for the rest of any of the grammar's labels (the
/// longest are some 35 bytes, lib/grammar/labels.cpp) and the blanks a grid leaves in it, while a
/// long paragraph after it is not searched for labels whole.
inline constexpr std::size_t broken_label_reach = 64;

/// Builds a report from what a reader found, in document order.
///
/// Header lines: known labels (case- and accent-insensitive) go to their fields; the title gives the
/// cut-off date; a line without a label continues the previous field's value.
///
/// Rows: a row the reader numbered (table_row::number) or whose first cell starts with a number
/// ("4. ...") starts a new row; any other row continues the previous one cell by cell (a paragraph
/// break joins them, so a fragment that ended mid-sentence joins the next with a space).
/// Column-header rows repeated on later pages are skipped here too (never a row the reader
/// numbered). When a row is complete its cells are split at their labels: the recommendation cell
/// gives `recommendation` and `responsible`, the commitment cell `commitment` and `due`, the
/// compliance cell `compliance`, `compliance_observation`, `status` and `verification` (any label in
/// any cell goes to its own field; a label's value runs to the next label, across page breaks). A
/// label a reader gives as structure (fragment::kind::label: a column of the field's own) is read
/// as a printed one, with the same rules and warnings.
///
/// Warnings (with the fragment's position): repeated row numbers (both rows kept), dates that cannot
/// be read (`due` null, `due_text` kept), unknown status wording (status null, `status_text` kept),
/// repeated labels, text before the first numbered row, unknown header labels.
///
/// Memory: only the row being merged is held besides the report.
class report_builder {
 public:
  explicit report_builder(diagnostics& diags);
  ~report_builder();
  report_builder(const report_builder&) = delete;
  report_builder& operator=(const report_builder&) = delete;

  void add_header_line(header_line line);
  void add_row(table_row row);
  /// The input says the report has no rows (our writers' "Sin compromisos registrados." where the
  /// table would be): a report with a header and no rows is then what was printed, not an error.
  void no_commitments() { no_commitments_ = true; }
  /// The title the input's document properties give (a PDF's /Info /Title), not its text: where the
  /// text has no report title, a title there that reads as one gives the cut-off date, with a warning.
  void document_title(std::string title);

  /// Rows completed so far plus the one being merged.
  std::size_t row_count() const;
  /// Header fields recognised so far.
  std::size_t header_field_count() const;

  /// The report. Throws informe::error("no report found ...") when neither a header field nor a
  /// row was found, and "no commitments table found" when there are header fields but no rows (unless
  /// no_commitments() was called). The builder is spent afterwards.
  report finish();

 private:
  struct state;
  std::unique_ptr<state> state_;
  bool no_commitments_ = false;
};

}  // namespace informe::detail
