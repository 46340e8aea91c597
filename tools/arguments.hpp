// The command line before and after CLI11: pandoc's habits (no subcommand means `convert`) and
// "did you mean" suggestions for typos.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace CLI {
class App;
class ParseError;
}

namespace informe::cli {

/// argv[1...] as CLI11 should parse it: when the first word is neither a subcommand nor a top-level
/// option (--help, --version), `default_command` is put first, so that `informe IN -o OUT` and
/// `informe -t html IN` convert. A first word that is no file but is close to a subcommand's name is a
/// usage_error: "unknown subcommand 'conver' (did you mean 'convert'?)".
std::vector<std::string> with_default_command(const CLI::App& app, int argc, char** argv,
                                              const std::string& default_command);

/// CLI11's message for `e`, with "did you mean '--to'?" when an unknown word is close to an option or
/// subcommand of the command being parsed.
std::string explain(const CLI::App& app, const CLI::ParseError& e);

/// The candidate closest to `word` (edit distance at most 2, and under half its length, or a prefix of
/// it); empty when none is close.
std::string nearest(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace informe::cli
