#include "layout/drawn_markers.hpp"

#include <algorithm>
#include <cmath>

#include "layout/tuning.hpp"

namespace informe::detail::layout {

namespace {

// How far two x positions on the lines may stand apart and still be level: a point in a PDF, a
// character cell on a text grid (pdftotext rounds a position to its cell).
double level_slack(const enumerated_line& l) { return l.estimated ? std::max(l.space, 1.0) : tuning::marker_level; }

bool level(double a, double b, const enumerated_line& l) { return std::fabs(a - b) <= level_slack(l); }

// The marker stands apart from its text: a gap wider than a word space (a tab, a marker box).
bool stands_apart(const enumerated_line& l) {
  const double space = l.space > 0 ? l.space : tuning::space_width * std::max(l.size, 1.0);
  return l.text_x - l.marker_x1 >= tuning::drawn_marker_gap * space;
}

// On a text grid, the text stands one cell after its marker: where the PDF had it, or pushed there,
// as `pdftotext -layout` sets a word at least a space after the word before it (a marker's tab
// narrower than the marker and a space). Its place in the PDF was that cell or left of it.
bool pushed(const enumerated_line& l) { return l.estimated && l.text_x - l.marker_x1 <= 1.5 * std::max(l.space, 1.0); }

// The marker hangs in an indent from the column's edge (a browser's list padding).
bool indented(const enumerated_line& l, const enumerated_line& first) { return l.x0 > first.left + first.indent; }

}  // namespace

int enumerator_class(std::string_view w) {
  if (w.size() < 2 || w.size() > 5) return 0;
  const char close = w.back();
  if (close != '.' && close != ')') return 0;
  const std::string_view body = w.substr(0, w.size() - 1);
  const int punctuation = close == '.' ? 1 : 2;
  auto all = [&](auto test) { return std::all_of(body.begin(), body.end(), test); };
  if (body.size() <= 2 && all([](char c) { return c >= '0' && c <= '9'; })) return 10 + punctuation;
  if (body.size() == 1 && ((body[0] >= 'a' && body[0] <= 'z') || (body[0] >= 'A' && body[0] <= 'Z')))
    return 20 + punctuation;
  if (enumerator_roman(w) > 0) return 20 + punctuation;
  return 0;
}

int enumerator_roman(std::string_view w) {
  if (w.size() < 2) return 0;
  const std::string_view body = w.substr(0, w.size() - 1);
  auto value = [](char c) { return c == 'i' || c == 'I' ? 1 : c == 'v' || c == 'V' ? 5 : c == 'x' || c == 'X' ? 10 : 0; };
  int total = 0;
  for (std::size_t k = 0; k < body.size(); ++k) {
    const int v = value(body[k]);
    if (v == 0) return 0;
    total += k + 1 < body.size() && value(body[k + 1]) > v ? -v : v;
  }
  return total;
}

int enumerator_ordinal(std::string_view w) {
  if (w.size() < 2) return 0;
  const std::string_view body = w.substr(0, w.size() - 1);
  if (body[0] >= '0' && body[0] <= '9') {
    int n = 0;
    for (char c : body) n = n * 10 + (c - '0');
    return n;
  }
  if (body.size() == 1) return (body[0] | 0x20) - 'a' + 1;
  return enumerator_roman(w);
}

std::vector<bool> drawn_enumerators(std::span<const enumerated_line> lines) {
  std::vector<bool> drawn(lines.size(), false);
  std::vector<std::size_t> run;
  for (std::size_t i = 0; i < lines.size();) {
    if (lines[i].enumerator == 0) {
      ++i;
      continue;
    }
    // The run of sibling markers from line i: each member's own lines hanging at its text, then the
    // next member, a marker of the same class level with the first's left or right edge.
    const enumerated_line& first = lines[i];
    run.assign(1, i);
    bool hangs = false;
    std::size_t k = i + 1;
    for (;;) {
      const enumerated_line& member = lines[run.back()];
      while (k < lines.size() && lines[k].enumerator == 0 && lines[k].page == member.page &&
             level(lines[k].x0, member.text_x, member)) {
        hangs = true;
        ++k;
      }
      // The next marker counts on from this one: "b." after "a.", "ii." after "i.".
      const bool counts_on = k < lines.size() && (lines[k].ordinal == member.ordinal + 1 ||
                                                  (member.roman > 0 && lines[k].roman == member.roman + 1));
      // (On this page or at the next one's top: a list broken over a page.)
      if (counts_on && lines[k].enumerator == first.enumerator &&
          (lines[k].page == member.page || lines[k].page == member.page + 1) &&
          (level(lines[k].x0, first.x0, first) || level(lines[k].marker_x1, first.marker_x1, first))) {
        run.push_back(k++);
        continue;
      }
      break;
    }
    // One line each: siblings with their texts level, their markers set apart or in an indent.
    bool siblings = run.size() >= 2;
    bool apart = true, in_indent = true;
    for (std::size_t m : run) {
      siblings = siblings && level(lines[m].text_x, first.text_x, first);
      apart = apart && stands_apart(lines[m]);
      in_indent = in_indent && indented(lines[m], first);
    }
    // On a text grid, the texts pushed against their markers tell neither their place nor their gap:
    // the others do, where they are level and set apart, and the pushed ones stand no further right.
    if (!siblings && run.size() >= 2 && first.estimated) {
      const auto told = std::find_if(run.begin(), run.end(), [&](std::size_t m) { return !pushed(lines[m]); });
      if (told != run.end()) {
        const enumerated_line& t = lines[*told];
        siblings = apart = true;
        for (std::size_t m : run) {
          const enumerated_line& l = lines[m];
          if (pushed(l)) {
            siblings = siblings && l.text_x <= t.text_x + level_slack(first);
          } else {
            siblings = siblings && level(l.text_x, t.text_x, first);
            apart = apart && stands_apart(l);
          }
        }
      }
    }
    if (hangs || (siblings && (apart || in_indent)))
      for (std::size_t m : run) drawn[m] = true;
    i = run.back() + 1;
  }
  return drawn;
}

}  // namespace informe::detail::layout
