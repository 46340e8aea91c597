// The whole public API of informe.
//
//     #include <informe/informe.hpp>
//
//     informe::diagnostics diags("report.txt");
//     informe::report r = informe::read_text(bytes, {}, diags);
//     std::string html;
//     informe::write_html(r, {}, html, diags);
//
// Threads. Every reader, writer and function of this API may run in many threads at once: they keep
// no state between calls but caches and plugin handles that are set up once, thread-safely (the PDF
// plugins load on first use, from whichever thread comes first). Objects are not synchronised: a
// `report`, `template_set` or `write_options` may be shared between threads only while none of them
// changes it, and each conversion needs its own `diagnostics`. tests/integration/threads_test.cpp runs
// every reader and writer from many threads at once, PDF included, and checks that each output is the
// one a single thread writes.
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

/// The informe library: the report model (model.hpp), its readers and writers (io.hpp, formats.hpp),
/// diagnostics, templates and content checks. Internals live in `informe::detail`, not installed.
namespace informe {}
