// Word-level differences of two texts: a longest common subsequence over words and the spaces between.
#include <algorithm>
#include <cstdint>

#include "informe/compare.hpp"

namespace informe {

namespace {

// Past this many cells of the LCS table, the middle (after the common ends) is one replacement.
constexpr std::size_t max_table_cells = std::size_t{4} << 20;

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r'; }

// Words, runs of spaces, and each line break as a token of its own.
std::vector<std::string_view> tokens(std::string_view s) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t j = i + 1;
    if (s[i] == '\n') {
    } else if (is_space(s[i])) {
      while (j < s.size() && is_space(s[j])) ++j;
    } else {
      while (j < s.size() && s[j] != '\n' && !is_space(s[j])) ++j;
    }
    out.push_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

bool blank(std::string_view t) { return std::all_of(t.begin(), t.end(), is_space); }

struct op {
  diff_piece::kind type;
  std::string_view text;
};

// The edit script of a[a0..a1) -> b[b0..b1) by LCS, appended to `ops`.
void lcs_ops(const std::vector<std::string_view>& a, const std::vector<std::string_view>& b, std::size_t a0,
             std::size_t a1, std::size_t b0, std::size_t b1, std::vector<op>& ops) {
  const std::size_t n = a1 - a0, m = b1 - b0;
  if (n == 0 || m == 0 || n * m > max_table_cells) {
    for (std::size_t i = a0; i < a1; ++i) ops.push_back({diff_piece::kind::removed, a[i]});
    for (std::size_t j = b0; j < b1; ++j) ops.push_back({diff_piece::kind::added, b[j]});
    return;
  }
  // len[i][j]: LCS length of a[a0+i..a1) and b[b0+j..b1).
  std::vector<std::uint32_t> len((n + 1) * (m + 1), 0);
  auto at = [&](std::size_t i, std::size_t j) -> std::uint32_t& { return len[i * (m + 1) + j]; };
  for (std::size_t i = n; i-- > 0;)
    for (std::size_t j = m; j-- > 0;)
      at(i, j) = a[a0 + i] == b[b0 + j] ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
  std::size_t i = 0, j = 0;
  while (i < n && j < m) {
    if (a[a0 + i] == b[b0 + j]) {
      ops.push_back({diff_piece::kind::same, a[a0 + i]});
      ++i, ++j;
    } else if (at(i + 1, j) >= at(i, j + 1)) {
      ops.push_back({diff_piece::kind::removed, a[a0 + i++]});
    } else {
      ops.push_back({diff_piece::kind::added, b[b0 + j++]});
    }
  }
  for (; i < n; ++i) ops.push_back({diff_piece::kind::removed, a[a0 + i]});
  for (; j < m; ++j) ops.push_back({diff_piece::kind::added, b[b0 + j]});
}

}  // namespace

std::vector<diff_piece> diff_words(std::string_view before, std::string_view after) {
  const auto a = tokens(before), b = tokens(after);
  std::size_t pre = 0;
  while (pre < a.size() && pre < b.size() && a[pre] == b[pre]) ++pre;
  std::size_t suf = 0;
  while (suf < a.size() - pre && suf < b.size() - pre && a[a.size() - 1 - suf] == b[b.size() - 1 - suf]) ++suf;

  std::vector<op> ops;
  for (std::size_t i = 0; i < pre; ++i) ops.push_back({diff_piece::kind::same, a[i]});
  lcs_ops(a, b, pre, a.size() - suf, pre, b.size() - suf, ops);
  for (std::size_t i = a.size() - suf; i < a.size(); ++i) ops.push_back({diff_piece::kind::same, a[i]});

  // A space shared between two changes belongs to both ("[-a b-]{+x y+}", not "[-a-]{+x+} [-b-]{+y+}").
  std::vector<op> fixed;
  for (std::size_t k = 0; k < ops.size(); ++k) {
    bool between = ops[k].type == diff_piece::kind::same && blank(ops[k].text) && k > 0 && k + 1 < ops.size() &&
                   ops[k - 1].type != diff_piece::kind::same && ops[k + 1].type != diff_piece::kind::same;
    if (between) {
      fixed.push_back({diff_piece::kind::removed, ops[k].text});
      fixed.push_back({diff_piece::kind::added, ops[k].text});
    } else {
      fixed.push_back(ops[k]);
    }
  }

  // Each run of changes becomes one removed piece then one added piece.
  std::vector<diff_piece> out;
  for (std::size_t k = 0; k < fixed.size();) {
    if (fixed[k].type == diff_piece::kind::same) {
      std::string text;
      for (; k < fixed.size() && fixed[k].type == diff_piece::kind::same; ++k) text += fixed[k].text;
      out.push_back({diff_piece::kind::same, std::move(text)});
      continue;
    }
    std::string removed, added;
    for (; k < fixed.size() && fixed[k].type != diff_piece::kind::same; ++k)
      (fixed[k].type == diff_piece::kind::removed ? removed : added) += fixed[k].text;
    if (!removed.empty()) out.push_back({diff_piece::kind::removed, std::move(removed)});
    if (!added.empty()) out.push_back({diff_piece::kind::added, std::move(added)});
  }
  return out;
}

}  // namespace informe
