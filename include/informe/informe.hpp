// The whole public API of informe.
//
//     #include <informe/informe.hpp>
//
//     informe::diagnostics diags("report.txt");
//     informe::report r = informe::read_text(bytes, {}, diags);
//     std::string html;
//     informe::write_html(r, {}, html, diags);
#pragma once

#include "informe/diagnostics.hpp"
#include "informe/export.hpp"
#include "informe/formats.hpp"
#include "informe/io.hpp"
#include "informe/model.hpp"
#include "informe/options.hpp"
#include "informe/templates.hpp"
#include "informe/validate.hpp"
#include "informe/version.hpp"
