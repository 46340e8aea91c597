// ODS (OpenDocument spreadsheets, as LibreOffice Calc saves them) through the hardened zip reader and
// libxml2's stream reader: typed cells (office:value-type), dates from office:date-value with the
// precision the displayed text shows, repeated rows and columns expanded only where they hold content.
#include <cstdlib>

#include "core/unicode.hpp"
#include "grammar/dates.hpp"
#include "informe/io.hpp"
#include "readers/spreadsheet/readers.hpp"
#include "readers/spreadsheet/xml_stream.hpp"
#include "shared/zip/zip.hpp"

namespace informe {

namespace detail::sheets {

namespace {

constexpr std::string_view ns_table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
constexpr std::string_view ns_office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
constexpr std::string_view ns_text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
constexpr long max_repeat = 1 << 20;

long repeat_of(const xml_stream& x, std::string_view attribute) {
  auto v = x.attr(ns_table, attribute);
  if (!v) return 1;
  long n = std::atol(v->c_str());
  return n < 1 ? 1 : (n > max_repeat ? max_repeat : n);
}

// The text of a <text:p> (the stream is on its start): spans, links, <text:s text:c="n"/> spaces,
// tabs and line breaks; notes and annotations left out.
void paragraph_text(xml_stream& x, std::string& out) {
  if (x.is_empty()) return;
  int depth = x.depth();
  int skip_depth = -1;
  while (x.next_inside(depth, skip_depth)) {
    if (x.is_start()) {
      if (x.ns() == ns_office && x.name() == "annotation") {
        if (!x.is_empty()) skip_depth = x.depth();
      } else if (x.ns() == ns_text && (x.name() == "note" || x.name() == "ruby-text")) {
        if (!x.is_empty()) skip_depth = x.depth();
      } else if (x.ns() == ns_text && x.name() == "s") {
        long n = std::atol(x.attr(ns_text, "c").value_or("1").c_str());
        out.append(static_cast<std::size_t>(n < 1 ? 1 : (n > 1000 ? 1000 : n)), ' ');
      } else if (x.ns() == ns_text && x.name() == "tab") {
        out += '\t';
      } else if (x.ns() == ns_text && x.name() == "line-break") {
        out += '\n';
      }
    } else if (x.is_text()) {
      out += x.value();
    }
    if (out.size() > max_cell_bytes)
      throw error(x.what() + ": a cell of more than " + std::to_string(max_cell_bytes) + " bytes");
  }
}

cell read_cell(xml_stream& x, const std::string& file_prefix, diagnostics& diags, const std::string& ref) {
  cell c;
  std::string type = x.attr(ns_office, "value-type").value_or("");
  c.formula = x.attr(ns_table, "formula").has_value();
  auto value = x.attr(ns_office, "value");
  auto date_value = x.attr(ns_office, "date-value");
  std::string text;
  if (!x.is_empty()) {
    int depth = x.depth();
    int paragraphs = 0;
    int skip_depth = -1;
    while (x.next_inside(depth, skip_depth)) {
      if (!x.is_start()) continue;
      if (x.ns() == ns_office && x.name() == "annotation") {
        if (!x.is_empty()) skip_depth = x.depth();
        diagnostic d{severity::warning, file_prefix + ref, {}, "a comment on the cell is ignored", diagnostic_code::other, {}};
        diags.add(std::move(d));
      } else if (x.ns() == ns_text && (x.name() == "p" || x.name() == "h")) {
        if (paragraphs++ > 0) text += '\n';
        paragraph_text(x, text);
      }
    }
  }
  if (type == "float" || type == "percentage" || type == "currency") {
    char* end = nullptr;
    double v = value ? std::strtod(value->c_str(), &end) : 0;
    if (value && end && *end == '\0') {
      c.type = cell::kind::number;
      c.number = v;
      c.text = *value;
      return c;
    }
  } else if (type == "date" && date_value) {
    std::string iso = *date_value;
    std::optional<date_time> when;
    if (iso.size() >= 19)
      when = date_time::from_iso(iso.substr(0, 19));
    else if (auto d = partial_date::from_iso(iso.substr(0, 10)); d && d->day)
      when = date_time{*d, 0, 0, 0};
    if (when) {
      c.type = cell::kind::date;
      c.when = *when;
      c.has_time = iso.size() > 10 && text.find(':') != std::string::npos;
      // The precision the cell shows: "12-2000" is a month, "2000" a year.
      if (auto shown = parse_spanish_date(text); shown && shown->year == when->date.year) {
        c.precision = shown->day ? 3 : shown->month ? 2 : 1;
        c.shown = text;  // the text the cell shows, "31-03-2010" or "Marzo 2010"
      }
      return c;
    }
  } else if (type == "boolean") {
    c.type = cell::kind::text;
    c.text = x.attr(ns_office, "boolean-value").value_or(text);
    return c;
  }
  if (!text.empty()) {
    c.type = cell::kind::text;
    c.text = std::move(text);
  }
  return c;
}

}  // namespace

workbook parse_ods(std::string_view input, diagnostics& diags) {
  zip_reader zip(input, "not an ODS spreadsheet");
  auto mimetype = zip.read("mimetype");
  if (mimetype && *mimetype != "application/vnd.oasis.opendocument.spreadsheet") {
    throw error("not an ODS spreadsheet (mimetype " + quote_for_message(clean_text(*mimetype), 80) + ")");
  }
  auto content = zip.read("content.xml");
  if (!content) throw error("not an ODS spreadsheet (no content.xml)");
  xml_stream x(std::move(*content), "content.xml");
  workbook book;
  sheet* current = nullptr;
  std::string prefix;
  int row_number = 0;
  std::size_t total_rows = 0;
  while (x.next()) {
    if (!x.is_start() || x.ns() != ns_table) continue;
    if (x.name() == "table") {
      if (book.sheets.size() >= max_sheets) throw error("more than " + std::to_string(max_sheets) + " sheets");
      book.sheets.emplace_back();
      current = &book.sheets.back();
      current->name = x.attr(ns_table, "name").value_or("");
      bool plain = current->name.find_first_of(" !:'") == std::string::npos;
      prefix =
          (diags.file().empty() ? "" : diags.file() + ":") + (plain ? current->name : "'" + current->name + "'") + "!";
      row_number = 0;
      continue;
    }
    if (x.name() != "table-row" || !current) continue;
    long rows = repeat_of(x, "number-rows-repeated");
    int first = row_number + 1;
    row_number += static_cast<int>(rows);
    if (row_number > 1048576) throw error("content.xml: more than 1048576 rows in sheet " + current->name);
    sheet_row row{first, {}};
    if (!x.is_empty()) {
      int depth = x.depth();
      std::size_t column = 0;
      while (x.next()) {
        if (x.is_end() && x.depth() == depth) break;
        if (!x.is_start() || x.ns() != ns_table) continue;
        if (x.name() != "table-cell" && x.name() != "covered-table-cell") continue;
        long repeat = repeat_of(x, "number-columns-repeated");
        cell c = read_cell(x, prefix, diags, cell_ref(column, first));
        if (!c.empty() || c.type == cell::kind::number || c.type == cell::kind::date) {
          if (column + static_cast<std::size_t>(repeat) > max_columns)
            throw error("content.xml: a cell beyond column " + std::to_string(max_columns) + " (" +
                        cell_ref(column, first) + ")");
          row.cells.resize(column + static_cast<std::size_t>(repeat));
          for (long k = 0; k < repeat; ++k) row.cells[column + static_cast<std::size_t>(k)] = c;
        }
        column += static_cast<std::size_t>(repeat);
      }
    }
    if (row.cells.empty()) continue;
    for (long k = 0; k < rows; ++k) {
      if (++total_rows > max_rows) throw error("more than " + std::to_string(max_rows) + " rows");
      sheet_row copy = row;
      copy.number = first + static_cast<int>(k);
      current->rows.push_back(std::move(copy));
    }
  }
  return book;
}

}  // namespace detail::sheets

report read_ods(std::string_view input, const read_options& options, diagnostics& diags) {
  detail::sheets::check_input_size(input, options);
  auto book = detail::sheets::parse_ods(input, diags);
  return detail::sheets::to_report(book, diags);
}

}  // namespace informe
