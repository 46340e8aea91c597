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

/// What a diagnostic is about, stable across versions (a program may act on it; the message is for
/// people and may change).
enum class diagnostic_code {
  other,           ///< not classified
  page_furniture,  ///< info: a line recognised as page furniture (running header or footer, page
                   ///< number, a repeated table header, a letterhead); `content` holds it
  unplaced_text,   ///< warning: input text that was not placed in the model; `content` holds it
};

/// One message about an input or output, with where it applies.
struct INFORME_API diagnostic {
  severity level = severity::warning;
  std::string file;        ///< input file name as given by the caller; may be empty
  source_position where;   ///< zero parts are unknown
  std::string message;     ///< one line, no trailing period needed
  diagnostic_code code = diagnostic_code::other;
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
  explicit diagnostics(std::string file = {}) : file_(std::move(file)) {}

  void warning(source_position where, std::string message);
  void error(source_position where, std::string message);
  /// A warning about input text left out of the model (diagnostic_code::unplaced_text).
  void unplaced(source_position where, std::string message, std::string content);
  /// An info record of page furniture recognised by `rule` (diagnostic_code::page_furniture).
  void furniture(source_position where, std::string_view rule, std::string content);
  void add(diagnostic d);

  /// Every diagnostic, info records included, in the order they were added.
  const std::vector<diagnostic>& all() const { return items_; }
  std::size_t warning_count() const;
  std::size_t error_count() const;
  /// True when there is no warning and no error (info records do not count).
  bool empty() const { return warning_count() == 0 && error_count() == 0; }

  /// The file name stamped on every diagnostic added from now on.
  const std::string& file() const { return file_; }
  void set_file(std::string file) { file_ = std::move(file); }

 private:
  std::string file_;
  std::vector<diagnostic> items_;
};

/// The one fatal error type: the input cannot become a report at all, or the output cannot be
/// written. Carries the same position information as a diagnostic.
class INFORME_API error : public std::runtime_error {
 public:
  explicit error(std::string message, source_position where = {}, std::string file = {});

  const std::string& file() const { return file_; }
  source_position where() const { return where_; }
  /// The message without position.
  const std::string& message() const { return message_; }
  /// Returns a copy whose file is `file` when none was set.
  error with_file(const std::string& file) const;
  /// "FILE:LINE:COL: error: message".
  std::string to_string() const;

 private:
  std::string message_;
  source_position where_;
  std::string file_;
};

}  // namespace informe
