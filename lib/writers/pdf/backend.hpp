// The drawing backend of the PDF writer: fonts, pages, outline, metadata. Only backend_podofo.cpp
// knows PoDoFo; the layout engine sees the text_measurer interface. Internal.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "writers/pdf/layout.hpp"

namespace informe::detail::pdf {

/// Font files of the three faces, and of a fallback face each for the characters the first lacks.
struct font_files {
  std::string family;                  ///< for messages
  std::array<std::string, face_count> primary;
  std::string fallback_family;                   ///< for messages; empty: no fallback
  std::array<std::string, face_count> fallback;  ///< empty: no fallback for that face
};

/// Document information, XMP and catalogue entries.
struct document_info {
  std::string title, author, subject, keywords, creator, lang;
  std::int64_t created = 0;  ///< seconds since the epoch of the date and time written (as if UTC)
  bool created_utc = true;   ///< false: a local time of unknown offset, written without "Z"
  char pdfa_conformance = 0;  ///< PDF/A-2 level: 'b', 'u' or 'a'; 0: not PDF/A
};

class backend : public text_measurer {
 public:
  /// The PoDoFo backend. Throws informe::error when a font file cannot be loaded.
  static std::unique_ptr<backend> create_podofo(const font_files& fonts);

  /// The structure tree that text_op::tag values point into; kept by the caller until finish(). Without
  /// it (or with a tag of -1) text is an artifact. Set before the pages are drawn.
  virtual void set_structure(const structure* tags) = 0;
  /// Adds a page of `width` x `height` points with these operations.
  virtual void draw_page(double width, double height, const page_ops& ops) = 0;
  /// One outline entry per bookmark, pointing at its page and height.
  virtual void add_outline(const std::vector<bookmark>& marks) = 0;
  /// Writes the document, with `info`, and returns its bytes.
  virtual std::string finish(const document_info& info) = 0;
};

}  // namespace informe::detail::pdf
