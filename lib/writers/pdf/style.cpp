#include "writers/pdf/style.hpp"

#include <cmath>
#include <cstdio>
#include <filesystem>

#include "core/files.hpp"
#include "core/template_json.hpp"
#include "core/unicode.hpp"
#include "informe/diagnostics.hpp"

namespace informe::detail::pdf {

namespace {

const char* const style_name = "pdf/style.json";

std::string first_existing(std::initializer_list<std::string> paths) {
  for (const auto& p : paths)
    if (std::filesystem::exists(p)) return p;
  return {};
}

colour parse_colour(const std::string& text, const template_set& t) {
  auto hex = [&](std::size_t at) { return std::stoi(text.substr(at, 2), nullptr, 16) / 255.0; };
  if (text.size() != 7 || text[0] != '#' ||
      text.find_first_not_of("0123456789abcdefABCDEF", 1) != std::string::npos)
    throw error("bad colour \"" + text + "\" (expected #rrggbb)", {}, t.origin(style_name));
  return colour{hex(1), hex(3), hex(5)};
}

// What a style value may be: a page of sensible proportions in bounded memory and time (a cell padding
// of 300 pt or a body size of 1e6 made the layout allocate gigabytes).
struct value_range {
  const char* what;
  double low, high;
  const char* unit;
};

std::string number_text(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", v);
  return buf;
}

void check_range(const std::string& key, double v, const value_range& range, const std::string& origin) {
  if (std::isfinite(v) && v >= range.low && v <= range.high) return;
  throw error(key + " is " + number_text(v) + ": " + range.what + " must be between " + number_text(range.low) +
                  " and " + number_text(range.high) + range.unit,
              {}, origin);
}

constexpr value_range margin_range{"a margin", 0, 300, " pt"};
constexpr value_range font_size_range{"a font size", 4, 72, " pt"};

// Every value of the style within its range (docs/cli.md, "Limits"); throws naming the file and the key.
void check_style(const pdf_style& s, const std::string& origin) {
  check_range("margins.top", s.frame.top, margin_range, origin);
  check_range("margins.bottom", s.frame.bottom, margin_range, origin);
  check_range("margins.left", s.frame.left, margin_range, origin);
  check_range("margins.right", s.frame.right, margin_range, origin);
  constexpr double least_body = 144;  // two inches of text width and height between the margins
  if (s.frame.width - s.frame.left - s.frame.right < least_body ||
      s.frame.height - s.frame.top - s.frame.bottom < least_body)
    throw error("the margins leave less than " + number_text(least_body) + " pt of the page for the text", {}, origin);
  const std::pair<const char*, double> sizes[] = {
      {"sizes.title", s.title},         {"sizes.subtitle", s.subtitle},       {"sizes.header_block", s.header_block},
      {"sizes.summary", s.summary},     {"sizes.table_header", s.table_header}, {"sizes.body", s.body},
      {"sizes.page_header", s.page_header}, {"sizes.page_footer", s.page_footer}, {"sizes.continued", s.continued}};
  for (const auto& [key, v] : sizes) check_range(key, v, font_size_range, origin);
  check_range("sizes.line_height", s.line_height, {"the line height", 0.8, 3, " (times the font size)"}, origin);
  check_range("table.number_width", s.number_width, {"the number column", 0, 200, " pt"}, origin);
  check_range("table.cell_padding", s.cell_padding, {"the cell padding", 0, 50, " pt"}, origin);
  check_range("table.rule_width", s.rule_width, {"the rule width", 0, 10, " pt"}, origin);
  check_range("table.paragraph_spacing", s.paragraph_spacing, {"the paragraph spacing", 0, 50, " pt"}, origin);
  check_range("table.bullet_indent", s.bullet_indent, {"the bullet indent", 0, 100, " pt"}, origin);
  for (double c : s.columns) check_range("table.columns", c, {"a column's share", 0.05, 1, " of the table"}, origin);
}

// Font files are read once here, as regular files only (a FIFO named as a font hung the writer): PoDoFo
// then opens the same paths.
constexpr std::size_t max_font_bytes = std::size_t{64} << 20;

void check_font_file(const std::string& path) {
  if (!path.empty()) (void)read_regular_file(path, max_font_bytes, "font file");
}

}  // namespace

// Family names font_family_files() knows, installed or not.
static bool known_family(const std::string& family) {
  const std::string f = detail::fold(family);
  for (const char* k : {"liberation sans", "arial", "helvetica", "sans", "sans-serif", "liberation serif", "times",
                        "times new roman", "serif", "liberation mono", "courier", "monospace", "dejavu sans",
                        "dejavu serif"})
    if (f == k) return true;
  return false;
}

std::array<std::string, face_count> font_family_files(const std::string& family) {
  const std::string f = detail::fold(family);
  const std::string lib2 = "/usr/share/fonts/truetype/liberation2/", lib = "/usr/share/fonts/truetype/liberation/";
  const std::string dv = "/usr/share/fonts/truetype/dejavu/";
  auto liberation = [&](const std::string& name) -> std::array<std::string, face_count> {
    auto one = [&](const char* suffix) {
      return first_existing({lib2 + name + suffix, lib + name + suffix});
    };
    return {one("-Regular.ttf"), one("-Bold.ttf"), one("-Italic.ttf")};
  };
  if (f == "liberation sans" || f == "arial" || f == "helvetica" || f == "sans" || f == "sans-serif")
    return liberation("LiberationSans");
  if (f == "liberation serif" || f == "times" || f == "times new roman" || f == "serif")
    return liberation("LiberationSerif");
  if (f == "liberation mono" || f == "courier" || f == "monospace") return liberation("LiberationMono");
  if (f == "dejavu sans")
    return {first_existing({dv + "DejaVuSans.ttf"}), first_existing({dv + "DejaVuSans-Bold.ttf"}),
            first_existing({dv + "DejaVuSans-Oblique.ttf"})};
  if (f == "dejavu serif")
    return {first_existing({dv + "DejaVuSerif.ttf"}), first_existing({dv + "DejaVuSerif-Bold.ttf"}),
            first_existing({dv + "DejaVuSerif-Italic.ttf"})};
  return {};
}

pdf_style load_style(const template_set& templates, const std::string& paper_option, const std::string& theme_family,
                     diagnostics* diags) {
  const nlohmann::json j = load_json_template(templates, style_name);
  const std::string origin = templates.origin(style_name);
  pdf_style s;
  try {
    std::string paper = paper_option.empty() ? j.value("paper", std::string("a4")) : paper_option;
    paper = detail::fold(paper);
    if (paper == "a4") {
      s.frame.width = 595.276;
      s.frame.height = 841.89;
    } else if (paper == "letter") {
      s.frame.width = 612;
      s.frame.height = 792;
    } else {
      throw error("unknown paper size \"" + paper + "\" (a4 or letter)", {}, origin);
    }
    if (auto m = j.find("margins"); m != j.end()) {
      s.frame.top = m->value("top", s.frame.top);
      s.frame.bottom = m->value("bottom", s.frame.bottom);
      s.frame.left = m->value("left", s.frame.left);
      s.frame.right = m->value("right", s.frame.right);
    }
    const nlohmann::json fonts = j.value("fonts", nlohmann::json::object());
    // The style's family, else the theme's: one font for HTML, DOCX and PDF.
    const char* keys[face_count] = {"regular", "bold", "italic"};
    bool every_face_given = true;
    for (const char* k : keys) every_face_given = every_face_given && !fonts.value(k, std::string()).empty();
    s.fonts.family = fonts.value("family", std::string());
    if (s.fonts.family.empty()) {
      s.fonts.family = theme_family;
      if (font_family_files(s.fonts.family)[0].empty() && !every_face_given) {
        if (diags) {
          diagnostic d;
          d.level = severity::warning;
          d.file = templates.origin("common/theme.json");
          d.message = "theme: the PDF has no font files for \"" + s.fonts.family +
                      "\" (Liberation Sans, Serif or Mono, DejaVu Sans or Serif, or a file per face in "
                      "pdf/style.json's \"fonts\"); the PDF is set in Liberation Sans";
          diags->add(std::move(d));
        }
        s.fonts.family = "Liberation Sans";
      }
    }
    s.fonts.primary = font_family_files(s.fonts.family);
    for (int f = 0; f < face_count; ++f) {
      std::string given = fonts.value(keys[f], std::string());
      if (!given.empty()) {
        if (given.find('/') == std::string::npos) {
          given = font_family_files(given)[f];
        }
        s.fonts.primary[f] = given;
      }
      if (s.fonts.primary[f].empty() || !std::filesystem::exists(s.fonts.primary[f]))
        throw error(std::string("no font file for the ") + keys[f] + " face of \"" + s.fonts.family + "\"" +
                        (s.fonts.primary[f].empty() ? std::string() : " (" + s.fonts.primary[f] + ")"),
                    {}, origin);
    }
    // The fallback: a family name, "" or null for none, or {"family", "regular", "bold", "italic"} where each
    // face takes a family name or a path, like the primary faces.
    nlohmann::json fb = fonts.contains("fallback") ? fonts["fallback"] : nlohmann::json("DejaVu Sans");
    if (fb.is_null()) fb = "";
    if (fb.is_string()) fb = nlohmann::json{{"family", fb}};
    if (!fb.is_object()) throw error("fonts.fallback must be a family name or an object", {}, origin);
    s.fonts.fallback_family = fb.value("family", std::string());
    if (!s.fonts.fallback_family.empty()) {
      s.fonts.fallback = font_family_files(s.fonts.fallback_family);
      if (s.fonts.fallback == std::array<std::string, face_count>{} &&
          !known_family(s.fonts.fallback_family))
        throw error("unknown fallback font family \"" + s.fonts.fallback_family + "\"", {}, origin);
    }
    for (int f = 0; f < face_count; ++f) {
      std::string given = fb.value(keys[f], std::string());
      if (given.empty()) continue;
      if (given.find('/') == std::string::npos) {
        const std::string family = given;
        given = font_family_files(family)[f];
        if (given.empty())
          throw error(std::string("no font file for the fallback ") + keys[f] + " face \"" + family + "\"", {}, origin);
      } else if (!std::filesystem::exists(given)) {
        throw error(std::string("no font file for the fallback ") + keys[f] + " face (" + given + ")", {}, origin);
      }
      s.fonts.fallback[f] = given;
      if (s.fonts.fallback_family.empty()) s.fonts.fallback_family = std::filesystem::path(given).stem().string();
    }

    const nlohmann::json sizes = j.value("sizes", nlohmann::json::object());
    s.title = sizes.value("title", s.title);
    s.subtitle = sizes.value("subtitle", s.subtitle);
    s.header_block = sizes.value("header_block", s.header_block);
    s.summary = sizes.value("summary", s.summary);
    s.table_header = sizes.value("table_header", s.table_header);
    s.body = sizes.value("body", s.body);
    s.page_header = sizes.value("page_header", s.page_header);
    s.page_footer = sizes.value("page_footer", s.page_footer);
    s.continued = sizes.value("continued", s.continued);
    s.line_height = sizes.value("line_height", s.line_height);

    s.own_colours = j.contains("colours");
    const nlohmann::json c = j.value("colours", nlohmann::json::object());
    auto col = [&](const char* key, const char* fallback) {
      return parse_colour(c.value(key, std::string(fallback)), templates);
    };
    s.text = col("text", "#000000");
    s.title_colour = col("title", "#000000");
    s.label = col("label", "#000000");
    s.muted = col("muted", "#555555");
    s.rule = col("rule", "#808080");
    s.table_header_fill = col("table_header_fill", "#dddddd");
    s.table_header_text = col("table_header_text", "#000000");
    s.number_fill = col("number_fill", "#ffffff");
    s.summary_fill = col("summary_fill", "#ffffff");

    const nlohmann::json t = j.value("table", nlohmann::json::object());
    s.number_width = t.value("number_width", s.number_width);
    s.columns = t.value("columns", s.columns);
    if (s.columns.size() != 3) throw error("table.columns needs three widths", {}, origin);
    s.cell_padding = t.value("cell_padding", s.cell_padding);
    s.rule_width = t.value("rule_width", s.rule_width);
    s.paragraph_spacing = t.value("paragraph_spacing", s.paragraph_spacing);
    s.bullet = t.value("bullet", s.bullet);
    s.bullet_indent = t.value("bullet_indent", s.bullet_indent);

    const nlohmann::json h = j.value("page_header", nlohmann::json::object());
    s.header_left = h.value("left", std::string("{program}"));
    s.header_right = h.value("right", std::string("{cutoff}"));
    const nlohmann::json ft = j.value("page_footer", nlohmann::json::object());
    s.footer_left = ft.value("left", std::string());
    s.footer_right = ft.value("right", std::string("{page_label} {page} {page_of} {pages}"));
    s.lang = j.value("lang", s.lang);
    s.creator = j.value("creator", s.creator);
  } catch (const nlohmann::json::exception& e) {
    throw error(std::string("bad style value: ") + e.what(), {}, origin);
  }
  check_style(s, origin);
  for (const std::string& path : s.fonts.primary) check_font_file(path);
  for (const std::string& path : s.fonts.fallback) check_font_file(path);
  return s;
}

}  // namespace informe::detail::pdf
