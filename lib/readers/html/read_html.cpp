// read_html: legacy report pages and this library's own HTML output.
#include <string>

#include "grammar/lexicon.hpp"
#include "readers/html/html_document.hpp"
#include "readers/html/page_text.hpp"
#include "readers/html/readers.hpp"
#include "informe/io.hpp"

namespace informe {

report read_html(std::string_view input, const read_options& options, diagnostics& diags) {
  if (input.size() > options.max_input_bytes) {
    throw error("the input is " + std::to_string(input.size()) + " bytes, more than the limit of " +
                    std::to_string(options.max_input_bytes) + " bytes (read_options::max_input_bytes)")
        .with_file(diags.file());
  }
  try {
    const detail::reading_scope labels_in_use(options, diags);
    detail::html_document page(input, diags);
    const xmlNode* root = page.root();
    if (root == nullptr) throw error("no commitments table found: the input holds no HTML", {1, 0, 0});
    detail::record_chrome(root, diags);
    if (detail::is_own_output(root)) return detail::read_own_output(root, diags);
    return detail::read_legacy_page(root, diags);
  } catch (const error& e) {
    throw e.with_file(diags.file());
  }
}

}  // namespace informe
