// Boxes, table rows that split at line boundaries, pagination.
#include <algorithm>

#include "writers/pdf/layout.hpp"

namespace informe::detail::pdf {

// ---- text_box ----

double text_box::height(std::size_t from, std::size_t to) const {
  double h = 0;
  for (std::size_t i = from; i < to && i < lines.size(); ++i) {
    if (i != 0) h += lines[i].space_before;
    h += lines[i].height;
  }
  return h;
}

void text_box::draw(std::size_t from, std::size_t to, double x, double y, double width, page_ops& out,
                    bool artifact) const {
  for (std::size_t i = from; i < to && i < lines.size(); ++i) {
    const line_box& lb = lines[i];
    if (i != 0) y += lb.space_before;
    double lx = x + lb.indent;
    double free = width - lb.indent - lb.content.width;
    if (lb.alignment == align::centre) lx += std::max(0.0, free / 2);
    if (lb.alignment == align::right) lx += std::max(0.0, free);
    for (const auto& run : lb.content.runs) {
      if (run.background) {  // a tint from a little above the ascent to a little below the baseline
        const double pad = lb.size * 0.2;
        out.fills.push_back(
            fill_op{lx + run.x - pad, y + lb.ascent - lb.size * 0.85, run.width + 2 * pad, lb.size * 1.1, *run.background});
      }
      out.texts.push_back(text_op{run.f, lb.size, run.c, lx + run.x, y + lb.ascent, run.text, artifact ? -1 : run.tag});
    }
    // The space the line broke at, drawn after its last word (invisible) when the paragraph goes on, so that
    // the words either side stay apart in the marked content.
    if (lb.content.space_after && !lb.content.runs.empty() && i + 1 < lines.size() && !out.texts.empty() &&
        lines[i + 1].space_before == 0)
      out.texts.back().text += ' ';
    y += lb.height;
  }
}

// ---- box_builder ----

void box_builder::paragraph(text_box& box, const std::vector<span>& spans, double size, double width,
                            double space_before, align a) {
  auto lines = breaker_.break_lines(spans, size, width);
  double ascent = measurer_.ascent(face::regular) * size / 1000.0;
  double leading = size * line_height_;
  double half = (leading - size) / 2;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    line_box lb;
    lb.content = std::move(lines[i]);
    lb.size = size;
    lb.height = leading;
    lb.ascent = half + ascent;
    lb.space_before = i == 0 ? space_before : 0;
    lb.alignment = a;
    box.lines.push_back(std::move(lb));
  }
}

void box_builder::bullet_item(text_box& box, const std::vector<span>& spans, const span& bullet, double size,
                              double width, double indent, double space_before) {
  std::size_t first = box.lines.size();
  paragraph(box, spans, size, width - indent, space_before);
  for (std::size_t i = first; i < box.lines.size(); ++i) box.lines[i].indent = indent;
  if (first < box.lines.size()) {
    auto& runs = box.lines[first].content.runs;
    runs.insert(runs.begin(), placed_run{bullet.f, bullet.c, -indent + indent * 0.25, bullet.text, bullet.tag});
  }
}

// ---- paginator ----

page_ops& paginator::current() {
  if (pages_.empty()) new_page();
  return pages_.back();
}

void paginator::new_page() {
  pages_.emplace_back();
  y_ = frame_.top;
}

void paginator::add_block(const text_box& box, double space_after) {
  double h = box.height();
  add_custom(h, space_after, [&box, this](double x, double y, page_ops& out) {
    box.draw(0, box.lines.size(), x, y, frame_.content_width(), out);
  });
}

void paginator::add_custom(double height, double space_after,
                           const std::function<void(double, double, page_ops&)>& draw) {
  if (pages_.empty()) new_page();
  if (height > remaining() && y_ > frame_.top) new_page();
  draw(frame_.left, y_, current());
  y_ += height + space_after;
}

namespace {

// The last line of `box` from `from` that fits in `avail` points: returns the end index.
std::size_t fit(const text_box& box, std::size_t from, double avail) {
  double h = 0;
  std::size_t k = from;
  while (k < box.lines.size()) {
    double lh = box.lines[k].height + (k == 0 ? 0 : box.lines[k].space_before);
    if (h + lh > avail + 1e-6) break;
    h += lh;
    ++k;
  }
  return k;
}

}  // namespace

