// The HTML writer: the report's view rendered through templates/html/ (overridable file by file).
#include <string>

#include "core/template_json.hpp"
#include "core/view.hpp"
#include "html_writer/mustache_template.hpp"
#include "informe/io.hpp"
#include "informe/templates.hpp"

namespace informe {

namespace {

// The built-in labels with the override directory's labels on top, so a user's labels.json may
// hold only the keys it changes.
nlohmann::json labels_for(const template_set& templates, const std::string& template_dir) {
  nlohmann::json labels = detail::load_labels(template_set{});
  if (!template_dir.empty()) {
    nlohmann::json custom = detail::load_labels(templates);
    if (custom.is_object()) labels.update(custom);
  }
  return labels;
}

}  // namespace

void write_html(const report& r, const write_options& options, std::string& output, diagnostics&) {
  const template_set templates(options.template_dir);
  const detail::mustache_template page(templates, "html/page.mustache");
  detail::view_options view_options;
  view_options.source_date_epoch = options.source_date_epoch;
  const nlohmann::json view = detail::build_view(r, labels_for(templates, options.template_dir), view_options);
  output += page.render(view);
}

}  // namespace informe
