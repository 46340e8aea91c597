// Reading inputs with a size limit, and writing outputs atomically.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "informe/diagnostics.hpp"

namespace informe::cli {

/// A file could not be read or written (exit code 4), as opposed to bad content (exit code 1).
class io_error : public informe::error {
 public:
  io_error(std::string message, std::string file) : informe::error(std::move(message), {}, std::move(file)) {}
};

/// The whole of `path` ("-" is standard input). Refuses, before reading it all, an input larger than
/// `max_bytes` (informe::error); a file that cannot be opened or read throws io_error.
std::string read_input(const std::string& path, std::size_t max_bytes);

/// Writes `bytes` to `path` atomically: a temporary file in the same directory, fsync, rename over
/// `path`, fsync of the directory. On failure nothing is left behind (any old `path` stays as it was)
/// and io_error is thrown.
void write_atomically(const std::string& path, std::string_view bytes);

/// Removes the temporary files still being written, on SIGINT, SIGTERM and SIGHUP, then dies of the
/// signal. Call first thing in main(), before any thread starts (it blocks those signals in them).
void install_cleanup_handlers();

/// Records the process umask (call once, before any thread starts).
void remember_umask();

}  // namespace informe::cli
