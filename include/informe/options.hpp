// Options shared by every reader and every writer.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

namespace informe {

/// Inputs larger than this are refused with an error before parsing (64 MiB).
inline constexpr std::size_t default_max_input_bytes = std::size_t{64} << 20;

/// Options for every reader.
struct read_options {
  /// Inputs larger than this many bytes are refused with an informe::error.
  std::size_t max_input_bytes = default_max_input_bytes;
  /// A template directory whose common/labels.json the input was written with (as given to a
  /// writer's write_options::template_dir): readers then recognise its wording as well as the
  /// built-in and historic ones. Empty: the built-in labels only.
  std::string template_dir;
};

/// Options for every writer. Each writer uses the fields that concern it and ignores the rest.
struct write_options {
  /// A directory whose files override the compiled-in templates file by file (empty: defaults only).
  std::string template_dir;
  /// Seconds since the epoch to use for every timestamp the output carries, for reproducible output.
  /// When unset, writers use the report's issue date, and otherwise a fixed date, never the clock.
  std::optional<std::int64_t> source_date_epoch;
  /// DOCX: take styles, page set-up, header and footer from this .docx file.
  std::string reference_docx;
  /// PDF: paper size, "a4" or "letter".
  std::string paper = "a4";
  /// PDF: the archival standard to follow, "a-2b", "a-2u" or "a-2a" (PDF/A-2, ISO 19005-2); empty: none.
  /// The PDF is tagged (ISO 14289-1 structure) whatever this says.
  std::string pdf_standard;
};

}  // namespace informe
