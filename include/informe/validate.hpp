// Checks on a report's content, and the summary figures the writers show.
#pragma once

#include <cstddef>

#include "informe/diagnostics.hpp"
#include "informe/export.hpp"
#include "informe/model.hpp"

namespace informe {

/// Checks a report's content and adds positioned warnings to `diags` (rows carry their source
/// position): repeated row numbers, rows without status, due dates that could not be parsed or fall
/// before the evaluation year, missing header fields, and the like. Returns the number of warnings added.
///
///     informe::diagnostics diags("a.json");
///     informe::validate(report, diags);
INFORME_API std::size_t validate(const report& r, diagnostics& diags);

/// Rows per status, for the summary the writers show.
struct INFORME_API status_summary {
  std::size_t total = 0;                ///< every row
  std::size_t fulfilled = 0;            ///< rows with compliance_status::fulfilled
  std::size_t partially_fulfilled = 0;  ///< rows with compliance_status::partially_fulfilled
  std::size_t not_fulfilled = 0;        ///< rows with compliance_status::not_fulfilled
  std::size_t unknown = 0;  ///< no status, or wording that maps to none

  /// fulfilled / total, in [0, 1]; 0 when there are no rows.
  double share_fulfilled() const;
};

/// Counts the rows of `r` by status.
///
///     informe::summarize(r).share_fulfilled();  // 1.0 when every row is fulfilled
INFORME_API status_summary summarize(const report& r);

}  // namespace informe
