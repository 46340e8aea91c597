#include "grammar/dates.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/spanish.hpp"
#include "core/unicode.hpp"

namespace informe::detail {

namespace {

struct token {
  bool number = false;
  std::string_view text;
  int value = 0;  // numbers only
};

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_word_byte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

// At most nine tokens (eight, and a mark that there were more), without allocation.
struct token_list {
  std::array<token, 9> items{};
  std::size_t count = 0;

  void push_back(const token& t) { items[count++] = t; }
  std::size_t size() const { return count; }
  const token& operator[](std::size_t i) const { return items[i]; }
  const token* begin() const { return items.data(); }
  const token* end() const { return items.data() + count; }
};

// Splits a date's wording into numbers and words; stops where a time starts (a number followed by
// ':') or at ';'. `time_start` receives the offset of the time, or npos.
token_list tokenize(std::string_view s, std::size_t* time_start = nullptr) {
  token_list out;
  if (time_start) *time_start = std::string_view::npos;
  std::size_t i = 0;
  while (i < s.size() && out.size() < 8) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == ';') {
      if (time_start) *time_start = i + 1;
      return out;
    }
    if (is_digit(static_cast<char>(c))) {
      std::size_t j = i;
      while (j < s.size() && is_digit(s[j])) ++j;
      std::size_t k = j;
      while (k < s.size() && s[k] == ' ') ++k;
      if (k < s.size() && s[k] == ':') {
        if (time_start) *time_start = i;
        return out;
      }
      token t{true, s.substr(i, j - i), 0};
      if (j - i <= 4) {
        for (char d : t.text) t.value = t.value * 10 + (d - '0');
      } else {
        t.value = -1;
      }
      out.push_back(t);
      i = j;
    } else if (is_word_byte(c)) {
      std::size_t j = i;
      while (j < s.size() && is_word_byte(static_cast<unsigned char>(s[j]))) ++j;
      out.push_back({false, s.substr(i, j - i), 0});
      i = j;
    } else {
      ++i;
    }
  }
  if (i < s.size()) out.push_back({false, "<too long>", 0});
  return out;
}

// spanish_month with a small per-thread memory: reports use a handful of month words.
std::optional<int> month_of(std::string_view word) {
  thread_local std::unordered_map<std::string, std::optional<int>> cache;
  std::string key(word);
  if (auto it = cache.find(key); it != cache.end()) return it->second;
  std::optional<int> m = spanish_month(word);
  if (cache.size() < 512) cache.emplace(std::move(key), m);
  return m;
}

}  // namespace

std::optional<std::string> rejoin_broken_month(std::string_view text) {
  auto letters = [](std::string_view w) {
    return !w.empty() && w.size() <= broken_month_piece_bytes &&
           std::all_of(w.begin(), w.end(), [](char c) { return is_word_byte(static_cast<unsigned char>(c)) && !(c >= '0' && c <= '9'); });
  };
  std::size_t at = 0;
  while (at < text.size()) {
    const std::size_t space = text.find(' ', at);
    if (space == std::string_view::npos) break;
    const std::size_t next_end = std::min(text.find(' ', space + 1), text.size());
    const std::string_view a = text.substr(at, space - at), b = text.substr(space + 1, next_end - space - 1);
    if (letters(a) && letters(b) && !month_of(b) && month_of(std::string(a) + std::string(b))) {
      std::string out(text);
      out.erase(space, 1);
      return out;
    }
    at = space + 1;
  }
  return std::nullopt;
}

