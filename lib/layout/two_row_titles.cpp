// Column titles over two rows: group titles above sub-titles (see two_row_titles.hpp).
#include "layout/two_row_titles.hpp"

#include <algorithm>
#include <array>

#include "grammar/ficha_labels.hpp"
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

std::optional<two_row_header> two_row_titles(const header_columns& groups, const line& sub, const line* below) {
  if (!groups.holds.empty() || sub.words.empty() || sub.text.size() > 200) return std::nullopt;
  const std::size_t first = groups.number ? 1 : 0;
  if (groups.groups.size() != first + 3) return std::nullopt;
  std::vector<word_group> subs = word_groups(sub);
  // A sub-title broken inside its word at a narrow column's edge ("Calificaci" over "ón"): the line
  // below holds only such ends, each under a sub-title and making it a column's title with it.
  bool glued = false;
  if (below != nullptr && !below->words.empty()) {
    std::vector<word_group> ends = word_groups(*below);
    std::vector<std::string> texts;
    for (const auto& g : subs) texts.push_back(g.text);
    glued = true;
    for (const auto& e : ends) {
      auto over = std::find_if(subs.begin(), subs.end(), [&](const word_group& g) {
        return e.x0 >= g.x0 && e.x1 <= g.x1 + tuning::broken_sub_title_reach * (g.x1 - g.x0);
      });
      const bool piece = e.to - e.from == 1 && !e.text.empty() && !(e.text[0] >= 'A' && e.text[0] <= 'Z');
      if (over == subs.end() || !piece) {
        glued = false;
        break;
      }
      std::string& t = texts[static_cast<std::size_t>(over - subs.begin())];
      if (match_column_title(t + e.text).which == field::none) {
        glued = false;
        break;
      }
      t += e.text;
    }
    if (glued)
      for (std::size_t k = 0; k < subs.size(); ++k) subs[k].text = texts[k];
  }
  // The number column's title merged down over both rows may stand on the sub-titles' line.
  std::optional<word_group> number;
  if (!groups.number && !subs.empty() && names_number_column(subs.front().text) &&
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
  const word_group* titles = &groups.groups[first];
  // The titles with sub-titles: all three, or (titles merged down over both rows beside titles over
  // sub-titles) those a sub-title stands under, its words overlapping the title's.
  std::array<bool, 3> over_subs{true, true, true};
  if (unnamed.size() < 3) {
    for (std::size_t t = 0; t < 3; ++t)
      over_subs[t] = std::any_of(subs.begin(), subs.end(), [&](const word_group& g) {
        return g.x0 < titles[t].x1 && g.x1 > titles[t].x0;
      });
  }
  const auto with_subs = static_cast<std::size_t>(std::count(over_subs.begin(), over_subs.end(), true));
  if (unnamed.empty() || unnamed.size() != with_subs || owns == 0 || owns + 3 > max_cells) return std::nullopt;
  // The first sub-title naming no column under each title that has sub-titles, left to right: right of
  // the title before it, left of the title after it.
  std::array<std::optional<std::size_t>, 3> title_sub;  // per title, its sub-title naming no column
  for (std::size_t t = 0, u = 0; t < 3; ++t) {
    if (!over_subs[t]) continue;
    const word_group& s = subs[unnamed[u]];
    if (t > 0 && s.x1 <= titles[t - 1].x1) return std::nullopt;
    if (t < 2 && s.x0 >= titles[t + 1].x0) return std::nullopt;
    title_sub[t] = unnamed[u++];
  }
  // Every sub-title stands right of the titles merged down before it and left of those after it.
  for (std::size_t t = 0; t < 3; ++t) {
    if (over_subs[t]) continue;
    for (const auto& g : subs)
      if (g.x0 < titles[t].x1 && g.x1 > titles[t].x0) return std::nullopt;
  }
  two_row_header out;
  out.head.number = groups.number || number;
  out.head.glued = groups.glued;
  out.below_glued = glued;
  if (groups.number || number) {
    out.head.groups.push_back(groups.number ? groups.groups[0] : *number);
    out.head.groups.back().from = out.head.groups.back().to = 0;
    out.head.holds.push_back(field::none);
  }
  // The sub-titles and the titles merged down, left to right.
  std::vector<std::pair<word_group, field>> columns;
  for (std::size_t k = 0; k < subs.size(); ++k) {
    word_group g = subs[k];
    for (std::size_t t = 0; t < 3; ++t)
      if (title_sub[t] == k) out.read_as_group.push_back({g, titles[t].text});
    columns.push_back({std::move(g), named[k]});
  }
  for (std::size_t t = 0; t < 3; ++t)
    if (!over_subs[t]) columns.push_back({titles[t], field::none});
  std::stable_sort(columns.begin(), columns.end(), [](const auto& a, const auto& b) { return a.first.x0 < b.first.x0; });
  for (auto& [g, which] : columns) {
    g.from = g.to = 0;  // no one line's words, as a band's titles
    out.head.groups.push_back(std::move(g));
    out.head.holds.push_back(which);
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
    // The line below the sub-titles, when close below them: the ends of sub-titles broken at a column's edge.
    const line* below = k + 1 < ls.size() && !ls[k + 1].skipped() && !headers[k + 1] && ls[k + 1].top > ls[k].top &&
                                ls[k + 1].top - ls[k].top <= tuning::header_band_advance * std::max(ls[k].size, 1.0)
                            ? &ls[k + 1]
                            : nullptr;
    auto read = two_row_titles(*headers[i], ls[k], below);
    if (!read) continue;
    headers[i] = std::move(read->head);
    ls[k].table_header = true;
    if (read->below_glued) ls[k + 1].table_header = true;
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
