#include "layout/header_block.hpp"

#include <algorithm>
#include <cmath>
#include <deque>
#include <optional>
#include <string>

#include "core/unicode.hpp"
#include "grammar/labels.hpp"
#include "grammar/lexicon.hpp"
#include "grammar/paragraphs.hpp"
#include "layout/drawn_markers.hpp"
#include "layout/furniture.hpp"
#include "layout/text.hpp"
#include "layout/typed_list.hpp"
#include "layout/tuning.hpp"

namespace informe::detail::layout {

namespace {

source_position position_of(int page_number, const line& l) { return layout::position_of(l, page_number); }

bool is_header_label(std::string_view text) { return match_label(text, label_context::header) != field::none; }

}  // namespace

std::string joined_label(const std::string& a, const std::string& b) {
  if (a.empty()) return b;
  if (joins_without_space(a, b) || (!b.empty() && b.front() == ':')) return a + b;
  std::string spaced = a + " " + b;
  if (!is_header_label(spaced) && is_header_label(a + b)) return a + b;
  return spaced;
}

namespace {

class header_reader {
 public:
  header_reader(report_builder& b, diagnostics& d, std::vector<doubtful_join>& doubtful, double content_right)
      : builder_(b), diags_(d), doubtful_(doubtful), content_right_(content_right) {}

  /// A paragraph gap was seen in the block.
  bool spaced() const { return spaced_; }

  void read(const std::vector<block_line>& given) {
    find_value_column(given);
    const std::vector<block_line>& block = with_continued_values(given);
    find_fields(block);
    find_drawn_markers(block);
    for (std::size_t i = 0; i < block.size(); ++i) {
      const auto& [page, l] = block[i];
      current_ = i;
      if (ended_) {
        report_after_block(position_of(page, *l), *l);
        continue;
      }
      // An inline label wrapped at its end: "Programa/" then "Institución: Fomento ...".
      if (i + 1 < block.size() && value_x_ == 0 && !leading_label(l->text, label_context::header) &&
          l->text.size() <= 40 && block[i + 1].first == page) {
        std::string joined = joined_label(std::string(l->text), std::string(block[i + 1].second->text));
        auto m = leading_label(joined, label_context::header);
        if (m && m->end > l->text.size()) {
          flush();
          start(header_line{{}, joined, position_of(page, *l), {}}, l, page);
          mode_ = mode::inline_field;
          fields_ = true;
          ++i;
          last_ = block[i].second;
          continue;
        }
      }
      add(page, *l);
    }
    flush();
  }

 private:
  enum class mode { none, title, two_column, inline_field };

  // Lines after the end of a two-column block: our writers' summary of the rows ("Resumen del
  // cumplimiento", counts derived from the rows) is furniture; anything else is unplaced text.
  void report_after_block(source_position at, const line& l) {
    if (summary_) {
      diags_.furniture(at, furniture_rule::summary, std::string(l.text));
    } else {
      diags_.unplaced(at, "text between the header block and the table was not read: " + quote_short(l.text), std::string(l.text));
    }
  }

  static std::string quote_short(std::string_view s) { return quote_for_message(s); }

  // The value column of a two-column block: where values start after a label cell.
  void find_value_column(const std::vector<block_line>& block) {
    std::vector<double> xs;
    for (const auto& [page, l] : block) {
      std::size_t g = first_label_gap(*l);
      if (g < l->words.size() && is_header_label(join_words(l->words, 0, g))) xs.push_back(l->words[g]->x0);
    }
    if (xs.empty()) return;
    std::sort(xs.begin(), xs.end());
    value_x_ = xs[xs.size() / 2];
  }

