// XLSX (Office Open XML spreadsheets) through the hardened zip reader and libxml2's stream reader:
// shared strings, inline strings, number formats telling dates from numbers, the 1900 and 1904 date
// systems, formulas never evaluated (their cached values are used).
#include <cmath>
#include <cstdlib>
#include <map>

#include "core/civil_time.hpp"
#include "core/unicode.hpp"
#include "informe/io.hpp"
#include "readers/spreadsheet/readers.hpp"
#include "readers/spreadsheet/shown_date.hpp"
#include "readers/spreadsheet/xml_stream.hpp"
#include "shared/zip/zip.hpp"

namespace informe {

namespace detail::sheets {

namespace {

constexpr std::string_view ns_main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
constexpr std::string_view ns_main_strict = "http://purl.oclc.org/ooxml/spreadsheetml/main";
constexpr std::size_t max_shared_strings = 1000000;

bool is_main(const xml_stream& x, std::string_view local) {
  return x.name() == local && (x.ns() == ns_main || x.ns() == ns_main_strict);
}

// "xl/" + "worksheets/sheet1.xml", "/xl/x.xml" -> "xl/x.xml", "../x" resolved.
std::string resolve(std::string_view base_dir, std::string_view target) { return *resolve_part_name(base_dir, target); }

struct relationship {
  std::string type, target;
};

std::map<std::string, relationship> read_rels(const zip_reader& zip, const std::string& name, std::string_view base) {
  std::map<std::string, relationship> out;
  auto bytes = zip.read(name);
  if (!bytes) return out;
  xml_stream x(*bytes, name);
  while (x.next()) {
    if (!x.is_start() || x.name() != "Relationship") continue;
    auto id = x.attr("Id");
    auto target = x.attr("Target");
    auto type = x.attr("Type");
    if (x.attr("TargetMode").value_or("") == "External") continue;
    if (id && target) out[*id] = {type.value_or(""), resolve(base, *target)};
  }
  return out;
}

bool ends_with(std::string_view s, std::string_view tail) {
  return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail;
}

// Excel's escapes for characters XML cannot hold: "_x000D_".
std::string unescape_ooxml(std::string s) {
  if (s.find("_x") == std::string::npos) return s;
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '_' && i + 6 < s.size() && s[i + 1] == 'x' && s[i + 6] == '_') {
      std::string hex = s.substr(i + 2, 4);
      if (hex.find_first_not_of("0123456789abcdefABCDEF") == std::string::npos) {
        auto c = static_cast<char32_t>(std::strtoul(hex.c_str(), nullptr, 16));
        if (c == '\r') {
          // dropped: line breaks are '\n'
        } else {
          append_utf8(out, c);
        }
        i += 6;
        continue;
      }
    }
    out += s[i];
  }
  return out;
}

// The text of an <si> or <is>: its <t> runs, phonetic runs (<rPh>) left out.
std::string rich_string(xml_stream& x) {
  std::string out;
  int depth = x.depth();
  if (x.is_empty()) return out;
  bool in_t = false, in_phonetic = false;
  while (x.next()) {
    if (x.is_end() && x.depth() == depth) break;
    if (x.is_start()) {
      if (x.name() == "rPh")
        in_phonetic = !x.is_empty();
      else if (x.name() == "t")
        in_t = !x.is_empty();
    } else if (x.is_end()) {
      if (x.name() == "rPh")
        in_phonetic = false;
      else if (x.name() == "t")
        in_t = false;
    } else if (x.is_text() && in_t && !in_phonetic) {
      out += x.value();
      if (out.size() > max_cell_bytes)
        throw error(x.what() + ": a string of more than " + std::to_string(max_cell_bytes) + " bytes");
    }
  }
  return unescape_ooxml(std::move(out));
}

std::vector<std::string> read_shared_strings(const zip_reader& zip, const std::string& name) {
  std::vector<std::string> out;
  auto bytes = zip.read(name);
  if (!bytes) return out;
  xml_stream x(*bytes, name);
  while (x.next()) {
    if (x.is_start() && is_main(x, "si")) {
      if (out.size() >= max_shared_strings)
        throw error(name + ": more than " + std::to_string(max_shared_strings) + " shared strings");
      out.push_back(rich_string(x));
    }
  }
  return out;
}

// Date formats: the precision a number format shows (0: not a date), and whether it shows a time.
struct date_format {
  int precision = 0;
  bool time = false;
  std::string code;  // a custom format's code ("dd-mm-yyyy"): what the cell shows (shown_date)
};
const date_format no_format{};

date_format classify(std::string_view code) {
  std::string plain;
  bool quoted = false;
  for (std::size_t i = 0; i < code.size(); ++i) {
    char c = code[i];
    if (quoted) {
      quoted = c != '"';
      continue;
    }
    if (c == '"')
      quoted = true;
    else if (c == '\\' || c == '_' || c == '*')
      ++i;  // a literal or padding character follows
    else if (c == '[') {
      auto close = code.find(']', i);
      if (close == std::string_view::npos) break;
      i = close;
    } else if (c == ';')
      break;  // the first section decides
    else
      plain += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  }
  date_format f;
  bool y = plain.find('y') != std::string::npos, d = plain.find('d') != std::string::npos;
  bool h = plain.find('h') != std::string::npos || plain.find('s') != std::string::npos;
  if (!y && !d) return f;
  f.precision = d ? 3 : (plain.find('m') != std::string::npos ? 2 : 1);
  f.time = h;
  return f;
}

date_format builtin_format(int id) {
  if (id >= 14 && id <= 16) return {3, false, {}};
  if (id == 17) return {2, false, {}};
  if (id == 22) return {3, true, {}};
  if ((id >= 27 && id <= 36) || (id >= 50 && id <= 58)) return {3, false, {}};
  return {};
}

std::vector<date_format> read_styles(const zip_reader& zip, const std::string& name) {
  std::vector<date_format> out;
  auto bytes = zip.read(name);
  if (!bytes) return out;
  std::map<int, date_format> custom;
  xml_stream x(*bytes, name);
  bool in_xfs = false;
  while (x.next()) {
    if (x.is_start() && is_main(x, "numFmt")) {
      auto id = x.attr("numFmtId");
      auto code = x.attr("formatCode");
      if (id && code) {
        date_format f = classify(*code);
        if (f.precision > 0) f.code = *code;
        custom[std::atoi(id->c_str())] = std::move(f);
      }
    } else if (x.is_start() && is_main(x, "cellXfs")) {
      in_xfs = !x.is_empty();
    } else if (x.is_end() && is_main(x, "cellXfs")) {
      in_xfs = false;
    } else if (in_xfs && x.is_start() && is_main(x, "xf")) {
      int id = std::atoi(x.attr("numFmtId").value_or("0").c_str());
      auto it = custom.find(id);
      out.push_back(it != custom.end() ? it->second : builtin_format(id));
      if (out.size() > 100000) throw error(name + ": too many cell formats");
    }
  }
  return out;
}

// Days since 1970-01-01 to y/m/d.
partial_date civil_from_days(long long days) {
  const civil_time t = civil_from_epoch(days * 86400);
  partial_date d;
  d.year = t.year;
  d.month = t.month;
  d.day = t.day;
  return d;
}

// An Excel serial date to a date and time; false when out of range (before 1900 or after 9999).
bool serial_to_date(double serial, bool date1904, date_time& out) {
  if (!std::isfinite(serial) || serial < 0 || serial > 2958466) return false;
  long long days = static_cast<long long>(std::floor(serial));
  long long seconds = std::llround((serial - static_cast<double>(days)) * 86400.0);
  if (seconds >= 86400) {
    ++days;
    seconds -= 86400;
  }
  long long epoch_days;  // days from 1970-01-01 of serial 0
  if (date1904) {
    epoch_days = -24107;  // 1904-01-01
  } else {
    if (days == 0 && seconds == 0) return false;  // "0-01-1900"
    epoch_days = days < 61 ? -25568 : -25569;     // Excel's 29-02-1900 that never was
  }
  out.date = civil_from_days(epoch_days + days);
  out.hour = static_cast<int>(seconds / 3600);
  out.minute = static_cast<int>(seconds % 3600 / 60);
  out.second = static_cast<int>(seconds % 60);
  return out.date.year >= 1 && out.date.year <= 9999;
}

// "B7" -> column 1, row 7; false when malformed.
bool parse_ref(std::string_view ref, std::size_t& column, int& row) {
  std::size_t i = 0, c = 0;
  while (i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z') {
    c = c * 26 + static_cast<std::size_t>(ref[i] - 'A' + 1);
    if (c > 16384) return false;
    ++i;
  }
  if (i == 0 || i == ref.size()) return false;
  long r = 0;
  for (; i < ref.size(); ++i) {
    if (ref[i] < '0' || ref[i] > '9') return false;
    r = r * 10 + (ref[i] - '0');
    if (r > 1048576) return false;
  }
  column = c - 1;
  row = static_cast<int>(r);
  return r > 0;
}

struct sheet_context {
  const std::vector<std::string>& strings;
  const std::vector<date_format>& formats;
  bool date1904;
  diagnostics& diags;
  std::string file_prefix;  // "FILE:Sheet!"
  std::size_t& total_rows;
};

void warn_at(sheet_context& ctx, severity level, const std::string& ref, std::string message) {
  diagnostic d;
  d.level = level;
  d.file = ctx.file_prefix + ref;
  d.message = std::move(message);
  ctx.diags.add(std::move(d));
}

sheet read_sheet(const std::string& bytes, const std::string& part, std::string name, sheet_context& ctx) {
  sheet out;
  out.name = std::move(name);
  xml_stream x(bytes, part);
  int next_row = 1;
  sheet_row* row = nullptr;
  while (x.next()) {
    if (!x.is_start()) continue;
    if (is_main(x, "row")) {
      int number = next_row;
      if (auto r = x.attr("r")) number = std::atoi(r->c_str());
      if (number < next_row || number > 1048576) throw error(part + ": row numbers out of order", {x.line(), 0, 0});
      next_row = number + 1;
      if (x.is_empty()) continue;
      if (++ctx.total_rows > max_rows) throw error(part + ": more than " + std::to_string(max_rows) + " rows");
      out.rows.push_back({number, {}});
      row = &out.rows.back();
      continue;
    }
    if (!is_main(x, "c") || !row) continue;
    std::size_t column = row->cells.size();
    int row_number = row->number;
    if (auto r = x.attr("r")) {
      if (!parse_ref(*r, column, row_number) || row_number != row->number || column < row->cells.size())
        throw error(part + ": bad cell reference \"" + *r + "\"", {x.line(), 0, 0});
    }
    if (column >= max_columns) {
      throw error(part + ": a cell beyond column " + std::to_string(max_columns) + " (" + cell_ref(column, row_number) +
                  ")");
    }
    std::string type = x.attr("t").value_or("n");
    std::size_t style = static_cast<std::size_t>(std::atol(x.attr("s").value_or("0").c_str()));
    cell c;
    std::string v;
    bool has_v = false;
    if (!x.is_empty()) {
      int depth = x.depth();
      while (x.next()) {
        if (x.is_end() && x.depth() == depth) break;
        if (!x.is_start()) continue;
        if (is_main(x, "f")) {
          c.formula = true;
        } else if (is_main(x, "v")) {
          has_v = true;
          if (!x.is_empty()) {
            int vd = x.depth();
            while (x.next() && !(x.is_end() && x.depth() == vd)) {
              if (x.is_text()) v += x.value();
              if (v.size() > max_cell_bytes)
                throw error(part + ": a value of more than " + std::to_string(max_cell_bytes) + " bytes");
            }
          }
        } else if (is_main(x, "is")) {
          has_v = true;
          v = rich_string(x);
        }
      }
    }
    std::string ref = cell_ref(column, row_number);
    if (c.formula && !has_v) {
      warn_at(ctx, severity::warning, ref,
              "a formula without a cached value: left empty (formulas are never evaluated)");
    }
    if (has_v) {
      if (type == "s") {
        char* end = nullptr;
        unsigned long index = std::strtoul(v.c_str(), &end, 10);
        if (v.empty() || *end != '\0' || index >= ctx.strings.size()) {
          warn_at(ctx, severity::error, ref,
                  "shared string " + v + " does not exist (" + std::to_string(ctx.strings.size()) +
                      " strings): the cell is left empty");
        } else {
          c.type = cell::kind::text;
          c.text = ctx.strings[index];
        }
      } else if (type == "inlineStr" || type == "str") {
        c.type = cell::kind::text;
        c.text = unescape_ooxml(std::move(v));
      } else if (type == "b") {
        c.type = cell::kind::text;
        c.text = v == "1" ? "TRUE" : "FALSE";
      } else if (type == "e") {
        c.type = cell::kind::error;
        c.text = v;
      } else if (type == "d") {
        c.type = cell::kind::text;  // an ISO date as text: the grammar reads it
        c.text = v;
        if (auto t = date_time::from_iso(v.substr(0, 19))) {
          c.type = cell::kind::date;
          c.when = *t;
          c.has_time = t->hour || t->minute || t->second;
        } else if (auto d = partial_date::from_iso(v.substr(0, 10)); d && d->day) {
          c.type = cell::kind::date;
          c.when.date = *d;
        }
      } else {
        char* end = nullptr;
        double number = std::strtod(v.c_str(), &end);
        if (v.empty() || *end != '\0') {
          warn_at(ctx, severity::error, ref, "not a number: " + quote_for_message(v, 40) + ": the cell is left empty");
        } else {
          c.type = cell::kind::number;
          c.number = number;
          c.text = v;
          const date_format& f = style < ctx.formats.size() ? ctx.formats[style] : no_format;
          if (f.precision > 0) {
            date_time when;
            if (serial_to_date(number, ctx.date1904, when)) {
              c.type = cell::kind::date;
              c.when = when;
              c.precision = f.precision;
              c.has_time = f.time;
              if (auto shown = shown_date(f.code, when)) c.shown = std::move(*shown);
            } else {
              warn_at(ctx, severity::warning, ref, "date serial " + v + " is out of range: read as a number");
            }
          }
        }
      }
    }
    if (c.type == cell::kind::empty && !c.formula) continue;
    row->cells.resize(column + 1);
    row->cells[column] = std::move(c);
  }
  return out;
}

}  // namespace

