// The validation pass (positioned warnings about a report's content) and the summary figures.
#include "informe/validate.hpp"

#include <map>
#include <string>

#include "core/commitment_runs.hpp"

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

namespace {

// How a row is named in messages: `row "4"`, or `row 3 (no number)` counting from 1.
std::string row_name(const row& w, std::size_t index) {
  if (!w.number.empty()) return "row \"" + w.number + "\"";
  return "row " + std::to_string(index + 1) + " (no number)";
}

// Where a row is, for "repeats the row at line 25"; by order when the source is unknown.
std::string row_place(const row& w, std::size_t index) {
  if (w.source.page > 0) {
    return "the row on page " + std::to_string(w.source.page) +
           (w.source.line > 0 ? ", line " + std::to_string(w.source.line) : std::string());
  }
  if (w.source.line > 0) return "the row at line " + std::to_string(w.source.line);
  return "row " + std::to_string(index + 1);
}

bool is_empty(const row& w) {
  return w.recommendation.empty() && w.responsible.empty() && w.commitment.empty() && !w.due &&
         w.due_text.empty() && w.compliance.empty() && w.compliance_observation.empty() && !w.status &&
         w.status_text.empty() && w.verification.empty();
}

}  // namespace

std::size_t validate(const report& r, diagnostics& diags) {
  std::size_t count = 0;
  auto warn = [&](source_position where, std::string message,
                  diagnostic_code code = diagnostic_code::validation) {
    diags.warning(where, std::move(message), code);
    ++count;
  };

  // The header: the fields every report has.
  if (r.program.empty()) warn({}, "the report has no program (\"Programa/Institución\")");
  if (r.service.empty()) warn({}, "the report has no service (\"Servicio\")");
  if (!r.cutoff_date) warn({}, "the report has no cut-off date (the date in its title)");

  std::map<std::string, std::size_t> first_with_number;
  detail::commitment_runs runs;
  for (std::size_t i = 0; i < r.rows.size(); ++i) {
    const row& w = r.rows[i];
    // Another commitment of the recommendation before it: its number repeats by design.
    const bool same_recommendation = runs.continues(w);
    const std::string name = row_name(w, i);
    if (is_empty(w)) {
      warn(w.source, name + " is empty");
      continue;
    }
    if (w.number.empty()) {
      warn(w.source, name + " has no number");
    } else {
      auto [it, inserted] = first_with_number.emplace(w.number, i);
      if (!inserted && !same_recommendation) {
        warn(w.source, "row number \"" + w.number + "\" repeats " + row_place(r.rows[it->second], it->second),
             diagnostic_code::row_sequence);
      }
    }
    if (!w.status) {
      if (w.status_text.empty()) {
        warn(w.source, name + " has no status (\"Calificación\")");
      } else {
        warn(w.source, name + " has the status \"" + w.status_text + "\", which is none of the known ones",
             diagnostic_code::bad_status);
      }
    }
    if (!w.due && !w.due_text.empty()) {
      warn(w.source, name + ": the due date \"" + w.due_text + "\" could not be read as a date",
           diagnostic_code::bad_date);
    }
    if (w.due && r.evaluation_year && w.due->year < *r.evaluation_year) {
      warn(w.source, name + ": the due date " + w.due->to_iso() + " is before the evaluation year " +
                         std::to_string(*r.evaluation_year));
    }
  }
  return count;
}

}  // namespace informe
