// The exit codes of the `informe` command (documented in docs/cli.md and `informe --help`).
#pragma once

namespace informe::cli {

enum exit_code : int {
  exit_ok = 0,               ///< everything converted or validated
  exit_failed = 1,           ///< an input had errors, or a conversion failed
  exit_usage = 2,            ///< bad command line: unknown option or format, missing argument
  exit_strict_warnings = 3,  ///< only warnings, made fatal by --strict
  exit_io = 4,               ///< a file could not be read or written
};

/// How one input ended.
enum class outcome { converted, converted_with_warnings, failed, failed_strict, failed_io };

/// The exit code for a run whose inputs ended as counted: I/O failures first, then errors, then
/// warnings made fatal by --strict.
inline int exit_code_for(bool any_io, bool any_failed, bool any_strict) {
  if (any_io) return exit_io;
  if (any_failed) return exit_failed;
  if (any_strict) return exit_strict_warnings;
  return exit_ok;
}

}  // namespace informe::cli