void paginator::add_labelled(const text_box& label, double label_width, const text_box& value, double space_after,
                             colour rule, double rule_width) {
  if (pages_.empty()) new_page();
  const double w = frame_.content_width();
  const double pad = 1.5;
  std::size_t from = 0;
  const std::size_t n = value.lines.size();
  bool first = true;
  while (true) {
    const bool at_top = y_ <= frame_.top + 1e-6;
    const double lh = first ? label.height() : 0;
    const double whole = std::max(lh, value.height(from, n)) + 2 * pad;
    std::size_t to = n;
    if (whole > remaining() + 1e-6) {
      to = fit(value, from, remaining() - 2 * pad);
      if (to == from || (first && lh > remaining() - 2 * pad)) {
        if (!at_top) {
          new_page();
          continue;
        }
        to = std::max(to, std::min(n, from + 1));
      }
    }
    page_ops& out = current();
    if (first) label.draw(0, label.lines.size(), frame_.left, y_ + pad, label_width, out);
    value.draw(from, to, frame_.left + label_width, y_ + pad, w - label_width, out);
    const double h = std::max(lh, value.height(from, to)) + 2 * pad;
    out.rules.push_back(rule_op{frame_.left, y_ + h, frame_.left + w, y_ + h, rule_width, rule});
    y_ += h;
    first = false;
    from = to;
    if (from >= n) break;
    new_page();
  }
  y_ += space_after;
}

double paginator::draw_row_fragment(const table_row& row, const std::vector<std::size_t>& from,
                                    const std::vector<std::size_t>& to, bool continued_mark, bool first_fragment,
                                    double y) {
  const double pad = style_.padding;
  double content = 0;
  for (std::size_t c = 0; c < row.cells.size(); ++c) content = std::max(content, row.cells[c].height(from[c], to[c]));
  double h = content + 2 * pad + (continued_mark ? style_.continued_height : 0);
  page_ops& out = current();
  double x = frame_.left;
  double total = 0;
  for (double w : style_.widths) total += w;
  // Number column background.
  if (!style_.widths.empty()) out.fills.push_back(fill_op{x, y, style_.widths[0], h, style_.number_fill});
  for (std::size_t c = 0; c < row.cells.size() && c < style_.widths.size(); ++c) {
    // A cell repeated on a continuation (the row number) is content once, then an artifact.
    const bool repeat = !first_fragment && c < row.repeat_on_continuation.size() && row.repeat_on_continuation[c];
    row.cells[c].draw(from[c], to[c], x + pad, y + pad, style_.widths[c] - 2 * pad, out, repeat);
    if (c > 0) out.rules.push_back(rule_op{x, y, x, y + h, style_.rule_width, style_.rule});
    x += style_.widths[c];
  }
  const double l = frame_.left, r = frame_.left + total;
  out.rules.push_back(rule_op{l, y, r, y, style_.rule_width, style_.rule});
  out.rules.push_back(rule_op{l, y + h, r, y + h, style_.rule_width, style_.rule});
  out.rules.push_back(rule_op{l, y, l, y + h, style_.rule_width, style_.rule});
  out.rules.push_back(rule_op{r, y, r, y + h, style_.rule_width, style_.rule});
  if (continued_mark) {
    double baseline = y + h - pad - style_.continued_size * 0.25;
    out.texts.push_back(text_op{face::italic, style_.continued_size, style_.continued_colour,
                                r - pad - style_.continued_width, baseline, style_.continued_text});
  }
  return h;
}

