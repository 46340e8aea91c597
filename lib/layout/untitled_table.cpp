#include "layout/untitled_table.hpp"

#include <cmath>
#include <string>

#include "core/vocabulary.hpp"
#include "grammar/labels.hpp"
#include "grammar/lexicon.hpp"
#include "layout/tuning.hpp"

namespace informe::detail::layout {

namespace {

// "1" or "1." (the row number `n` as a number column prints it).
bool is_row_number(std::string_view w, char n) { return (w.size() == 1 || (w.size() == 2 && w[1] == '.')) && w[0] == n; }

// The line's first word is row number `n`, a gutter after it (a number column of its own).
bool starts_row(const line& l, char n) {
  if (l.words.size() < 2 || !is_row_number(l.words[0]->text, n)) return false;
  return l.words[1]->x0 - l.words[0]->x1 > tuning::group_gap * std::max(l.size, 1.0);
}

bool holds_cell_label(std::string_view text) {
  return text.find(':') != std::string_view::npos && !find_labels(text, label_context::cell).empty();
}

}  // namespace

std::optional<untitled_table> find_untitled_table(const std::vector<std::vector<line>>& pages) {
  // The last line that may start the table (row 1 and three texts), and whether a cell label followed it.
  std::optional<untitled_table> candidate;
  double candidate_x = 0, candidate_size = 1;
  bool labelled = false;
  for (std::size_t p = 0; p < pages.size(); ++p) {
    for (std::size_t i = 0; i < pages[p].size(); ++i) {
      const line& l = pages[p][i];
      if (l.skipped() || l.words.empty()) continue;
      if (starts_row(l, '1')) {
        auto groups = word_groups(l);
        if (groups.size() == 4 && groups[0].to == 1) {
          candidate = untitled_table{p, i, {}};
          candidate_x = l.x0;
          candidate_size = std::max(l.size, 1.0);
          labelled = holds_cell_label(l.text);
          const vocabulary& words = active_lexicon().words();
          const term titles[] = {term::number, term::column_recommendation, term::column_commitment,
                                 term::column_compliance};
          for (std::size_t k = 0; k < 4; ++k) {
            groups[k].from = groups[k].to = 0;  // no one line's words: a header's titles
            groups[k].text = words[titles[k]];
          }
          candidate->columns.number = true;
          candidate->columns.groups = std::move(groups);
          continue;
        }
      }
      if (!candidate) continue;
      if (starts_row(l, '2') && std::fabs(l.x0 - candidate_x) <= tuning::ficha_label_slack * candidate_size) {
        if (labelled) return candidate;
        candidate.reset();
        continue;
      }
      labelled = labelled || holds_cell_label(l.text);
    }
  }
  return std::nullopt;
}

bool has_spaced_untitled_table(std::string_view text) {
  // The indent of the last line "1" with three texts after it, and whether a cell label followed.
  std::size_t one = std::string_view::npos;
  bool labelled = false;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view l = text.substr(start, end - start);
    start = end + 1;
    if (l.size() > tuning::ficha_line_bytes) continue;
    std::size_t indent = 0;
    while (indent < l.size() && (l[indent] == ' ' || l[indent] == '\f')) ++indent;
    l.remove_prefix(indent);
    while (!l.empty() && (l.back() == ' ' || l.back() == '\r')) l.remove_suffix(1);
    if (l.empty()) continue;
    // The line's runs of text, apart by two blanks or more.
    std::size_t runs = 0;
    std::string_view first;
    for (std::size_t at = 0; at < l.size();) {
      std::size_t gap = l.find("  ", at);
      if (gap == std::string_view::npos) gap = l.size();
      if (runs == 0) first = l.substr(at, gap - at);
      ++runs;
      at = gap;
      while (at < l.size() && l[at] == ' ') ++at;
    }
    if (runs == 4 && is_row_number(first, '1')) {
      one = indent;
      labelled = holds_cell_label(l);
      continue;
    }
    if (one == std::string_view::npos) continue;
    if (runs >= 2 && is_row_number(first, '2') && (indent > one ? indent - one : one - indent) <= 1) {
      if (labelled) return true;
      one = std::string_view::npos;
      continue;
    }
    labelled = labelled || holds_cell_label(l);
  }
  return false;
}

}  // namespace informe::detail::layout
