#include "grammar/labels.hpp"

#include <array>
#include <optional>
#include <string>

#include "core/unicode.hpp"
#include "grammar/lexicon.hpp"

namespace informe::detail {

namespace {

constexpr std::size_t max_label_words = 3;
constexpr std::size_t max_label_bytes = 64;

// "programa / institucion" -> "programa/institucion". In place.
void drop_spaces_beside_slashes(std::string& key) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < key.size(); ++i) {
    char c = key[i];
    if (c == ' ' && ((i + 1 < key.size() && key[i + 1] == '/') || (n > 0 && key[n - 1] == '/'))) continue;
    key[n++] = c;
  }
  key.resize(n);
}

// drop_spaces_beside_slashes (most keys have no slash: one search), and a final colon and spaces.
void normalise(std::string& key) {
  if (key.find('/') != std::string::npos) drop_spaces_beside_slashes(key);
  std::size_t n = key.size();
  while (n > 0 && (key[n - 1] == ':' || key[n - 1] == ' ')) --n;
  key.resize(n);
}

// The lookup key of a label's wording, in `key` (its storage reused).
void key_of(std::string_view label, std::string& key) {
  fold(label, key);
  normalise(key);
}

std::string key_of(std::string_view label) {
  std::string key;
  key_of(label, key);
  return key;
}

// The lookup key of `label` in this thread's scratch storage, valid until the next call: a label's
// key is mostly longer than a string's own room, and a reading looks up thousands (an allocation
// each cost more than the fold). Its callers only compare it (the lexicon's constructor, which runs
// inside a lookup the first time, makes its keys with key_of above, never here).
const std::string& scratch_key_of(std::string_view label) {
  thread_local std::string key;
  key_of(label, key);
  return key;
}

// fold() into this thread's scratch storage, valid until the next call (as scratch_key_of).
const std::string& scratch_fold(std::string_view text) {
  thread_local std::string folded;
  fold(text, folded);
  return folded;
}

// The labels of the active lexicon: built-in, historic and the wording the input was written with.
field lookup(std::string_view key, label_context context) { return active_lexicon().label_field(key, context); }

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool is_label_char(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80 || c == '/';
}

// Tries the label ending just before the colon at `colon`. Returns the match or field::none.
// `key` is scratch storage, reused from call to call.
label_match label_before(std::string_view text, std::size_t colon, label_context context, std::string& key) {
  const lexicon& lex = active_lexicon();
  std::size_t end = colon;
  while (end > 0 && text[end - 1] == ' ') --end;
  if (end == 0) return {};
  // Word starts, from the nearest back to max_label_words words.
  std::array<std::size_t, max_label_words> starts{};
  std::size_t count = 0;
  std::size_t i = end;
  // Never look further back than the longest label: a long run without spaces costs nothing.
  std::size_t limit = end > max_label_bytes ? end - max_label_bytes : 0;
  while (count < max_label_words && i > limit) {
    std::size_t word_end = i;
    while (i > limit && !is_space(text[i - 1])) --i;
    if (i == word_end) break;
    if (i == limit && limit > 0 && !is_space(text[i - 1])) break;  // the word is longer than any label
    starts[count++] = i;
    while (i > limit && is_space(text[i - 1])) --i;
  }
  if (count == 0) return {};
  // Fold the longest candidate once; try it and its shorter suffixes (longest first).
  for (std::size_t k = count; k-- > 0;) {
    std::size_t begin = starts[k];
    // Skip leading punctuation such as "(" or "*" or "-".
    while (begin < end && !is_label_char(static_cast<unsigned char>(text[begin]))) ++begin;
    if (begin >= end) continue;
    if (!lex.may_start_label(text[begin], context)) continue;  // before the fold: most words stop here
    // Only a word that is all letters can be the first word of a label.
    key_of(text.substr(begin, end - begin), key);
    field f = lex.label_field(key, context);
    if (f != field::none) return {f, begin, colon + 1};
  }
  return {};
}

}  // namespace

std::string label_key(std::string_view label) { return key_of(label); }

std::size_t table_column_of(field f) {
  switch (f) {
    case field::responsible: return 0;
    case field::due: return 1;
    default: return 2;
  }
}

field match_label(std::string_view label, label_context context) {
  if (label.size() > max_label_bytes + 8) return field::none;
  if (!label.empty() && !active_lexicon().may_start_label(label.front(), context)) return field::none;
  return lookup(scratch_key_of(label), context);
}

