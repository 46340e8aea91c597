// Phase 1: words -> lines. Words sharing a baseline form a line across the whole page width; lines
// are sorted top to bottom and numbered from 1 on their page. Internal.
#pragma once

#include <cstdint>
#include <memory_resource>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "informe/model.hpp"
#include "layout/page.hpp"

namespace informe::detail::layout {

/// The storage of the word list a line's text was joined from (build_lines): while the line's words
/// are still that list, its text is their join and line::word_starts tells where each word is. A copy
/// of a line is marked with none (it is made to change its words, in storage of its own); a move hands
/// the mark over with the storage.
class joined_words_mark {
 public:
  joined_words_mark() = default;
  explicit joined_words_mark(const void* words) : words_(words) {}
  joined_words_mark(const joined_words_mark&) {}
  joined_words_mark& operator=(const joined_words_mark&) {
    words_ = nullptr;
    return *this;
  }
  joined_words_mark(joined_words_mark&& o) noexcept : words_(o.words_) { o.words_ = nullptr; }
  joined_words_mark& operator=(joined_words_mark&& o) noexcept {
    words_ = o.words_;
    o.words_ = nullptr;
    return *this;
  }
  /// The line's words are stored at `words` and are the list joined.
  bool holds(const void* words) const { return words_ != nullptr && words_ == words; }

 private:
  const void* words_ = nullptr;
};

/// One line of a page.
struct line {
  line() = default;
  /// A line whose word list and text take their memory from `memory` (build_lines': one arena for a
  /// reading's lines, not allocations per line). Copies take theirs from the default resource.
  explicit line(std::pmr::memory_resource* memory) : words(memory), text(memory), word_starts(memory) {}

  std::pmr::vector<const word*> words;  ///< left to right
  double top = 0, bottom = 0, x0 = 0, x1 = 0, size = 0;
  int index = 0;                   ///< 1-based on its page
  /// The furniture rule that recognised the line (furniture.hpp), or nullptr for content.
  const char* furniture = nullptr;
  /// The line is a table header row (columns.hpp).
  bool table_header = false;
  std::pmr::string text;           ///< its words joined with single spaces where there was a gap
  /// Where each word starts in `text`, as build_lines joined them, while `joined` holds the words'
  /// storage (a copy of the line is joined again where asked: joined_text). Changing the words of a
  /// line in place, not of a copy, must reset `joined`.
  std::pmr::vector<std::uint32_t> word_starts;
  joined_words_mark joined;

  bool skipped() const { return furniture != nullptr || table_header; }
  /// Its words stand on a text grid (`pdftotext -layout`): their boxes are character cells.
  bool on_grid() const { return !words.empty() && words.front()->estimated_width > 0; }
};

/// On a text grid, the width of one character: the line's first word's box over its characters.
double grid_char_width(const line& l);

/// Word `i` of `l` is a list item's marker standing alone before the item's text: an unambiguous
/// bullet ("•", Symbol-font U+F0B7), or the letter "o" of a word processor's second-level bullet
/// (Courier New "o"), which stands a tab apart from the text (two spaces or more; a typed "o las
/// comunas" is the word "o").
bool is_set_apart_bullet(const line& l, std::size_t i);

/// Where the line (from its word `from` on) is, for diagnostics: the file's line and column for a
/// text input, else the line's index on its page.
source_position position_of(const line& l, int page_number, std::size_t from = 0);

/// The lines of one page. The words must outlive the lines, and `words_memory` (where the lines'
/// word lists and texts are kept) too.
std::vector<line> build_lines(const page& pg,
                              std::pmr::memory_resource* words_memory = std::pmr::get_default_resource());

/// Words [from, to) joined with a space where the extractor saw one or there is a gap.
std::string join_words(std::span<const word* const> ws, std::size_t from, std::size_t to);
/// The same into `out` (replacing its text): a caller joining many groups reuses one buffer.
void join_words(std::span<const word* const> ws, std::size_t from, std::size_t to, std::string& out);
/// The same into a line's own text (kept in its lines' arena).
void join_words(std::span<const word* const> ws, std::size_t from, std::size_t to, std::pmr::string& out);
/// Words [from, to) of `l` joined (as join_words joins them), taken from the line's own text where it
/// is still its words' join (where build_lines joined them: line::word_starts), else joined again, into
/// `out` (replacing its text).
void joined_text(const line& l, std::size_t from, std::size_t to, std::string& out);
void joined_text(const line& l, std::size_t from, std::size_t to, std::pmr::string& out);

/// Words [from, to) of `l` joined (as join_words joins them), found in the line's own text instead of
/// joined again; nullopt when the text there is not those words' join (a line whose words were
/// changed after it was joined: checked byte for byte) or the range is empty.
std::optional<std::string_view> words_in_text(const line& l, std::size_t from, std::size_t to);

/// The index of the first word after a gap wider than a label's (tuning::label_gap): where a label
/// cell's text ends and its value's starts ("Ministerio:" | "MINISTERIO DE ..."); the word count when
/// there is none.
std::size_t first_label_gap(const line& l);

/// A run of words of one line with no wide gap inside: a column's part of the line.
struct word_group {
  std::size_t from = 0, to = 0;  ///< word range in the line
  double x0 = 0, x1 = 0;
  std::string text;
};

/// The line split at gaps wider than tuning::group_gap.
std::vector<word_group> word_groups(const line& l);
/// word_groups without their text (empty): where the groups are, for less.
std::vector<word_group> word_spans(const line& l);
/// The same, cut at gaps wider than `gap` (points).
std::vector<word_group> word_spans(const line& l, double gap);
/// The same into `out` (cleared first): a caller that asks line after line reuses one vector.
void word_spans(const line& l, double gap, std::vector<word_group>& out);

}  // namespace informe::detail::layout
