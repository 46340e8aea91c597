// The documentation the command line carries: --help's footer, the man page informe(1) and the bash
// and zsh completion scripts, all made from the CLI11 definition in informe.cpp and the prose below, so
// that a new subcommand or option appears in each of them without another edit.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace CLI {
class App;
}

namespace informe::cli {

/// One item of a section: a term ("SOURCE_DATE_EPOCH", "informe convert r.txt -o r.pdf") and its text.
struct manual_item {
  std::string_view term;
  std::string_view text;
};

/// A section shared by --help and the man page ("Examples", "Exit codes", "Environment"...).
struct manual_section {
  std::string_view help_title;  ///< as --help prints it ("Exit codes")
  std::string_view man_title;   ///< as the man page prints it ("EXIT STATUS")
  std::string_view intro;       ///< a paragraph before the items; may be empty
  std::vector<manual_item> items;
  std::string_view outro;       ///< a paragraph after the items; may be empty
};

/// The sections, in order.
const std::vector<manual_section>& manual_sections();

/// Where the documentation is installed (CMAKE_INSTALL_FULL_DOCDIR).
std::string_view documentation_dir();

/// --help's footer: the sections in plain text.
std::string help_footer();

/// The man page informe(1) in man(7) troff: every subcommand, its options and arguments, the sections.
std::string man_page(const CLI::App& app);

/// The bash completion script (`complete -F _informe informe`).
std::string bash_completion(const CLI::App& app);

/// The zsh completion script (`#compdef informe`).
std::string zsh_completion(const CLI::App& app);

}  // namespace informe::cli
