#include "layout/cells.hpp"

#include <algorithm>
#include <cmath>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

#include "core/unicode.hpp"
#include "grammar/labels.hpp"
#include "grammar/paragraphs.hpp"
#include "grammar/status.hpp"
#include "layout/drawn_markers.hpp"
#include "layout/text.hpp"
#include "layout/typed_list.hpp"
#include "layout/tuning.hpp"

namespace informe::detail::layout {

namespace {

// A word too long for its column that the producer broke where the column ended ("FOSIS/SERCOTECCORFO/MI"
// then "NECON, con el ..."): the line holds that one word, which reaches the column's right edge, and
// letters or digits meet across the break.
// "... en particular en:": a line ending in a colon introduces what follows, an indented line
// there starts a list even where the line above is full.
bool introduces_list(std::string_view text) {
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  return !text.empty() && text.back() == ':';
}

// A word the producer broke at the column's right edge (a word wider than the column): alone on its
// line and reaching the edge. In a PDF the producer breaks it where its next character would not fit,
// so the piece with that character (as wide as the next line's first word's on average) would pass
// the column's widest line, which ends at or before the cell's edge. (A text grid's widths are
// estimates: there it comes near the edge.)
// A Spanish function word ("de", "los", "y", "ni"): a word of its own, not the tail of a broken one
// ("vulnerabilidad" / "de los adultos" in a narrow column; alone on its line, said: broken_word).
bool is_function_word(std::string_view w) {
  static constexpr std::string_view words[] = {"a",  "al",   "con", "de",  "del", "e",  "el",  "en",  "la",
                                               "las", "lo",  "los", "ni",   "o",   "para", "por", "que", "se", "sin",
                                               "su",  "sus", "u",   "un",   "una", "y"};
  return std::find(std::begin(words), std::end(words), w) != std::end(words);
}

// The text's last word starts in lower case or with a figure and ends in a letter or a figure (a
// closing quote or parenthesis aside): "datos", "2009", "2004–2009”"; not "SAG", "Contraloría", "medición,".
bool ends_lower_word(std::string_view text) {
  const std::size_t space = text.rfind(' ');
  std::string_view w = space == std::string_view::npos ? text : text.substr(space + 1);
  for (std::string_view close : {"”", "»", "’", ")", "\""})
    if (w.size() > close.size() && w.ends_with(close)) w.remove_suffix(close.size());
  if (w.empty() || !(starts_lower(w) || starts_digit(w))) return false;
  const char last = w.back();
  return is_letter_byte(last) || (last >= '0' && last <= '9');
}

// The text's first word is an acronym ("SAG", "DIPRES", "MINVU", "ÑUBLE"): two capitals or more and
// no lower-case letter. A name in capitals may run on from a line before.
bool starts_acronym(std::string_view text) {
  const std::string_view w = text.substr(0, text.find(' '));
  int capitals = 0;
  for (std::size_t i = 0; i < w.size(); ++i) {
    const auto c = static_cast<unsigned char>(w[i]);
    if (c >= 'A' && c <= 'Z') {
      ++capitals;
    } else if (c == 0xC3 && i + 1 < w.size() && static_cast<unsigned char>(w[i + 1]) < 0xA0) {
      ++capitals;  // À-ß: Á, É, Ñ ...
      ++i;
    } else if ((c >= 'a' && c <= 'z') || c >= 0x80) {
      return false;
    }
  }
  return capitals >= 2;
}

// A line's first word that is a lone lower-case letter no word is ("s adjudicados,"): the tail of a
// word broken at a narrow column's edge ("establecimiento" / "s"), wherever that edge was measured.
// (Spanish's one-letter words are "a", "e", "o", "u", "y".)
// How a line's last word meets the next line's first: apart, one word broken at the column's edge,
// or apart where it may have been broken.
enum class word_break { none, broken, doubtful };

bool starts_with_word_tail(std::string_view text) {
  if (text.empty() || text[0] < 'a' || text[0] > 'z' || std::string_view("aeouy").find(text[0]) != std::string_view::npos)
    return false;
  return text.size() == 1 || text[1] == ' ' || text[1] == ',' || text[1] == ';' || text[1] == '.';
}

// A word of five letters or more ending in a stressed "í" ("Subsecretarí") and the line after starting
// with "a" or "as" alone: the ending "-ía" ("Subsecretaría", "Contraloría") broken at the column's
// edge, wherever that edge was measured. Few words end in "í" ("aquí", "así", "ají"; none this long
// in a report's cells but "bisturí" and its like).
bool broken_before_ia(std::string_view word, std::string_view next) {
  if (word.size() < 6 || !word.ends_with("\xC3\xAD") || !is_letter_byte(word[word.size() - 3])) return false;
  for (std::string_view tail : {"a", "as"})
    if (next.starts_with(tail) &&
        (next.size() == tail.size() || std::string_view(" ,;.:)").find(next[tail.size()]) != std::string_view::npos))
      return true;
  return false;
}

word_break broken_word(const cell_line& before, const cell_line& after, double right_edge) {
  if (before.text.empty() || after.text.empty() || before.text.find(' ') != std::string::npos) return word_break::none;
  if (starts_with_word_tail(after.text)) return is_letter_byte(before.text.back()) ? word_break::broken : word_break::none;
  if (broken_before_ia(before.text, after.text)) return word_break::broken;
  const std::string_view first_word = std::string_view(after.text).substr(0, after.text.find(' '));
  if (before.estimated) {
    if (before.x1 < right_edge - tuning::broken_word_reach * std::max(before.size, 1.0)) return word_break::none;
  } else {
    const double next_char = after.first_width / static_cast<double>(std::max<std::size_t>(utf8_length(first_word), 1));
    if (before.x1 + next_char <= right_edge) return word_break::none;
  }
  auto word_byte = [](char c) { return is_letter_byte(c) || (c >= '0' && c <= '9'); };
  if (!word_byte(before.text.back()) || !word_byte(after.text.front())) return word_break::none;
  // A word that fills the line, then a function word ("dependencia" / "y vulnerabilidad"): in a column
  // this narrow a word wrapped whole reaches the edge as a broken one does, and the tail of a broken
  // word may be a function word's letters ("Subsecretarí" / "a"). Two words, and said.
  return is_function_word(first_word) ? word_break::doubtful : word_break::broken;
}

// A word that make_cell_line leaves out: a decorative shape after another word ("Calificación: ●
// Cumplido"), or an en dash after a label.
bool decorative_after(const word* w, const word* before) {
  // Both are three bytes in UTF-8 (a first byte of four takes four): most words end the test here.
  if (w->text.size() < 3 || w->text.size() > 4 || !single_code_point(w->text)) return false;
  const char32_t c = first_code_point(w->text);
  const bool after_label = !before->text.empty() && before->text.back() == ':';
  return is_decorative_shape(c) || (after_label && c == 0x2013);
}

// A sign bound to the number after it ("N° 1.245", "$ 612 millones"): word processors keep the pair
// on one line with a no-break space, which a PDF's text prints as a plain one, so the line broke
// before the pair, not before the sign.
bool binds_to_number(const word& sign, const word& next) {
  const std::string_view s = sign.text;
  const bool number_sign = s == "N\u00B0" || s == "N\u00BA" || s == "No." || s == "N.\u00BA" || s == "$";
  return number_sign && !next.text.empty() && next.text.front() >= '0' && next.text.front() <= '9';
}

// std::lround (halves away from zero) without the library call, as grid_rivers' cell_of: the
// truncation and the fraction left are exact below 2^53. (A sample is taken per line.)
long round_half_away(double v) {
  if (!(std::fabs(v) < 1e15)) return std::lround(v);
  const auto t = static_cast<long>(v);
  const double f = v - static_cast<double>(t);
  return f >= 0.5 ? t + 1 : f <= -0.5 ? t - 1 : t;
}

}  // namespace

std::optional<cell_line> make_cell_line(const line& l, std::size_t from, std::size_t to, int page_number,
                                        std::pmr::memory_resource* text_memory) {
  // The words kept: the line's own [from, to) when none is left out (most lines), else a copy
  // without them.
  bool drops = false;
  for (std::size_t i = from + 1; i < to && !drops; ++i) drops = decorative_after(l.words[i], l.words[i - 1]);
  std::vector<const word*> copy;
  if (drops) {
    for (std::size_t i = from; i < to; ++i) {
      const word* w = l.words[i];
      if (!copy.empty() && decorative_after(w, copy.back())) continue;
      copy.push_back(w);
    }
  }
  const std::span<const word* const> list = drops ? std::span<const word* const>(copy) : std::span<const word* const>(l.words);
  const std::size_t first = drops ? 0 : from, end = drops ? copy.size() : to;
  if (first >= end) return std::nullopt;
  const std::span<const word* const> ws(list.data() + first, end - first);
  cell_line c(text_memory);
  c.where = position_of(l, page_number, from);
  c.page = page_number;
  c.top = ws.front()->y0;
  c.size = 0;
  for (const word* w : ws) {
    c.size = std::max(c.size, w->size);
    c.top = std::min(c.top, w->y0);
  }
  std::size_t start = 0;
  std::size_t n0 = 0;
  char32_t c0 = first_code_point(ws[0]->text, &n0);
  std::string lead;
  if (is_bullet_char(c0)) {
    if (n0 == ws[0]->text.size()) {
      if (ws.size() == 1) return std::nullopt;  // a lone bullet
      start = 1;
    } else {
      lead = ws[0]->text.substr(n0);
    }
    c.bullet = true;
  } else if (ws.size() > 1 && ws[0] == l.words[from] && ws[0]->text == "o" && is_set_apart_bullet(l, from)) {
    // (Not a bullet character, as the branch above tells: only the letter "o" can be one here.)
    start = 1;  // a word processor's "o" bullet
    c.bullet = true;
  } else if (is_dash_marker(ws[0]->text) && ws.size() > 1) {
    c.dash = true;
  } else if (ws.size() > 1 && (c.enumerator = enumerator_class(ws[0]->text)) != 0) {
    c.marker_x1 = ws[0]->x1;
    c.text_x = ws[1]->x0;
    if (ws[0]->estimated_width > 0)
      c.space = (ws[0]->x1 - ws[0]->x0) / static_cast<double>(std::max<std::size_t>(utf8_length(ws[0]->text), 1));
  }
  const std::span<const word* const> rest = ws.subspan(start);
  // Taken from the line's own text where it is still its words' join (most lines), else joined again.
  if (drops) {
    join_words(list, first + start, end, c.text);
  } else {
    joined_text(l, first + start, end, c.text);
  }
  if (!lead.empty()) c.text.replace(0, ws[0]->text.size(), lead);  // the bullet's word less its bullet
  auto width = [](const word* w) { return w->estimated_width > 0 ? w->estimated_width : w->x1 - w->x0; };
  c.x0 = rest.front()->x0;
  c.x1 = 0;
  for (const word* w : rest) c.x1 = std::max(c.x1, w->x0 + width(w));
  c.first_width = rest.size() > 1 && binds_to_number(*rest[0], *rest[1]) ? rest[1]->x0 + width(rest[1]) - rest[0]->x0
                                                                        : width(rest.front());
  c.second_end = rest.size() > 1 ? rest[1]->x0 + width(rest[1]) - rest.front()->x0 : c.first_width;
  c.estimated = rest.front()->estimated_width > 0;
  if (c.bullet && start == 1) c.x0 = ws[0]->x0;  // the item starts at its bullet
  std::size_t k = 0;
  while (k < c.text.size() && c.text[k] == ' ') ++k;
  c.text.erase(0, k);
  if (c.text.empty()) return std::nullopt;
  return c;
}

const std::optional<label_match>& cell_line::leading_label() const {
  if (!label_known_) {
    label_ = detail::leading_label(text, label_context::cell);
    label_known_ = true;
  }
  return label_;
}

void take_drawn_markers(std::span<cell_line> lines, double left, std::vector<dropped_marker>& dropped) {
  if (std::none_of(lines.begin(), lines.end(), [](const cell_line& l) { return l.enumerator != 0; })) return;
  std::vector<enumerated_line> seen;
  seen.reserve(lines.size());
  for (const cell_line& l : lines) {
    // (The marker is the text's first word, unless the text was cut since: then there is none.)
    const std::string_view marker = std::string_view(l.text).substr(0, l.text.find(' '));
    const int enumerator = l.enumerator != 0 && enumerator_class(marker) == l.enumerator ? l.enumerator : 0;
    seen.push_back({l.x0, l.page, l.estimated, l.size, l.space, enumerator, enumerator ? enumerator_ordinal(marker) : 0,
                    enumerator ? enumerator_roman(marker) : 0, l.marker_x1, l.text_x, left,
                    std::max(tuning::indent_min, (l.estimated ? tuning::grid_indent : tuning::indent) * l.size)});
  }
  const std::vector<bool> drawn = drawn_enumerators(seen);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (!drawn[i]) continue;
    cell_line& l = lines[i];
    const std::size_t space = std::min(l.text.find(' '), l.text.size());
    const std::size_t text = std::min(l.text.find_first_not_of(' ', space), l.text.size());
    dropped.push_back({l.where, std::string(l.text.substr(0, space))});
    l.text.erase(0, text);
    l.text_changed();
    l.bullet = true;  // the item starts at its marker, as at a bullet
  }
}