  // On a text grid each page starts at its own leftmost text: a two-column block's value that goes
  // on over a page break, with no label beside it on the new page, stands at the margin there. That
  // page's lines are moved right to the value column (copies kept here), so that they read as the
  // value's lines. `block` itself when no page is such.
  const std::vector<block_line>& with_continued_values(const std::vector<block_line>& block) {
    if (value_x_ <= 0 || block.empty()) return block;
    std::vector<block_line> out = block;
    bool moved = false;
    for (std::size_t i = 1; i < block.size();) {
      std::size_t end = i;  // the page's lines [i, end)
      while (end < block.size() && block[end].first == block[i].first) ++end;
      const bool new_page = block[i].first != block[i - 1].first;
      double left = 1e300;
      bool labelled = false;
      for (std::size_t k = i; k < end; ++k) {
        left = std::min(left, block[k].second->x0);
        labelled = labelled || leading_label(block[k].second->text, label_context::header) ||
                   is_label_start(block[k].second->text, label_context::header);
      }
      if (new_page && !labelled && block[i].second->on_grid() && left < value_x_ - 3) {
        const double shift = value_x_ - left;
        for (std::size_t k = i; k < end; ++k) {
          const line& l = *block[k].second;
          line& copy = moved_lines_.emplace_back(l);
          for (auto& w : copy.words) {
            word& m = moved_words_.emplace_back(*w);
            m.x0 += shift;
            m.x1 += shift;
            w = &m;
          }
          copy.x0 += shift;
          copy.x1 += shift;
          out[k].second = &copy;
        }
        moved = true;
      }
      i = end;
    }
    if (!moved) return block;
    moved_block_ = std::move(out);
    return moved_block_;
  }

  // Which lines start with an enumerator drawn as a list's marker ("a.", "b." of a browser's
  // <ol type="a"> or Word's lettered numbering; drawn_markers.hpp), at the value column or the line's
  // start: such a line starts an item, its marker dropped. A run's margin is where the text it
  // follows starts.
  void find_drawn_markers(const std::vector<block_line>& block) {
    drawn_.assign(block.size(), false);
    std::vector<enumerated_line> seen(block.size());
    bool any = false;
    double left = 0;
    for (std::size_t i = 0; i < block.size(); ++i) {
      const line& l = *block[i].second;
      const std::size_t from = value_start(l);
      enumerated_line& e = seen[i];
      if (from >= l.words.size()) continue;
      const word& first = *l.words[from];
      if (i == 0 || block[i].first != block[i - 1].first) left = first.x0;
      e.x0 = first.x0;
      e.page = block[i].first;
      e.estimated = l.on_grid();
      e.size = l.size;
      e.space = e.estimated ? grid_char_width(l) : 0;
      e.left = left;
      e.indent = std::max(tuning::indent_min, tuning::indent * l.size);  // as add_value_line's list items
      if (from + 1 < l.words.size() && (e.enumerator = enumerator_class(first.text)) != 0) {
        e.ordinal = enumerator_ordinal(first.text);
        e.roman = enumerator_roman(first.text);
        e.marker_x1 = first.x1;
        e.text_x = l.words[from + 1]->x0;
        any = true;
      } else {
        left = first.x0;
      }
    }
    if (any) drawn_ = drawn_enumerators(seen);
  }

  // The first word of `l` in the value column (of a two-column block), or its first.
  std::size_t value_start(const line& l) const {
    if (value_x_ == 0) return 0;
    std::size_t from = 0;
    while (from < l.words.size() && l.words[from]->x0 < value_x_ - 3) ++from;
    return from == l.words.size() ? 0 : from;
  }

  // Which lines open a field ("Label:" in the label column, or "Label: value" inline): a line
  // under a value with a field after it is inside the block.
  void find_fields(const std::vector<block_line>& block) {
    block_ = &block;
    field_after_.assign(block.size() + 1, false);
    for (std::size_t i = block.size(); i-- > 0;) {
      const line& l = *block[i].second;
      std::size_t split = 0;
      while (split < l.words.size() && (value_x_ == 0 || l.words[split]->x0 < value_x_ - 3)) ++split;
      const std::string left = join_words(l.words, 0, split);
      const bool opens = split > 0 && (is_header_label(left) || is_label_start(left, label_context::header) ||
                                       leading_label(l.text, label_context::header) || completed_below(i, left));
      field_after_[i] = opens || field_after_[i + 1];
    }
  }

  // The label column's text of block line `i`.
  std::string label_column(std::size_t i) const {
    const line& l = *(*block_)[i].second;
    std::size_t split = 0;
    while (split < l.words.size() && l.words[split]->x0 < value_x_ - 3) ++split;
    return join_words(l.words, 0, split);
  }

  // `left`, the label column's text of block line `i`, is a label's first piece broken inside a word
  // at a narrow column's edge: the next line's on the same page completes it ("Observació" / "n:").
  bool completed_below(std::size_t i, const std::string& left) const {
    if (value_x_ == 0 || left.empty() || i + 1 >= block_->size() || (*block_)[i + 1].first != (*block_)[i].first)
      return false;
    const std::string below = label_column(i + 1);
    return !below.empty() && !is_header_label(left + " " + below) && is_header_label(left + below);
  }

