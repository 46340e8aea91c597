// Placeholder until this component is written. Delete this file when the real implementation lands.
#include "informe/io.hpp"

namespace informe {

void write_docx(const report&, const write_options&, std::string&, diagnostics&) { throw error("the DOCX writer is not implemented yet"); }
void write_docx_xml(const report&, const write_options&, std::string&, diagnostics&) { throw error("the Flat OPC writer is not implemented yet"); }

}  // namespace informe
