// Placeholder for the validation pass; the summary is real.
#include "informe/validate.hpp"

namespace informe {

double status_summary::share_fulfilled() const {
  return total == 0 ? 0.0 : static_cast<double>(fulfilled) / static_cast<double>(total);
}

status_summary summarize(const report& r) {
  status_summary s;
  for (const auto& row : r.rows) {
    ++s.total;
    if (!row.status) {
      ++s.unknown;
      continue;
    }
    switch (*row.status) {
      case compliance_status::fulfilled: ++s.fulfilled; break;
      case compliance_status::partially_fulfilled: ++s.partially_fulfilled; break;
      case compliance_status::not_fulfilled: ++s.not_fulfilled; break;
    }
  }
  return s;
}

std::size_t validate(const report&, diagnostics&) { return 0; }

}  // namespace informe