  // A value typed after a tab ("Label:<tab>value") that wraps back to the margin, under its label
  // (word processors without a hanging indent), or a label standing alone on its line with its value
  // on the next: a line that starts at or left of the field's label, is no label and follows without
  // a paragraph gap continues the field's value when
  // - the value is still empty (the label stood alone), or
  // - the line before was full: the line's first word would not have fitted on it, or
  // - another field follows in the block and the line before ends near the block's right edge (the
  //   edge measured on lines that may overhang the margin), or the edge cannot be measured.
  bool wraps_under_label(const line& l) const {
    if (!has_pending_ || !last_ || l.words.empty() || paragraph_gap(l)) return false;
    const double slack = std::max(tuning::indent_min, tuning::indent * l.size);
    if (l.x0 > field_label_x_ + slack) return false;
    if (active_lexicon().starts_summary(fold(l.text))) return false;
    // A bold line under a value set in regular type is a heading, not the value's next line.
    const bool bold = std::all_of(l.words.begin(), l.words.end(), [](const word* w) { return w->bold; });
    if (bold && !last_->words.back()->bold) return false;
    if (!pending_.label.empty() && pending_.text.empty()) return true;
    const std::optional<double> shortfall = wrap_shortfall(l);
    if (shortfall && *shortfall < 0) return true;
    return field_after_[current_ + 1] && (!shortfall || *shortfall < tuning::wrap_reach_field * l.size);
  }

  // How far short of the block's right edge (measured on the block's other lines, less the
  // measurement's slack) the line before `l` would have ended with the first word of `l` on it:
  // below 0, the word did not fit. Nothing when the line before is the block's widest.
  std::optional<double> wrap_shortfall(const line& l) const {
    double right = 0;
    for (const auto& [page, b] : *block_)
      if (b != last_ && !b->words.empty()) right = std::max(right, b->x1);
    return wrap_shortfall(l, right);
  }
  // The same, against the right edge `right`.
  std::optional<double> wrap_shortfall(const line& l, double right) const {
    const word& first = *l.words.front();
    // On a text grid proportional text drifts by a few percent of a run's length.
    double slack = tuning::wrap_reach * l.size;
    if (first.estimated_width > 0) {
      double run_x0 = last_->x0;
      for (const word* w : last_->words)
        if (value_x_ > 0 && w->x0 >= value_x_ - 3) {
          run_x0 = w->x0;
          break;
        }
      slack += tuning::estimated_fit_slack * (last_->x1 - run_x0);
    }
    if (right == 0 || last_->x1 > right + slack) return std::nullopt;
    return right - slack - (last_->x1 + tuning::space_width * l.size + (first.x1 - first.x0));
  }

  void add(int page_number, const line& l) {
    known_line_height_ = line_height_;
    if (last_ && page_ == page_number && l.top > last_->top && std::fabs(l.size - last_->size) < 0.1) {
      const double advance = l.top - last_->top;
      if (line_height_ == 0 || advance < line_height_) line_height_ = advance;
    }
    const bool new_page = last_ && page_ != page_number;
    new_page_ = new_page;
    page_ = page_number;
    const source_position at = position_of(page_number, l);

    // A field's value goes on at a new page's top where its lines start: a line there that starts
    // right of all of them is the page's own (a sheet's name in its page header), not the value's.
    if (new_page && has_pending_ && value_right_ > 0 && l.x0 > value_right_) {
      diags_.unplaced(at, "text at the top of the page, right of the header block, was not read: " + quote_short(l.text),
                      std::string(l.text));
      return;
    }
    if (value_x_ > 0 && add_two_column(at, l)) return;

    if (leading_label(l.text, label_context::header)) {
      flush();
      value_right_ = 0;
      field_value_x_.reset();
      start(header_line{{}, std::string(l.text), at, {}}, &l, page_number);
      mode_ = mode::inline_field;
      fields_ = true;
      field_left_ = l.x0;
      return;
    }
    if (starts_title(l.text) && mode_ == mode::none) {
      flush();
      start(header_line{{}, std::string(l.text), at, {}}, &l, page_number);
      mode_ = mode::title;
      return;
    }
    switch (mode_) {
      case mode::title:
        append(l);
        return;
      case mode::two_column:
      case mode::inline_field:
        add_value_line(at, l, 0);
        return;
      case mode::none:
        flush();
        emit(header_line{{}, std::string(l.text), at, {}});
        return;
    }
  }