workbook parse_xlsx(std::string_view input, diagnostics& diags) {
  zip_reader zip(input, "not an XLSX workbook");
  std::string workbook_part = "xl/workbook.xml";
  for (const auto& [id, rel] : read_rels(zip, "_rels/.rels", "")) {
    if (ends_with(rel.type, "/officeDocument")) workbook_part = rel.target;
  }
  if (!zip.contains(workbook_part)) throw error("not an XLSX workbook (no " + workbook_part + ")");
  std::string base = workbook_part.substr(0, workbook_part.rfind('/') + 1);
  std::string rels_name = base + "_rels/" + workbook_part.substr(base.size()) + ".rels";
  auto rels = read_rels(zip, rels_name, base);

  std::string strings_part = base + "sharedStrings.xml", styles_part = base + "styles.xml";
  for (const auto& [id, rel] : rels) {
    if (ends_with(rel.type, "/sharedStrings")) strings_part = rel.target;
    if (ends_with(rel.type, "/styles")) styles_part = rel.target;
  }

  struct sheet_ref {
    std::string name, part;
  };
  std::vector<sheet_ref> sheets;
  bool date1904 = false;
  {
    xml_stream x(*zip.read(workbook_part), workbook_part);
    while (x.next()) {
      if (!x.is_start()) continue;
      if (is_main(x, "workbookPr")) {
        auto v = x.attr("date1904").value_or("0");
        date1904 = v == "1" || v == "true";
      } else if (is_main(x, "sheet")) {
        auto name = x.attr("name").value_or("");
        auto id = x.attr("id");  // r:id
        if (!id) continue;
        auto it = rels.find(*id);
        if (it == rels.end()) {
          diags.warning({}, "sheet \"" + name + "\" has no part: ignored", diagnostic_code::truncated_input);
          continue;
        }
        if (sheets.size() >= max_sheets) throw error("more than " + std::to_string(max_sheets) + " sheets");
        sheets.push_back({name, it->second.target});
      }
    }
  }
  auto strings = read_shared_strings(zip, strings_part);
  auto formats = read_styles(zip, styles_part);

  workbook book;
  std::size_t total_rows = 0;
  for (const auto& s : sheets) {
    auto bytes = zip.read(s.part);
    if (!bytes) {
      diags.warning({}, "sheet \"" + s.name + "\" (" + s.part + ") is missing: ignored",
                    diagnostic_code::truncated_input);
      continue;
    }
    bool plain = s.name.find_first_of(" !:'") == std::string::npos;
    sheet_context ctx{strings,
                      formats,
                      date1904,
                      diags,
                      (diags.file().empty() ? "" : diags.file() + ":") + (plain ? s.name : "'" + s.name + "'") + "!",
                      total_rows};
    book.sheets.push_back(read_sheet(*bytes, s.part, s.name, ctx));
  }
  return book;
}

}  // namespace detail::sheets

report read_xlsx(std::string_view input, const read_options& options, diagnostics& diags) {
  detail::sheets::check_input_size(input, options);
  auto book = detail::sheets::parse_xlsx(input, diags);
  return detail::sheets::to_report(book, diags);
}

}  // namespace informe