void spacing::sample(double size, double advance) {
  if (advance <= 0 || advance > 4 * size) return;
  const int k = key(size);
  auto at = std::lower_bound(sizes_.begin(), sizes_.end(), k, [](const size_counts& s, int v) { return s.key < v; });
  if (at == sizes_.end() || at->key != k) at = sizes_.insert(at, size_counts{k, {}, false, 0, false});
  auto& counts = at->counts;
  const int a = static_cast<int>(round_half_away(advance * 4));
  auto it = std::lower_bound(counts.begin(), counts.end(), a, [](const std::pair<int, int>& e, int v) { return e.first < v; });
  if (it == counts.end() || it->first != a) it = counts.insert(it, {a, 0});
  ++it->second;
}

const spacing::size_counts* spacing::find(int k) const {
  for (const auto& s : sizes_)
    if (s.key == k) return &s;
  return nullptr;
}

void spacing::finish() {
  for (auto& s : sizes_) {
    const int k = s.key;
    const auto& hist = s.counts;
    int best = 0, best_count = 0;
    for (auto& [a, n] : hist)
      if (n > best_count) {
        best = a;
        best_count = n;
      }
    // The line spacing is the smallest advance that recurs: in a table of terse cells a blank line
    // between labelled paragraphs may be the most frequent advance.
    for (auto& [a, n] : hist)
      if (a < best && a / 4.0 >= 0.9 * (k / 2.0) && n >= tuning::line_spacing_min_count && n * 20 >= best_count) {
        best = a;
        break;
      }
    s.mode = best / 4.0;
    s.finished = true;
  }
  for (auto& s : sizes_) {
    const int k = s.key;
    const double size = k / 2.0, line = s.mode >= 0.9 * size ? s.mode : tuning::default_line_spacing * size;
    const double above = threshold(size);
    int spaced = 0;
    for (auto& [a, n] : s.counts)
      if (a / 4.0 > above && a / 4.0 < tuning::paragraph_spacing_max * line) spaced += n;
    s.spaced = spaced >= tuning::spaced_paragraphs_min;
  }
  grid_spaced_ = grid_apart_ >= tuning::spaced_paragraphs_min &&
                 grid_apart_ >= tuning::grid_spaced_ratio * grid_together_;
}