  // A line of a two-column block; false when the line is not one (then it is read inline).
  bool add_two_column(source_position at, const line& l) {
    if (value_below_label(l)) {
      field_value_x_ = l.x0;
      field_left_ = l.x0;
      add_value_line(at, l, 0);
      return true;
    }
    // The value column, or where the current field's value lines start left of it.
    const double value_x = field_value_x_ ? std::min(*field_value_x_, value_x_) : value_x_;
    std::size_t split = 0;  // words [0, split) are in the label column
    while (split < l.words.size() && l.words[split]->x0 < value_x - 3) ++split;
    if (split == 0) {
      if (mode_ != mode::two_column) return false;
      if (!label_.empty()) {  // a value line beside a label still being gathered
        if (!held_value_.empty()) held_value_ += ' ';
        held_value_ += join_words(l.words, 0, l.words.size());
        return true;
      }
      add_value_line(at, l, 0);
      return true;
    }
    std::string left = join_words(l.words, 0, split);
    std::string right = join_words(l.words, split, l.words.size());
    if (left == ":" && label_.empty() && colonless_label_) {
      // The colon of the field's label wrapped alone below it ("Calificación" / ":").
      colonless_label_ = false;
      if (!right.empty()) add_value_line(at, l, split);
      return true;
    }
    std::string candidate = joined_label(label_, left);
    if (is_header_label(candidate)) {
      colonless_label_ = candidate.find(':') == std::string::npos;
      flush();
      value_right_ = 0;
      std::string value = held_value_.empty() ? right : right.empty() ? held_value_ : held_value_ + " " + right;
      start(header_line{candidate, value, label_at_.known() ? label_at_ : at, at}, &l, page_);
      label_.clear();
      held_value_.clear();
      label_at_ = {};
      mode_ = mode::two_column;
      fields_ = true;
      field_left_ = value_x_;
      field_label_x_ = label_x_ ? *label_x_ : l.x0;
      label_x_.reset();
      field_value_x_.reset();
      item_x_ = 0;
      markerless_ = false;
      // "Observación: • Un elemento ...": the value opens a bulleted list; its lines hang at the text.
      if (split + 1 < l.words.size() && is_bullet_char(first_code_point(l.words[split]->text)) &&
          l.words[split]->text.size() <= 4)
        item_x_ = l.words[split + 1]->x0;
      return true;
    }
    // Part of a label that wraps ("Programa/", "Observació"): gather it, with the value beside it.
    if (is_label_start(candidate, label_context::header) || (label_.empty() && completed_below(current_, left))) {
      label_ = candidate;
      if (label_at_.known()) {
        held_value_ += (held_value_.empty() || right.empty() ? "" : " ") + right;
        return true;
      }
      label_at_ = at;
      label_x_ = l.x0;
      held_value_ = right;
      return true;
    }
    if (!label_.empty()) {
      // Not a label after all: give the gathered text as it was printed.
      std::string was = label_ + (held_value_.empty() ? "" : " " + held_value_);
      emit(header_line{{}, was, label_at_, {}});
      label_.clear();
      held_value_.clear();
      label_at_ = {};
      label_x_.reset();
    }
    if (mode_ == mode::two_column && !fields_bullet(l)) {
      if (leading_label(l.text, label_context::header)) return false;
      if (wraps_under_label(l)) {
        append(l);
        return true;
      }
      ended_ = true;  // a summary or a heading after the block
      summary_ = active_lexicon().starts_summary(fold(l.text));
      flush();
      report_after_block(at, l);
      return true;
    }
    return false;
  }

  // The line below a two-column field's label that stood alone on its line starts its value: it
  // starts right of the label, a little left of the value column (the cell's padding before the
  // value's paragraphs taking the label's line, "&nbsp;&nbsp;<p>...</p>"), with no paragraph gap
  // above it. A line at the label column stays what it is (an empty label, then other text).
  bool value_below_label(const line& l) const {
    if (mode_ != mode::two_column || !label_.empty() || !has_pending_ || pending_.label.empty() ||
        !pending_.text.empty() || !last_ || l.words.empty() || current_ == 0 ||
        (*block_)[current_ - 1].first != (*block_)[current_].first)
      return false;
    const double x = l.words.front()->x0;
    return x < value_x_ - 3 && x > last_->x1 && value_x_ - x <= tuning::value_below_label_reach * std::max(l.size, 1.0) &&
           !paragraph_gap(l);
  }

