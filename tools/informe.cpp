// The `informe` command: parses the command line (CLI11) and hands over to commands.cpp.
#include <CLI/CLI.hpp>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <exception>
#include <string>
#include <vector>

#include "arguments.hpp"
#include "commands.hpp"
#include "console.hpp"
#include "exit_codes.hpp"
#include "file_io.hpp"
#include "informe/version.hpp"
#include "manual.hpp"

namespace {

using namespace informe::cli;

void add_common(CLI::App* cmd, options& o) {
  cmd->add_flag("--strict", o.strict, "Treat warnings as errors: the input fails and nothing is written");
  cmd->add_flag("-q,--quiet", o.quiet, "No warnings and no progress bar: errors and the summary line only");
  cmd->add_flag("--verbose", o.verbose,
                "Also print info records: the page furniture (running headers, page numbers...) left out");
  cmd->add_option("-f,--from", o.from, "Input format name (default: from each input's extension)")->type_name("FORMAT");
  cmd->add_option("--max-input-size", o.max_input_bytes,
                  "Refuse inputs larger than this (bytes; KiB/MiB suffixes allowed; default 64MiB)")
      ->check(CLI::Validator(
          [](std::string& value) {  // "-1" would wrap around to "no limit"
            return value.find('-') == std::string::npos ? std::string() : "a size cannot be negative: " + value;
          },
          "SIZE"))
      ->transform(CLI::AsSizeValue(false))
      ->type_name("SIZE");
  cmd->add_option("-j,--jobs", o.jobs, "Inputs processed at once (default: one per core)")
      ->type_name("N")
      ->check(CLI::Range(1, 1024));
  cmd->add_option("--files-from", o.files_from, "Also read the inputs listed in FILE, one per line ('-': stdin)")
      ->type_name("FILE");
  cmd->add_flag("-0,--null", o.null_separated, "The --files-from list is NUL-separated (find -print0)");
  cmd->add_option("--shard", o.shard,
                  "Process only share I of N of the inputs (1 <= I <= N; by path, see docs/cli.md)")
      ->type_name("I/N");
  cmd->add_option("--log", o.log_file, "Write every diagnostic to FILE as JSON Lines (one object per line)")
      ->type_name("FILE");
}

// SOURCE_DATE_EPOCH, as the reproducible-builds specification says: a decimal integer or an error.
bool read_source_date_epoch(options& o, console& out) {
  const char* value = std::getenv("SOURCE_DATE_EPOCH");
  if (!value || !*value) return true;
  errno = 0;
  char* end = nullptr;
  long long seconds = std::strtoll(value, &end, 10);
  // Up to 9999-12-31T23:59:59Z: every format we write has four-digit years.
  if (errno != 0 || *end != '\0' || seconds < 0 || seconds > 253402300799LL) {
    out.message(std::string("error: SOURCE_DATE_EPOCH is not a number of seconds up to year 9999: '") + value + "'");
    return false;
  }
  o.write.source_date_epoch = seconds;
  return true;
}

// Options every command that writes shares.
void add_output_options(CLI::App* cmd, options& o) {
  // pandoc's name is --data-dir; ours came first. Both mean the same directory.
  cmd->add_option("--template-dir,--data-dir", o.write.template_dir,
                  "Templates overriding the built-in ones, file by file (see 'informe templates export'); on "
                  "reading, the labels the input was written with are recognised too")
      ->check(CLI::ExistingDirectory);
  cmd->add_option("-M,--metadata", o.metadata,
                  "Set a header field, KEY=VALUE with KEY a canonical JSON key (program, ministry, service, "
                  "evaluation_year, cutoff_date...), checked as the JSON reader checks it; repeatable")
      ->type_name("KEY=VALUE")
      ->allow_extra_args(false);
}

}  // namespace

