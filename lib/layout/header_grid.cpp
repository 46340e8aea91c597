#include "layout/header_grid.hpp"

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <tuple>

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

// Per label, the words [from, to) of one values' line.
using line_parts = std::vector<std::pair<std::size_t, std::size_t>>;

// Values run together below a row of labels, one of them "Ministerio:" (`values`: the values' lines).
// Each line's groups (wide gaps apart) take the columns in order, each from the label it starts under
// or the next free one. A group may run over the columns before the next group's (the line's last:
// past its column's label, to the end); where one takes in the ministry's column, the ministry's name
// cuts it: the ministry's words, line by line (a run's words from a cut on, or up to one), must make a
// ministry's whole name, the words before it going to the one column before, those after to the one
// after ("Programa de Fiscalización y Policía de Aguas | MINISTERIO DE OBRAS PÚBLICAS | DIRECCIÓN
// GENERAL DE AGUAS"; "... Apoyo a la | MINISTERIO DE OBRAS" with "PÚBLICAS" below; "MINISTERIO DE" with
// "VIVIENDA Y URBANISMO | VIVIENDA Y URBANISMO" below). Of several cuts, the one whose name starts
// last. nullopt where that does not tell: no ministry named whole, a run over two columns on a side
// or not over the ministry's.
std::optional<std::vector<line_parts>> split_at_ministry(const std::vector<word_group>& labels,
                                                         const std::vector<const line*>& values, double tolerance) {
  const std::size_t n = labels.size();
  std::size_t ministry = n;
  for (std::size_t c = 0; c < n; ++c) {
    const auto m = leading_label(labels[c].text, label_context::header);
    if (m && m->which == field::ministry) ministry = c;
  }
  if (ministry == n || values.empty()) return std::nullopt;
  struct run {
    std::size_t line = 0, first = 0, last = 0, from = 0, to = 0;  // columns [first, last], words [from, to)
  };
  std::vector<line_parts> parts;
  std::vector<run> runs;
  for (std::size_t v = 0; v < values.size(); ++v) {
    const line& l = *values[v];
    const std::vector<word_group> spans = word_spans(l);
    line_parts cut(n, {l.words.size(), l.words.size()});
    std::vector<std::size_t> start(spans.size());
    for (std::size_t g = 0; g < spans.size(); ++g) {
      std::size_t c = n;
      while (c > 0 && spans[g].x0 < labels[c - 1].x0 - tolerance) --c;
      if (c == 0) return std::nullopt;  // left of the first label
      --c;
      if (g > 0 && c <= start[g - 1]) c = start[g - 1] + 1;
      if (c >= n) return std::nullopt;
      start[g] = c;
    }
    for (std::size_t g = 0; g < spans.size(); ++g) {
      std::size_t last = start[g];
      if (g + 1 < spans.size()) last = start[g + 1] - 1;
      else if (start[g] + 1 < n && spans[g].x1 > labels[start[g] + 1].x0 - tolerance) last = n - 1;
      if (last > start[g]) {
        if (ministry < start[g] || ministry > last || ministry - start[g] > 1 || last - ministry > 1) return std::nullopt;
        runs.push_back({v, start[g], last, spans[g].from, spans[g].to});
      }
      cut[start[g]] = {spans[g].from, spans[g].to};
    }
    parts.push_back(std::move(cut));
  }
  if (runs.empty() || runs.size() > 4) return std::nullopt;
  // Every cut of the runs: the ministry's words [k1, k2) of each (k1 > from where a column comes
  // before the ministry's in it, k2 < to where one comes after).
  std::vector<std::vector<std::pair<std::size_t, std::size_t>>> choices(runs.size());
  for (std::size_t r = 0; r < runs.size(); ++r) {
    const run& u = runs[r];
    for (std::size_t k1 = u.from; k1 < u.to; ++k1) {
      if ((k1 > u.from) != (ministry > u.first)) continue;
      for (std::size_t k2 = k1 + 1; k2 <= u.to; ++k2)
        if ((k2 < u.to) == (ministry < u.last)) choices[r].push_back({k1, k2});
    }
    if (choices[r].empty()) return std::nullopt;
  }
  // The values' words folded, once (the cuts below are tried many times over).
  std::vector<std::vector<std::string>> folded(values.size());
  for (std::size_t v = 0; v < values.size(); ++v)
    for (const word* w : values[v]->words) folded[v].push_back(fold(w->text));
  std::vector<std::size_t> pick(runs.size(), 0);
  std::optional<std::vector<std::size_t>> named;
  std::vector<std::string> words;
  for (std::size_t tries = 0; tries < 100000; ++tries) {
    words.clear();
    std::size_t r = 0;
    for (std::size_t v = 0; v < values.size(); ++v) {
      auto [from, to] = parts[v][ministry];
      if (r < runs.size() && runs[r].line == v) std::tie(from, to) = choices[r][pick[r]], ++r;
      words.insert(words.end(), folded[v].begin() + static_cast<std::ptrdiff_t>(from),
                   folded[v].begin() + static_cast<std::ptrdiff_t>(to));
    }
    if (!words.empty() && ministry_name_at(words, 0) == words.size()) named = pick;  // the last: latest start
    std::size_t k = 0;
    while (k < runs.size() && ++pick[k] == choices[k].size()) pick[k++] = 0;
    if (k == runs.size()) break;
  }
  if (!named) return std::nullopt;
  for (std::size_t r = 0; r < runs.size(); ++r) {
    const run& u = runs[r];
    const auto [k1, k2] = choices[r][(*named)[r]];
    line_parts& cut = parts[u.line];
    const std::size_t none = values[u.line]->words.size();
    for (std::size_t c = u.first; c <= u.last; ++c) cut[c] = {none, none};
    if (k1 > u.from) cut[u.first] = {u.from, k1};
    cut[ministry] = {k1, k2};
    if (k2 < u.to) cut[u.last] = {k2, u.to};
  }
  return parts;
}