  bool fields_bullet(const line& l) const { return fields_ && (is_set_apart_bullet(l, 0) || typed_dash_item(l, 0)); }

  // A typed dash ("- ", "– ") starting a line of a field's value after a line that ends a clause or
  // in a list: an item ("prioritarios:" / "– los tiempos de espera").
  bool typed_dash_item(const line& l, std::size_t from) const {
    return l.words.size() > from + 1 && is_dash_marker(l.words[from]->text) && has_pending_ &&
           (pending_.list_item || ends_clause(pending_.text));
  }

  void add_value_line(source_position at, const line& l, std::size_t from) {
    // A bulleted list in a field's value ("Observación:"): each bullet starts an item, lines
    // indented to the item's text continue it, and a line back at the margin starts a paragraph.
    // A typed second-level item "o " right of an item's marker, or level with the sub-item before: the
    // next item, its marker dropped (the model's lists are flat).
    const bool typed_o_item = has_pending_ && pending_.list_item && !markerless_ && l.words.size() > from + 1 &&
                              l.words[from]->text == "o" && l.words[from]->x0 >= item_marker_x_ - 1;
    const bool drawn_marker = current_ < drawn_.size() && drawn_[current_] && from == value_start(l);
    if (fields_ && (is_set_apart_bullet(l, from) || typed_dash_item(l, from) || typed_o_item || drawn_marker)) {
      if (drawn_marker) diags_.furniture(at, furniture_rule::list_marker, std::string(l.words[from]->text));
      flush();
      header_line h{{}, join_words(l.words, from + 1, l.words.size()), at, {}};
      h.list_item = true;
      start(std::move(h), &l, page_);
      item_x_ = l.words[from + 1]->x0;
      item_marker_x_ = l.words[from]->x0;
      markerless_ = false;
      return;
    }
    // A list whose markers are drawn, not written (browsers): its lines are indented from the value.
    // A markerless item ends where list items end (";", "." or ":"), ...
    const double indent = std::max(tuning::indent_min, tuning::indent * l.size);
    const bool in_bullet_item = has_pending_ && !markerless_ &&
                                (pending_.list_item || is_bullet_char(first_code_point(pending_.text)));
    if (fields_ && field_left_ && l.x0 > *field_left_ + indent && !in_bullet_item) {
      // ... or where the line before ended short: the first word would have fitted on it.
      const std::optional<double> shortfall = last_ ? wrap_shortfall(l) : std::nullopt;
      const bool continues = has_pending_ && pending_.list_item && std::fabs(l.x0 - item_x_) < 1.5 &&
                             !ends_clause(pending_.text) && !ends_sentence(pending_.text) &&
                             !(shortfall && *shortfall > 0);
      if (continues) {
        append(l);
        return;
      }
      {
        flush();
        header_line h{{}, std::string(without_typed_o_marker(l.text)), at, {}};
        h.list_item = true;
        start(std::move(h), &l, page_);
        item_x_ = l.x0;
        item_marker_x_ = l.x0;
        markerless_ = true;
        return;
      }
    }
    if (pending_.list_item && has_pending_ && l.x0 < item_x_ - 1) {
      // A typed item wraps back to its marker: it runs on into a line that would not have fitted on
      // its last, or that starts in lower case, until it ends as items end (";", ".", ":").
      const std::optional<double> shortfall = last_ ? wrap_shortfall(l) : std::nullopt;
      const bool wrapped_back = (!shortfall || *shortfall < 0) && !ends_clause(pending_.text) &&
                                !ends_sentence(pending_.text) && !starts_enumerator(l.text);
      if (!markerless_ && (runs_on_into_item(pending_.text, l.text) || wrapped_back)) {
        append(l);
        return;
      }
      flush();
      start(header_line{{}, std::string(l.text), at, {}}, &l, page_);
      return;
    }
    // A line hanging at a bulleted item's text continues it unless well apart: a list may be set
    // with more leading than the block's other lines (LibreOffice), so the block's line height
    // does not tell its gaps.
    const bool hangs = in_bullet_item && std::fabs(l.x0 - item_x_) < 1.5 && last_ &&
                       l.top - last_->top <= tuning::header_paragraph_gap * std::max(last_->size, 1.0);
    // A new paragraph of the value: a line further below than the block's line height (once two
    // lines have shown it; until then, more than 1.45 lines).
    if (last_ && !hangs && (paragraph_gap(l) || starts_paragraph_on_grid(l))) {
      spaced_ = spaced_ || paragraph_gap(l);
      flush();
      start(header_line{{}, std::string(l.text), at, {}}, &l, page_);
    } else if (bool by_page_edge = false; last_ && !hangs && !new_page_ && ends_short_on_page(l, by_page_edge)) {
      // A new paragraph unless the block turns out to set its paragraphs apart (then the line was
      // broken on purpose inside one: finish() joins them again). Where only the page's text edge
      // tells that the line before was short (a narrower header box would have wrapped it there), said.
      short_split split{0, {}, by_page_edge};
      split.doubt = {at, pending_.text, std::string(l.text), l.on_grid(), doubtful_join::kind::paragraph_split};
      flush();
      short_splits_.push_back(std::move(split));
      start(header_line{{}, std::string(l.text), at, {}}, &l, page_);
      split_pending_ = true;
    } else {
      // Only spacing would tell a paragraph here; the caller says so where the document has none.
      if (last_ && has_pending_ && !pending_.list_item && sentence_then_capital(l))
        doubtful_.push_back({at, pending_.text, std::string(l.text), l.on_grid()});
      append(l);
    }
  }

