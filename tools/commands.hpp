// The subcommands, once the command line is parsed. Each returns the process exit code.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "console.hpp"
#include "informe/options.hpp"

namespace informe::cli {

/// Everything the command line can say.
struct options {
  std::vector<std::string> inputs;
  std::string output;                 ///< -o: one output file ("-": standard output)
  std::string output_dir;             ///< -d: a directory for many outputs
  std::string from;                   ///< --from NAME
  std::vector<std::string> to;        ///< --to NAME[,NAME...]
  std::vector<std::string> metadata;  ///< -M KEY=VALUE, in order
  unsigned jobs = 0;                  ///< -j; 0: one per core
  bool strict = false;
  bool quiet = false;
  bool verbose = false;               ///< --verbose: info records too
  bool validate = false;              ///< convert --validate
  std::size_t max_input_bytes = default_max_input_bytes;
  write_options write;
  std::string templates_dir;          ///< templates export DIR
  bool force = false;                 ///< templates export --force
};

/// A bad command line, found after parsing (exit code 2).
struct usage_error {
  std::string message;
};

int convert_command(const options& o, console& out);
int validate_command(const options& o, console& out);
int formats_command(console& out);
int templates_export_command(const options& o, console& out);
/// `informe new --to FORMAT -o FILE`: an empty report in FORMAT, a form to fill (a workbook with its
/// sheets, column titles, status list and date formats).
int new_command(const options& o, console& out);

}  // namespace informe::cli
