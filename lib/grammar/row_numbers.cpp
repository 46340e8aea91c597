#include "grammar/row_numbers.hpp"

#include <array>
#include <string>

#include "grammar/labels.hpp"

namespace informe::detail {

namespace {

constexpr std::size_t max_parts = 3;

// A row number's parts as numbers; `count` 0 when `number` is none (digits and single periods,
// no final period).
struct parts {
  std::array<unsigned long long, max_parts> value{};
  std::size_t count = 0;
};

bool is_digit(char c) { return c >= '0' && c <= '9'; }

parts parts_of(std::string_view number) {
  parts p;
  std::size_t i = 0;
  while (i < number.size()) {
    if (p.count == max_parts) return {};
    const std::size_t start = i;
    unsigned long long v = 0;
    while (i < number.size() && is_digit(number[i]) && i - start < 18) v = v * 10 + static_cast<unsigned>(number[i++] - '0');
    if (i == start || (i < number.size() && number[i] != '.')) return {};
    p.value[p.count++] = v;
    if (i < number.size() && ++i == number.size()) return {};  // a final period
  }
  return p;
}

// The length of a sub-number at the start of `text` ("1.2", without a final period), 0 if none.
std::size_t sub_number_length(std::string_view text) {
  std::size_t i = 0, count = 0;
  while (true) {
    const std::size_t start = i;
    while (i < text.size() && is_digit(text[i])) ++i;
    const std::size_t digits = i - start;
    if (digits == 0 || digits > (count == 0 ? 3 : 2)) return 0;
    ++count;
    if (count == max_parts || i + 1 >= text.size() || text[i] != '.' || !is_digit(text[i + 1])) break;
    ++i;
  }
  if (i < text.size() && is_digit(text[i])) return 0;
  return count >= 2 ? i : 0;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Bytes of white space at `k` (a space, a tab, a no-break space), 0 if none.
std::size_t space_at(std::string_view text, std::size_t k) {
  if (k >= text.size()) return 0;
  if (is_space(text[k])) return 1;
  if (text.compare(k, 2, "\xC2\xA0") == 0) return 2;
  return 0;
}

}  // namespace

std::optional<std::string_view> row_number_text(std::string_view text) {
  if (!text.empty() && text.back() == '.') text.remove_suffix(1);
  if (text.empty()) return std::nullopt;
  std::size_t digits = 0;
  while (digits < text.size() && is_digit(text[digits])) ++digits;
  if (digits == text.size()) return digits <= 18 ? std::optional(text) : std::nullopt;
  if (sub_number_length(text) == text.size()) return text;
  return std::nullopt;
}

bool is_sub_number(std::string_view number) { return number.find('.') != std::string_view::npos; }

bool follows_in_sequence(std::string_view previous, std::string_view next) {
  parts before = previous.empty() ? parts{{0}, 1} : parts_of(previous);
  const parts after = parts_of(next);
  if (before.count == 0 || after.count == 0) return false;
  // Part k raised, the parts before it kept, the parts after it (if any) 1.
  for (std::size_t k = 0; k < before.count && k < after.count; ++k) {
    bool kept = true;
    for (std::size_t j = 0; j < k; ++j) kept = kept && after.value[j] == before.value[j];
    if (!kept || after.value[k] != before.value[k] + 1) continue;
    bool ones = true;
    for (std::size_t j = k + 1; j < after.count; ++j) ones = ones && after.value[j] == 1;
    if (ones) return true;
  }
  return false;
}

bool first_under(std::string_view previous, std::string_view next) {
  const parts before = parts_of(previous), after = parts_of(next);
  if (before.count == 0 || after.count != before.count + 1 || after.value[before.count] != 1) return false;
  for (std::size_t j = 0; j < before.count; ++j)
    if (after.value[j] != before.value[j]) return false;
  return true;
}

bool opens_next_in_sequence(std::string_view previous, std::string_view start) {
  const parts before = parts_of(previous);
  for (std::size_t k = 0; k < before.count; ++k) {
    std::string next;
    for (std::size_t j = 0; j < k; ++j) next += std::to_string(before.value[j]) + '.';
    next += std::to_string(before.value[k] + 1);
    for (const std::string& sub : {next, next + ".1", next + ".1.1"})
      if (sub.size() > start.size() && sub.compare(0, start.size(), start) == 0) return true;
  }
  return false;
}

bool same_row_number(std::string_view a, std::string_view b) {
  const parts x = parts_of(a), y = parts_of(b);
  return x.count > 0 && x.count == y.count && x.value == y.value;
}

std::optional<std::string_view> leading_sub_number(std::string_view text, std::size_t* length) {
  std::size_t start = 0;
  while (std::size_t n = space_at(text, start)) start += n;
  const std::size_t digits = sub_number_length(text.substr(start));
  if (digits == 0) return std::nullopt;
  std::size_t end = start + digits;
  if (end < text.size() && text[end] == '.') ++end;
  if (end < text.size() && space_at(text, end) == 0) return std::nullopt;
  while (std::size_t n = space_at(text, end)) end += n;
  if (length) *length = end;
  return text.substr(start, digits);
}

std::optional<std::string_view> leading_row_number_after(std::string_view text, std::string_view previous,
                                                         std::size_t* length) {
  if (auto n = leading_row_number(text, length)) return n;
  if (!previous.empty() && !is_sub_number(previous)) return std::nullopt;
  std::size_t end = 0;
  const auto number = leading_sub_number(text, &end);
  if (!number || !follows_in_sequence(previous, *number)) return std::nullopt;
  if (length) *length = end;
  return number;
}

}  // namespace informe::detail
