#include "pdf_writer/style.hpp"

#include <filesystem>

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

pdf_style load_style(const template_set& templates, const std::string& paper_option) {
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
    s.fonts.family = fonts.value("family", std::string("Liberation Sans"));
    s.fonts.primary = font_family_files(s.fonts.family);
    const char* keys[face_count] = {"regular", "bold", "italic"};
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
  return s;
}

}  // namespace informe::detail::pdf
