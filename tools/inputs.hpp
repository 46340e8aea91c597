// The inputs of a command: files as given, directories read recursively, lists of paths
// (--files-from), and a deterministic share of them (--shard I/N).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "informe/diagnostics.hpp"

namespace informe::cli {

/// One input file.
struct input_file {
  std::string path;      ///< as opened: "archive/2019/informe.txt", or the argument as given
  std::string relative;  ///< below the directory argument it was found in ("2019/informe.txt"); empty
                         ///< for a file given by name
};

/// What expand_inputs() found, and what it could not read.
struct input_set {
  std::vector<input_file> files;
  std::vector<diagnostic> problems;  ///< unreadable directories (errors), skipped links and loops (warnings)
  bool io_failed = false;            ///< a directory could not be read (exit code 4)
};

/// Expands `arguments` in order: a directory becomes every file below it whose extension a readable
/// format has (`informe formats`), sorted by relative path (bytewise); a file, or a name that is neither
/// (it fails later, when read), stays as given. Below a directory, names starting with "." are skipped,
/// symbolic links are followed but a directory is read once (a link back to an ancestor is a loop:
/// skipped, with a warning), links to nothing and files that are not regular are skipped with a
/// warning, and the directory `skip_dir` (the output directory) is left out. With `directories` false,
/// every argument stays as given (a directory then fails when read as a file).
input_set expand_inputs(const std::vector<std::string>& arguments, const std::string& skip_dir,
                        bool directories = true);

/// The paths listed in `list_file` ("-": standard input), one per line (a trailing CR is dropped; empty
/// lines are skipped), or separated by NUL bytes when `null_separated`. Throws io_error when the list
/// cannot be read.
std::vector<std::string> read_path_list(const std::string& list_file, bool null_separated);

/// `--shard I/N`: the I-th of N shares (1 <= I <= N).
struct shard {
  std::uint64_t index = 1, count = 1;
};

/// Parses "I/N"; throws usage_error when it is not two decimal integers with 1 <= I <= N <= 1000000.
shard parse_shard(const std::string& text);

/// 64-bit FNV-1a of `bytes` (offset basis 14695981039346656037, prime 1099511628211).
std::uint64_t fnv1a_64(std::string_view bytes);

/// True when `f` belongs to shard `s`: fnv1a_64(key) % N == I - 1, where the key is the file's path
/// relative to its directory argument, or the path as given for a file named on its own. The share
/// does not depend on the order of the inputs, nor on where the archive is mounted.
bool in_shard(const input_file& f, const shard& s);

}  // namespace informe::cli
