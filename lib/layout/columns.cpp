#include "layout/columns.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <string_view>

#include "grammar/labels.hpp"
#include "layout/tuning.hpp"

namespace informe::detail::layout {

namespace {

bool is_column_title(std::string_view text) {
  std::array<std::string_view, 2> twice{text, text};  // is_column_header wants two matching cells
  return is_column_header(twice);
}

// The boundary between two header groups: the middle of the widest least-covered gutter between
// them, measured on the body lines' words.
double gutter_between(const word_group& left, const word_group& right, const std::vector<const line*>& body) {
  double a = left.x1, b = right.x0;
  if (b - a < 1) return (left.x1 + right.x0) / 2;
  constexpr double step = tuning::gutter_step;
  std::size_t n = static_cast<std::size_t>((b - a) / step) + 1;
  if (n > 4000) n = 4000;
  std::vector<int> cover(n, 0);
  for (const line* l : body) {
    for (const word* w : l->words) {
      if (w->x1 <= a || w->x0 >= b) continue;
      auto from = static_cast<std::size_t>(std::max(0.0, (w->x0 - a) / step));
      auto to = static_cast<std::size_t>(std::min(static_cast<double>(n), std::ceil((w->x1 - a) / step)));
      for (std::size_t i = from; i < to && i < n; ++i) ++cover[i];
    }
  }
  int least = *std::min_element(cover.begin(), cover.end());
  std::size_t best_from = 0, best_len = 0;
  for (std::size_t i = 0; i < n;) {
    if (cover[i] != least) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < n && cover[j] == least) ++j;
    if (j - i > best_len) {
      best_len = j - i;
      best_from = i;
    }
    i = j;
  }
  return a + (static_cast<double>(best_from) + static_cast<double>(best_len) / 2) * step;
}

}  // namespace

std::optional<header_columns> match_table_header(const line& l) {
  if (l.words.size() < 3 || l.text.size() > 200) return std::nullopt;
  auto groups = word_groups(l);
  if (groups.size() < 3 || groups.size() > 6) return std::nullopt;
  for (std::size_t k = 0; k + 3 <= groups.size(); ++k) {
    if (!is_column_title(groups[k].text) || !is_column_title(groups[k + 1].text) ||
        !is_column_title(groups[k + 2].text))
      continue;
    header_columns h;
    if (k >= 1 && groups[k - 1].text.size() <= 12) {
      h.number = true;
      h.groups.push_back(groups[k - 1]);
    }
    for (std::size_t j = k; j < k + 3; ++j) h.groups.push_back(groups[j]);
    return h;
  }
  return std::nullopt;
}

columns columns_of(const header_columns& h, const std::vector<const line*>& body) {
  columns c;
  c.number = h.number;
  for (std::size_t i = 0; i + 1 < h.groups.size(); ++i)
    c.bounds.push_back(gutter_between(h.groups[i], h.groups[i + 1], body));
  return c;
}

bool crosses_columns(const line& l, const columns& cols) {
  for (std::size_t i = 0; i < l.words.size(); ++i) {
    const word* w = l.words[i];
    for (double b : cols.bounds) {
      if (w->x0 < b - tuning::boundary_slack && w->x1 > b + tuning::boundary_slack) return true;
    }
    if (i > 0) {
      const word* p = l.words[i - 1];
      if (cols.of(p->x0) != cols.of(w->x0) && w->x0 - p->x1 < tuning::crossing_gap * std::max(w->size, 1.0))
        return true;
    }
  }
  return false;
}

}  // namespace informe::detail::layout
