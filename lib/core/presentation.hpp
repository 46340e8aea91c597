// The presentation of a report: everything the HTML, DOCX and PDF writers show that is not specific
// to their medium, derived once (title parts, header rows, summary figures with one number
// formatter, status words and their colour roles, the due date as shown, the continuation mark, and
// the dates under one clock policy). Writers keep only the medium: markup, styles, pages. Internal.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/vocabulary.hpp"
#include "informe/model.hpp"

namespace informe::detail {

/// The colour role of a status (theme.json's "fulfilled", "partially_fulfilled", ...).
enum class status_role { fulfilled, partially_fulfilled, not_fulfilled, unknown };

/// The theme key of a status role, also the status's key in the view ("partially_fulfilled").
std::string_view role_key(status_role r);

/// A row's status as every writer shows it.
struct presented_status {
  status_role role = status_role::unknown;
  std::string word;     ///< the vocabulary's wording of the status ("Cumplido", "Sin calificación")
  std::string display;  ///< what is shown: the wording as printed, else `word`
  bool derived = true;  ///< `display` was not printed in the source (status_text is empty)
  bool known = false;   ///< the status is one of the three
};

/// A date and time under the clock policy, worded.
struct presented_time {
  date_time when;
  /// True when `when` is UTC (from SOURCE_DATE_EPOCH); false for the report's own local time or the
  /// fixed fallback, whose offset is unknown: such a time is never marked as UTC.
  bool utc = false;
  std::string long_form;  ///< "7 de octubre de 2009, 17:06:25"
  std::string date_long;  ///< "7 de octubre de 2009"
  std::string clock;      ///< "17:06:25"
};

/// A field of the header block, in the order every writer shows them.
struct header_row {
  term label;          ///< its label's term (the wording is `words[label]`)
  std::string key;     ///< the model's field ("program", "exit_date")
  rich_text value;     ///< as shown (a year as digits, a date in words)
  std::string iso;     ///< for dates: the ISO form; empty otherwise
};

/// One figure of the summary.
struct summary_figure {
  std::string key;                  ///< "total", "fulfilled", ..., "unknown", "share_fulfilled"
  term label;                       ///< its wording's term
  std::string value;                ///< "13", "92,3 %" (Spanish digits, one formatter)
  std::string share;                ///< a status's share of the total ("7,7 %"); empty for others
  std::optional<status_role> role;  ///< for status figures: their colour
};

/// A row as shown.
struct presented_row {
  const row* source = nullptr;  ///< the model's row (texts are shown as they are)
  std::string due_display;      ///< due_text, else the parsed date in short words ("dic. 2000"); may be empty
  bool due_derived = false;     ///< `due_display` was not printed in the source
  presented_status status;
};

/// Everything derived from a report for showing it.
struct presentation {
  vocabulary words;
  std::string title;          ///< "Informe de Cumplimiento de Compromisos al 30 de junio de 2009"
  std::string title_main;     ///< "Informe de Cumplimiento de Compromisos"
  std::string cutoff_long;    ///< "30 de junio de 2009"; empty when the report has no cut-off date
  std::string cutoff_phrase;  ///< "al 30 de junio de 2009"; empty likewise
  std::optional<presented_time> issued;  ///< the report's own issue date (local time)
  std::vector<header_row> header;
  std::vector<summary_figure> summary;   ///< total, the statuses (unknown only when some), the share
  std::vector<presented_row> rows;
  presented_time generated;   ///< when the output was made (clock policy: see present())
  std::string generator;      ///< "informe 0.9.0"
};

/// Builds the presentation. The clock policy: `generated` is `source_date_epoch` (UTC) when given,
/// else the report's issue time (local), else 2000-01-01 00:00:00: never the clock.
presentation present(const report& r, const vocabulary& words, std::optional<std::int64_t> source_date_epoch);

/// A share in [0, 1] as a Spanish percentage via ICU: 1.0 -> "100 %", 0.923 -> "92,3 %".
std::string spanish_percent(double share);
/// An integer in Spanish digits via ICU: 1234 -> "1.234".
std::string spanish_integer(std::int64_t value);

/// spanish_long_date, spanish_short_date and spanish_long_date_time (core/spanish.hpp), each wording
/// made once and kept (ICU's pattern generator is slow).
std::string cached_long_date(const partial_date& d);
std::string cached_short_date(const partial_date& d);
std::string cached_long_date_time(const date_time& t);

/// Seconds since the epoch of a civil date and time read as UTC.
std::int64_t epoch_of(const date_time& t);

}  // namespace informe::detail
