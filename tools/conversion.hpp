// One input through the format table: read -> model -> (validate) -> write each output.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "console.hpp"
#include "exit_codes.hpp"
#include "informe/formats.hpp"
#include "metadata.hpp"

namespace informe::cli {

class json_log;
class warning_digest;

/// One output of a job. `path` "-" is standard output.
struct target {
  std::string path;
  const format_info* format = nullptr;
  bool make_parents = false;  ///< create the missing directories above `path` before writing it
};

/// One input and what to make of it. A job without targets only reads (and validates).
struct job {
  std::string input;
  const format_info* from = nullptr;  ///< null: from the input's extension
  std::vector<target> targets;
  std::string refusal;  ///< when set, the job fails with this message before reading
};

/// What every job shares.
struct settings {
  read_options read;
  write_options write;
  bool strict = false;    ///< warnings fail the input (nothing written)
  bool validate = false;  ///< run informe::validate on the model
  bool print_rows = false;  ///< print "FILE: N rows, ..." on stdout (the validate command)
  bool verbose = false;     ///< also print info records (page furniture the readers left out)
  json_log* log = nullptr;  ///< --log: every diagnostic also goes there
  warning_digest* digest = nullptr;  ///< when set, each kind of warning is printed for the first inputs only
  metadata_overrides metadata;  ///< -M: header fields set on every report after reading
};

struct job_result {
  outcome result = outcome::converted;
  std::size_t warnings = 0;
};

/// Runs one job; prints its diagnostics through `out`; never throws.
job_result run_job(const job& j, const settings& s, console& out);

/// The file extension for outputs of `f` in a directory (".json"; ".docx-xml" when it has none).
std::string output_extension(const format_info& f);

}  // namespace informe::cli
