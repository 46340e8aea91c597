// Reading many inputs into models for the commands that look at reports rather than convert them
// (summary, diff): directories expanded, inputs read in parallel, diagnostics printed.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "console.hpp"
#include "informe/formats.hpp"
#include "informe/model.hpp"

namespace informe::cli {

/// One input file, and its path relative to the directory argument it was found in (its file name
/// when it was named outright): "archive/2009/a.txt" found in "archive" is "2009/a.txt".
struct input_file {
  std::string path;
  std::string relative;
};

/// The inputs with each directory replaced by the files below it (recursively, symbolic links not
/// followed) whose extension names a readable format, sorted by path. Files named outright stay as given.
std::vector<input_file> expand_directories(const std::vector<std::string>& inputs);

/// How reading went.
struct read_tally {
  std::size_t read = 0;
  std::size_t failed = 0;
  bool any_io = false, any_failed = false, any_strict = false;
};

/// What reading needs to know.
struct read_settings {
  const format_info* from = nullptr;  ///< null: by each input's extension
  read_options read;
  bool strict = false;   ///< warnings fail the input
  bool verbose = false;  ///< info records printed too
};

/// Reads every input, up to `threads` at once (0: one per core), and hands each model that read
/// without errors to `use(index, path, model)`, from a worker thread. Diagnostics are printed through
/// `out` (warnings dropped under --quiet); never throws for a bad input.
read_tally read_reports(const std::vector<std::string>& inputs, const read_settings& s, unsigned threads, console& out,
                        const std::function<void(std::size_t, const std::string&, const report&)>& use);

}  // namespace informe::cli
