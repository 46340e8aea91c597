// The HTML writer's view of a report: the presentation (core/presentation.hpp) as the JSON object
// its logic-less templates render. Internal to the library.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "core/presentation.hpp"
#include "core/theme.hpp"
#include "informe/model.hpp"

namespace informe::detail {

/// Extra inputs of the view that do not come from the report.
struct view_options {
  /// Seconds since the epoch for the "generated" timestamp (write_options::source_date_epoch).
  /// When unset, the report's issue date is used, and otherwise a fixed date: never the clock.
  std::optional<std::int64_t> source_date_epoch;
};

/// Builds the view handed to templates: every value ready-made, so templates stay logic-less.
///
///     auto view = detail::build_view(report, detail::vocabulary::defaults());
///     view["cutoff_date"]["long"];   // "30 de junio de 2009"
///     view["rows"][0]["status"]["key"];   // "fulfilled"
///
/// Shape (every key is always present; absent values are `false` and have a `has_*` flag):
/// - `labels`: every term's wording (the vocabulary, templates/common/labels.json).
/// - `title`: "Informe de Cumplimiento de Compromisos al 30 de junio de 2009".
/// - dates (`cutoff_date`, `exit_date`): `{iso, long, short}`; `issued_at` and `generated`:
///   `{iso, long, date_long, time, utc}` (`utc` true only for a SOURCE_DATE_EPOCH time).
/// - plain fields `program`, `ministry`, `service`, `evaluation_year` (string), `program_status`.
/// - rich texts (`observation`, and per row): `{present, blocks: [{is_paragraph, is_list, text,
///   items: [string], first, last}]}`.
/// - `rows`: `{index, index0, first, last, odd, even, number, recommendation, responsible,
///   commitment, due: {iso, text, short, long, display, derived, parsed}, compliance,
///   compliance_observation, status: {key, class, label, text, display, derived, known},
///   verification, has_*}`.
/// - `theme`: `{colours: {primary: "#0b3a6e", ...}, font, masthead (true when shown), masthead_lines}`.
/// - `summary`: `{total, fulfilled, partially_fulfilled, not_fulfilled, unknown, share_fulfilled
///   ("100 %"), statuses: [{key, class, label, count, share}]}` (unknown only when some rows lack one).
nlohmann::json build_view(const report& r, const presentation& p, const theme& look = theme::defaults());
nlohmann::json build_view(const report& r, const vocabulary& words, const view_options& options = {});

}  // namespace informe::detail
