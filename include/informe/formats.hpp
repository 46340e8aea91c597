// The table of formats: readers and writers registered by name, as pandoc does.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "informe/export.hpp"
#include "informe/io.hpp"

namespace informe {

/// One entry of the format table. `read` or `write` is null when the format has no reader or writer.
struct format_info {
  std::string_view name;        ///< "json", "xml", "text", "html", "pdf", "docx", "docx-xml"
  std::string_view extensions;  ///< space-separated, with dots: ".txt .md"
  std::string_view description; ///< one line, for `informe formats`
  /// The reader (one of io.hpp's read_x), or null.
  report (*read)(std::string_view, const read_options&, diagnostics&) = nullptr;
  /// The writer (one of io.hpp's write_x), or null.
  void (*write)(const report&, const write_options&, std::string&, diagnostics&) = nullptr;
  bool binary = false;          ///< output is not text (PDF, DOCX)
};

/// Every known format.
INFORME_API std::span<const format_info> formats();
/// The format called `name`, or nullptr.
INFORME_API const format_info* find_format(std::string_view name);
/// The format a file name's extension implies (case-insensitive), or nullptr.
INFORME_API const format_info* format_for_path(std::string_view path);

}  // namespace informe