  // On a text grid, which keeps no gap between paragraphs, `l` starts one where the line before ended
  // a sentence and the first word of `l`, a capital, would have fitted (the value's widest line, `l`
  // included, is the edge: an inline field's first line is its only one before `l`), or where `l` starts a typed list's next item after a clause or a sentence. (A PDF's gaps
  // tell its paragraphs: there a short line after a full stop may be a forced line break.)
  bool starts_paragraph_on_grid(const line& l) const {
    if (!l.on_grid()) return false;
    if (!has_pending_ || pending_.list_item) return false;
    // A typed list's next item ("b) ") after a clause or a sentence.
    if (starts_enumerator(l.text) && (ends_clause(pending_.text) || ends_sentence(pending_.text))) return true;
    if (!ends_sentence(pending_.text) || !starts_upper(l.text)) return false;
    const std::optional<double> shortfall = wrap_shortfall(l, std::max(value_right_, l.x1));
    return shortfall && *shortfall > 0;
  }

  // The pending value ends a sentence (not a clause) and `l` starts with a capital letter, no label:
  // one paragraph or two, as the spacing or the line's length tells.
  bool sentence_then_capital(const line& l) const {
    return ends_sentence(pending_.text) && !ends_clause(pending_.text) && starts_upper(l.text) && !starts_digit(l.text) &&
           !leading_label(l.text, label_context::header);
  }

  // `l` starts a paragraph where the line before ended a sentence well short of where it could have
  // gone on: the first word of `l`, a capital, would have fitted before the field's widest line
  // (`l` included) or, where the line before is that widest, before the page's text edge (a
  // spreadsheet's cell that runs over its empty neighbours, a word processor's unspaced paragraphs: no
  // gap tells there; nor does a text grid, where the fit allows for its estimate). `by_page_edge`:
  // only the page's edge told.
  bool ends_short_on_page(const line& l, bool& by_page_edge) const {
    by_page_edge = false;
    if (content_right_ <= 0 || !has_pending_ || pending_.list_item || !sentence_then_capital(l)) return false;
    const double widest = std::max(value_right_, l.x1);
    if (last_->x1 < widest) {
      const std::optional<double> shortfall = wrap_shortfall(l, widest);
      return shortfall && *shortfall > 0;
    }
    const std::optional<double> to_edge = wrap_shortfall(l, content_right_);
    by_page_edge = to_edge && *to_edge > 0;
    return by_page_edge;
  }

  bool paragraph_gap(const line& l) const {
    const double size = std::max(last_->size, 1.0);
    const double gap = l.top - last_->top;
    return known_line_height_ > 0 ? gap > known_line_height_ + std::max(1.0, tuning::paragraph_extra * size)
                                  : gap > tuning::header_paragraph_gap * size;
  }

  void start(header_line h, const line* l, int page) {
    pending_ = std::move(h);
    has_pending_ = true;
    split_pending_ = false;
    last_ = l;
    if (l) value_right_ = std::max(value_right_, l->x1);
    page_ = page;
  }