void spacing::sample_grid_sentence_end(bool blank_between) { ++(blank_between ? grid_apart_ : grid_together_); }

bool spacing::spaces_paragraphs(double size) const {
  const size_counts* s = find(key(size));
  return s && s->finished && s->spaced;
}

bool spacing::spaces_any() const {
  for (const auto& s : sizes_)
    if (s.finished && s.spaced) return true;
  return false;
}

double spacing::threshold(double size) const {
  const size_counts* s = find(key(size));
  double normal = s && s->finished && s->mode >= 0.9 * size ? s->mode : tuning::default_line_spacing * size;
  return normal + std::max(1.0, tuning::paragraph_extra * size);
}

int spacing::key(double size) { return static_cast<int>(round_half_away(size * 2)); }

void cell_builder::add(const cell_line& l, double column_left, double right_edge, const spacing& sp, double wrap_bound) {
  // Lists whose markers are drawn, not written (browsers): their lines are indented.
  const bool indented =
      l.x0 > column_left + std::max(tuning::indent_min, (l.estimated ? tuning::grid_indent : tuning::indent) * l.size);
  if (!last_) {
    // Room for a cell's fragments at once (a line each, and breaks), not regrown step by step; the
    // row is parsed and dropped right after it is built.
    c_.fragments.reserve(16);
    const bool bullet = l.bullet || (l.dash && l.x0 <= column_left + 1.5);
    start(l, bullet || indented, !bullet && indented);
    return;
  }
  // On a text grid the column's edge is the page's, and a block may stand apart from it, or a list's
  // lines outnumber the lines at the margin: lines indented from a line ending in a colon (a cell
  // label alone, "Medios de Verificación:", or a sentence) are a list, wherever the page's edge was
  // measured. A line that starts with a label ends it.
  auto labelled = [&l] { return l.leading_label().has_value(); };
  const double grid_step = tuning::grid_indent * l.size;
  const bool below_colon = l.estimated && l.x0 >= last_->x0 + grid_step && introduces_list(text_end_);
  if (below_colon && !in_item_ && !labelled()) list_margin_ = last_->x0;
  if (list_margin_ && (!(l.estimated && l.x0 >= *list_margin_ + grid_step) || labelled())) list_margin_.reset();
  const bool indented_item = indented || list_margin_.has_value();
  const bool same_page = last_->page == l.page;
  const bool gap = same_page && advance(*last_, l) > sp.threshold(last_->size);
  const double slack = l.estimated ? tuning::estimated_fit_slack * std::max(right_edge - column_left, 0.0) : 0;
  const double room = right_edge - 0.5 - slack - (last_->x1 + tuning::space_width * last_->size);
  // A word's tail fitted where its word ended: the word was broken at the edge, not the line.
  const bool would_fit = l.first_width <= room && !((starts_with_word_tail(l.text) || broken_before_ia(last_->text, l.text)) &&
                                                     last_->text.find(' ') == std::string::npos);
  bool bullet = l.bullet;
  if (l.dash && !bullet) {
    // "- " starts an item only where the line was broken on purpose: its first words would have
    // fitted on the line before, or that line ends a clause (a list after "Medios de Verificación:").
    bool deliberate = gap || in_item_ || l.second_end <= room || ends_clause(last_->text);
    if (deliberate && l.x0 <= column_left + 1.5) bullet = true;
  }
  if (bullet) {
    close_item();
    start(l, true);
    return;
  }
  if (gap) {
    close_item();
    // An indented line that starts with a cell label starts its field, not a list item.
    if (indented_item && !labelled()) {
      start(l, true, true);
      return;
    }
    c_.add_break(l.where, true);
    start(l);
    return;
  }
  if (in_item_) {
    // A bulleted item's lines hang right of its bullet, wherever the column's edge was measured.
    const bool hangs = !markerless_ && l.x0 > item_x0_ + tuning::indent_min;
    if (indented_item || hangs) {
      // The previous item ended short, or ended as list items end (";" or "."): a new one.
      // On a text grid the fit is an estimate: an item's long line that ends in a word, then a line
      // in lower case, runs on ("Guía metodológica del módulo" / "de habilidades transversales;").
      // An item's line that ends in a function word ("del", "la") ends no item: the line after it goes
      // on with it, short as the line is, whatever it starts with ("de la" / "Dirección Nacional").
      const std::size_t last_space = item_.rfind(' ');
      const bool ends_function_word =
          last_space != std::string::npos && is_function_word(std::string_view(item_).substr(last_space + 1));
      // An item that starts with a capital has siblings that start with one: a line in lower case after
      // it, the item not ended as items end, goes on with it ("Reporte de cupos asignados," / "temporada
      // 2009").
      const bool capital_item = starts_upper(item_) && !starts_digit(item_);
      const bool long_line = l.estimated && is_letter_byte(item_.empty() ? ' ' : item_.back()) &&
                             last_->x1 - item_x0_ >= tuning::grid_long_line * (right_edge - item_x0_);
      const bool runs_on =
          !item_.empty() &&
          (ends_function_word ||
           (starts_lower(l.text) && ((capital_item && !ends_clause(item_) && !ends_sentence(item_)) || long_line)));
      if (markerless_ && labelled()) {  // a label ends an item known only by its indent
        close_item();
        c_.add_break(l.where);
        start(l);
        return;
      }
      if (markerless_ && !runs_on_in_quotation(quote_depth_ > 0, l.text) &&
          ((would_fit && !runs_on) || ends_clause(item_) || ends_sentence(item_))) {
        close_item();
        start(l, true, true);
        return;
      }
      // An item known only by its indent (its bullet drawn, not written) and a line that starts with a
      // capital, the item not ended: a wrapped line or the next item; the page does not tell (but an
      // item does not end in a function word: "de la" / "Dirección Nacional" runs on).
      const bool capital_next = markerless_ && !ends_function_word && starts_upper(l.text) && !starts_digit(l.text) &&
                                !labelled() && !is_label_start(l.text, label_context::cell);
      // The words do: a line that ends in a word in lower case or a figure, then a capital that is no
      // acronym, is no name running on ("Contraloría" / "General de la República" is): the next item
      // of a list of documents ("Informe del cruce de bases de datos" / "Oficio N° 2.406 ...").
      if (capital_next && ends_lower_word(item_) && !starts_acronym(l.text)) {
        doubtful_.push_back({l.where, item_, std::string(l.text), l.estimated, doubtful_join::kind::item_split});
        close_item();
        start(l, true, true);
        return;
      }
      if (capital_next)
        doubtful_.push_back({l.where, item_, std::string(l.text), l.estimated, doubtful_join::kind::item});
      join(item_, l);
      ++item_lines_;
      last_ = &l;
      return;
    }
    // A typed bullet's item wraps back to the bullet, not right of it ("• enseñanza básica, desde el"
    // / "año escolar 2008;"): an item that has not ended as items end (";", ".", ":") runs on into a
    // line that would not have fitted on its last, or that starts in lower case.
    const bool wrapped_back = !would_fit && !ends_clause(item_) && !ends_sentence(item_) &&
                              !starts_enumerator(l.text) && !labelled();
    if (!markerless_ && (runs_on_into_item(item_, l.text) || wrapped_back)) {
      join(item_, l);
      ++item_lines_;
      last_ = &l;
      return;
    }
    // The indented line came right after a list item: the list goes on (a sub-item, indented further
    // than its siblings), not a paragraph's first line.
    const bool after_item = !c_.fragments.empty() && c_.fragments.back().type == fragment::kind::list_item;
    if (markerless_ && item_lines_ == 1 && !would_fit && !labelled() && !after_item) {
      // One indented line, then text at the margin that continues it: a first-line indent. (A line
      // that starts with a cell label continues nothing.)
      c_.add_break(item_at_);
      c_.add_text(item_, item_at_);
      text_end_ = item_;
      item_.clear();
      in_item_ = false;
      markerless_ = false;
    } else {
      close_item();
      c_.add_break(l.where);
      start(l);
      return;
    }
  } else if (indented_item && !labelled() && (would_fit || !same_page || introduces_list(text_end_))) {
    start(l, true, true);
    return;
  }
  // A text grid keeps no paragraph spacing, nor does a page's top: a typed list's next item ("b) ",
  // "ii. ") after a line that ends a clause or a sentence starts a paragraph.
  if ((l.estimated || !same_page) && starts_enumerator(l.text) && (ends_clause(text_end_) || ends_sentence(text_end_))) {
    c_.add_break(l.where, true);
    start(l);
    return;
  }
  // Across a page break, in PDFs that do not print the row number again (other producers), a line
  // that ends a sentence most often ends its paragraph as well; nothing else tells. A colon or
  // semicolon does not: it runs on ("nuevos socios: INDAP, SENCE, ...").
  // Nor does a line that starts with a digit: "Dic." / "2000" is an abbreviation and its year.
  // In a document that sets its paragraphs apart, a line level with the row's other columns at the
  // new page's top has no paragraph spacing above it (word processors keep it there).
  const bool level = !same_page && level_page_ == l.page && !l.estimated && sp.spaces_paragraphs(last_->size) &&
                     l.top - level_top_ <= std::max(1.0, tuning::continued_top_drop * l.size);
  // Where the document sets its paragraphs apart, a short line with no such gap after it on the same
  // page ends a line broken on purpose, not a paragraph. (Over a page break the gap is not seen:
  // browsers drop a paragraph's spacing at a page's top.) A text grid keeps a paragraph's spacing only
  // as blank rows, learnt between a sentence's end and a capital: there, a short line that ends a
  // sentence with no blank row after it, and a capital, is a line broken on purpose. (After a clause's
  // end, or before a figure, a sign or a cell label, the grid's rows tell nothing of the spacing.)
  const bool sentence_pair = ends_sentence(text_end_) && !ends_clause(text_end_) && starts_upper(l.text) &&
                             !starts_digit(l.text) && !labelled();
  const bool gaps_tell = same_page && (l.estimated ? sp.grid_spaces_paragraphs() && sentence_pair
                                                   : sp.spaces_paragraphs(last_->size));
  // The column's measure lies between its widest line on the page (`right_edge`) and the least right
  // end a wrapped line's next word would have had there (`wrap_bound`). A line that ends a sentence
  // near or at the widest (a cell wider than its text, as a spreadsheet's; or, on a text grid, a
  // widest line the estimate overshot), then a capital whose first word would have ended short of that
  // bound (on a text grid, by the fit's slack): the word would have fitted, a new paragraph.
  const bool fits_measure = same_page && wrap_bound > 0 && sentence_pair &&
                            last_->x1 + tuning::space_width * last_->size + l.first_width < wrap_bound - 0.5 - slack;
  // A line ending in a colon introduces what follows it: a line after it that is no list item (its
  // marker or enumerator would have told) and no labelled paragraph goes on with it, short as the
  // colon's line is ("Meta 2008:" / "90% de los predios."). Over a page break, only where the line
  // does not start with a capital: after a colon a sentence goes on in lower case, so a capital at a
  // page's top starts a paragraph ("Específicamente:" / "El actual componente"), a figure does not
  // ("Resultados:" / "72% de las vías").
  const bool capital = starts_upper(l.text) && !starts_digit(l.text);
  const bool colon_runs_on = (same_page || !capital) && introduces_list(text_end_) &&
                             !starts_enumerator(l.text) && !labelled();
  const bool sentence_end_at_break = !same_page && !level && ends_sentence(text_end_) && !ends_clause(text_end_) &&
                                     starts_upper(l.text) && !starts_digit(l.text);
  // On a text grid the fit is an estimate a few cells either way, and a paragraph starts with a
  // capital: a line in lower case after a line that ended no sentence, or only a clause, goes on with
  // it ("se encuentra en preparación;" / "su publicación se retrasó").
  const bool grid_lower_runs_on =
      l.estimated && same_page && starts_lower(l.text) && (ends_clause(text_end_) || !ends_sentence(text_end_));
  if (!same_page && top_page_ == l.page) {
    // Our own PDFs print the row number again at the top of a continued row and keep the
    // paragraph spacing above a paragraph that starts there: the geometry tells, no guess.
    if (l.top - top_ > std::max(1.0, tuning::continued_top_drop * l.size)) {
      c_.add_break(l.where, true);
      start(l);
      return;
    }
  } else if (((would_fit || fits_measure) && !joins_without_space(text_end_, l.text, dashes_) &&
              !runs_on_in_quotation(quote_depth_ > 0, l.text) &&
              !gaps_tell && !colon_runs_on && !grid_lower_runs_on) ||
             sentence_end_at_break) {
    // A page that ends on a short line and a next page that starts with a capital: a new
    // paragraph even after "cumplido" with no full stop (the grammar would join a soft break).
    c_.add_break(l.where, !same_page && would_fit && starts_upper(l.text));
    start(l);
    return;
  }
  // In a PDF that does not set its paragraphs apart, a full line that ends a sentence and a line
  // that starts with a capital may be one paragraph or two: nothing on the page tells. Joined, and
  // said (a forced line break inside a spreadsheet cell or an unspaced Word paragraph looks the same).
  // A line that starts with a cell label (or is a label's first words) starts a field of its own: no
  // doubt there.
  // Nor across a page break, where the line stands level with the row's other columns at the new
  // page's top: producers drop a paragraph's spacing there. (Not where the row's number is printed
  // again above it: our PDFs keep the spacing there, and it told.)
  const bool unseen_spacing = same_page ? !(l.estimated ? sp.grid_spaces_paragraphs() : sp.spaces_paragraphs(last_->size))
                                        : level && top_page_ != l.page;
  if (unseen_spacing && ends_sentence(text_end_) && !ends_clause(text_end_) && starts_upper(l.text) &&
      !starts_digit(l.text) && !runs_on_in_quotation(quote_depth_ > 0, l.text) && !labelled() &&
      !is_label_start(l.text, label_context::cell)) {
    doubtful_join j{l.where, text_end_, std::string(l.text), l.estimated};
    j.across_pages = !same_page;
    doubtful_.push_back(std::move(j));
  }
  std::string t;
  const word_break broken = broken_word(*last_, l, right_edge);
  if (broken == word_break::doubtful)
    doubtful_.push_back({l.where, std::string(last_->text), std::string(l.text), l.estimated, doubtful_join::kind::word});
  if (!joins_without_space(text_end_, l.text, dashes_) && broken != word_break::broken) t += ' ';
  t += l.text;
  c_.add_text(std::move(t), l.where);
  text_end_ = l.text;
  quote_depth_ += quote_balance(l.text);
  dashes_ = add_dashes(dashes_, l.text);
  last_ = &l;
}

