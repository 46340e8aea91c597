#include "readers/html/typed_lines.hpp"

#include <algorithm>

#include "grammar/labels.hpp"
#include "layout/typed_list.hpp"
#include "readers/html/html_document.hpp"

namespace informe::detail {

namespace {

// A dash, asterisk or "o" alone (white space and no-break spaces aside): Word's saved pages put a
// list's marker in an element of its own (<span>-<span>&nbsp;&nbsp;</span></span>text).
bool lone_marker(std::string_view s) {
  auto is_blank_at = [&](std::size_t i) {
    return s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r' || s[i] == '\f' ||
           (s[i] == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xA0');
  };
  auto step = [&](std::size_t i) { return s[i] == '\xC2' ? 2 : 1; };
  std::size_t b = 0;
  while (b < s.size() && is_blank_at(b)) b += static_cast<std::size_t>(step(b));
  std::size_t e = b;
  while (e < s.size() && !is_blank_at(e)) ++e;
  for (std::size_t i = e; i < s.size(); i += static_cast<std::size_t>(step(i)))
    if (!is_blank_at(i)) return false;
  const std::string_view mark = s.substr(b, e - b);
  return mark == "-" || mark == "*" || mark == "o" || mark == "\xE2\x80\x93";
}

}  // namespace

void typed_lines::text(std::string_view t, source_position at) {
  if (typed_lists_ && line_start_ && (!pending_.empty() || (!is_html_blank(t) && lone_marker(t)))) {
    if (pending_.empty()) pending_at_ = at;
    pending_.append(t);
    if (!lone_marker(pending_)) flush_pending();
    return;
  }
  if (typed_lists_ && line_start_ && !is_html_blank(t)) {
    line_text(t, at);
  } else if (typed_) {
    item_.append(t);
  } else {
    into_.add_text(std::string(t), at);
  }
  if (!is_html_blank(t)) brs_ = 0;
}

void typed_lines::line_break(source_position at) {
  flush_pending();
  if (typed_) {
    if (brs_ == 1) {  // two <br>: the item ends
      close_item();
      into_.add_break(at, false);
    }
  } else if (brs_ == 0) {
    into_.add_text(" ", at);
  } else if (brs_ == 1) {
    into_.add_break(at, false);
  }
  line_start_ = true;
  ++brs_;
}

void typed_lines::paragraph_break(source_position at, bool forced) {
  end_line();
  into_.add_break(at, forced);
  line_start_ = true;
  brs_ = 0;
}

void typed_lines::end_line() {
  flush_pending();
  close_item();
}

void typed_lines::new_line() { line_start_ = true; }

void typed_lines::flush_pending() {
  if (pending_.empty()) return;
  const std::string line = std::move(pending_);
  pending_.clear();
  line_text(line, pending_at_);
  brs_ = 0;
}

std::optional<std::string_view> typed_lines::previous_item() const {
  // At a line start an open item was followed by one <br>: the line comes right after it.
  if (typed_) return std::string_view(item_);
  if (list_end_ == 0 || list_end_ > into_.fragments.size()) return std::nullopt;
  for (std::size_t i = list_end_; i < into_.fragments.size(); ++i) {
    const fragment& f = into_.fragments[i];
    if (f.type != fragment::kind::paragraph_break && !is_html_blank(f.text)) return std::nullopt;
  }
  return std::string_view(into_.fragments[list_end_ - 1].text);
}

// Non-blank text that starts a line.
void typed_lines::line_text(std::string_view t, source_position at) {
  line_start_ = false;
  const auto previous = previous_item();
  const std::size_t marker =
      previous ? layout::typed_marker_length_after_item(t, *previous) : layout::typed_marker_length(t);
  // "- Calificación: Cumplido": a labelled line with a dash before it, not an item (labels are not
  // looked for in items)
  if (marker > 0 && leading_label(t.substr(marker), label_context::cell)) {
    if (layout::typed_marker_length(t) > 0) t.remove_prefix(marker);  // a dash is no word; "o" is, and stays
  } else if (marker > 0) {
    if (diags_ != nullptr && layout::typed_marker_length(t) == 0) diags_->furniture(at, sub_item_marker_rule, "o");
    start_item(t.substr(marker), at);
    return;
  }
  if (typed_) {
    if (layout::runs_on_into_item(item_, t)) {
      item_ += ' ';
      item_.append(t);
      return;
    }
    close_item();
    into_.add_break(at, false);
  }
  // A label may come before a list's first item: "Medios de Verificación: • item", or alone in its
  // element (<b>Medios de Verificación:</b> • item), the line still open for a marker.
  if (auto label = leading_label(t, label_context::cell)) {
    const std::string_view rest = t.substr(label->end);
    if (const std::size_t m = layout::typed_marker_length(rest); m > 0) {
      into_.add_text(std::string(t.substr(0, label->end)), at);
      start_item(rest.substr(m), at);
      return;
    }
    if (is_html_blank(rest)) line_start_ = true;
  }
  into_.add_text(std::string(t), at);
}

void typed_lines::start_item(std::string_view t, source_position at) {
  close_item();
  // Items one to a paragraph (<p>• item</p><p>• item</p>) or set apart by <br><br>: one list, the
  // breaks between them dropped.
  if (previous_item()) into_.fragments.resize(list_end_);
  typed_ = true;
  item_at_ = at;
  item_.assign(t);
}

void typed_lines::close_item() {
  if (!typed_) return;
  typed_ = false;
  if (!is_html_blank(item_)) {
    into_.add_list_item(std::move(item_), item_at_);
    list_end_ = into_.fragments.size();
  }
  item_.clear();
}

}  // namespace informe::detail