int main(int argc, char** argv) {
  remember_umask();
  install_cleanup_handlers();

  options o;
  CLI::App app{"informe: reads and writes Chilean \"Informe de Cumplimiento de Compromisos\" reports", "informe"};
  app.footer(help_footer());
  app.set_version_flag("--version", std::string("informe ") + std::string(informe::version()));
  app.require_subcommand(0, 1);
  std::string generate;  // hidden (no group): the build writes informe.1 and the completions with it
  app.add_option("--generate", generate, "man, bash or zsh")->check(CLI::IsMember({"man", "bash", "zsh"}))->group("");

  // Every subcommand exists (for --help, the default command and the suggestions), but only the one in
  // use gets its options (below, `define`): setting up CLI11's options of all the others would cost
  // more than reading a small report. --generate and anything that names no subcommand get them all.
  auto* convert = app.add_subcommand("convert", "Convert reports between formats (the default command)");
  auto* validate = app.add_subcommand("validate", "Read reports and check their content; print diagnostics");
  auto* list = app.add_subcommand("formats", "List the formats, their extensions and what can be read or written");
  auto* create = app.add_subcommand("new", "Create an empty report to fill in, such as a workbook template");
  auto* summarise = app.add_subcommand("summary", "Sum up many reports: figures per ministry, service, year and cut-off");
  auto* differ = app.add_subcommand("diff", "Compare two reports; exit 0 when equal, 1 when different, 2 on trouble");
  auto* templates = app.add_subcommand("templates", "Work with the built-in templates");
  auto* exporter = templates->add_subcommand("export", "Write the built-in templates to DIR, to edit them");

  auto define_convert = [&] {
    convert->add_option("INPUT", o.inputs, "Input files or directories ('-' is standard input, with --from)");
    convert->add_option("-o,--output", o.output,
                        "Output file ('-' or none: standard output; binary formats only when it is not a terminal)")
        ->type_name("FILE");
    convert->add_option("-d,--output-dir", o.output_dir,
                        "Write DIR/NAME.EXT for every input and format (DIR/PATH/NAME.EXT for a file found in a "
                        "directory INPUT, PATH its folder below that directory)")
        ->type_name("DIR");
    // One value per occurrence (so that `--to html in.json` leaves the input alone), a comma list or
    // repeated.
    convert->add_option("-t,--to", o.to, "Output format name(s), comma-separated or repeated (default: from -o's extension)")
        ->type_name("FORMAT[,FORMAT...]")
        ->delimiter(',')
        ->allow_extra_args(false);
    add_common(convert, o);
    convert->add_flag("--validate", o.validate, "Also check the content (as 'informe validate' does)");
    add_output_options(convert, o);
    convert->add_option("--reference-doc,--reference-docx", o.write.reference_docx,
                        "DOCX whose styles and page set-up to use")
        ->check(CLI::ExistingFile);
    convert->add_option("--paper", o.write.paper, "PDF paper size: a4 or letter")
        ->check(CLI::IsMember({"a4", "letter"}));
    convert->add_option("--pdf-standard", o.write.pdf_standard, "PDF/A-2 level of the PDF: a-2b, a-2u or a-2a")
        ->check(CLI::IsMember({"a-2b", "a-2u", "a-2a"}));
    convert->footer("Example: informe convert examples/fomento-microempresa-2009.txt --to pdf,html -d out");
  };

  auto define_validate = [&] {
    validate->add_option("FILE", o.inputs, "Files or directories to check");
    add_common(validate, o);
    validate->add_option("--template-dir,--data-dir", o.write.template_dir,
                         "Templates whose labels the inputs were written with")
        ->check(CLI::ExistingDirectory);
    validate->footer("Example: informe validate --strict examples/fomento-microempresa-2009.json");
  };

  auto define_new = [&] {
    create->add_option("-t,--to", o.to, "Format to create (default: from -o's extension)")
        ->type_name("FORMAT")
        ->expected(1);
    create->add_option("-o,--output", o.output, "File to create")->type_name("FILE")->required();
    add_output_options(create, o);
    create->footer("Example: informe new --to xlsx -o plantilla.xlsx");
  };

  auto define_summary = [&] {
    summarise->add_option("INPUT", o.inputs, "Report files or directories (read recursively)")->required();
    summarise->add_option("-o,--output", o.output, "dashboard.html, summary.json, summary.csv or summary.xlsx ('-': stdout)")
        ->type_name("FILE");
    summarise->add_option("-t,--to", o.to, "Output format: html, json, csv or xlsx (default: from -o's extension)")
        ->type_name("FORMAT")
        ->expected(1);
    summarise->add_option("--link-dir", o.link_dir, "Link each report to DIR/NAME.html in the dashboard")->type_name("DIR");
    summarise->add_option("--template-dir,--data-dir", o.write.template_dir,
                          "Templates overriding the built-in ones, file by file")
        ->check(CLI::ExistingDirectory);
    add_common(summarise, o);
    summarise->footer("Example: informe summary archive -o dashboard.html --link-dir html");
  };

  auto define_diff = [&] {
    differ->add_option("OLD NEW", o.inputs, "The two reports, in any readable formats")->required()->expected(2);
    differ->add_option("-o,--output", o.output, "diff.html or diff.json (default: text on standard output)")
        ->type_name("FILE");
    differ->add_option("-t,--to", o.to, "Output format: text, html or json (default: from -o's extension)")
        ->type_name("FORMAT")
        ->expected(1);
    differ->add_option("--color", o.colour, "Colour the text: auto (when a terminal), always, never")
        ->check(CLI::IsMember({"auto", "always", "never"}));
    differ->add_option("--template-dir,--data-dir", o.write.template_dir,
                       "Templates overriding the built-in ones, file by file")
        ->check(CLI::ExistingDirectory);
    add_common(differ, o);
    differ->footer("Example: informe diff informe-2009.json informe-2010.pdf -o cambios.html");
  };

  templates->require_subcommand(1);
  auto define_templates = [&] {
    exporter->add_option("DIR", o.templates_dir, "Destination directory (created if missing)")
        ->type_name("DIR")
        ->required();
    exporter->add_flag("--force", o.force, "Overwrite template files that exist (never links or special files)");
  };

  // The options of the subcommand `args` start with, or of all of them when it names none.
  auto define = [&](const std::vector<std::string>& args) {
    const std::string first = args.empty() ? std::string() : args.front();
    const bool all = first != "convert" && first != "validate" && first != "formats" && first != "new" &&
                     first != "summary" && first != "diff" && first != "templates";
    if (all || first == "convert") define_convert();
    if (all || first == "validate") define_validate();
    if (all || first == "new") define_new();
    if (all || first == "summary") define_summary();
    if (all || first == "diff") define_diff();
    if (all || first == "templates") define_templates();
  };

  console early;
  try {
    std::vector<std::string> args = with_default_command(app, argc, argv, "convert");
    define(args);
    std::reverse(args.begin(), args.end());  // CLI11 takes them last first
    app.parse(args);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    early.message("error: " + explain(app, e) + " (see 'informe --help')");
    return exit_usage;
  } catch (const usage_error& e) {
    early.message("error: " + e.message + " (see 'informe --help')");
    return exit_usage;
  }

  console out(o.quiet);
  if (!generate.empty()) {
    out.write_stdout(generate == "man" ? man_page(app) : generate == "bash" ? bash_completion(app) : zsh_completion(app));
    return out.stdout_failed() ? exit_io : exit_ok;
  }
  if (app.get_subcommands().empty()) {
    out.message("error: a subcommand or an input is required: informe [convert] INPUT -o OUTPUT (see 'informe --help')");
    return exit_usage;
  }
  if (!read_source_date_epoch(o, out)) return exit_usage;
  try {
    int code = exit_usage;
    if (convert->parsed()) code = convert_command(o, out);
    if (validate->parsed()) code = validate_command(o, out);
    if (list->parsed()) code = formats_command(out);
    if (exporter->parsed()) code = templates_export_command(o, out);
    if (create->parsed()) code = new_command(o, out);
    if (summarise->parsed()) code = summary_command(o, out);
    if (differ->parsed()) code = diff_command(o, out);
    if (out.stdout_failed() && code != exit_io) {  // validate >/dev/full: not a success
      out.message("error: cannot write to standard output");
      return exit_io;
    }
    return code;
  } catch (const usage_error& e) {
    out.message("error: " + e.message + " (see 'informe --help')");
    return exit_usage;
  } catch (const std::exception& e) {
    out.message(std::string("error: internal error: ") + e.what());
    return exit_failed;
  }
  return exit_usage;
}
