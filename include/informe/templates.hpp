// Templates: defaults compiled into the library, each file overridable from a user's directory.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "informe/export.hpp"

namespace informe {

/// The set of template files the writers use ("html/page.mustache", "common/labels.json", ...).
/// Files come from `override_dir` when it holds them, otherwise from the compiled-in defaults.
///
///     informe::template_set templates("my-templates");
///     std::string page = templates.load("html/page.mustache");
class INFORME_API template_set {
 public:
  /// Templates from `override_dir` file by file, else the compiled-in ones (empty: defaults only).
  explicit template_set(std::string override_dir = {});

  /// A template file larger than this is refused (informe::error): templates are a few KiB.
  static constexpr std::size_t max_file_bytes = std::size_t{1} << 20;  // 1 MiB

  /// The text of `name`; throws informe::error when neither the directory nor the defaults hold it,
  /// and when the directory's file is not a regular file (a FIFO, a device) or is over max_file_bytes.
  std::string load(std::string_view name) const;
  /// The text of `name`, or nullopt.
  std::optional<std::string> try_load(std::string_view name) const;
  /// Where `name` comes from, for messages: the override file's path, or "templates/NAME".
  std::string origin(std::string_view name) const;

  /// The names of all compiled-in templates, sorted.
  static std::vector<std::string> builtin_names();
  /// Writes every compiled-in template below `dir` (creating `dir` and its folders). Below `dir`,
  /// symbolic links are never followed and special files (FIFOs, devices) never opened; an existing
  /// template file is replaced only when `overwrite` is true. Everything is checked before anything is
  /// written: on a refusal nothing has changed. Throws informe::error naming the file.
  ///
  ///     informe::template_set::export_builtin("my-templates");        // refuses to overwrite
  ///     informe::template_set::export_builtin("my-templates", true);  // replaces edited files
  static void export_builtin(const std::string& dir, bool overwrite = false);

 private:
  std::string override_dir_;
};

}  // namespace informe
