// Every reader and writer of the library, in the same two shapes:
//
//     report read_x(std::string_view input, const read_options&, diagnostics&);
//     void   write_x(const report&, const write_options&, std::string& output, diagnostics&);
//
// Input and output are bytes held in strings. Readers never print and never abort on messy input:
// recoverable problems go to `diagnostics`; an input that cannot become a report at all throws
// informe::error. Writers append to `output` only when they succeed as a whole.
#pragma once

#include <string>
#include <string_view>

#include "informe/diagnostics.hpp"
#include "informe/export.hpp"
#include "informe/model.hpp"
#include "informe/options.hpp"

namespace informe {

// ---- Canonical formats (lossless) ----

/// Reads the canonical JSON form of a report.
INFORME_API report read_json(std::string_view input, const read_options& options, diagnostics& diags);
/// Writes the canonical JSON form: pretty, stable key order, UTF-8.
INFORME_API void write_json(const report& r, const write_options& options, std::string& output,
                            diagnostics& diags);

/// Reads the canonical XML form, checking it against the schema (schema/informe.xsd).
INFORME_API report read_xml(std::string_view input, const read_options& options, diagnostics& diags);
/// Writes the canonical XML form, valid against the schema.
INFORME_API void write_xml(const report& r, const write_options& options, std::string& output,
                           diagnostics& diags);

// ---- Archived inputs ----

/// Reads text extracted from a report's PDF (markdown bold, tab-separated cells, stray HTML).
INFORME_API report read_text(std::string_view input, const read_options& options, diagnostics& diags);
/// Reads a report page in HTML: legacy 2000s pages and this library's own HTML output.
INFORME_API report read_html(std::string_view input, const read_options& options, diagnostics& diags);
/// Reads a report's PDF file from the positions of its text layer.
INFORME_API report read_pdf(std::string_view input, const read_options& options, diagnostics& diags);
/// Reads a Word .docx: this library's own output losslessly (recognised by its styles, also after
/// Word or LibreOffice re-saved it), and reports typed by hand (header lines or a label | value
/// table, the commitments table found by its column titles). Tracked changes are read as accepted,
/// with a warning; headers and footers are page furniture.
INFORME_API report read_docx(std::string_view input, const read_options& options, diagnostics& diags);
/// Reads the single-file Flat OPC form of a Word document (pkg:package XML), like read_docx.
INFORME_API report read_docx_xml(std::string_view input, const read_options& options, diagnostics& diags);

// ---- Spreadsheets (docs/spreadsheets.md) ----

/// Reads a CSV file as Excel and LibreOffice write it (";", "," or tab, detected; UTF-8 with or
/// without BOM, or Windows-1252): header label/value rows above the table of commitments.
INFORME_API report read_csv(std::string_view input, const read_options& options, diagnostics& diags);
/// Reads an Excel workbook (.xlsx): the table of commitments and the header, above it or on its own
/// sheet. Formulas are never evaluated (their cached values are read, with a warning).
INFORME_API report read_xlsx(std::string_view input, const read_options& options, diagnostics& diags);
/// Reads an OpenDocument spreadsheet (.ods), as read_xlsx does.
INFORME_API report read_ods(std::string_view input, const read_options& options, diagnostics& diags);
/// Writes an Excel workbook: a "Compromisos" sheet (one row per commitment) and an "Informe" sheet
/// (the header fields). Reproducible: the same report and options give the same bytes.
INFORME_API void write_xlsx(const report& r, const write_options& options, std::string& output,
                            diagnostics& diags);
/// Writes CSV (UTF-8 with BOM, CRLF): the header as label/value rows, an empty row, the table.
INFORME_API void write_csv(const report& r, const write_options& options, std::string& output,
                           diagnostics& diags);
/// Writes CSV with ";" between cells, as Spanish-locale spreadsheets expect.
INFORME_API void write_csv_semicolon(const report& r, const write_options& options, std::string& output,
                         diagnostics& diags);

// ---- Documents ----

/// Writes a standalone HTML5 document through the HTML templates.
INFORME_API void write_html(const report& r, const write_options& options, std::string& output,
                            diagnostics& diags);
/// Writes a Word .docx package.
INFORME_API void write_docx(const report& r, const write_options& options, std::string& output,
                            diagnostics& diags);
/// Writes the single-file Flat OPC form of the .docx (pkg:package XML) that Word opens directly.
INFORME_API void write_docx_xml(const report& r, const write_options& options, std::string& output,
                    diagnostics& diags);
/// Writes the printable PDF report.
INFORME_API void write_pdf(const report& r, const write_options& options, std::string& output,
                           diagnostics& diags);

}  // namespace informe
