// The body of a Word document as this reader needs it: paragraphs (style, list membership, runs of
// text with their character style and emphasis) and tables (rows of cells with their grid spans and
// vertical merges), in document order, with what Word leaves around them resolved: tracked changes
// read as accepted, content controls, smart tags, hyperlinks, simple and complex fields (results
// kept, instructions dropped), mc:AlternateContent (the fallback), tabs, breaks, symbols and
// non-breaking hyphens as text. Text that is not body text (headers, footers, notes, comments, text
// boxes) is collected apart so that the reader can account for it. Internal to the library.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "informe/model.hpp"

namespace informe::detail::docx_reader {

/// A run of text and how it is marked.
struct run {
  std::string text;   ///< UTF-8; tabs as '\t', line breaks as '\n'
  std::string style;  ///< the character style's key (see style_key), or ""
  bool bold = false;
  bool underline = false;
};

/// One paragraph of the body or of a table cell.
struct paragraph {
  std::vector<run> runs;
  std::string style;          ///< the paragraph style's key (see style_key): "listbullet", "tablefield"
  bool list = false;          ///< a Word list item (w:numPr on it or on its style)
  /// The number Word prints before a numbered list item ("3.", "2.1"), from numbering.xml; "" for
  /// bullets and paragraphs that are not list items.
  std::string number;
  bool page_break = false;    ///< it holds a page break (w:br w:type="page", w:pageBreakBefore)
  int index = 0;              ///< 1-based number among all the document's paragraphs, for positions

  /// The runs' text joined.
  std::string text() const;
  source_position where() const { return {index, 0, 0}; }
};

struct block;

struct table_cell {
  std::vector<block> content;
  /// Grid columns covered (w:gridSpan; a cell continuing an old-style horizontal merge, w:hMerge, is
  /// folded into the cell before it: its columns and its content).
  int grid_span = 1;
  /// w:vMerge: the cell starts a vertical merge, or continues the one of the cell above (the same
  /// grid column in the previous row); a continuing cell normally holds no text.
  enum class merge { none, restart, continued } vmerge = merge::none;
};

struct table_row {
  std::vector<table_cell> cells;
  int grid_before = 0;  ///< w:gridBefore: grid columns left empty before the first cell
  bool header = false;  ///< w:tblHeader: repeated at the top of every page
};

struct table {
  std::vector<table_row> rows;
  std::string style;  ///< the table style's key
};

/// A paragraph or a table.
struct block {
  enum class kind { paragraph, table } type = kind::paragraph;
  paragraph para;
  table tbl;
};

/// Text outside the body, kept to be accounted for.
struct aside {
  enum class kind { header_footer, note, comment, text_box } type = kind::note;
  std::string text;
  source_position where;
};

/// A page header or footer that a section of the body uses (w:headerReference, w:footerReference in
/// a w:sectPr), read as the body is: it may hold the report's title and header fields, printed on
/// every page, or page furniture (a page number).
struct page_part {
  enum class kind { header, footer } type = kind::header;
  std::string name;               ///< the part's name, "word/header1.xml"
  std::vector<std::string> uses;  ///< as the sections reference it: "default", "first", "even"
  std::vector<block> blocks;
};

/// What the reader works from.
struct document {
  std::vector<block> body;
  /// The page headers, then the page footers, that the body's sections use, each once, in the order
  /// of their first reference. Headers and footers no section uses are asides.
  std::vector<page_part> page_parts;
  std::vector<aside> asides;
  std::size_t insertions = 0;  ///< tracked insertions kept
  std::size_t deletions = 0;   ///< tracked deletions dropped
  int paragraphs = 0;
};

/// What a hostile document may hold before it is refused.
struct document_limits {
  int max_paragraphs = 50000;
  int max_table_depth = 8;
};

/// "Table Field" and "TableField" both give "tablefield": the style's name (else its id) reduced to
/// lower-case ASCII letters and digits, so that our styles are recognised however a program that
/// re-saved the file renamed their ids.
std::string style_key(std::string_view name);

/// The text of `blocks` as asides of `kind`, paragraph by paragraph (tables' cells in order).
void append_asides(const std::vector<block>& blocks, aside::kind kind, std::vector<aside>& out);

/// Reads the document of a .docx package (zip bytes) or of a Flat OPC file (pkg:package XML).
/// Throws informe::error for a package or XML that cannot be read or breaks the limits.
document read_package(std::string_view bytes, bool flat, const document_limits& limits = {});

}  // namespace informe::detail::docx_reader
