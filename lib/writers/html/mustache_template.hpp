// Mustache templates from a template_set, checked and with their partials resolved, rendered with
// kainjow-mustache. Internal to the library; any template-driven writer can use it.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "informe/templates.hpp"

namespace informe::detail {

/// One page template with every partial inlined, ready to render many times.
///
///     template_set templates(options.template_dir);
///     mustache_template page(templates, "html/page.mustache");
///     std::string html = page.render(view);
///
/// `{{> name}}` names a file of the including template's folder: "html/name.mustache", or
/// "html/name" when the name has an extension ("style.css"). Partials are resolved from the
/// template set only, never from the view, so no value of the view ever becomes template source.
/// Mistakes (unclosed tag or section, mismatched section end, bad delimiter tag, missing or
/// recursive partial) throw informe::error carrying the template's origin and line:column.
/// Values are escaped for HTML text and quoted attributes (& < > " ' and control characters).
class mustache_template {
 public:
  mustache_template(const template_set& templates, std::string_view name);
  ~mustache_template();
  mustache_template(mustache_template&&) noexcept;
  mustache_template& operator=(mustache_template&&) noexcept;

  /// Renders the template over `view` (objects, arrays, strings, booleans; numbers become their
  /// decimal text; null is false). Throws informe::error when rendering fails.
  std::string render(const nlohmann::json& view) const;

  /// The template source with every partial inlined.
  const std::string& source() const { return source_; }

 private:
  struct engine;
  std::string name_;
  std::string source_;
  std::unique_ptr<engine> engine_;
};

/// Escapes text for HTML element content and quoted attribute values: & < > " ' become
/// references; C0/C1 control characters other than tab, line feed and carriage return become U+FFFD.
std::string html_escape(std::string_view text);

}  // namespace informe::detail
