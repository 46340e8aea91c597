#include "readers/html/block_table.hpp"

#include <algorithm>
#include <set>
#include <string_view>

#include "core/unicode.hpp"
#include "readers/html/html_document.hpp"
#include "readers/html/page_text.hpp"

namespace informe::detail {

namespace {

// Nodes an emptiness test looks at: an element that clears floats is a handful of nodes; one larger
// than this is taken to hold text (at worst an empty cell kept as a cell).
constexpr int empty_test_budget = 32;
// Wrappers a row's cells are read through: a page wraps them in one or two; more would make every
// container's test walk down long chains of single <div>s.
constexpr int max_wrappers = 4;


bool blank_text(const xmlNode* n) {
  return n->content == nullptr || collapse_whitespace(reinterpret_cast<const char*>(n->content)).empty();
}

// No visible text below `n` (skipped elements, such as images and scripts, hold none a reader sees).
bool holds_no_text(const xmlNode* n) {
  int visited = 0;
  bool text = false;
  walk(
      n,
      [&](const xmlNode* m) {
        if (text) return false;
        if (++visited > empty_test_budget) {
          text = true;
          return false;
        }
        if (is_text_node(m)) {
          text = !blank_text(m);
          return false;
        }
        if (m->type != XML_ELEMENT_NODE) return false;
        return m == n || role_of(m) != html_role::skip;
      },
      [](const xmlNode*) {});
  return !text;
}

std::vector<std::string> classes_of(const xmlNode* n) {
  std::vector<std::string> out;
  std::string value;
  if (!attribute(n, "class", value)) return out;
  std::size_t i = 0;
  while (i < value.size()) {
    while (i < value.size() && (value[i] == ' ' || value[i] == '\t' || value[i] == '\n' || value[i] == '\r' || value[i] == '\f')) ++i;
    std::size_t j = i;
    while (j < value.size() && value[j] != ' ' && value[j] != '\t' && value[j] != '\n' && value[j] != '\r' && value[j] != '\f') ++j;
    if (j > i) {
      std::string token = value.substr(i, j - i);
      for (char& c : token)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
      out.push_back(std::move(token));
    }
    i = j;
  }
  return out;
}

// A `clear` in the element's style: it ends a run of floats.
bool clears_floats(const xmlNode* n) {
  std::string style;
  if (!attribute(n, "style", style)) return false;
  for (char& c : style)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  return style.find("clear") != std::string::npos;
}

// A part of a <table>: read as that table's, never as a block row or a wrapper of block cells.
bool is_table_part(const xmlNode* n) {
  const std::string_view name = name_of(n);
  return name == "table" || name == "thead" || name == "tbody" || name == "tfoot" || name == "tr" || name == "td" ||
         name == "th" || name == "caption";
}

// An element that lays out as a block (a row or a row's wrapper may be no inline element).
bool is_block(const xmlNode* n) {
  const html_role r = role_of(n);
  return (r == html_role::block || r == html_role::list || r == html_role::list_item) && !is_table_part(n) &&
         !is_element(n, "pre");
}

bool has_own_text(const xmlNode* n) {
  for (const xmlNode* c = n->children; c != nullptr; c = c->next)
    if (is_text_node(c) && !blank_text(c)) return true;
  return false;
}

// The child elements of `n` that may be cells, the empty ones that are not cells left out.
std::vector<const xmlNode*> candidate_cells(const xmlNode* n) {
  std::vector<const xmlNode*> children;
  for (const xmlNode* c = n->children; c != nullptr; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    const html_role r = role_of(c);
    if (r == html_role::skip || r == html_role::line_break) continue;  // chrome is recorded page-wide
    if (is_element(c, "hr")) continue;
    children.push_back(c);
  }
  // The classes the cells with text have; an empty element with none of them is no cell (nor is one
  // with a `clear` style). An only child has no sibling with text: it is tested for `clear` alone.
  if (children.size() == 1) {
    if (clears_floats(children.front()) && holds_no_text(children.front())) children.clear();
    return children;
  }
  std::vector<char> empty(children.size());
  std::set<std::string> classes;
  bool classed = false;  // every cell with text has a class
  bool any_text = false;
  for (std::size_t i = 0; i < children.size(); ++i) {
    empty[i] = holds_no_text(children[i]) ? 1 : 0;
    if (empty[i]) continue;
    const auto own = classes_of(children[i]);
    classed = any_text ? classed && !own.empty() : !own.empty();
    any_text = true;
    classes.insert(own.begin(), own.end());
  }
  std::vector<const xmlNode*> out;
  for (std::size_t i = 0; i < children.size(); ++i) {
    const xmlNode* c = children[i];
    if (empty[i]) {
      if (clears_floats(c)) continue;
      const auto own = classes_of(c);
      if (any_text && classed) {
        const bool shared = std::any_of(own.begin(), own.end(), [&](const std::string& k) { return classes.count(k) != 0; });
        if (!shared) continue;
      }
    }
    out.push_back(c);
  }
  return out;
}

// The row's cells and the elements they sit in: the row, and the wrappers it is read through.
struct row_shape {
  std::vector<const xmlNode*> cells;
  std::vector<const xmlNode*> levels;
};

row_shape shape_of(const xmlNode* row) {
  row_shape s;
  s.levels.push_back(row);
  s.cells = candidate_cells(row);
  // Wrappers: block elements one inside the other, each the only child element of the one above and
  // with no text of its own, the innermost around two cells or more; max_wrappers of them at most.
  std::vector<const xmlNode*> chain;
  auto inner = s.cells;
  while (inner.size() == 1 && is_block(inner.front()) && !has_own_text(inner.front()) &&
         static_cast<int>(chain.size()) < max_wrappers) {
    chain.push_back(inner.front());
    inner = candidate_cells(inner.front());
    if (inner.size() >= 2) {
      s.levels.insert(s.levels.end(), chain.begin(), chain.end());
      s.cells = std::move(inner);
      break;
    }
  }
  return s;
}

// A row: a block element with a cell at least, and no text of its own beside them.
bool is_row(const row_shape& s) {
  return is_block(s.levels.front()) && !s.cells.empty() && std::none_of(s.levels.begin(), s.levels.end(), has_own_text);
}

}  // namespace

std::vector<const xmlNode*> block_cells(const xmlNode* row) { return shape_of(row).cells; }

std::vector<const xmlNode*> block_rows(const xmlNode* container) {
  std::vector<const xmlNode*> out;
  for (const xmlNode* c = container->children; c != nullptr; c = c->next) {
    if (c->type != XML_ELEMENT_NODE || role_of(c) == html_role::skip) continue;
    if (is_row(shape_of(c))) out.push_back(c);
  }
  return out;
}

bool may_hold_block_rows(const xmlNode* n) {
  if (n == nullptr || n->type != XML_ELEMENT_NODE) return false;
  if (!is_block(n) && !is_element(n, "td") && !is_element(n, "th")) return false;  // a layout cell may hold one
  // Two child elements at least: one is a wrapper (a test of it would walk down every chain of single
  // <div>s), and a table of one row holds no commitment.
  int children = 0;
  for (const xmlNode* c = n->children; c != nullptr && children < 2; c = c->next)
    children += c->type == XML_ELEMENT_NODE ? 1 : 0;
  return children >= 2;
}

std::vector<const xmlNode*> block_strays(const xmlNode* container) {
  std::vector<const xmlNode*> out;
  for (const xmlNode* c = container->children; c != nullptr; c = c->next) {
    if (is_text_node(c)) {
      if (!blank_text(c)) out.push_back(c);
      continue;
    }
    if (c->type != XML_ELEMENT_NODE || role_of(c) == html_role::skip) continue;
    if (holds_no_text(c)) continue;
    if (!is_row(shape_of(c))) out.push_back(c);
  }
  return out;
}

block_grid::block_grid(const xmlNode* titles) {
  auto cells = block_cells(titles);
  while (!cells.empty() && holds_no_text(cells.back())) cells.pop_back();  // no title: no column
  for (const xmlNode* c : cells) {
    keys_.emplace_back();
    for (auto& k : classes_of(c)) {
      const bool other = std::any_of(cells.begin(), cells.end(), [&](const xmlNode* d) {
        if (d == c) return false;
        const auto theirs = classes_of(d);
        return std::find(theirs.begin(), theirs.end(), k) != theirs.end();
      });
      if (!other) keys_.back().push_back(std::move(k));
    }
  }
}

block_placed block_grid::place(const xmlNode* row) const {
  block_placed out;
  auto cells = block_cells(row);
  // Empty cells past the titles' columns hold nothing to place.
  while (static_cast<int>(cells.size()) > width() && holds_no_text(cells.back())) cells.pop_back();
  out.cells = static_cast<int>(cells.size());
  std::vector<int> columns;
  if (out.cells < width()) {
    // By class: each cell under the one title cell whose own class it has, left to right.
    for (const xmlNode* c : cells) {
      const auto own = classes_of(c);
      int column = -1;
      for (int k = 0; k < width(); ++k) {
        const auto& key = keys_[static_cast<std::size_t>(k)];
        if (std::none_of(key.begin(), key.end(), [&](const std::string& t) { return std::find(own.begin(), own.end(), t) != own.end(); }))
          continue;
        column = column < 0 ? k : -2;  // under two titles: not told
        if (column == -2) break;
      }
      if (column < 0 || (!columns.empty() && column <= columns.back())) {
        columns.clear();
        break;
      }
      columns.push_back(column);
    }
    out.by_class = !cells.empty() && columns.size() == cells.size();
  }
  if (!out.by_class) {
    columns.clear();
    for (int i = 0; i < out.cells; ++i) columns.push_back(i);
  }
  for (std::size_t i = 0; i < cells.size(); ++i) out.row.cells.push_back({cells[i], columns[i], 1});
  for (int k = 0; k < width(); ++k)
    if (std::find(columns.begin(), columns.end(), k) == columns.end()) out.missing.push_back(k);
  return out;
}

}  // namespace informe::detail
