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
  std::vector<std::string> inputs;   ///< files and directories
  std::string files_from;             ///< --files-from FILE: more inputs, one per line ("-": stdin)
  bool null_separated = false;        ///< -0, --null: the --files-from list is NUL-separated
  std::string shard;                  ///< --shard I/N
  std::string log_file;               ///< --log FILE: every diagnostic as JSON Lines
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
  std::string link_dir;               ///< summary --link-dir: where the reports' HTML are
  std::string colour = "auto";        ///< diff --color: auto, always, never
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
/// `informe summary INPUTS... [-o FILE]`: figures per ministry, service, year and cut-off (summary_command.cpp).
int summary_command(const options& o, console& out);
/// `informe diff OLD NEW [-o FILE]`: 0 equal, 1 different, 2 trouble (diff_command.cpp).
int diff_command(const options& o, console& out);

}  // namespace informe::cli
