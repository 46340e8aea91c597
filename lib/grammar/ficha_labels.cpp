#include "grammar/ficha_labels.hpp"

#include <algorithm>
#include <string>

#include "core/unicode.hpp"
#include "grammar/lexicon.hpp"

namespace informe::detail {

namespace {

// Longer than any label of the vocabulary's (some 35 bytes) with room for blanks: a line of prose is
// no label, and is not folded.
constexpr std::size_t max_ficha_label_bytes = 80;

// The masculine ordinal "º" and the degree sign "°" both print the number sign ("Nº", "N°"): one key.
void same_ordinal(std::string& key) {
  for (std::size_t at = key.find("\xC2\xBA"); at != std::string::npos; at = key.find("\xC2\xBA", at + 2))
    key[at + 1] = '\xB0';
}

}  // namespace

std::string number_key(std::string_view wording) {
  std::string key = label_key(wording);
  same_ordinal(key);
  return key;
}

bool names_a_commitment(std::string_view text) {
  if (text.empty() || text.size() > max_ficha_label_bytes) return false;
  const std::string key = number_key(text);
  if (key.empty()) return false;
  const auto& keys = active_lexicon().number_keys();
  return std::find(keys.begin(), keys.end(), key) != keys.end();
}

bool names_number_column(std::string_view text) {
  if (text.size() > max_ficha_label_bytes) return false;
  while (!text.empty() && (text.front() == ' ' || text.front() == '*')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '*' || text.back() == ':' || text.back() == '.'))
    text.remove_suffix(1);
  if (text.empty()) return false;
  if (names_a_commitment(text)) return true;
  std::string key;
  for (char c : number_key(text))
    if (c != ' ' && c != '.') key += c;  // "N °" (pieces over two lines), "N.º", "Núm."
  // "n°", "no", "nro", "num": the number sign and the abbreviations of "número".
  static constexpr std::string_view abbreviations[] = {
      "n", "\xC2\xB0", "n\xC2\xB0", "no", "nro", "num", "numero", "#"};
  for (std::string_view a : abbreviations)
    if (key == a) return true;
  return false;
}

std::optional<ficha_label> match_ficha_label(std::string_view text) {
  if (text.empty() || text.size() > max_ficha_label_bytes) return std::nullopt;
  ficha_label out;
  if (names_a_commitment(text)) {
    out.number = true;
    return out;
  }
  const lexicon& lex = active_lexicon();
  const std::string key = label_key(text);
  if (lex.is_column_title(key)) {
    const auto t = lex.column_title(key);
    out.column = !t ? -1 : *t == term::column_recommendation ? 0 : *t == term::column_commitment ? 1 : 2;
    return out;
  }
  if (const field f = lex.label_field(key, label_context::cell); f != field::none) {
    out.which = f;
    return out;
  }
  return std::nullopt;
}

bool is_ficha_label_start(std::string_view text) { return is_label_start(text, label_context::cell); }

}  // namespace informe::detail
