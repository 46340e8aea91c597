#include "readers/pdf/glyph_mapping.hpp"

#include <algorithm>
#include <cmath>
#include <string>

#include "core/unicode.hpp"

namespace informe::detail::pdfin {

namespace {

bool has(std::string_view s, std::string_view part) { return s.find(part) != std::string_view::npos; }

}  // namespace

metric_family family_of(std::string_view name) {
  if (const auto plus = name.find('+'); plus != std::string_view::npos && plus <= 6) name.remove_prefix(plus + 1);
  std::string n;
  for (char c : name)
    if (c != ' ' && c != '-' && c != '_' && c != ',') n += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  if (has(n, "narrow") || has(n, "condensed")) return metric_family::other;
  for (std::string_view sans : {"arial", "helvetica", "liberationsans", "nimbussans", "arimo"})
    if (n.rfind(sans, 0) == 0) return metric_family::helvetica;
  for (std::string_view serif : {"timesnewroman", "times", "liberationserif", "nimbusroman", "tinos"})
    if (n.rfind(serif, 0) == 0) return metric_family::times;
  if ((n.rfind("dejavusans", 0) == 0 || n.rfind("dejavuserif", 0) == 0) && !has(n, "mono"))
    return metric_family::dejavu;
  return metric_family::other;
}

bool plausible_advance(metric_family family, std::uint32_t c, double advance) {
  if (family == metric_family::other || !(advance > 0)) return true;
  // The advance (em) of the digits and of "<", "=", ">" in every weight and style of the family.
  struct widths {
    double digit_low, digit_high, sign_low, sign_high;
  };
  constexpr widths helvetica{0.556, 0.556, 0.584, 0.584}, times{0.5, 0.5, 0.564, 0.675},
      dejavu{0.636, 0.696, 0.838, 0.838};
  const widths& w = family == metric_family::helvetica ? helvetica : family == metric_family::times ? times : dejavu;
  double low = 0, high = 0;
  if (c >= '0' && c <= '9') {
    low = w.digit_low;
    high = w.digit_high;
  } else if (c == '<' || c == '=' || c == '>') {
    low = w.sign_low;
    high = w.sign_high;
  } else {
    return true;
  }
  return advance >= 0.85 * low && advance <= 1.15 * high;
}

glyph_mapping_check::finding& glyph_mapping_check::find(std::uint32_t unicode, bool shared) {
  for (auto& f : findings_)
    if (f.unicode == unicode && f.shared == shared) return f;
  return findings_.emplace_back(finding{unicode, shared});
}

glyph_mapping_check::font_state& glyph_mapping_check::font_of(int font, std::string_view name) {
  if (font != last_font_ || !last_) {
    auto [it, added] = fonts_.try_emplace(font);
    if (added) it->second.family = family_of(name);
    last_ = &it->second;
    last_font_ = font;
  }
  return *last_;
}

bool glyph_mapping_check::checks_widths(int font, std::string_view name) {
  return font_of(font, name).family != metric_family::other;
}

void glyph_mapping_check::note(int font, std::string_view name, unsigned code, std::uint32_t unicode,
                               double advance, int page, double x, double y) {
  if (unicode <= 0x20 || unicode >= 0x7F) return;
  font_of(font, name);
  auto note_at = [&](bool shared) {
    finding& f = find(unicode, shared);
    if (f.count++ == 0) {
      f.page = page;
      f.x = x;
      f.y = y;
      f.advance = advance;
    }
  };
  std::uint32_t& first = last_->first_code[unicode];
  if (first == 0) {
    first = code + 1;
  } else if (first != code + 1) {
    note_at(true);
  }
  if (!plausible_advance(last_->family, unicode, advance)) note_at(false);
}

void glyph_mapping_check::report(const std::vector<layout::page>& pages, diagnostics& diags) const {
  for (const auto& f : findings_) {
    // A character found both ways is named once, by the glyph's width (which names the glyph).
    if (f.shared && std::any_of(findings_.begin(), findings_.end(),
                                [&f](const finding& g) { return !g.shared && g.unicode == f.unicode; }))
      continue;
    const std::string c(1, static_cast<char>(f.unicode));
    std::string where;
    for (const auto& p : pages) {
      if (p.number != f.page) continue;
      for (const auto& w : p.words)
        if (f.x >= w.x0 - 0.5 && f.x <= w.x1 + 0.5 && f.y >= w.y0 - 0.5 && f.y <= w.y1 + 0.5) {
          where = ", first in " + quote_for_message(w.text);
          break;
        }
    }
    std::string what = f.shared ? "gives \"" + c + "\" for two different glyphs of one font (" +
                                      std::to_string(f.count) + " drawn from the second" + where + ")"
                                : "gives \"" + c + "\" for a glyph " + std::to_string(std::lround(f.advance * 1000)) +
                                      "/1000 em wide, not that character's width in its font (" +
                                      std::to_string(f.count) + (f.count == 1 ? " time" : " times") + where + ")";
    diags.warning({0, 0, f.page},
                  "the PDF's text layer " + what + ": the text read holds \"" + c +
                      "\" where the page shows another character (a PDF rewritten by Ghostscript 10.00 gives \"4\" "
                      "for \"—\", \"3\" for \"–\", \"<\" and \"=\" for \"“ ”\", \"9\" for \"’\"); check those "
                      "fields against the page, or convert the PDF as first made",
                  diagnostic_code::encoding);
  }
}

}  // namespace informe::detail::pdfin
