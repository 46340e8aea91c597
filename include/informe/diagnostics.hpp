// Positioned messages from readers and writers, and the one fatal error type.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "informe/export.hpp"
#include "informe/model.hpp"

namespace informe {

/// How much a diagnostic matters. `info` records what a reader did with input text that did not go
/// into the model (page furniture recognised by a named rule): not a problem, not shown by default,
/// but it lets a caller account for every word of the input.
enum class severity { info, warning, error };

/// What a diagnostic is about, stable across versions: a program may act on it (the message is for
/// people and may change). code_name() gives each its stable string, the `code` of `informe convert
/// --log` (docs/cli.md lists them). Codes are only ever added, never renamed or reused.
enum class diagnostic_code {
  other,            ///< not classified (yet)
  page_furniture,   ///< info: a line recognised as page furniture (running header or footer, page
                    ///< number, a repeated table header, a letterhead); `content` holds it
  unplaced_text,    ///< warning: input text that was not placed in the model; `content` holds it
  unknown_label,    ///< a header field, column title, data-field or label the reader does not know
  duplicate_field,  ///< a field or column given twice; one of them is kept
  bad_date,         ///< a date, date and time or year that cannot be read
  bad_status,       ///< a status that is none of the known ones
  row_sequence,     ///< a row number repeated or out of sequence, or a row without number
  encoding,         ///< a character encoding guessed or undeclared, invalid UTF-8, control characters removed
  markup,           ///< the input's HTML or XML is malformed (parser messages)
  truncated_input,  ///< the input looks cut short or damaged (a table never closed, a page unreadable)
  layout_inferred,  ///< structure inferred from the layout (paragraph breaks of -layout text, tracked changes)
  formula,          ///< a spreadsheet formula: its cached value is used
  lossy_output,     ///< a writer's output will not read back exactly as the model (a glyph in no font...)
  limit_exceeded,   ///< a limit was reached: messages not listed, an input or output too large
  validation,       ///< a content check of informe::validate (missing field, empty row...)
  template_error,   ///< a template or reference document is missing a part or cannot be used
  io_error,         ///< a file could not be read or written (the command line's)
  unknown_format,   ///< the input's format cannot be told or cannot be read (the command line's)
  output_conflict,  ///< an output would overwrite an input or another input's output (the command line's)
  strict,           ///< warnings made fatal by --strict (the command line's)
  invalid_input,    ///< the input cannot become a report at all (an informe::error while reading)
  write_failed,     ///< an output could not be made (an informe::error while writing)
};

/// The stable name of `code`, as used in logs: "bad_date", "unplaced_text"...
///
///     informe::code_name(informe::diagnostic_code::bad_status);  // "bad_status"
INFORME_API std::string_view code_name(diagnostic_code code);

/// One message about an input or output, with where it applies.
struct INFORME_API diagnostic {
  severity level = severity::warning;  ///< info, warning or error
  std::string file;        ///< input file name as given by the caller; may be empty
  source_position where;   ///< zero parts are unknown
  std::string message;     ///< one line, no trailing period needed
  diagnostic_code code = diagnostic_code::other;  ///< what kind of message, for programs to sort on
  /// The input text the message is about, verbatim (skipped furniture, unplaced words); may be empty.
  std::string content;

  /// "FILE:LINE:COL: warning: message" (parts that are unknown are left out; PDFs say "page N"). A
  /// message longer than max_message_bytes is cut there (on a character boundary), with "... (N more bytes)".
  std::string to_string() const;

  /// The longest message to_string() shows whole (informe::error's too).
  static constexpr std::size_t max_message_bytes = 1000;
};

/// Collects the diagnostics of one conversion. Readers keep going after recoverable problems and
/// record them here; the library never prints.
///
///     informe::diagnostics diags("report.txt");
///     auto r = informe::read_text(bytes, {}, diags);
///     for (const auto& d : diags.all()) std::cerr << d.to_string() << '\n';
class INFORME_API diagnostics {
 public:
  /// Diagnostics about `file` (the name stamped on each; may be empty).
  explicit diagnostics(std::string file = {}) : file_(std::move(file)) {}

  /// Records a warning: the input was read, but something in it is doubtful or was left out.
  void warning(source_position where, std::string message, diagnostic_code code = diagnostic_code::other);
  /// Records an error: the input's content is wrong (the conversion fails, but reading goes on).
  void error(source_position where, std::string message, diagnostic_code code = diagnostic_code::other);
  /// A warning about input text left out of the model (diagnostic_code::unplaced_text).
  void unplaced(source_position where, std::string message, std::string content);
  /// An info record of page furniture recognised by `rule` (diagnostic_code::page_furniture).
  void furniture(source_position where, std::string_view rule, std::string content);
  /// Records `d` as it is (its file is set to file() when empty).
  void add(diagnostic d);

  /// Every diagnostic, info records included, in the order they were added.
  const std::vector<diagnostic>& all() const { return items_; }
  /// How many warnings were recorded.
  std::size_t warning_count() const;
  /// How many errors were recorded.
  std::size_t error_count() const;
  /// True when there is no warning and no error (info records do not count).
  bool empty() const { return warning_count() == 0 && error_count() == 0; }

  /// The file name stamped on every diagnostic added from now on.
  const std::string& file() const { return file_; }
  /// Changes the file name stamped on diagnostics added from now on.
  void set_file(std::string file) { file_ = std::move(file); }

 private:
  std::string file_;
  std::vector<diagnostic> items_;
};

/// The one fatal error type: the input cannot become a report at all, or the output cannot be
/// written. Carries the same position information as a diagnostic.
class INFORME_API error : public std::runtime_error {
 public:
  /// An error with `message` (one line), at `where` in `file` (each may be unknown), about `code`.
  explicit error(std::string message, source_position where = {}, std::string file = {},
                 diagnostic_code code = diagnostic_code::other);

  /// The file the error is about; empty when not known.
  const std::string& file() const { return file_; }
  /// Where in the file; parts that are zero are not known.
  source_position where() const { return where_; }
  /// The message without position.
  const std::string& message() const { return message_; }
  /// What the error is about (`other` when not classified).
  diagnostic_code code() const { return code_; }
  /// Returns a copy whose file is `file` when none was set.
  error with_file(const std::string& file) const;
  /// "FILE:LINE:COL: error: message".
  std::string to_string() const;

 private:
  std::string message_;
  source_position where_;
  std::string file_;
  diagnostic_code code_ = diagnostic_code::other;
};

}  // namespace informe