void cell_builder::content_top(int page, double top) {
  top_page_ = page;
  top_ = top;
}

void cell_builder::level_top(int page, double top) {
  level_page_ = page;
  level_top_ = top;
}

cell cell_builder::finish() {
  close_item();
  return std::move(c_);
}

void cell_builder::start(const cell_line& l, bool bullet, bool markerless) {
  markerless_ = markerless;
  quote_depth_ = quote_balance(l.text);
  dashes_ = add_dashes({0, false}, l.text);
  item_lines_ = 1;
  std::string text(l.text);
  if (l.dash && bullet) {
    std::size_t sp = text.find(' ');
    text = sp == std::string::npos ? std::string() : text.substr(sp + 1);
  } else if (markerless) {
    text = without_typed_o_marker(text);
  }
  if (bullet || l.bullet) {
    in_item_ = true;
    item_x0_ = l.x0;
    item_ = std::move(text);
    item_at_ = l.where;
  } else {
    text_end_ = text;
    c_.add_text(std::move(text), l.where);
  }
  last_ = &l;
}

void cell_builder::join(std::string& into, const cell_line& l) {
  if (!joins_without_space(into, l.text, dashes_)) into += ' ';
  into += l.text;
  quote_depth_ += quote_balance(l.text);
  dashes_ = add_dashes(dashes_, l.text);
}

