// Placeholder until this component is written. Delete this file when the real implementation lands.
#include "informe/io.hpp"

namespace informe {

report read_json(std::string_view, const read_options&, diagnostics&) { throw error("the JSON reader is not implemented yet"); }
void write_json(const report&, const write_options&, std::string&, diagnostics&) { throw error("the JSON writer is not implemented yet"); }
report read_xml(std::string_view, const read_options&, diagnostics&) { throw error("the XML reader is not implemented yet"); }
void write_xml(const report&, const write_options&, std::string&, diagnostics&) { throw error("the XML writer is not implemented yet"); }

}  // namespace informe
