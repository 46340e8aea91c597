// Placeholder until this component is written: the format is registered but says it is not built.
// Delete this file when the real implementation lands.
#include "informe/io.hpp"

namespace informe {

report read_pdf(std::string_view, const read_options&, diagnostics&) {
  throw error("the PDF reader is not implemented yet");
}

}  // namespace informe
