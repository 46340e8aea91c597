// The only place that prints: one-line messages on stderr, data on stdout, and the progress bar.
// Thread-safe: batch workers report through it.
#pragma once

#include <chrono>
#include <cstddef>
#include <mutex>
#include <string>
#include <string_view>

namespace informe::cli {

class console {
 public:
  /// `quiet`: drop notes, stdout lines and the progress bar (errors still print).
  explicit console(bool quiet = false) : quiet_(quiet) {}

  /// "informe: TEXT" on stderr; TEXT is one line (newlines become spaces) and shown by printable().
  void message(std::string_view text);
  /// Like message(), but dropped under --quiet (warnings, summaries).
  void note(std::string_view text);
  /// Bytes on stdout, as they are.
  bool write_stdout(std::string_view bytes);
  /// A line on stdout (dropped under --quiet).
  void print(std::string_view line);

  /// Shows a progress bar for `total` items, redrawn by advance().
  void start_progress(std::size_t total);
  void advance(std::size_t done, std::size_t failed);
  void end_progress();

  bool quiet() const { return quiet_; }
  /// True once a write to stdout failed (a full disk, a closed pipe): the command must not exit 0.
  bool stdout_failed() const { return stdout_failed_; }

 private:
  void clear_bar_locked();
  void draw_bar_locked();

  std::mutex mutex_;
  bool quiet_ = false;
  bool bar_ = false;
  bool stdout_failed_ = false;
  std::size_t total_ = 0, done_ = 0, failed_ = 0;
  std::chrono::steady_clock::time_point last_draw_{};
};

/// `text` safe to show on a terminal: control characters (C0, DEL, C1, ESC sequences) and bidirectional
/// controls (U+202E...) as \\uXXXX, bytes that are not UTF-8 as \\xNN, newlines and tabs as spaces.
///
///     printable("a\x1b[2Jb");  // "a\\u001B[2Jb"
std::string printable(std::string_view text);

/// True when stderr is a terminal.
bool stderr_is_terminal();

/// True when stdout is a terminal (binary formats are not written to one).
bool stdout_is_terminal();

}  // namespace informe::cli