namespace {

bool filler(std::string_view word) {
  return word == "de" || word == "del" || word == "De" || word == "DE" || word == "DEL" || word == "Del";
}

std::optional<partial_date> from_tokens(const token_list& tokens) {
  token_list t;
  for (const auto& k : tokens) {
    if (!k.number && filler(k.text)) continue;
    t.push_back(k);
  }
  auto num = [&](std::size_t i, std::size_t min_digits, std::size_t max_digits) {
    return i < t.size() && t[i].number && t[i].text.size() >= min_digits && t[i].text.size() <= max_digits;
  };
  auto month_word = [&](std::size_t i) -> int {
    if (i >= t.size() || t[i].number || t[i].text.size() > 40) return 0;
    auto m = month_of(t[i].text);
    return m ? *m : 0;
  };
  partial_date d;
  if (t.size() == 3 && num(0, 1, 2) && num(1, 1, 2) && num(2, 4, 4)) {
    d = {t[2].value, t[1].value, t[0].value};
  } else if (t.size() == 3 && num(0, 4, 4) && num(1, 1, 2) && num(2, 1, 2)) {
    d = {t[0].value, t[1].value, t[2].value};
  } else if (t.size() == 3 && num(0, 1, 2) && month_word(1) && num(2, 4, 4)) {
    d = {t[2].value, month_word(1), t[0].value};
  } else if (t.size() == 2 && num(0, 1, 2) && num(1, 4, 4)) {
    d = {t[1].value, t[0].value, 0};
  } else if (t.size() == 2 && month_word(0) && num(1, 4, 4)) {
    d = {t[1].value, month_word(0), 0};
  } else if (t.size() == 1 && num(0, 4, 4)) {
    d = {t[0].value, 0, 0};
  } else {
    return std::nullopt;
  }
  if (!d.valid()) return std::nullopt;
  return d;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// "17:06:25", "0:00:00", "17:06" -> fields; false when malformed.
bool parse_time(std::string_view s, int& h, int& m, int& sec) {
  s = trim(s);
  while (!s.empty() && (s.back() == '.' || s.back() == ' ')) s.remove_suffix(1);
  int parts[3] = {0, 0, 0};
  int count = 0;
  std::size_t i = 0;
  while (count < 3) {
    std::size_t j = i;
    while (j < s.size() && is_digit(s[j])) ++j;
    if (j == i || j - i > 2) return false;
    int v = 0;
    for (std::size_t k = i; k < j; ++k) v = v * 10 + (s[k] - '0');
    parts[count++] = v;
    if (j == s.size()) break;
    if (s[j] != ':') {
      // allow a trailing "hrs" or similar word after a space
      std::string_view rest = trim(s.substr(j));
      if (!rest.empty() && !is_digit(rest.front())) break;
      return false;
    }
    i = j + 1;
  }
  if (count < 2) return false;
  h = parts[0];
  m = parts[1];
  sec = parts[2];
  return h < 24 && m < 60 && sec < 60;
}

}  // namespace

std::optional<partial_date> parse_spanish_date(std::string_view text) {
  std::string cleaned = collapse_whitespace(text.substr(0, 200));
  if (text.size() > 200) return std::nullopt;
  if (auto iso = partial_date::from_iso(cleaned)) return iso;
  return from_tokens(tokenize(cleaned));
}

std::optional<date_time> parse_date_time(std::string_view text) {
  if (text.size() > 200) return std::nullopt;
  std::string cleaned = collapse_whitespace(text);
  if (auto iso = date_time::from_iso(cleaned)) return iso;
  std::size_t time_start = std::string_view::npos;
  auto date = from_tokens(tokenize(cleaned, &time_start));
  if (!date || date->day == 0) return std::nullopt;
  date_time out;
  out.date = *date;
  if (time_start != std::string_view::npos) {
    std::string_view rest = std::string_view(cleaned).substr(time_start);
    if (!trim(rest).empty() && !parse_time(rest, out.hour, out.minute, out.second)) return std::nullopt;
  }
  if (!out.valid()) return std::nullopt;
  return out;
}

bool time_cut_short(std::string_view text) {
  while (!text.empty() && (text.back() == ' ' || text.back() == '.')) text.remove_suffix(1);
  const std::size_t colon = text.rfind(':');
  if (colon == std::string_view::npos || colon == 0 || !is_digit(text[colon - 1])) return false;
  const std::string_view after = text.substr(colon + 1);
  return after.size() == 1 && is_digit(after[0]);
}

std::optional<partial_date> find_trailing_date(std::string_view text) {
  if (text.size() > 2000) text = text.substr(text.size() - 2000);
  std::string cleaned = collapse_whitespace(text);
  std::string_view s = cleaned;
  // The date follows the last " AL " (any case); else try the last one to five words.
  for (std::size_t pos = s.size(); pos > 0;) {
    std::size_t space = s.rfind(' ', pos - 1);
    if (space == std::string_view::npos) break;
    if (space >= 2) {
      std::string_view word = s.substr(space - 2, 2);
      bool boundary = space == 2 || s[space - 3] == ' ';
      if (boundary && (word == "AL" || word == "al" || word == "Al")) {
        if (auto d = parse_spanish_date(s.substr(space + 1))) return d;
        break;
      }
    }
    pos = space;
  }
  std::size_t start = s.size();
  for (int words = 0; words < 5 && start > 0; ++words) {
    std::size_t space = s.rfind(' ', start - 1);
    start = space == std::string_view::npos ? 0 : space;
    std::string_view tail = s.substr(start == 0 ? 0 : start + 1);
    if (auto d = parse_spanish_date(tail)) {
      // keep growing while a longer tail still parses ("30 de junio de 2009")
      std::optional<partial_date> best = d;
      std::size_t more = start;
      for (int extra = 0; extra < 4 && more > 0; ++extra) {
        std::size_t sp = s.rfind(' ', more - 1);
        more = sp == std::string_view::npos ? 0 : sp;
        if (auto longer = parse_spanish_date(s.substr(more == 0 ? 0 : more + 1))) best = longer;
      }
      return best;
    }
    if (start == 0) break;
  }
  return std::nullopt;
}

}  // namespace informe::detail