  void append(const line& l) {
    if (!has_pending_) {
      pending_ = header_line{{}, std::string(l.text), position_of(page_, l), {}};
      has_pending_ = true;
    } else if (joins_without_space(pending_.text, l.text)) {
      pending_.text += l.text;
    } else {
      pending_.text += ' ';
      pending_.text += l.text;
    }
    last_ = &l;
    value_right_ = std::max(value_right_, l.x1);
  }

  void flush() {
    if (has_pending_) {
      if (split_pending_) short_splits_.back().line = out_.size();
      emit(std::move(pending_));
    }
    split_pending_ = false;
    pending_ = {};
    has_pending_ = false;
  }

  // The block's lines, held until the block is read (finish()).
  void emit(header_line h) { out_.push_back(std::move(h)); }

  // A value's line that ended a sentence short (ends_short_on_page) and the line that started a
  // paragraph after it: out_[line].
  struct short_split {
    std::size_t line;
    doubtful_join doubt;
    bool said;  // only the page's text edge told: warned
  };

 public:
  /// Hands the block's lines to the builder: where the block sets its paragraphs apart, the short
  /// lines' splits are joined again (a line broken on purpose inside a paragraph).
  void finish() {
    flush();
    std::vector<bool> joined(out_.size(), false);
    for (const short_split& s : short_splits_) {
      if (s.line == 0 || s.line >= out_.size()) continue;
      if (spaced_) {
        std::size_t into = s.line - 1;
        while (into > 0 && joined[into]) --into;
        out_[into].text += ' ';
        out_[into].text += out_[s.line].text;
        joined[s.line] = true;
      } else if (s.said) {
        doubtful_.push_back(s.doubt);
      }
    }
    for (std::size_t i = 0; i < out_.size(); ++i)
      if (!joined[i]) builder_.add_header_line(std::move(out_[i]));
  }

 private:
  std::vector<header_line> out_;
  std::vector<short_split> short_splits_;
  bool split_pending_ = false;  // pending_ starts short_splits_.back()'s paragraph
  report_builder& builder_;
  diagnostics& diags_;
  std::vector<doubtful_join>& doubtful_;
  bool new_page_ = false;     // the line being read starts a page after the block's line before
  double content_right_ = 0;  // the right edge of the text on the block's pages (0: unknown)
  bool spaced_ = false;  // a value's paragraphs were set apart: the block's gaps tell its paragraphs
  header_line pending_;
  bool has_pending_ = false;
  mode mode_ = mode::none;
  double value_x_ = 0;            // the value column of a two-column block, or 0
  double item_x_ = 0;             // left edge of the current list item's text
  double item_marker_x_ = 0;      // left edge of its marker (a typed or drawn bullet, a dash, "o")
  std::deque<word> moved_words_;  // with_continued_values's copies (stable addresses)
  std::deque<line> moved_lines_;
  std::vector<block_line> moved_block_;
  bool markerless_ = false;       // the current list item had no bullet (an indented line)
  std::optional<double> field_left_;  // where the current field's value lines start (0 on a text grid's margin)
  double field_label_x_ = 0;      // where the current two-column field's label starts
  double value_right_ = 0;        // the right edge of the current field's widest line so far
  std::optional<double> label_x_; // where a label being gathered over wrapped lines starts
  std::optional<double> field_value_x_;  // where the current field's value lines start, left of value_x_
  double line_height_ = 0;        // the smallest advance from one line of the block to the next
  double known_line_height_ = 0;  // line_height_ before the current line
  const line* last_ = nullptr;
  bool fields_ = false;
  bool ended_ = false;
  bool summary_ = false;          // the block ended at a summary of the rows
  int page_ = 0;
  std::string label_;             // a label cell being gathered over wrapped lines
  bool colonless_label_ = false;  // the field's label was read without its colon (it may follow alone)
  std::string held_value_;        // value text beside it
  source_position label_at_;
  const std::vector<block_line>* block_ = nullptr;
  std::vector<bool> field_after_;  // [i]: line i or a later one opens a field
  std::size_t current_ = 0;        // the index of the line being read
  std::vector<bool> drawn_;        // per line of the block: it starts with a drawn list marker
};

}  // namespace

void read_header_block(const std::vector<block_line>& block, report_builder& builder, diagnostics& diags,
                       std::vector<doubtful_join>& doubtful, double content_right) {
  header_reader reader(builder, diags, doubtful, content_right);
  reader.read(block);
  reader.finish();
  if (reader.spaced()) doubtful.clear();
}

}  // namespace informe::detail::layout
