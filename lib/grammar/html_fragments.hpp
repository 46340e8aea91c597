// Inline HTML inside a cell or a line (`<p>`, `<u>`, `<ul><li>`, `<br>`, entities) to fragments,
// parsed with libxml2's HTML parser (recovering, no network, errors captured and never printed).
// Shared by the readers of text extracted from PDFs and of HTML fragments. Internal to the library.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "grammar/input.hpp"
#include "informe/model.hpp"

namespace informe::detail {

/// A problem libxml2 reported while parsing a fragment.
struct html_problem {
  source_position where;
  std::string message;  ///< libxml2's message, one line
};

/// Appends the content of `html` to `into`: text runs as text fragments, `<p>`, `<div>`, `<br>`,
/// headings, table rows and list ends as (soft) paragraph breaks, each `<li>` as one list item;
/// `<script>` and `<style>` content is dropped; entities are decoded. `at` is the position of the
/// first byte of `html` on one line; fragment positions are that plus the byte offset (libxml2
/// reports where each text run ends, so runs after an entity may be a few columns off).
/// `html` must be UTF-8 (encoding declarations inside it are ignored). Problems libxml2 reports
/// are appended to `problems` (up to `max_problems` in total).
void append_html_fragments(cell& into, std::string_view html, source_position at,
                           std::vector<html_problem>& problems, std::size_t max_problems = 100);

/// The same, with one libxml2 parser context kept for many fragments (much cheaper per fragment).
/// Not thread-safe: one per reader run.
class html_fragment_parser {
 public:
  /// `fast_path`: simple markup (text, inline tags, <p>, lists of plain items) is read without
  /// libxml2, giving the same fragments; false sends everything to libxml2 (tests compare the two).
  explicit html_fragment_parser(std::size_t max_problems = 100, bool fast_path = true);
  ~html_fragment_parser();
  html_fragment_parser(const html_fragment_parser&) = delete;
  html_fragment_parser& operator=(const html_fragment_parser&) = delete;

  /// As append_html_fragments.
  void append(cell& into, std::string_view html, source_position at);
  /// Problems reported so far (at most max_problems).
  const std::vector<html_problem>& problems() const { return problems_; }

 private:
  static constexpr std::size_t max_tags_whole = 4096;
  static constexpr std::size_t max_tags_per_piece = 512;
  void parse_piece(cell& into, std::string_view html, source_position at);

  void* ctxt_ = nullptr;  // htmlParserCtxtPtr
  std::size_t max_problems_;
  bool fast_path_ = true;
  std::vector<html_problem> problems_;
  std::string buffer_;
};

/// The fast path of html_fragment_parser: appends the fragments of simple markup (text, balanced
/// attribute-free inline tags, <p> and lists of plain items at the top level, no entity) exactly as
/// the libxml2 path would, and returns true; returns false, `into` untouched, for anything else.
bool append_simple_markup(cell& into, std::string_view html, source_position at);

/// True when `text` may hold markup worth parsing: a '<' followed by a letter, '/' or '!', or a '&'.
bool looks_like_html(std::string_view text);

}  // namespace informe::detail
