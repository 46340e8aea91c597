// The two ways the HTML reader reads a parsed page. Internal to the HTML reader.
#pragma once

#include <libxml/tree.h>

#include "informe/diagnostics.hpp"
#include "informe/model.hpp"

namespace informe::detail {

/// True when the page is this library's own HTML output (templates/html/): it carries
/// machine-readable markup (an element with data-informe, or data-field attributes).
bool is_own_output(const xmlNode* root);

/// Reads this library's own output from its data-field elements, <time datetime> and status keys:
/// lossless for every model the HTML writer writes.
report read_own_output(const xmlNode* root, diagnostics& diags);

/// Reads a legacy report page by its printed labels and column headers, through the shared field
/// grammar (detail::report_builder). Throws informe::error("no commitments table found") when the
/// page has no table with the columns Recomendación | Compromiso | Cumplimiento.
report read_legacy_page(const xmlNode* root, diagnostics& diags);

}  // namespace informe::detail
