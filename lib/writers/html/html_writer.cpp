// The HTML writer: the report's view rendered through templates/html/ (overridable file by file).
#include <string>

#include "core/vocabulary.hpp"
#include "core/theme.hpp"
#include "core/view.hpp"
#include "writers/html/mustache_template.hpp"
#include "informe/io.hpp"
#include "informe/templates.hpp"

namespace informe {

namespace {

const char* const page_template = "html/page.mustache";

// The compiled-in page and labels never change: made once (the page once per thread, so that
// parallel conversions never wait for each other's rendering).
const detail::mustache_template& builtin_page() {
  thread_local const detail::mustache_template page(template_set{}, page_template);
  return page;
}


// True when `s` holds DEL or a C1 control (U+0080-U+009F), which html_escape() shows as U+FFFD.
bool has_unshowable(const std::string& s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c == 0x7F) return true;
    if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) >= 0x80 &&
        static_cast<unsigned char>(s[i + 1]) <= 0x9F)
      return true;
  }
  return false;
}

// Counts the view's texts html_escape() changes, and the path of the first ("rows[2].commitment").
void find_unshowable(const nlohmann::json& v, const std::string& path, std::size_t& count, std::string& first) {
  if (v.is_string()) {
    if (has_unshowable(v.get_ref<const std::string&>()) && count++ == 0) first = path;
  } else if (v.is_object()) {
    for (auto it = v.begin(); it != v.end(); ++it) {
      if (it.key() != "labels" && it.key() != "theme") find_unshowable(it.value(), path.empty() ? it.key() : path + "." + it.key(), count, first);
    }
  } else if (v.is_array()) {
    for (std::size_t i = 0; i < v.size(); ++i) find_unshowable(v[i], path + "[" + std::to_string(i) + "]", count, first);
  }
}

// Nothing changed in silence: DEL and C1 controls are not shown by HTML, so say so.
void warn_unshowable(const nlohmann::json& view, diagnostics& diags) {
  std::size_t count = 0;
  std::string first;
  find_unshowable(view, "", count, first);
  if (count == 0) return;
  diags.warning({}, std::to_string(count) + (count == 1 ? " text holds" : " texts hold") +
                        " DEL or C1 control characters, which HTML cannot show: written as U+FFFD (first in " +
                        first + ")", diagnostic_code::lossy_output);
}

}  // namespace

void write_html(const report& r, const write_options& options, std::string& output, diagnostics& diags) {
  if (options.template_dir.empty()) {
    const nlohmann::json view =
        detail::build_view(r, detail::present(r, detail::vocabulary::defaults(), options.source_date_epoch));
    warn_unshowable(view, diags);
    output += builtin_page().render(view);
    return;
  }
  // A user's directory is read afresh on every call: its files may change between calls.
  const template_set templates(options.template_dir);
  const detail::mustache_template page(templates, page_template);
  const nlohmann::json view =
      detail::build_view(r, detail::present(r, detail::load_vocabulary(templates, &diags), options.source_date_epoch),
                         detail::load_theme(templates, &diags));
  warn_unshowable(view, diags);
  output += page.render(view);
}

}  // namespace informe
