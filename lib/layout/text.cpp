#include "layout/text.hpp"

#include <cstdint>

#include "core/byte_scan.hpp"
#include "core/unicode.hpp"
#include "grammar/labels.hpp"
#include "grammar/lexicon.hpp"

namespace informe::detail::layout {

char32_t first_code_point(std::string_view s, std::size_t* length) {
  if (s.empty()) {
    if (length) *length = 0;
    return 0;
  }
  auto b = static_cast<unsigned char>(s[0]);
  std::size_t n = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
  if (n > s.size()) n = s.size();
  char32_t c = n == 1 ? b : n == 2 ? (b & 0x1F) : n == 3 ? (b & 0x0F) : (b & 0x07);
  for (std::size_t i = 1; i < n; ++i) c = (c << 6) | (static_cast<unsigned char>(s[i]) & 0x3F);
  if (length) *length = n;
  return c;
}

bool single_code_point(std::string_view s) {
  std::size_t n = 0;
  first_code_point(s, &n);
  return n > 0 && n == s.size();
}

bool is_bullet_char(char32_t c) {
  return c == 0x2022 || c == 0x25CF || c == 0x25E6 || c == 0x25AA || c == 0x25A0 || c == 0x2023 ||
         c == 0x2219 || c == 0x00B7 || c == 0xF0B7 || c == 0xF0A7 || c == 0x2043 || c == 0xF0A8 ||
         c == 0xF06E || c == 0x25AB || c == 0x25CB;
}

bool is_dash_marker(std::string_view w) { return w == "-" || w == "\xE2\x80\x93" || w == "*"; }

bool starts_upper(std::string_view s) {
  if (s.empty()) return false;
  char32_t c = first_code_point(s);
  if (c >= '0' && c <= '9') return true;
  if (c >= 'A' && c <= 'Z') return true;
  return c == U'Á' || c == U'É' || c == U'Í' || c == U'Ó' || c == U'Ú' || c == U'Ñ' || c == U'Ü' ||
         c == U'¿' || c == U'¡' || c == U'«' || c == U'"' || c == U'“' || c == U'‘';
}

std::string_view without_typed_o_marker(std::string_view item) {
  if (item.size() > 2 && item[0] == 'o' && item[1] == ' ' && item[2] != ' ') return item.substr(2);
  return item;
}

bool ends_clause(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return !s.empty() && (s.back() == ':' || s.back() == ';');
}

bool starts_digit(std::string_view s) { return !s.empty() && s.front() >= '0' && s.front() <= '9'; }

bool starts_lower(std::string_view s) {
  const char32_t c = first_code_point(s);
  return (c >= 'a' && c <= 'z') || c == U'á' || c == U'é' || c == U'í' || c == U'ó' || c == U'ú' || c == U'ñ' ||
         c == U'ü';
}

bool starts_enumerator(std::string_view s) {
  std::size_t n = 0;
  while (n < s.size() && n < 4 && s[n] >= 'a' && s[n] <= 'z') ++n;
  const bool letters = n == 1 || (n > 1 && s.substr(0, n).find_first_not_of("ivx") == std::string_view::npos);
  if (n == 0)
    while (n < s.size() && n < 2 && s[n] >= '0' && s[n] <= '9') ++n;
  if (n == 0 || (!letters && !(s[0] >= '0' && s[0] <= '9'))) return false;
  return n + 1 < s.size() && (s[n] == ')' || s[n] == '.') && s[n + 1] == ' ';
}

bool runs_on_in_quotation(bool in_quotation, std::string_view after) { return in_quotation && starts_lower(after); }

int quote_balance(std::string_view s) {
  namespace scan = byte_scan;
  int n = 0;
  for (std::size_t i = 0; i + 1 < s.size(); ++i) {
    // Eight bytes at once where none starts a quotation mark (E2 or C2): most of a text. (Where
    // all eight are ASCII, one test tells.)
    for (std::uint64_t w; i + 8 <= s.size() && (!scan::any_high(w = scan::load(s, i)) ||
                                                (!scan::any_equal(w, 0xE2) && !scan::any_equal(w, 0xC2)));)
      i += 8;
    if (i + 1 >= s.size()) break;
    // “ E2 80 9C, ” E2 80 9D, « C2 AB, » C2 BB
    if (s[i] == '\xE2' && i + 2 < s.size() && s[i + 1] == '\x80') n += s[i + 2] == '\x9C' ? 1 : s[i + 2] == '\x9D' ? -1 : 0;
    if (s[i] == '\xC2') n += s[i + 1] == '\xAB' ? 1 : s[i + 1] == '\xBB' ? -1 : 0;
  }
  return n;
}

bool is_letter_byte(char c) {
  auto b = static_cast<unsigned char>(c);
  return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || b >= 0x80;
}

aside_dashes add_dashes(aside_dashes before, std::string_view text) {
  for (std::size_t at = text.find("\xE2\x80\x94"); at != std::string_view::npos; at = text.find("\xE2\x80\x94", at + 3)) {
    ++before.count;
    before.spaced = at + 3 >= text.size() || text[at + 3] == ' ';
  }
  return before;
}

bool joins_without_space(std::string_view before, std::string_view after, aside_dashes dashes) {
  // In Spanish the dash that closes an aside sticks to the word before it ("del año— quedó"); a dash
  // that opens one stands after a space, and so does one that closes an aside opened by a spaced dash
  // ("bibliotecas — horas de uso, usuarios nuevos — y").
  if (after.rfind("\xE2\x80\x94", 0) == 0 && (after.size() == 3 || after[3] == ' ' || after[3] == ',' ||
                                               after[3] == '.' || after[3] == ';' || after[3] == ':'))
    return dashes.open() && !dashes.spaced && !before.empty() && before.back() != ' ';
  if (before.size() < 2 || after.empty()) return false;
  auto is_digit = [](char c) { return c >= '0' && c <= '9'; };
  // A punctuation mark wrapped onto a line of its own in a narrow column ("independientes" + ";"):
  // it closes the word before it, as no Spanish text sets it apart.
  if ((after.front() == ';' || after.front() == ',' || after.front() == '.' || after.front() == ':' ||
       after.front() == ')' || after.front() == '?' || after.front() == '!') &&
      (after.size() == 1 || after[1] == ' ') && (is_letter_byte(before.back()) || is_digit(before.back())))
    return true;
  // "2005–" + "2007": a range broken after its en dash; "CONADI–" + "INDAP": two names it joins. An
  // en dash set apart by spaces ("texto – otro") has a space before it.
  if (before.size() >= 4 && before.compare(before.size() - 3, 3, "\xE2\x80\x93") == 0) {
    const char prior = before[before.size() - 4];
    return (is_digit(prior) || is_letter_byte(prior)) && (is_digit(after.front()) || is_letter_byte(after.front()));
  }
  char last = before.back();
  if (last != '-' && last != '/') return false;
  const char prior = before[before.size() - 2];
  // "31-03-" + "2009": a date broken after a hyphen; "587-112-" + "LP06": a code.
  if (is_digit(prior)) return is_digit(after.front()) || is_letter_byte(after.front());
  return is_letter_byte(prior) && (is_letter_byte(after.front()) || is_digit(after.front()));
}

std::string digits_blurred(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  auto is_digit = [](char c) { return c >= '0' && c <= '9'; };
  for (std::size_t i = 0; i < s.size();) {
    // A run of other characters, copied at once, then a run of digits, one '#'.
    std::size_t j = i;
    while (j < s.size() && !is_digit(s[j])) ++j;
    out.append(s.substr(i, j - i));
    if (j == s.size()) break;
    out += '#';
    while (j < s.size() && is_digit(s[j])) ++j;
    i = j;
  }
  return out;
}

std::string folded_short(std::string_view s, std::size_t limit) {
  if (s.size() > limit) return {};
  return fold(s);
}

bool starts_title(std::string_view text) {
  const lexicon& lex = active_lexicon();
  if (!text.empty() && !lex.may_start_title(text.front())) return false;  // before the fold: most lines stop here
  std::string head = folded_short(text.substr(0, std::min<std::size_t>(text.size(), 60)));
  return lex.starts_title(head);
}

bool starts_header(std::string_view text) {
  return starts_title(text) || leading_label(text, label_context::header).has_value();
}

}  // namespace informe::detail::layout