void cell_builder::close_item() {
  if (!in_item_) return;
  c_.add_list_item(std::move(item_), item_at_);
  item_.clear();
  in_item_ = false;
}

bool single_valued(field f) { return f == field::responsible || f == field::due || f == field::status; }

cell one_paragraph(const std::vector<const cell_line*>& lines, field f) {
  cell c;
  if (lines.empty()) return c;
  std::string text;
  const cell_line* before = nullptr;
  for (const cell_line* l : lines) {
    // ("Subsecretarí" / "a de Redes": one word broken at a narrow column's edge)
    const bool broken = before && before->text.find(' ') == std::string::npos && broken_before_ia(before->text, l->text);
    if (!text.empty() && !joins_without_space(text, l->text) && !broken) text += ' ';
    text += l->text;
    before = l;
  }
  if (f == field::status && lines.size() <= 4 && !parse_status(text)) {
    // Each break between a letter and a lower-case letter either way; the first that reads.
    std::vector<std::size_t> breaks;
    for (std::size_t k = 1; k < lines.size(); ++k)
      if (is_letter_byte(lines[k - 1]->text.back()) && starts_lower(lines[k]->text)) breaks.push_back(k);
    for (unsigned mask = 1; mask < (1u << breaks.size()); ++mask) {
      std::string t(lines.front()->text);
      for (std::size_t k = 1; k < lines.size(); ++k) {
        const auto at = std::find(breaks.begin(), breaks.end(), k);
        if (at == breaks.end() || !(mask & (1u << static_cast<unsigned>(at - breaks.begin())))) t += ' ';
        t += lines[k]->text;
      }
      if (parse_status(t)) {
        text = std::move(t);
        break;
      }
    }
  }
  c.add_text(std::move(text), lines.front()->where);
  return c;
}

void add_own_cell(cell& into, field f, const cell& own) {
  if (own.empty()) return;
  source_position at = own.where;
  for (const auto& fr : own.fragments)
    if (!at.known()) at = fr.where;
  into.add_label(f, at);  // a paragraph of its own
  into.fragments.insert(into.fragments.end(), own.fragments.begin(), own.fragments.end());
}

}  // namespace informe::detail::layout
