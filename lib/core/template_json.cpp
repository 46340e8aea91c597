#include "core/template_json.hpp"

#include "core/json_limits.hpp"
#include "core/line_index.hpp"
#include "informe/diagnostics.hpp"

namespace informe::detail {

nlohmann::json load_json_template(const template_set& templates, std::string_view name) {
  std::string text = templates.load(name);  // at most template_set::max_file_bytes
  // The same depth limit as the canonical JSON reader, checked before nlohmann-json recurses.
  if (auto deep = json_too_deep(text)) {
    throw error("JSON nested deeper than " + std::to_string(max_json_depth) + " levels",
                position_of(text, *deep), templates.origin(name));
  }
  try {
    return nlohmann::json::parse(text);
  } catch (const nlohmann::json::parse_error& e) {
    std::string what = e.what();
    if (auto colon = what.find("]: "); colon != std::string::npos) what = what.substr(colon + 3);
    throw error(what, position_of(text, e.byte > 0 ? e.byte - 1 : 0), templates.origin(name));
  } catch (const nlohmann::json::exception& e) {  // a number out of range ("1e999"): no position given
    std::string what = e.what();
    if (auto close = what.find("] "); close != std::string::npos) what = what.substr(close + 2);
    throw error(what, {}, templates.origin(name));
  }
}

nlohmann::json load_labels(const template_set& templates) {
  return load_json_template(templates, "common/labels.json");
}

}  // namespace informe::detail