column_label match_column_title(std::string_view title) {
  if (title.size() > max_label_bytes + 8) return {};
  const lexicon& lex = active_lexicon();
  if (!title.empty() && !lex.may_start_column_field(title.front())) return {};  // before the fold
  const std::string& key = scratch_key_of(title);
  if (field f = lex.label_field(key, label_context::cell); f != field::none) return {f};
  return {lex.column_field(key)};
}

bool is_label_start(std::string_view text, label_context context) {
  if (text.empty() || text.size() > max_label_bytes || text.find(':') != std::string_view::npos) return false;
  if (!active_lexicon().may_start_label(text.front(), context)) return false;  // before the fold
  std::string key = key_of(text);
  while (!key.empty() && key.back() == ' ') key.pop_back();
  return active_lexicon().is_label_prefix(key, context);
}

std::vector<label_match> find_labels(std::string_view text, label_context context) {
  std::vector<label_match> out;
  thread_local std::string key;  // label_before's scratch (as scratch_key_of's): no string per call
  std::size_t from = 0;
  while (true) {
    std::size_t colon = text.find(':', from);
    if (colon == std::string_view::npos) break;
    from = colon + 1;
    // Times ("17:06") are not labels: a label ends in a letter.
    label_match m = label_before(text, colon, context, key);
    if (m.which == field::none) continue;
    if (!out.empty() && m.begin < out.back().end) continue;
    out.push_back(m);
  }
  return out;
}

std::optional<label_match> leading_label(std::string_view text, label_context context) {
  std::size_t start = 0;
  while (start < text.size() && is_space(text[start])) ++start;
  std::size_t colon = text.find(':', start);
  if (colon == std::string_view::npos || colon - start > max_label_bytes) return std::nullopt;
  if (!active_lexicon().may_start_label(text[start], context)) return std::nullopt;  // before the fold
  field f = lookup(scratch_key_of(text.substr(start, colon - start)), context);
  if (f == field::none) return std::nullopt;
  return label_match{f, start, colon + 1};
}

column_cell column_header_cell(std::string_view cell) {
  std::string_view t = cell;
  while (!t.empty() && (is_space(t.front()) || t.front() == '*')) t.remove_prefix(1);
  while (!t.empty() && (is_space(t.back()) || t.back() == '*' || t.back() == ':')) t.remove_suffix(1);
  if (t.empty()) return column_cell::empty;
  if (t.size() > 40) return column_cell::other;
  const lexicon& lex = active_lexicon();
  // Before the fold: most cells stop here (a title with a note starts as the title does).
  if (!lex.may_start_column_title(t.front())) return column_cell::other;
  if (lex.is_column_title(scratch_fold(t))) return column_cell::title;
  // A title with a note in parentheses, below it or after it: "Compromiso (Fecha de vencimiento)".
  if (t.back() == ')') {
    const std::size_t open = t.rfind('(');
    std::string_view title = open == std::string_view::npos ? std::string_view() : t.substr(0, open);
    while (!title.empty() && is_space(title.back())) title.remove_suffix(1);
    if (!title.empty() && lex.is_column_title(scratch_fold(title))) return column_cell::title;
  }
  return column_cell::other;
}

bool is_column_header(std::span<const std::string_view> cells) {
  std::size_t matched = 0;
  for (auto c : cells) {
    switch (column_header_cell(c)) {
      case column_cell::empty: break;
      case column_cell::title: ++matched; break;
      case column_cell::other: return false;
    }
  }
  return matched >= 2;
}

std::optional<std::string_view> leading_row_number(std::string_view text, std::size_t* length) {
  std::size_t i = 0;
  while (i < text.size() && is_space(text[i])) ++i;
  std::size_t start = i;
  while (i < text.size() && text[i] >= '0' && text[i] <= '9') ++i;
  std::size_t digits = i - start;
  // Any count of digits up to 18 (row 1,000,000 was once merged into the previous row in silence).
  if (digits == 0 || digits > 18) return std::nullopt;
  if (i >= text.size() || text[i] != '.') return std::nullopt;
  std::size_t after = i + 1;
  auto space_at = [&](std::size_t k) -> std::size_t {  // bytes of white space at k, 0 if none
    if (k >= text.size()) return 0;
    if (is_space(text[k])) return 1;
    if (text.compare(k, 2, "\xC2\xA0") == 0) return 2;
    return 0;
  };
  if (after < text.size() && space_at(after) == 0) return std::nullopt;
  std::size_t end = after;
  while (std::size_t n = space_at(end)) end += n;
  if (length) *length = end;
  return text.substr(start, digits);
}

}  // namespace informe::detail
