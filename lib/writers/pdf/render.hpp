// The PDF writer's entry point with its layout statistics, for tests and the benchmark. Internal.
#pragma once

#include <string>

#include "informe/diagnostics.hpp"
#include "informe/model.hpp"
#include "informe/options.hpp"
#include "writers/pdf/layout.hpp"

namespace informe::detail::pdf {

struct render_result {
  std::string bytes;
  int pages = 0;
  int bookmarks = 0;
  layout_stats stats;
};

/// Lays out and writes `r` as PDF; write_pdf appends `bytes` of this to its output.
render_result render_pdf(const report& r, const write_options& options, diagnostics& diags);

}  // namespace informe::detail::pdf
