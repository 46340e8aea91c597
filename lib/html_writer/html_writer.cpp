// The HTML writer: the report's view rendered through templates/html/ (overridable file by file).
#include <string>

#include "core/template_json.hpp"
#include "core/view.hpp"
#include "html_writer/mustache_template.hpp"
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

const nlohmann::json& builtin_labels() {
  static const nlohmann::json labels = detail::load_labels(template_set{});
  return labels;
}

// The built-in labels with the override directory's labels on top, so a user's labels.json may
// hold only the keys it changes.
nlohmann::json custom_labels(const template_set& templates) {
  nlohmann::json labels = builtin_labels();
  nlohmann::json custom = detail::load_labels(templates);
  if (custom.is_object()) labels.update(custom);
  return labels;
}

}  // namespace

void write_html(const report& r, const write_options& options, std::string& output, diagnostics&) {
  detail::view_options view_options;
  view_options.source_date_epoch = options.source_date_epoch;
  if (options.template_dir.empty()) {
    output += builtin_page().render(detail::build_view(r, builtin_labels(), view_options));
    return;
  }
  // A user's directory is read afresh on every call: its files may change between calls.
  const template_set templates(options.template_dir);
  const detail::mustache_template page(templates, page_template);
  output += page.render(detail::build_view(r, custom_labels(templates), view_options));
}

}  // namespace informe
