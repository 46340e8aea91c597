#include "layout/header_grid.hpp"

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>

#include "core/unicode.hpp"
#include "grammar/labels.hpp"
#include "grammar/ministries.hpp"
#include "layout/text.hpp"
#include "layout/tuning.hpp"

namespace informe::detail::layout {

namespace {

bool starts_with_header_label(const std::string& text) {
  return leading_label(text, label_context::header).has_value();
}

// The median of `xs` (not empty).
double median(std::vector<double> xs) {
  std::sort(xs.begin(), xs.end());
  return xs[xs.size() / 2];
}

// The group is a header label and nothing more ("Ministerio:").
bool is_label_alone(const std::string& text) {
  const auto m = leading_label(text, label_context::header);
  return m && text.find_first_not_of(' ', m->end) == std::string::npos;
}

// Values run together below a row of labels, one of them "Ministerio:": where the line names a
// ministry (the last such name on it), the words before it are the one label's before and the words
// after it the one label's after ("Programa de Fiscalización y Policía de Aguas | MINISTERIO DE OBRAS
// PÚBLICAS | DIRECCIÓN GENERAL DE AGUAS"). Per label, the words [from, to) of `v`; nullopt where the
// name does not tell (no ministry named, more than one label on a side, a side's words without its label).
std::optional<std::vector<std::pair<std::size_t, std::size_t>>> split_at_ministry(const std::vector<word_group>& labels,
                                                                                 const line& v) {
  std::size_t ministry = labels.size();
  for (std::size_t c = 0; c < labels.size(); ++c) {
    const auto m = leading_label(labels[c].text, label_context::header);
    if (m && m->which == field::ministry) ministry = c;
  }
  if (ministry == labels.size() || ministry > 1 || labels.size() - ministry > 2) return std::nullopt;
  std::vector<std::string> words;
  words.reserve(v.words.size());
  for (const word* w : v.words) words.push_back(fold(w->text));
  std::size_t at = v.words.size(), length = 0;
  for (std::size_t w = 0; w < words.size(); ++w)
    if (const std::size_t n = ministry_name_at(words, w)) at = w, length = n;
  if (at == v.words.size()) return std::nullopt;
  const std::size_t end = at + length;
  // Words on a side with no label there, or a label with no words: the name does not tell.
  if ((at > 0) != (ministry == 1) || (end < words.size()) != (ministry + 1 < labels.size())) return std::nullopt;
  std::vector<std::pair<std::size_t, std::size_t>> cut(labels.size(), {v.words.size(), v.words.size()});
  if (ministry == 1) cut[0] = {0, at};
  cut[ministry] = {at, end};
  if (ministry + 1 < labels.size()) cut[ministry + 1] = {end, words.size()};
  return cut;
}

}  // namespace

std::vector<block_line> unfold_header_across(std::vector<block_line>& block, std::deque<line>& lines,
                                             std::deque<word>& words, std::vector<block_line>& split) {
  std::vector<block_line> unread;
  std::vector<block_line> out;
  bool changed = false;
  // The labels of line `l` when it holds only labels, two or more a wide gap apart.
  auto label_row = [](const line& l) {
    std::vector<word_group> groups = word_groups(l);
    if (groups.size() < 2) return std::vector<word_group>{};
    for (const auto& g : groups)
      if (!is_label_alone(g.text)) return std::vector<word_group>{};
    return groups;
  };
  // A copy of words [from, to) of `l`, moved by dx and set at the height of `at`.
  auto moved = [&](const line& l, std::size_t from, std::size_t to, double dx, const line& at,
                   std::vector<const word*>& into) {
    for (std::size_t i = from; i < to; ++i) {
      word& m = words.emplace_back(*l.words[i]);
      m.x0 += dx;
      m.x1 += dx;
      m.y0 = at.top;
      m.y1 = at.bottom;
      into.push_back(&m);
    }
  };
  auto finish = [&](const line& shape, std::vector<const word*> ws) -> const line* {
    line& o = lines.emplace_back(shape);
    o.words.assign(ws.begin(), ws.end());
    o.x0 = o.words.front()->x0;
    o.x1 = o.words.back()->x1;
    o.text = join_words(o.words, 0, o.words.size());
    return &o;
  };
  for (std::size_t i = 0; i < block.size(); ++i) {
    const auto& [page, l] = block[i];
    const std::vector<word_group> labels = label_row(*l);
    if (labels.empty()) {
      out.push_back(block[i]);
      continue;
    }
    const double size = std::max(l->size, 1.0);
    const double tolerance = tuning::header_grid_slack * size;
    // The values' lines below: each word under a label's column, each column's words starting under it.
    // parts[v][c]: the words [from, to) of value line v in column c.
    std::vector<std::vector<std::pair<std::size_t, std::size_t>>> parts;
    std::size_t j = i + 1;
    bool ambiguous = false;
    // Line k is one of the values' lines: no label on it, close below the line before.
    auto values_line = [&](std::size_t k) {
      const line& v = *block[k].second;
      if (block[k].first != block[i].first || !label_row(v).empty() || leading_label(v.text, label_context::header) ||
          starts_title(v.text))
        return false;
      return v.top - block[k - 1].second->top <= tuning::header_across_advance * size;
    };
    for (; j < block.size() && values_line(j); ++j) {
      const line& v = *block[j].second;
      std::vector<std::pair<std::size_t, std::size_t>> cut(labels.size(), {v.words.size(), v.words.size()});
      bool fits = true;
      for (std::size_t w = 0; w < v.words.size() && fits; ++w) {
        std::size_t c = labels.size();
        while (c > 0 && v.words[w]->x0 < labels[c - 1].x0 - tolerance) --c;
        if (c == 0) {
          fits = false;
          break;
        }
        auto& [from, to] = cut[c - 1];
        if (from == v.words.size()) {
          from = w;
          // a column's words start under its label, not running on from the column before
          fits = std::fabs(v.words[w]->x0 - labels[c - 1].x0) <= tolerance &&
                 (w == 0 || v.words[w - 1]->x1 < labels[c - 1].x0);
        }
        to = w + 1;
      }
      if (!fits) {
        // The first values' line run together: split where a ministry's name stands, if it tells (said).
        auto named = parts.empty() ? split_at_ministry(labels, v) : std::nullopt;
        if (named) {
          split.push_back(block[j]);
          parts.push_back(std::move(*named));
          ++j;
        } else {
          ambiguous = parts.empty();
        }
        break;
      }
      parts.push_back(std::move(cut));
    }
    changed = true;
    // Each label as a line of its own at the first label's place; its value after it on the same line,
    // its value's later lines below it at the label's place.
    const double left = labels.front().x0;
    for (std::size_t c = 0; c < labels.size(); ++c) {
      const line& first_at = parts.empty() ? *l : *block[i + 1].second;
      std::vector<const word*> ws;
      moved(*l, labels[c].from, labels[c].to, left - labels[c].x0, first_at, ws);
      if (!parts.empty() && parts[0][c].first < parts[0][c].second) {
        const line& v = *block[i + 1].second;
        const double dx = ws.back()->x1 + tuning::space_width * size - v.words[parts[0][c].first]->x0;
        moved(v, parts[0][c].first, parts[0][c].second, dx, v, ws);
      }
      out.push_back({page, finish(first_at, std::move(ws))});
      for (std::size_t k = 1; k < parts.size(); ++k) {
        const auto [from, to] = parts[k][c];
        if (from >= to) continue;
        const line& v = *block[i + 1 + k].second;
        std::vector<const word*> vs;
        moved(v, from, to, left - v.words[from]->x0, v, vs);
        out.push_back({page, finish(v, std::move(vs))});
      }
    }
    // Run together, and the lines below (the values' wrapped lines, run together as well): none is read
    // as any label's value.
    std::size_t unread_lines = 0;
    if (ambiguous)
      for (std::size_t k = i + 1; k < block.size() && (k == i + 1 || values_line(k)); ++k, ++unread_lines)
        unread.push_back(block[k]);
    i += parts.size() + unread_lines;
  }
  if (changed) block = std::move(out);
  return unread;
}

void unfold_header_grid(std::vector<block_line>& block, std::deque<line>& lines, std::deque<word>& words) {
  if (block.empty()) return;
  const double size = std::max(block.front().second->size, 1.0);
  const double tolerance = tuning::header_grid_slack * size;
  // Each line's word groups, found once for the passes below.
  std::vector<std::vector<word_group>> line_groups;
  line_groups.reserve(block.size());
  for (const auto& [page, l] : block) line_groups.push_back(word_groups(*l));
  // Where pairs after the first start: a label a wide gap right of a line that starts with a label.
  std::vector<double> starts;
  for (const auto& groups : line_groups) {
    if (groups.size() < 2 || !starts_with_header_label(groups[0].text)) continue;
    for (std::size_t g = 1; g < groups.size(); ++g)
      if (starts_with_header_label(groups[g].text)) starts.push_back(groups[g].x0);
  }
  if (starts.empty()) return;
  std::sort(starts.begin(), starts.end());
  std::vector<double> columns;  // the pair columns after the first, left to right
  for (double x : starts)
    if (columns.empty() || x - columns.back() > tolerance) columns.push_back(x);

  // Where each later column's values start: the group after its label on a line.
  std::vector<std::vector<double>> column_values(columns.size());
  for (const auto& groups : line_groups) {
    for (std::size_t g = 1; g + 1 < groups.size(); ++g)
      for (std::size_t k = 0; k < columns.size(); ++k)
        if (std::fabs(groups[g].x0 - columns[k]) <= tolerance && starts_with_header_label(groups[g].text))
          column_values[k].push_back(groups[g + 1].x0);
  }
  std::vector<std::optional<double>> value_at(columns.size());
  for (std::size_t c = 0; c < columns.size(); ++c)
    if (!column_values[c].empty()) value_at[c] = median(column_values[c]);
  // Each line cut into its pair columns' parts. A group goes to a later column where it starts at
  // that column's label or value; a line's first group, where it starts right of a column's label.
  struct part {
    std::size_t from = 0, to = 0;
    bool labelled = false;
    std::optional<double> value_x;  // where the value starts a gap after the label
  };
  std::vector<std::vector<part>> parts(block.size(), std::vector<part>(columns.size() + 1));
  bool cut = false;
  for (std::size_t i = 0; i < block.size(); ++i) {
    const line& l = *block[i].second;
    const auto& groups = line_groups[i];
    auto& ps = parts[i];
    for (auto& p : ps) p.from = p.to = l.words.size();
    std::size_t k = 0;
    for (std::size_t g = 0; g < groups.size(); ++g) {
      for (std::size_t c = 0; c < columns.size(); ++c) {
        const bool at_label = g == 0 ? groups[g].x0 >= columns[c] - tolerance : std::fabs(groups[g].x0 - columns[c]) <= tolerance;
        const bool at_value = g > 0 && value_at[c] && std::fabs(groups[g].x0 - *value_at[c]) <= tolerance;
        if (at_label || at_value) k = std::max(k, c + 1);
      }
      cut = cut || k > 0;
      part& p = ps[k];
      if (p.from == l.words.size()) {
        p.from = groups[g].from;
        p.labelled = starts_with_header_label(groups[g].text);
      } else if (p.labelled && !p.value_x) {
        p.value_x = groups[g].x0;
      }
      p.to = groups[g].to;
    }
  }
  if (!cut) return;

  // Where each pair column's labels and values start.
  std::vector<std::vector<double>> label_xs(columns.size() + 1), value_xs(columns.size() + 1);
  for (std::size_t i = 0; i < block.size(); ++i)
    for (std::size_t k = 0; k < parts[i].size(); ++k) {
      const part& p = parts[i][k];
      if (!p.labelled) continue;
      label_xs[k].push_back(block[i].second->words[p.from]->x0);
      if (p.value_x) value_xs[k].push_back(*p.value_x);
    }
  if (label_xs[0].empty()) return;
  const double label_x0 = median(label_xs[0]);
  const std::optional<double> value_x0 = value_xs[0].empty() ? std::nullopt : std::optional(median(value_xs[0]));

  // A part of line `l` as a line of its own (kept in `lines`).
  auto part_line = [&](const line& l, const part& p) -> line& {
    line& out = lines.emplace_back(l);
    out.words.assign(l.words.begin() + static_cast<std::ptrdiff_t>(p.from), l.words.begin() + static_cast<std::ptrdiff_t>(p.to));
    return out;
  };
  auto finish_line = [](line& out) -> const line* {
    out.x0 = out.words.front()->x0;
    out.x1 = out.words.back()->x1;
    out.text = join_words(out.words, 0, out.words.size());
    return &out;
  };
  // A part of column k > 0 as a line of its own at the first column's places.
  auto moved_part = [&](const line& l, const part& p, std::size_t k) -> const line* {
    const double label_shift = label_x0 - (label_xs[k].empty() ? columns[k - 1] : median(label_xs[k]));
    double value_shift = label_shift;
    if (value_x0 && !value_xs[k].empty()) value_shift = *value_x0 - median(value_xs[k]);
    line& out = part_line(l, p);
    const double value_from = p.value_x ? *p.value_x : p.labelled ? 1e300 : -1e300;
    for (auto& w : out.words) {
      word& m = words.emplace_back(*w);
      const double shift = m.x0 >= value_from - 0.01 ? value_shift : label_shift;
      m.x0 += shift;
      m.x1 += shift;
      w = &m;
    }
    return finish_line(out);
  };
  auto first_part = [&](const line& l, const part& p) -> const line* {
    if (p.from == 0 && p.to == l.words.size()) return &l;
    return finish_line(part_line(l, p));
  };

  // Rows of the grid: from a line with a label in any column to the next such line. Each row's first
  // column's parts, then each other column's.
  std::vector<block_line> out;
  out.reserve(block.size() + 8);
  std::size_t row = 0;
  auto flush_row = [&](std::size_t end) {
    for (std::size_t k = 0; k <= columns.size(); ++k)
      for (std::size_t i = row; i < end; ++i) {
        const part& p = parts[i][k];
        if (p.from >= p.to) continue;
        const line& l = *block[i].second;
        out.push_back({block[i].first, k == 0 ? first_part(l, p) : moved_part(l, p, k)});
      }
    row = end;
  };
  for (std::size_t i = 1; i < block.size(); ++i) {
    bool labelled = false;
    for (const part& p : parts[i]) labelled = labelled || p.labelled;
    if (labelled) flush_row(i);
  }
  flush_row(block.size());
  block = std::move(out);
}

}  // namespace informe::detail::layout
