// Templates: defaults compiled into the library, each file overridable from a user's directory.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace informe {

/// The set of template files the writers use ("html/page.mustache", "common/labels.json", ...).
/// Files come from `override_dir` when it holds them, otherwise from the compiled-in defaults.
///
///     informe::template_set templates("my-templates");
///     std::string page = templates.load("html/page.mustache");
class template_set {
 public:
  explicit template_set(std::string override_dir = {});

  /// The text of `name`; throws informe::error when neither the directory nor the defaults hold it.
  std::string load(std::string_view name) const;
  /// The text of `name`, or nullopt.
  std::optional<std::string> try_load(std::string_view name) const;
  /// Where `name` comes from, for messages: the override file's path, or "templates/NAME".
  std::string origin(std::string_view name) const;

  /// The names of all compiled-in templates, sorted.
  static std::vector<std::string> builtin_names();
  /// Writes every compiled-in template below `dir` (creating folders); throws informe::error.
  static void export_builtin(const std::string& dir);

 private:
  std::string override_dir_;
};

}  // namespace informe
