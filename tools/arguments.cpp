#include "arguments.hpp"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <filesystem>
#include <numeric>

#include "commands.hpp"

namespace informe::cli {

namespace {

// Damerau-Levenshtein distance (with adjacent transpositions): "conevrt" is one step from "convert".
std::size_t distance(std::string_view a, std::string_view b) {
  std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
  for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.size()][b.size()];
}

std::vector<std::string> subcommand_names(const CLI::App& app) {
  std::vector<std::string> names;
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; }))
    names.push_back(sub->get_name());
  return names;
}

std::vector<std::string> option_names(const CLI::App& app, bool hidden_too = false) {
  std::vector<std::string> names;
  for (const CLI::Option* opt : app.get_options()) {
    if (opt->get_group().empty() && !hidden_too) continue;  // hidden
    for (const auto& n : opt->get_lnames()) names.push_back("--" + n);
    for (const auto& n : opt->get_snames()) names.push_back("-" + n);
  }
  return names;
}

// The innermost subcommand that was parsed (the app itself when none was).
const CLI::App* innermost(const CLI::App& app) {
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; }))
    if (sub->parsed()) return innermost(*sub);
  return &app;
}

}  // namespace

std::string nearest(std::string_view word, const std::vector<std::string>& candidates) {
  std::string best;
  std::size_t best_distance = 3;
  for (const auto& c : candidates) {
    std::size_t d = distance(word, c);
    if (d < best_distance && 2 * d < c.size()) {
      best = c;
      best_distance = d;
    }
  }
  if (best.empty() && word.size() >= 3) {  // "conv", "--out": a prefix of one name only
    std::vector<std::string> prefixed;
    for (const auto& c : candidates)
      if (c.rfind(word, 0) == 0) prefixed.push_back(c);
    if (prefixed.size() == 1) best = prefixed.front();
  }
  return best;
}

std::vector<std::string> with_default_command(const CLI::App& app, int argc, char** argv,
                                              const std::string& default_command) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) return args;
  const std::string& first = args.front();
  auto commands = subcommand_names(app);
  if (std::find(commands.begin(), commands.end(), first) != commands.end()) return args;
  if (first.size() > 1 && first[0] == '-') {
    std::string name = first.substr(0, first.find('='));
    auto top = option_names(app, true);
    if (std::find(top.begin(), top.end(), name) != top.end()) return args;  // --help, --version
  } else if (first != "-") {
    std::error_code ec;
    if (!std::filesystem::exists(first, ec)) {
      std::string guess = nearest(first, commands);
      if (!guess.empty())
        throw usage_error{"unknown subcommand '" + first + "' (did you mean '" + guess + "'?)"};
    }
  }
  args.insert(args.begin(), default_command);
  return args;
}

std::string explain(const CLI::App& app, const CLI::ParseError& e) {
  std::string message = e.what();
  const CLI::App* where = innermost(app);
  std::vector<std::string> candidates = option_names(*where);
  for (const auto& name : subcommand_names(*where)) candidates.push_back(name);
  for (const auto& word : where->remaining()) {
    std::string name = word.substr(0, word.find('='));
    std::string guess = nearest(name, candidates);
    if (!guess.empty()) return message + " (did you mean '" + guess + "'?)";
  }
  return message;
}

}  // namespace informe::cli
