#include "layout/read_layout.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <deque>
#include <memory_resource>
#include <optional>

#include "core/unicode.hpp"
#include "grammar/labels.hpp"
#include "layout/columns.hpp"
#include "layout/fichas.hpp"
#include "layout/furniture.hpp"
#include "layout/header_block.hpp"
#include "layout/lines.hpp"
#include "layout/rows.hpp"
#include "layout/header_grid.hpp"
#include "layout/side_column.hpp"
#include "layout/stacked_table.hpp"
#include "layout/text.hpp"
#include "layout/tuning.hpp"
#include "layout/two_row_titles.hpp"
#include "layout/untitled_table.hpp"

namespace informe::detail::layout {

namespace {

// A line of running text across two of the header's gaps or more (a note below the table): its word
// spaces would look like the least-covered stretch between columns, so the gutters are not measured
// on it. (Two columns' texts that touch cover one gap only.) Its runs of text are cut at gaps wider
// than twice its typical word space: full cells may stand closer than `group_gap` apart.
// The buffers are reused from line to line (one read_layout call's own, never shared).
class run_finder {
 public:
  bool runs_across(const line& l, const header_columns& h) {
    // A run lies within the line's words: a line that spans fewer than two gaps has none across.
    if (l.words.empty()) return false;
    // A text grid's line (build_lines'): its words sorted by x0, finite (the first starts it), and
    // x1 the largest of theirs and 0 (then, when positive, the largest of theirs).
    double x0 = l.words.front()->x0, x1 = l.x1;
    if (!l.on_grid() || !(x1 > 0)) {
      x1 = l.words.front()->x1;
      for (const word* w : l.words) {
        x0 = std::min(x0, w->x0);
        x1 = std::max(x1, w->x1);
      }
    }
    int spanned = 0;
    for (std::size_t k = 0; k + 1 < h.groups.size(); ++k)
      if (x0 < h.groups[k].x1 && x1 > h.groups[k + 1].x0) ++spanned;
    if (spanned < 2) return false;
    text_runs(l);
    for (const auto& g : runs_) {
      int covered = 0;
      for (std::size_t k = 0; k + 1 < h.groups.size(); ++k)
        if (g.x0 < h.groups[k].x1 && g.x1 > h.groups[k + 1].x0) ++covered;
      if (covered >= 2) return true;
    }
    return false;
  }

 private:
  void text_runs(const line& l) {
    gaps_.clear();
    for (std::size_t i = 1; i < l.words.size(); ++i) gaps_.push_back(l.words[i]->x0 - l.words[i - 1]->x1);
    const double group_gap = tuning::group_gap * std::max(l.size, 1.0);
    if (gaps_.size() < 3) {
      word_spans(l, group_gap, runs_);
      return;
    }
    std::nth_element(gaps_.begin(), gaps_.begin() + static_cast<std::ptrdiff_t>(gaps_.size() / 2), gaps_.end());
    const double cut = std::max(2 * gaps_[gaps_.size() / 2], tuning::space_width * std::max(l.size, 1.0));
    word_spans(l, std::min(cut, group_gap), runs_);
  }