// The groups of `l`, a group that starts with a label and holds more words after it split after the
// label ("Calificación: Fecha": the text grid set two cells one blank apart).
std::vector<word_group> groups_split_after_labels(const line& l) {
  std::vector<word_group> out;
  for (word_group& g : word_groups(l)) {
    const auto m = leading_label(g.text, label_context::header);
    if (m && m->begin == 0 && m->end < g.text.size()) {
      const auto words_in = static_cast<std::size_t>(1 + std::count(g.text.begin(), g.text.begin() + static_cast<std::ptrdiff_t>(m->end), ' '));
      if (g.from + words_in < g.to) {
        word_group label = g, rest = g;
        label.to = rest.from = g.from + words_in;
        label.x1 = l.words[label.to - 1]->x1;
        label.text = join_words(l.words, label.from, label.to);
        rest.x0 = l.words[rest.from]->x0;
        rest.text = join_words(l.words, rest.from, rest.to);
        out.push_back(std::move(label));
        out.push_back(std::move(rest));
        continue;
      }
    }
    out.push_back(std::move(g));
  }
  return out;
}

}  // namespace

std::vector<block_line> unfold_header_across(std::vector<block_line>& block, std::deque<line>& lines,
                                             std::deque<word>& words, std::vector<block_line>& split) {
  std::vector<block_line> unread;
  std::vector<block_line> out;
  bool changed = false;
  // The labels of line `l` when it holds only labels, two or more a wide gap apart.
  auto label_row = [](const line& l) {
    if (l.text.empty() || l.text.back() != ':') return std::vector<word_group>{};  // (most lines: at once)
    std::vector<word_group> groups = groups_split_after_labels(l);
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
  // A row of labels that a narrow cell wrapped over two lines ("Programa/  Ministerio:  Servicio:" over
  // "Institución:"; "Año:  Calificación:  Fecha" over "Egreso:"): the labels of `l` with each piece
  // below joined on (their texts), and per label the words of `below` that finish it. Every group of
  // `below` stands under a group of `l`, and each of those makes a label alone with it; the others are
  // labels alone already. Nothing when `l` and `below` are no such row.
  auto wrapped_label_row = [](const line& l, const line& below, double tolerance,
                              std::vector<std::pair<std::size_t, std::size_t>>& tails) {
    // (At once for most lines: the row's last label or its last piece ends in a colon, and the pieces
    // below are a word or two a label.)
    if (l.text.empty() || below.text.empty() || (l.text.back() != ':' && below.text.back() != ':') ||
        below.words.size() > l.words.size())
      return std::vector<word_group>{};
    std::vector<word_group> groups = groups_split_after_labels(l);
    const std::vector<word_group> pieces = word_groups(below);
    tails.assign(groups.size(), {below.words.size(), below.words.size()});
    if (groups.size() < 2 || pieces.empty() || below.top - l.top > tuning::header_across_advance * std::max(l.size, 1.0))
      return std::vector<word_group>{};
    for (const auto& p : pieces) {
      std::size_t g = 0;
      while (g < groups.size() && std::fabs(groups[g].x0 - p.x0) > tolerance) ++g;
      if (g == groups.size() || tails[g].first < tails[g].second) return std::vector<word_group>{};
      tails[g] = {p.from, p.to};
      groups[g].text = joined_label(groups[g].text, p.text);
      groups[g].x1 = std::max(groups[g].x1, p.x1);
    }
    for (const auto& g : groups)
      if (!is_label_alone(g.text)) return std::vector<word_group>{};
    return groups;
  };
  for (std::size_t i = 0; i < block.size(); ++i) {
    const auto& [page, l] = block[i];
    const double size = std::max(l->size, 1.0);
    const double tolerance = tuning::header_grid_slack * size;
    std::vector<word_group> labels = label_row(*l);
    // Per label, the words of the line below that finish it (a row of labels wrapped: its values start
    // a line lower).
    std::vector<std::pair<std::size_t, std::size_t>> tails;
    std::size_t label_lines = 1;
    if (labels.empty() && i + 1 < block.size() && block[i + 1].first == page) {
      labels = wrapped_label_row(*l, *block[i + 1].second, tolerance, tails);
      label_lines = 2;
    }
    if (labels.empty()) {
      out.push_back(block[i]);
      continue;
    }
    const std::size_t top = i + label_lines;  // the first values' line
    // The values' lines below: each word under a label's column, each column's words starting under it.
    // parts[v][c]: the words [from, to) of value line v in column c.
    std::vector<std::vector<std::pair<std::size_t, std::size_t>>> parts;
    std::size_t j = top;
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
      // A wide gap parts two columns' words: none is inside a column (a narrow one may part two columns).
      const std::vector<word_group> spans = word_spans(v);
      std::vector<std::size_t> span_of(v.words.size());
      for (std::size_t g = 0; g < spans.size(); ++g)
        for (std::size_t w = spans[g].from; w < spans[g].to; ++w) span_of[w] = g;
      bool fits = true;
      std::size_t column_before = 0;
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
          // a column's words start under its label, not running on from the column before; on a text
          // grid, which sets a line's cells a few apart from the line above's (pdftotext closes up a
          // row of labels: "Calificación: Fecha"), a little right of it after a wide gap
          const double right_of = v.words[w]->x0 - labels[c - 1].x0;
          const bool drifted = v.on_grid() && right_of > 0 && right_of <= tuning::grid_value_drift * size &&
                               (w == 0 || span_of[w - 1] != span_of[w]);
          fits = (std::fabs(right_of) <= tolerance || drifted) && (w == 0 || v.words[w - 1]->x1 < labels[c - 1].x0);
        } else if (c != column_before || span_of[w - 1] != span_of[w]) {
          fits = false;  // a column's words again after another's, or apart inside it
        }
        column_before = c;
        to = w + 1;
      }
      if (!fits) {
        // Values run together: split where a ministry's name stands, if it tells (said); else none of
        // the values' lines is read (ambiguous).
        std::vector<const line*> values;
        for (std::size_t k = top; k < block.size() && (k == top || values_line(k)); ++k) values.push_back(block[k].second);
        auto named = split_at_ministry(labels, values, tolerance);
        if (named) {
          split.push_back(block[top]);
          parts = std::move(*named);
        } else {
          parts.clear();
          ambiguous = true;
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
      const line& first_at = parts.empty() ? *l : *block[top].second;
      std::vector<const word*> ws;
      moved(*l, labels[c].from, labels[c].to, left - labels[c].x0, first_at, ws);
      if (c < tails.size() && tails[c].first < tails[c].second) {
        // the label's piece from the line below, after it as the label reads ("Programa/Institución:")
        const line& below = *block[i + 1].second;
        word& head = words.back();
        const std::string head_text = join_words(l->words, labels[c].from, labels[c].to);
        head.space_after = labels[c].text.size() > head_text.size() && labels[c].text[head_text.size()] == ' ';
        const double gap = head.space_after ? tuning::space_width * size : 0;
        moved(below, tails[c].first, tails[c].second, head.x1 + gap - below.words[tails[c].first]->x0, first_at, ws);
      }
      // The value's later lines under its first one (a hanging indent): each as wide as it was, so a
      // value wraps as it did in its cell.
      double value_x = ws.back()->x1 + tuning::space_width * size;
      if (!parts.empty() && parts[0][c].first < parts[0][c].second) {
        const line& v = *block[top].second;
        moved(v, parts[0][c].first, parts[0][c].second, value_x - v.words[parts[0][c].first]->x0, v, ws);
      } else {
        value_x = left;  // the label alone: its value starts below it
      }
      out.push_back({page, finish(first_at, std::move(ws))});
      for (std::size_t k = 1; k < parts.size(); ++k) {
        const auto [from, to] = parts[k][c];
        if (from >= to) continue;
        const line& v = *block[top + k].second;
        std::vector<const word*> vs;
        moved(v, from, to, value_x - v.words[from]->x0, v, vs);
        out.push_back({page, finish(v, std::move(vs))});
      }
    }
    // Run together, and the lines below (the values' wrapped lines, run together as well): none is read
    // as any label's value.
    std::size_t unread_lines = 0;
    if (ambiguous)
      for (std::size_t k = top; k < block.size() && (k == top || values_line(k)); ++k, ++unread_lines)
        unread.push_back(block[k]);
    i += label_lines - 1 + parts.size() + unread_lines;
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
