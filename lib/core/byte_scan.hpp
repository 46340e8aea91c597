// Eight bytes at a time: tests on a 64-bit word of text that let a scan skip all eight bytes when
// none of them is of interest (SWAR). Each test is exact about "some byte of the word is ...".
// Internal.
//
//     while (i + 8 <= s.size() && !byte_scan::any_below(byte_scan::load(s, i), 0x20)) i += 8;
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace informe::detail::byte_scan {

inline constexpr std::uint64_t ones = 0x0101010101010101ULL;
inline constexpr std::uint64_t highs = 0x8080808080808080ULL;

/// The eight bytes of `s` from `at` (at + 8 <= s.size()).
inline std::uint64_t load(std::string_view s, std::size_t at) {
  std::uint64_t w;
  std::memcpy(&w, s.data() + at, 8);
  return w;
}

/// Some byte of `w` is 0x80 or above (not ASCII).
constexpr bool any_high(std::uint64_t w) { return (w & highs) != 0; }

/// Some byte of `w` is below `n` (n at most 0x80).
constexpr bool any_below(std::uint64_t w, unsigned n) { return ((w - ones * n) & ~w & highs) != 0; }

/// Some byte of `w` is `b`.
constexpr bool any_equal(std::uint64_t w, unsigned char b) { return any_below(w ^ (ones * b), 1); }

/// Some byte of `w` is 0xE0 or above (the first byte of a three- or four-byte UTF-8 sequence).
constexpr bool any_from_e0(std::uint64_t w) { return (w & (w << 1) & (w << 2) & highs) != 0; }

/// Two neighbouring bytes of `w` are both spaces (0x20). Every byte of `w` must be ASCII.
constexpr bool any_adjacent_spaces(std::uint64_t w) {
  // 0x80 in each byte that is a space (exact: an ASCII byte plus 0x7F carries into no other byte).
  const std::uint64_t spaces = ~((w ^ (ones * 0x20)) + ones * 0x7F) & highs;
  return (spaces & (spaces << 8)) != 0;
}

/// 0x80 in each byte of `w` below `n` (n at most 0x80). Exact up to the first such byte in text
/// order: a byte after it may be flagged wrongly (a borrow), so only first_flagged() reads the result.
constexpr std::uint64_t below(std::uint64_t w, unsigned n) { return (w - ones * n) & ~w & highs; }

/// 0x80 in each byte of `w` equal to `b`, as exact as below().
constexpr std::uint64_t equal(std::uint64_t w, unsigned char b) { return below(w ^ (ones * b), 1); }

/// The index in text order of the first byte with 0x80 set in `flags` (made of the masks above or of
/// `w & highs`): 8 when none is.
inline unsigned first_flagged(std::uint64_t flags) {
  if (flags == 0) return 8;
  if constexpr (std::endian::native == std::endian::little) {
    return static_cast<unsigned>(std::countr_zero(flags)) / 8;
  } else {
    return static_cast<unsigned>(std::countl_zero(flags)) / 8;
  }
}

/// How many bytes at the start of `w` (in text order) are ASCII: 8 when all are.
inline unsigned ascii_prefix(std::uint64_t w) { return first_flagged(w & highs); }

/// How many bytes at the start of `w` (in text order) are visible ASCII (0x21 to 0x7E): 8 when all are.
inline unsigned visible_prefix(std::uint64_t w) { return first_flagged((w & highs) | below(w, 0x21) | equal(w, 0x7F)); }

/// How many bytes of `w` are UTF-8 continuation bytes (0x80 to 0xBF): the rest are characters'
/// first bytes, which is what a column counts.
constexpr unsigned count_trail(std::uint64_t w) {
  // Bit 7 set and bit 6 clear, one flag per byte; the multiplication sums the flags into the top byte.
  return static_cast<unsigned>((((w & ~(w << 1) & highs) >> 7) * ones) >> 56);
}

/// How many bytes of `s` from `from` to `to` are not UTF-8 continuation bytes: eight at a time.
inline std::size_t count_lead(std::string_view s, std::size_t from, std::size_t to) {
  std::size_t n = 0;
  for (; from + 8 <= to; from += 8) n += 8 - count_trail(load(s, from));
  for (; from < to; ++from) n += (static_cast<unsigned char>(s[from]) & 0xC0) != 0x80;
  return n;
}

}  // namespace informe::detail::byte_scan
