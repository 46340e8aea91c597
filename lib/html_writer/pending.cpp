// Placeholder until this component is written: the format is registered but says it is not built.
// Delete this file when the real implementation lands.
#include "informe/io.hpp"

namespace informe {

void write_html(const report&, const write_options&, std::string&, diagnostics&) {
  throw error("the HTML writer is not implemented yet");
}

}  // namespace informe
