// The `informe` command: parses the command line (CLI11) and hands over to commands.cpp.
#include <CLI/CLI.hpp>

#include <cerrno>
#include <cstdlib>
#include <exception>
#include <string>

#include "commands.hpp"
#include "console.hpp"
#include "exit_codes.hpp"
#include "file_io.hpp"
#include "informe/version.hpp"

namespace {

using namespace informe::cli;

constexpr const char* footer = R"(Examples:
  informe convert report.txt -o report.pdf
  informe convert report.json -o report.xml
  informe convert report.html --to json -o -
  informe convert archive/*.txt --to pdf,html,docx,json -d out -j 4
  informe validate --strict report.json
  informe new --to xlsx -o plantilla.xlsx
  informe templates export my-templates && informe convert r.json -o r.html --template-dir my-templates

Messages go to stderr, one per line: "informe: FILE:LINE:COL: error|warning: text".
Environment: SOURCE_DATE_EPOCH (seconds) sets every timestamp written, for reproducible output;
INFORME_PLUGIN_DIR names the directory of the PDF plugins (default: informe-plugins/ beside libinforme).

Exit codes:
  0  success
  1  an input had errors, or a conversion failed
  2  usage error (bad option, unknown format, missing argument)
  3  warnings only, made fatal by --strict
  4  a file could not be read or written
With several inputs, 4 wins over 1, and 1 over 3.
See docs/cli.md.)";

void add_common(CLI::App* cmd, options& o) {
  cmd->add_flag("--strict", o.strict, "Treat warnings as errors: the input fails and nothing is written");
  cmd->add_flag("-q,--quiet", o.quiet, "Print errors only (no warnings, summary or progress bar)");
  cmd->add_flag("--verbose", o.verbose,
                "Also print info records: the page furniture (running headers, page numbers...) left out");
  cmd->add_option("--from", o.from, "Input format name (default: from each input's extension)");
  cmd->add_option("--max-input-size", o.max_input_bytes,
                  "Refuse inputs larger than this (bytes; KiB/MiB suffixes allowed; default 64MiB)")
      ->check(CLI::Validator(
          [](std::string& value) {  // "-1" would wrap around to "no limit"
            return value.find('-') == std::string::npos ? std::string() : "a size cannot be negative: " + value;
          },
          "SIZE"))
      ->transform(CLI::AsSizeValue(false));
  cmd->add_option("-j,--jobs", o.jobs, "Inputs processed at once (default: one per core)")
      ->check(CLI::Range(1, 1024));
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

}  // namespace

int main(int argc, char** argv) {
  remember_umask();
  install_cleanup_handlers();

  options o;
  CLI::App app{"informe: reads and writes Chilean \"Informe de Cumplimiento de Compromisos\" reports", "informe"};
  app.footer(footer);
  app.set_version_flag("--version", std::string("informe ") + std::string(informe::version()));
  app.require_subcommand(1);

  auto* convert = app.add_subcommand("convert", "Convert reports between formats (one, or many in parallel)");
  convert->add_option("INPUT", o.inputs, "Input files ('-' is standard input, with --from)")->required();
  convert->add_option("-o,--output", o.output, "Output file ('-' is standard output, text formats only)");
  convert->add_option("-d,--output-dir", o.output_dir, "Write DIR/NAME.EXT for every input and format");
  convert->add_option("--to", o.to, "Output format name(s), comma-separated (default: from -o's extension)")
      ->delimiter(',');
  add_common(convert, o);
  convert->add_flag("--validate", o.validate, "Also check the content (as 'informe validate' does)");
  convert->add_option("--template-dir", o.write.template_dir,
                      "Templates overriding the built-in ones, file by file; on reading, the labels the input "
                      "was written with are recognised too")
      ->check(CLI::ExistingDirectory);
  convert->add_option("--reference-docx", o.write.reference_docx, "DOCX whose styles and page set-up to use")
      ->check(CLI::ExistingFile);
  convert->add_option("--paper", o.write.paper, "PDF paper size: a4 or letter")
      ->check(CLI::IsMember({"a4", "letter"}));
  convert->add_option("--pdf-standard", o.write.pdf_standard, "PDF/A-2 level of the PDF: a-2b, a-2u or a-2a")
      ->check(CLI::IsMember({"a-2b", "a-2u", "a-2a"}));
  convert->footer("Example: informe convert examples/fomento-microempresa-2009.txt --to pdf,html -d out");

  auto* validate = app.add_subcommand("validate", "Read reports and check their content; print diagnostics");
  validate->add_option("FILE", o.inputs, "Files to check")->required();
  add_common(validate, o);
  validate->add_option("--template-dir", o.write.template_dir, "Templates whose labels the inputs were written with")
      ->check(CLI::ExistingDirectory);
  validate->footer("Example: informe validate --strict examples/fomento-microempresa-2009.json");

  auto* list = app.add_subcommand("formats", "List the formats, their extensions and what can be read or written");

  auto* create = app.add_subcommand("new", "Create an empty report to fill in, such as a workbook template");
  create->add_option("--to", o.to, "Format to create (default: from -o's extension)")->expected(1);
  create->add_option("-o,--output", o.output, "File to create")->required();
  create->add_option("--template-dir", o.write.template_dir, "Templates overriding the built-in ones, file by file")
      ->check(CLI::ExistingDirectory);
  create->footer("Example: informe new --to xlsx -o plantilla.xlsx");

  auto* templates = app.add_subcommand("templates", "Work with the built-in templates");
  templates->require_subcommand(1);
  auto* exporter = templates->add_subcommand("export", "Write the built-in templates to DIR, to edit them");
  exporter->add_option("DIR", o.templates_dir, "Destination directory (created if missing)")->required();
  exporter->add_flag("--force", o.force, "Overwrite template files that exist (never links or special files)");

  console early;
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    early.message(std::string("error: ") + e.what() + " (see 'informe --help')");
    return exit_usage;
  }

  console out(o.quiet);
  if (!read_source_date_epoch(o, out)) return exit_usage;
  try {
    int code = exit_usage;
    if (convert->parsed()) code = convert_command(o, out);
    if (validate->parsed()) code = validate_command(o, out);
    if (list->parsed()) code = formats_command(out);
    if (exporter->parsed()) code = templates_export_command(o, out);
    if (create->parsed()) code = new_command(o, out);
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
