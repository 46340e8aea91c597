// Column titles over two rows: group titles above sub-titles (see two_row_titles.hpp).
#include "layout/two_row_titles.hpp"

#include <algorithm>

#include "grammar/labels.hpp"
#include "layout/tuning.hpp"

namespace informe::detail::layout {

namespace {

constexpr std::size_t max_sub_title_bytes = 40, max_sub_title_words = 4;

// A group that may be a sub-title: short, a few words, no digit (a row's number, date or figure).
bool may_be_sub_title(const word_group& g) {
  if (g.text.empty() || g.text.size() > max_sub_title_bytes || g.to - g.from > max_sub_title_words) return false;
  return std::none_of(g.text.begin(), g.text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

std::optional<two_row_header> two_row_titles(const header_columns& groups, const line& sub) {
  if (!groups.holds.empty() || sub.words.empty() || sub.text.size() > 200) return std::nullopt;
  const std::size_t first = groups.number ? 1 : 0;
  if (groups.groups.size() != first + 3) return std::nullopt;
  std::vector<word_group> subs = word_groups(sub);
  // The number column's title merged down over both rows may stand on the sub-titles' line.
  std::optional<word_group> number;
  if (!groups.number && !subs.empty() && is_number_title(subs.front().text) &&
      subs.front().x1 < groups.groups.front().x0) {
    number = subs.front();
    subs.erase(subs.begin());
  }
  std::vector<field> named(subs.size(), field::none);
  std::vector<std::size_t> unnamed;  // indices in subs, left to right
  for (std::size_t k = 0; k < subs.size(); ++k) {
    const word_group& s = subs[k];
    if (!may_be_sub_title(s) || column_header_cell(s.text) != column_cell::other) return std::nullopt;
    if (groups.number && s.x0 < groups.groups[0].x1) return std::nullopt;  // under the number column's title
    named[k] = match_column_title(s.text).which;
    if (named[k] == field::none) {
      unnamed.push_back(k);
    } else if (std::find(named.begin(), named.begin() + static_cast<std::ptrdiff_t>(k), named[k]) !=
               named.begin() + static_cast<std::ptrdiff_t>(k)) {
      return std::nullopt;  // two columns of one field
    }
  }
  const std::size_t owns = subs.size() - unnamed.size();
  if (unnamed.size() != 3 || owns == 0 || owns + 3 > max_cells) return std::nullopt;
  // The first sub-title naming no column under each title, left to right: right of the title before
  // it, left of the title after it.
  const word_group* titles = &groups.groups[first];
  for (std::size_t t = 0; t < 3; ++t) {
    const word_group& s = subs[unnamed[t]];
    if (t > 0 && s.x1 <= titles[t - 1].x1) return std::nullopt;
    if (t < 2 && s.x0 >= titles[t + 1].x0) return std::nullopt;
  }
  two_row_header out;
  out.head.number = groups.number || number;
  out.head.glued = groups.glued;
  if (groups.number || number) {
    out.head.groups.push_back(groups.number ? groups.groups[0] : *number);
    out.head.groups.back().from = out.head.groups.back().to = 0;
    out.head.holds.push_back(field::none);
  }
  for (std::size_t k = 0, t = 0; k < subs.size(); ++k) {
    word_group g = subs[k];
    if (named[k] == field::none) out.read_as_group.push_back({g, titles[t++].text});
    g.from = g.to = 0;  // no one line's words, as a band's titles
    out.head.groups.push_back(std::move(g));
    out.head.holds.push_back(named[k]);
  }
  return out;
}

void read_sub_titles(std::vector<line>& ls, std::vector<std::optional<header_columns>>& headers, int page_number,
                     diagnostics& diags) {
  for (std::size_t i = 0; i < ls.size(); ++i) {
    if (!headers[i]) continue;
    std::size_t k = i + 1;  // past the header's band and the number column's title's pieces
    while (k < ls.size() && ls[k].table_header && !headers[k]) ++k;
    if (k >= ls.size() || ls[k].skipped() || headers[k]) continue;
    const line& above = ls[k - 1];
    if (!(ls[k].top > above.top && ls[k].top - above.top <= tuning::header_band_advance * std::max(above.size, 1.0)))
      continue;
    auto read = two_row_titles(*headers[i], ls[k]);
    if (!read) continue;
    headers[i] = std::move(read->head);
    ls[k].table_header = true;
    for (const auto& r : read->read_as_group) {
      diagnostic d;
      d.level = severity::info;
      d.where = position_of(ls[k], page_number, r.sub_title.from);
      d.message = "column \"" + r.sub_title.text + "\" read as \"" + r.group_title + "\", the title above it";
      d.code = diagnostic_code::layout_inferred;
      d.content = r.sub_title.text;
      diags.add(std::move(d));
    }
  }
}

}  // namespace informe::detail::layout