  std::vector<double> gaps_;
  std::vector<word_group> runs_;
};

// Where a page's table text starts and ends, left to right.
struct extent {
  double x0 = 0, x1 = 0;
};

extent extent_of(const std::vector<const line*>& body) {
  extent e{1e18, -1e18};
  for (const line* l : body) {
    e.x0 = std::min(e.x0, l->x0);
    e.x1 = std::max(e.x1, l->x1);
  }
  return e;
}

// The header's titles moved from the table extent `from` to `to`, in proportion.
header_columns scaled(const header_columns& h, const extent& from, const extent& to) {
  if (from.x1 <= from.x0 || to.x1 <= to.x0) return h;
  const double k = (to.x1 - to.x0) / (from.x1 - from.x0);
  header_columns out = h;
  for (auto& g : out.groups) {
    g.x0 = to.x0 + (g.x0 - from.x0) * k;
    g.x1 = to.x0 + (g.x1 - from.x0) * k;
  }
  return out;
}

// How many of a header's columns are columns of their own ("Plazo").
std::size_t own_columns(const header_columns& h) {
  return static_cast<std::size_t>(std::count_if(h.holds.begin(), h.holds.end(), [](field f) { return f != field::none; }));
}

// The titles of columns of their own that end in a colon: a cell's label ("Medios de Verificación:").
std::size_t own_titles_with_colon(const header_columns& h) {
  std::size_t n = 0;
  for (std::size_t g = 0; g < h.holds.size() && g < h.groups.size(); ++g)
    n += h.holds[g] != field::none && !h.groups[g].text.empty() && h.groups[g].text.back() == ':' ? 1 : 0;
  return n;
}

// A header found on one line grows by a band around it only by pieces of its own titles; or by the
// titles of columns of their own ("FECHA DE" / "VENCIMIENTO" above and below the line), and then by
// the number column's beside them too ("N" / "°" left of "Calificació" / "n"). Not by a cell's label
// on the line above or below (a row's last "Medios de Verificación:" over a header repeated mid-page).
bool grows_by_pieces(const header_columns& found, const header_columns& band) {
  const std::size_t own = own_columns(found), more = own_columns(band);
  if (more == own) return band.groups.size() == found.groups.size();
  if (own_titles_with_colon(band) > own_titles_with_colon(found)) return false;
  auto three = [](const header_columns& h, std::size_t owns) { return h.groups.size() - owns - (h.number ? 1 : 0); };
  return three(band, more) == three(found, own);
}

// A line with two of the three columns' titles among its groups (`groups`: its word_groups).
bool holds_two_titles(const std::vector<word_group>& groups) {
  int titles = 0;
  for (const auto& g : groups) titles += column_header_cell(g.text) == column_cell::title ? 1 : 0;
  return titles >= 2;
}

}  // namespace

void read_layout(const std::vector<page>& pages, report_builder& builder, diagnostics& diags) {
  // The lines' word lists and texts, in one arena sized for the lists (a list and a text per line,
  // allocated and freed by the hundred thousand, cost more than the reading of many a line; the texts
  // take a buffer or two more); it outlives the lines.
  std::size_t word_count = 0;
  for (const auto& pg : pages) word_count += pg.words.size();
  std::pmr::monotonic_buffer_resource words_memory(word_count * sizeof(const word*) + 4096);
  std::vector<std::vector<line>> lines;
  lines.reserve(pages.size());
  for (const auto& pg : pages) lines.push_back(build_lines(pg, &words_memory));
  // Rules drawn with characters (a preformatted report's lines of dashes) rule the table; no phase
  // reads them as text.
  for (auto& ls : lines)
    for (auto& l : ls)
      if (is_ruling_line(l.text)) l.furniture = furniture_rule::ruling;

  // Table headers, wherever they are (a page top, mid-page, several on one page).
  std::vector<std::vector<std::optional<header_columns>>> headers(pages.size());
  std::size_t first_table_page = pages.size(), first_header_line = 0;
  for (std::size_t p = 0; p < pages.size(); ++p) {
    headers[p].resize(lines[p].size());
    for (std::size_t i = 0; i < lines[p].size(); ++i) {
      if (auto h = match_table_header(lines[p][i])) {
        lines[p][i].table_header = true;
        headers[p][i] = std::move(h);
        if (first_table_page == pages.size()) {
          first_table_page = p;
          first_header_line = i;
        }
      }
    }
  }
  // A header set over two or three lines: a found header's line with a note below it or a title's
  // piece above it; where no line of the input is a header, titles at different heights (centred in
  // a taller header cell). The band's first line holds the header; the others are its furniture.
  const bool any_header = first_table_page < pages.size();
  // A line is in up to five bands and each band is tried from each of its lines: a line's word
  // groups and a band's verdict are found once per page (verdicts[n - 2][first] for n lines from
  // `first`). The buffers serve every page (made once: freeing a page's worth of them at each page
  // end made the allocator sort its free chunks again).
  std::vector<std::vector<word_group>> line_groups;
  std::vector<char> grouped;
  std::array<std::vector<std::optional<std::optional<header_columns>>>, 4> verdicts;
  std::vector<const line*> band;
  std::vector<const std::vector<word_group>*> band_groups;
  for (std::size_t p = 0; p < pages.size(); ++p) {
    auto& ls = lines[p];
    auto adjacent = [&ls](std::size_t a, std::size_t b) {
      return ls[b].top > ls[a].top && ls[b].top - ls[a].top <= tuning::header_band_advance * std::max(ls[a].size, 1.0);
    };
    if (line_groups.size() < ls.size()) line_groups.resize(ls.size());  // an entry is read only once grouped
    grouped.assign(ls.size(), 0);
    for (auto& v : verdicts) v.assign(ls.size(), std::nullopt);
    auto groups_of = [&](std::size_t k) -> const std::vector<word_group>& {
      if (!grouped[k]) {
        line_groups[k] = word_groups(ls[k]);
        grouped[k] = 1;
      }
      return line_groups[k];
    };
    auto band_verdict = [&](std::size_t first, std::size_t n) -> const std::optional<header_columns>& {
      auto& verdict = verdicts[n - 2][first];
      if (verdict) return *verdict;
      band.clear();
      band_groups.clear();
      for (std::size_t k = first; k < first + n; ++k) {
        if (ls[k].words.empty() || ls[k].text.size() > 200) return verdict.emplace();
        band.push_back(&ls[k]);
      }
      for (std::size_t k = first; k < first + n; ++k) band_groups.push_back(&groups_of(k));
      return verdict.emplace(match_table_header(band, band_groups));
    };
    for (std::size_t i = 0; i < ls.size(); ++i) {
      if (any_header ? !headers[p][i] : ls[i].text.size() > 200) continue;
      std::optional<header_columns> best;
      std::size_t best_first = i, best_last = i;
      // The bands of two or three lines that hold line i: the widest that reads as a header. Four or
      // five where no line is a header and line i holds two of the three titles: a narrow header
      // cell of five columns wraps its titles over three lines, centred ("FECHA DE" / "VENCIMIENT" /
      // "O" beside "RECOMENDACI" / "ÓN" beside "COMPROMISO").
      // (Line i's groups, found here, serve its bands below too.)
      const std::size_t tallest = !any_header && ls[i].words.size() >= 2 && holds_two_titles(groups_of(i)) ? 5 : 3;
      for (std::size_t lines_in_band : {5, 4, 3, 2}) {
        if (lines_in_band > tallest) continue;
        for (std::size_t shift = 0; shift < lines_in_band && !best; ++shift) {
          if (i < shift || i - shift + lines_in_band > ls.size()) continue;
          const std::size_t first = i - shift, last = first + lines_in_band - 1;
          bool chained = true;
          for (std::size_t k = first; k <= last; ++k) chained = chained && (k == i || !headers[p][k]);
          for (std::size_t k = first; k < last; ++k) chained = chained && adjacent(k, k + 1);
          if (!chained) continue;
          const auto& h = band_verdict(first, lines_in_band);
          // A found header grows only by pieces of its own titles.
          if (!h || (headers[p][i] && !grows_by_pieces(*headers[p][i], *h))) continue;
          best = h;
          best_first = first;
          best_last = last;
        }
      }
      if (!best) continue;
      headers[p][i].reset();
      for (std::size_t k = best_first; k <= best_last; ++k) ls[k].table_header = true;
      headers[p][best_first] = std::move(best);
      if (p < first_table_page || (p == first_table_page && best_first < first_header_line)) {
        first_table_page = p;
        first_header_line = best_first;
      }
      i = best_last;
    }
  }
  // The number column's title wrapped above or below the header line ("N" / "°"): the table has a
  // number column, where the pieces are.
  for (std::size_t p = 0; p < pages.size(); ++p) {
    auto& ls = lines[p];
    for (std::size_t i = 0; i < ls.size(); ++i) {
      if (!headers[p][i]) continue;
      auto& h = *headers[p][i];
      const bool titled = h.number;
      std::optional<word_group> pieces;
      for (std::size_t k : {i - 1, i + 1}) {
        if (k >= ls.size() || ls[k].table_header || !is_number_title_piece(ls[k])) continue;
        if (std::fabs(ls[k].top - ls[i].top) > 2.5 * std::max(ls[i].size, 1.0)) continue;
        ls[k].table_header = true;
        if (ls[k].x1 >= h.groups.front().x0) continue;  // not left of the first column's title
        if (!pieces) pieces = word_group{0, 0, ls[k].x0, ls[k].x1, {}};
        pieces->x0 = std::min(pieces->x0, ls[k].x0);
        pieces->x1 = std::max(pieces->x1, ls[k].x1);
      }
      if (pieces && !titled) {
        h.number = true;
        h.groups.insert(h.groups.begin(), *pieces);
        if (!h.holds.empty()) h.holds.insert(h.holds.begin(), field::none);
      }
    }
  }
  // Titles over two rows: a row of sub-titles below a header's line (group titles merged over them).
  for (std::size_t p = 0; p < pages.size(); ++p) read_sub_titles(lines[p], headers[p], pages[p].number, diags);
  mark_furniture(lines);
  // Where no table has the column titles: commitments printed as fichas, a label | value table each.
  std::optional<ficha_start> fichas;
  if (first_table_page == pages.size() && (fichas = find_fichas(lines))) {
    first_table_page = fichas->page;
    first_header_line = fichas->line;
  }
  // Or a table printed as one column, its titles and then each row's cells one below the other.
  std::optional<stacked_table> stacked;
  if (first_table_page == pages.size() && !fichas && (stacked = find_stacked_table(lines))) {
    first_table_page = stacked->page;
    first_header_line = stacked->line;
    for (const auto& t : stacked->titles) lines[t.page][static_cast<std::size_t>(t.l->index - 1)].furniture = furniture_rule::stacked_titles;
    for (const auto& n : stacked->numbers_on_furniture) lines[n.page][static_cast<std::size_t>(n.l->index - 1)].furniture = nullptr;
  }
  // Or a table printed without its title row: its columns taken by place.
  std::optional<untitled_table> untitled;
  if (first_table_page == pages.size() && !fichas && !stacked && (untitled = find_untitled_table(lines))) {
    first_table_page = untitled->page;
    first_header_line = untitled->line;
    diags.warning(position_of(lines[untitled->page][untitled->line], pages[untitled->page].number),
                  "the table has no row of column titles: its columns are taken by place, as " +
                      untitled->columns.groups[0].text + " | " + untitled->columns.groups[1].text + " | " +
                      untitled->columns.groups[2].text + " | " + untitled->columns.groups[3].text,
                  diagnostic_code::layout_inferred);
  }
  // Where there is no table, our writers' note that the report has no rows says so.
  if (first_table_page == pages.size()) {
    for (auto& ls : lines)
      for (auto& l : ls)
        if (!l.skipped() && is_no_commitments_note(l.text)) {
          l.furniture = furniture_rule::no_commitments;
          builder.no_commitments();
        }
  }
  for (std::size_t p = 0; p < pages.size(); ++p) {
    for (const auto& l : lines[p]) {
      if (!l.skipped()) continue;  // content: nothing to say here
      const source_position at = position_of(l, pages[p].number);
      if (l.furniture) {
        diags.furniture(at, l.furniture, std::string(l.text));
      } else if (l.table_header && !(p == first_table_page && l.index == static_cast<int>(first_header_line) + 1)) {
        diags.furniture(at, furniture_rule::table_header, std::string(l.text));
      } else if (l.table_header && headers[p][static_cast<std::size_t>(l.index - 1)]) {
        // The first header: a column title it does not know ("Área temática") is not read.
        const auto& h = *headers[p][static_cast<std::size_t>(l.index - 1)];
        // A title's pieces joined inside a word ("Calificació" / "n") are no words of the labels:
        // its lines are the header's furniture, this one too.
        if (h.glued) diags.furniture(at, furniture_rule::table_header, std::string(l.text));
        else if (word_spans(l).size() > h.groups.size())
          diags.unplaced(at, "a column of the table is not one of Recomendación | Compromiso | Cumplimiento; its text "
                             "goes to the nearest known column: \"" + std::string(l.text) + "\"", std::string(l.text));
      }
    }
  }

  // The header block: everything above the first table header. Lines before the title are
  // letterheads and mastheads, unless a header field comes first.
  std::vector<doubtful_join> header_doubts;
  {
    std::vector<block_line> block;
    for (std::size_t p = 0; p < pages.size() && p <= first_table_page; ++p) {
      std::size_t end = p == first_table_page ? first_header_line : lines[p].size();
      for (std::size_t i = 0; i < end; ++i)
        if (!lines[p][i].skipped()) block.push_back({pages[p].number, &lines[p][i]});
    }
    std::deque<line> cut_lines;
    std::deque<word> moved_words;
    cut_side_column(block, cut_lines, diags);
    std::vector<block_line> split_values;
    for (const auto& [page, l] : unfold_header_across(block, cut_lines, moved_words, split_values))
      diags.unplaced(position_of(*l, page),
                     "the header values below a row of labels do not start under their labels (run together); "
                     "not read: " + quote_for_message(l->text),
                     std::string(l->text));
    for (const auto& [page, l] : split_values)
      diags.warning(position_of(*l, page),
                    "the header values below a row of labels do not start under their labels (run together); "
                    "split where the ministry's name stands, which may be off by a word: " + quote_for_message(l->text),
                    diagnostic_code::layout_inferred);
    unfold_header_grid(block, cut_lines, moved_words);
    std::size_t start = 0;
    for (std::size_t i = 0; i < block.size(); ++i) {
      if (starts_title(block[i].second->text)) {
        start = i;
        break;
      }
      if (leading_label(block[i].second->text, label_context::header)) break;
    }
    for (std::size_t i = 0; i < start; ++i)
      diags.furniture(position_of(*block[i].second, block[i].first), furniture_rule::before_title, std::string(block[i].second->text));
    block.erase(block.begin(), block.begin() + static_cast<std::ptrdiff_t>(start));
    // Where the block's values could have gone on: the text's right edge on its pages.
    double content_right = 0;
    for (std::size_t p = 0; p < pages.size() && p <= first_table_page; ++p)
      for (const line& l : lines[p])
        if (!l.skipped()) content_right = std::max(content_right, l.x1);
    read_header_block(block, builder, diags, header_doubts, content_right);
  }
  if (first_table_page == pages.size()) {
    for (const auto& d : header_doubts) warn_doubtful_join(diags, d);
    return;
  }
  if (stacked) {
    std::vector<int> numbers;
    for (const auto& pg : pages) numbers.push_back(pg.number);
    if (!read_stacked_table(*stacked, numbers, builder, diags))
      for (const auto& d : header_doubts) warn_doubtful_join(diags, d);
    return;
  }
  if (fichas) {
    std::vector<int> numbers;
    for (const auto& pg : pages) numbers.push_back(pg.number);
    // The header's joins that no gap decided, where the fichas do not set their paragraphs apart either.
    if (!read_fichas(lines, numbers, *fichas, builder, diags))
      for (const auto& d : header_doubts) warn_doubtful_join(diags, d);
    return;
  }

  // The table, page by page; each header sets the columns for the lines below it.
  table_reader table(diags);
  run_finder runs;
  const header_columns* last_header = nullptr;
  extent last_extent;  // the table's text below the last header, left to right
  for (std::size_t p = first_table_page; p < pages.size(); ++p) {
    auto& ls = lines[p];
    table.begin_page(pages[p].number);
    const std::size_t from = p == first_table_page ? first_header_line : 0;
    std::vector<const line*> page_lines;
    for (std::size_t i = from; i < ls.size(); ++i) page_lines.push_back(&ls[i]);
    table.page_lines(page_lines);
    if (last_header && p != first_table_page && table.has_columns()) {
      // A page whose table starts without a header row: a producer may lay out its columns apart
      // from the last header's page (a browser sizing each page's part of the table). Where its own
      // lines run across the columns in force, its gutters are measured on them, and rule the page
      // when fewer of its lines run across those.
      std::vector<const line*> all_body;
      for (std::size_t i = 0; i < ls.size() && !headers[p][i]; ++i)
        if (!ls[i].skipped() && !runs.runs_across(ls[i], *last_header)) all_body.push_back(&ls[i]);
      // (Lines a browser re-flowed above the page's first new row stand elsewhere than its columns.)
      const std::vector<const line*> body(all_body.begin() + static_cast<std::ptrdiff_t>(table.reflowed_lines(all_body)),
                                          all_body.end());
      if (body.size() >= tuning::gutter_lines) {
        auto across = [&body](const columns& c) {
          std::size_t n = 0;
          for (const line* l : body) n += straddles_columns(*l, c) ? 1 : 0;
          return n;
        };
        const std::size_t now = across(table.current_columns());
        // On a text grid the extractor's rounding puts a line's word over a boundary here and there,
        // and each block's own column starts (grid_rivers) follow sideways shifts: there the page's
        // columns are measured again only when a third of its lines or more run across them.
        // A text grid is each page's own: the extractor may set the next page's text narrower or
        // wider, and then the header's titles stand over this page's table in proportion (unless the
        // page is narrower for a column it lacks): the titles as printed or so scaled, whichever
        // gives columns fewer of the page's lines run across.
        const bool grid = body.front()->on_grid();
        // The columns carried over are measured only where those in force do not fit the page.
        if (grid ? now * 3 >= body.size() : now > 0) {
          header_columns carried = *last_header;
          columns carried_columns = columns_of(carried, body);
          if (grid) {
            header_columns in_proportion = scaled(*last_header, last_extent, extent_of(body));
            columns proportional_columns = columns_of(in_proportion, body);
            if (grid_cuts(body, proportional_columns) < grid_cuts(body, carried_columns)) {
              carried = std::move(in_proportion);
              carried_columns = std::move(proportional_columns);
            }
          }
          const std::size_t measured = across(carried_columns);
          if (grid ? 2 * measured < now : measured < now) table.header(carried, body);
        }
      }
      table.continue_page(all_body);
    }
    for (std::size_t i = from; i < ls.size(); ++i) {
      const line& l = ls[i];
      if (untitled && p == untitled->page && i == untitled->line) {
        // The untitled table's first row stands for its titles: its columns are measured on it and
        // the lines below it on its page, and the row is read.
        last_header = &untitled->columns;
        std::vector<const line*> body;
        for (std::size_t k = i; k < ls.size() && !headers[p][k]; ++k)
          if (!ls[k].skipped() && !runs.runs_across(ls[k], untitled->columns)) body.push_back(&ls[k]);
        table.header(untitled->columns, body);
        if (!body.empty()) last_extent = extent_of(body);
      }
      if (headers[p][i]) {
        last_header = &*headers[p][i];
        // The gutters are measured on the lines below the header on its page, and on the next pages'
        // while there are fewer than a few (a header at a page's foot). A text grid is each page's own
        // (its columns stand elsewhere on the next page): there the next page's lines are taken only
        // when none is below the header on its page.
        std::vector<const line*> body;
        const bool grid = l.on_grid();
        auto wants_more = [&] { return body.size() < (grid ? 1 : tuning::gutter_lines); };
        for (std::size_t q = p, k = i + 1; q < pages.size() && (q == p || wants_more()); ++q, k = 0) {
          for (; k < lines[q].size() && !headers[q][k]; ++k)
            if (!lines[q][k].skipped() && !runs.runs_across(lines[q][k], *headers[p][i])) body.push_back(&lines[q][k]);
          if (k < lines[q].size()) break;
        }
        table.header(*headers[p][i], body);
        if (!body.empty()) last_extent = extent_of(body);
        continue;
      }
      if (l.skipped()) continue;
      table.add(l);
    }
  }
  table.finish(builder);
  // The header's joins that no gap decided, where the table does not set its paragraphs apart either.
  if (!table.spaces_paragraphs())
    for (const auto& d : header_doubts) warn_doubtful_join(diags, d);
}

}  // namespace informe::detail::layout
