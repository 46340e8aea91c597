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
  io_error(std::string message, std::string file)
      : informe::error(std::move(message), {}, std::move(file), diagnostic_code::io_error) {}
};

/// The whole of `path` ("-" is standard input). Refuses, before reading it all, an input larger than
/// `max_bytes` (informe::error); a file that cannot be opened or read throws io_error.
std::string read_input(const std::string& path, std::size_t max_bytes);

/// Writes `bytes` to the output `path`; throws io_error (exit code 4) on failure.
/// - A regular file (or none yet) is written atomically: a temporary file in the same directory, fsync,
///   rename over `path`, fsync of the directory. On failure nothing is left behind and any old `path`
///   stays as it was. The old file's permissions are kept.
/// - A symbolic link is followed: its final target is written atomically as above, keeping the
///   target's permissions; the link stays a link. "/dev/stdout" and "/dev/fd/N" write to descriptor N.
/// - A character device ("/dev/null") or a FIFO is written directly, never replaced; a full device
///   ("/dev/full": ENOSPC) is an error.
/// - A directory, a socket or a block device is refused.
void write_atomically(const std::string& path, std::string_view bytes);

/// Removes the temporary files still being written, on SIGINT, SIGTERM and SIGHUP, then dies of the
/// signal. Call first thing in main(), before any thread starts (it blocks those signals in them).
void install_cleanup_handlers();

/// Records the process umask (call once, before any thread starts).
void remember_umask();

}  // namespace informe::cli