void paginator::add_table(const table_row& header, const std::vector<table_row>& rows) {
  const double pad = style_.padding;
  const std::size_t cols = header.cells.size();
  double header_content = 0;
  for (const auto& cell : header.cells) header_content = std::max(header_content, cell.height());
  const double header_height = header_content + 2 * pad;
  bool header_on_page = false;
  std::size_t page_of_header = static_cast<std::size_t>(-1);
  bool header_drawn = false;  // the header is content once; its repeats on later pages are artifacts

  auto draw_header = [&] {
    page_ops& out = current();
    double total = 0;
    for (double w : style_.widths) total += w;
    out.fills.push_back(fill_op{frame_.left, y_, total, header_height, style_.header_fill});
    double x = frame_.left;
    for (std::size_t c = 0; c < cols && c < style_.widths.size(); ++c) {
      header.cells[c].draw(0, header.cells[c].lines.size(), x + pad, y_ + pad, style_.widths[c] - 2 * pad, out,
                           header_drawn);
      x += style_.widths[c];
    }
    y_ += header_height;
    ++stats_.header_rows;
    header_drawn = true;
    header_on_page = true;
    page_of_header = pages_.size();
  };

  for (const auto& row : rows) {
    std::vector<std::size_t> from(row.cells.size(), 0), to(row.cells.size(), 0);
    bool first_fragment = true;
    while (true) {
      if (pages_.empty()) new_page();
      if (page_of_header != pages_.size()) header_on_page = false;
      const bool at_top = y_ <= frame_.top + 1e-6;
      const double avail = remaining() - (header_on_page ? 0 : header_height);
      auto repeated = [&](std::size_t c) {
        return c < row.repeat_on_continuation.size() && row.repeat_on_continuation[c];
      };
      // Lines each cell shows on this fragment (repeated cells show all on every fragment).
      std::vector<std::size_t> start(from);
      for (std::size_t c = 0; c < row.cells.size(); ++c)
        if (repeated(c)) start[c] = 0;
      double rest = 0;
      for (std::size_t c = 0; c < row.cells.size(); ++c)
        rest = std::max(rest, row.cells[c].height(start[c], row.cells[c].lines.size()));
      if (rest + 2 * pad <= avail + 1e-6) {
        if (!header_on_page) draw_header();
        for (std::size_t c = 0; c < row.cells.size(); ++c) to[c] = row.cells[c].lines.size();
        if (first_fragment && !row.bookmark.empty())
          bookmarks_.push_back(bookmark{row.bookmark, static_cast<int>(pages_.size() - 1), y_});
        y_ += draw_row_fragment(row, start, to, false, first_fragment, y_);
        break;
      }
      // Split: as many lines of each cell as fit, at least two on each side where the cell allows.
      const double content_avail = avail - 2 * pad - style_.continued_height;
      bool progress = false;
      for (int relaxed = 0; relaxed < 2 && !progress; ++relaxed) {
        for (std::size_t c = 0; c < row.cells.size(); ++c) {
          const std::size_t n = row.cells[c].lines.size();
          if (repeated(c)) {
            to[c] = row.cells[c].height() <= content_avail + 1e-6 ? n : 0;
            continue;
          }
          std::size_t k = fit(row.cells[c], from[c], std::max(0.0, content_avail));
          if (!relaxed) {
            std::size_t taken = k - from[c], left = n - k;
            if (left == 1) k = taken >= 3 ? k - 1 : from[c];  // no widow: two lines stay together
            taken = k - from[c];
            if (taken == 1 && n - from[c] >= 2) k = from[c];
          }
          to[c] = k;
          if (k > from[c]) progress = true;
        }
        if (!at_top) break;  // not at the top of a page: move the row on instead of relaxing
      }
      if (!progress) {
        if (at_top) {
          // Not even one line fits on an empty page: draw one line of each cell regardless.
          for (std::size_t c = 0; c < row.cells.size(); ++c)
            to[c] = std::min(row.cells[c].lines.size(), repeated(c) ? row.cells[c].lines.size() : from[c] + 1);
        } else {
          new_page();
          continue;
        }
      }
      if (!header_on_page) draw_header();
      if (first_fragment && !row.bookmark.empty())
        bookmarks_.push_back(bookmark{row.bookmark, static_cast<int>(pages_.size() - 1), y_});
      std::vector<std::size_t> shown_from(start);
      y_ += draw_row_fragment(row, shown_from, to, true, first_fragment, y_);
      ++stats_.split_rows;
      for (std::size_t c = 0; c < row.cells.size(); ++c) {
        if (repeated(c)) continue;
        const std::size_t n = row.cells[c].lines.size();
        if (to[c] > from[c] && to[c] < n) {
          stats_.min_lines_at_split = std::min<int>(stats_.min_lines_at_split,
                                                    static_cast<int>(std::min(to[c] - from[c], n - to[c])));
        }
        from[c] = to[c];
      }
      first_fragment = false;
      new_page();
    }
  }
}

}  // namespace informe::detail::pdf
