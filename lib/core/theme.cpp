#include "core/theme.hpp"

#include "core/template_json.hpp"
#include "informe/diagnostics.hpp"
#include "informe/templates.hpp"

namespace informe::detail {

namespace {

constexpr std::array<std::string_view, colour_role_count> keys{
    "primary",       "primary_light",
    "on_primary",    "text",
    "muted",         "rule",
    "fulfilled",     "fulfilled_background",
    "partially_fulfilled", "partially_fulfilled_background",
    "not_fulfilled", "not_fulfilled_background",
    "unknown",       "unknown_background",
};

constexpr const char* theme_file = "common/theme.json";

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// "#0b3a6e" -> the colour; false for anything else.
bool parse_hex(const std::string& text, rgb& out) {
  if (text.size() != 7 || text[0] != '#') return false;
  unsigned char parts[3];
  for (int i = 0; i < 3; ++i) {
    const int hi = hex_digit(text[static_cast<std::size_t>(1 + 2 * i)]);
    const int lo = hex_digit(text[static_cast<std::size_t>(2 + 2 * i)]);
    if (hi < 0 || lo < 0) return false;
    parts[i] = static_cast<unsigned char>(hi * 16 + lo);
  }
  out = {parts[0], parts[1], parts[2]};
  return true;
}

std::string two_hex(unsigned char v, const char* digits) {
  return {digits[v >> 4], digits[v & 15]};
}

// Merges `j` over `t`; problems go to `warn`.
template <typename Warn>
void merge(theme& t, const nlohmann::json& j, Warn&& warn) {
  if (!j.is_object()) {
    warn("theme: not a JSON object; the built-in theme is used");
    return;
  }
  for (auto it = j.begin(); it != j.end(); ++it) {
    const std::string& key = it.key();
    const nlohmann::json& v = it.value();
    if (key == "_comment") continue;
    if (key == "colours") {
      if (!v.is_object()) {
        warn("theme: \"colours\" is not an object of role -> \"#rrggbb\"");
        continue;
      }
      for (auto c = v.begin(); c != v.end(); ++c) {
        std::size_t role = 0;
        while (role < colour_role_count && keys[role] != c.key()) ++role;
        if (role == colour_role_count) {
          warn("theme: unknown colour role \"" + c.key() + "\" (misspelt?); it changes nothing");
          continue;
        }
        rgb value;
        if (!c->is_string() || !parse_hex(c->get<std::string>(), value)) {
          warn("theme: colour \"" + c.key() + "\" is not \"#rrggbb\"; the built-in colour is kept");
          continue;
        }
        t.colours[role] = value;
      }
    } else if (key == "font") {
      if (v.is_string() && !v.get_ref<const std::string&>().empty()) {
        t.font_family = v.get<std::string>();
      } else {
        warn("theme: \"font\" is not a font family name; the built-in one is kept");
      }
    } else if (key == "masthead") {
      if (!v.is_object()) {
        warn("theme: \"masthead\" is not an object {\"show\": true|false, \"lines\": [...]}");
        continue;
      }
      for (auto m = v.begin(); m != v.end(); ++m) {
        if (m.key() == "show" && m->is_boolean()) {
          t.masthead = m->get<bool>();
        } else if (m.key() == "lines" && m->is_array()) {
          t.masthead_lines.clear();
          for (const auto& line : *m) {
            if (line.is_string() && !line.get_ref<const std::string&>().empty()) t.masthead_lines.push_back(line.get<std::string>());
          }
        } else {
          warn("theme: masthead \"" + m.key() + "\" is unknown or not a " +
               (m.key() == "show" ? "boolean" : m.key() == "lines" ? "list of strings" : "known key"));
        }
      }
    } else {
      warn("theme: unknown key \"" + key + "\" (misspelt?); it changes nothing");
    }
  }
}

}  // namespace

std::string_view colour_key(colour_role c) { return keys[static_cast<std::size_t>(c)]; }

std::string rgb::hex() const {
  const char* digits = "0123456789abcdef";
  std::string out = "#";  // appended, not "#" + ...: GCC 12's -Wrestrict false positive on that
  out += two_hex(r, digits);
  out += two_hex(g, digits);
  out += two_hex(b, digits);
  return out;
}

std::string rgb::word_hex() const {
  const char* digits = "0123456789ABCDEF";
  return two_hex(r, digits) + two_hex(g, digits) + two_hex(b, digits);
}

namespace {

// The colour roles of a status: its text's and its background's.
struct status_roles {
  colour_role text, background;
};

status_roles roles_of(status_role s) {
  switch (s) {
    case status_role::fulfilled: return {colour_role::fulfilled, colour_role::fulfilled_background};
    case status_role::partially_fulfilled:
      return {colour_role::partially_fulfilled, colour_role::partially_fulfilled_background};
    case status_role::not_fulfilled: return {colour_role::not_fulfilled, colour_role::not_fulfilled_background};
    case status_role::unknown: break;
  }
  return {colour_role::unknown, colour_role::unknown_background};
}

}  // namespace

const rgb& theme::status(status_role s) const { return (*this)[roles_of(s).text]; }

const rgb& theme::status_background(status_role s) const { return (*this)[roles_of(s).background]; }

const theme& theme::defaults() {
  static const theme builtin = [] {
    theme t;
    // The compiled-in file is checked by the tests to be complete and clean.
    merge(t, load_json_template(template_set{}, theme_file), [](const std::string&) {});
    return t;
  }();
  return builtin;
}

theme load_theme(const template_set& templates, diagnostics* diags) {
  static const std::string builtin_text = template_set{}.load(theme_file);
  if (templates.load(theme_file) == builtin_text) return theme::defaults();
  theme t = theme::defaults();
  const std::string origin = templates.origin(theme_file);
  merge(t, load_json_template(templates, theme_file), [&](std::string message) {
    if (!diags) return;
    diagnostic d;
    d.level = severity::warning;
    d.file = origin;
    d.message = std::move(message);
    diags->add(std::move(d));
  });
  return t;
}

}  // namespace informe::detail
