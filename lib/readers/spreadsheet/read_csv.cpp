// CSV and tab-delimited text as Excel and LibreOffice write them, parsed by libcsv: the delimiter
// (";", "," or tab) found from the column titles, UTF-8 with or without BOM or Windows-1252, CRLF,
// quoted cells with line breaks.
#include <csv.h>

#include <array>
#include <memory>

#include "core/encoding.hpp"
#include "core/unicode.hpp"
#include "informe/io.hpp"
#include "shared/spreadsheet/cell_text.hpp"
#include "shared/spreadsheet/layout.hpp"
#include "readers/spreadsheet/readers.hpp"
#include "readers/spreadsheet/workbook.hpp"

namespace informe {

namespace detail::sheets {

namespace {

// The cells of one physical line split at `delimiter` (quotes respected within the line).
std::vector<std::string_view> split_line(std::string_view line, char delimiter) {
  std::vector<std::string_view> out;
  bool quoted = false;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= line.size(); ++i) {
    if (i == line.size() || (!quoted && line[i] == delimiter)) {
      std::string_view cell = line.substr(start, i - start);
      while (!cell.empty() && (cell.front() == ' ' || cell.front() == '"')) cell.remove_prefix(1);
      while (!cell.empty() && (cell.back() == ' ' || cell.back() == '"' || cell.back() == '\r')) cell.remove_suffix(1);
      out.push_back(cell);
      start = i + 1;
    } else if (line[i] == '"') {
      quoted = !quoted;
    }
  }
  return out;
}

struct parse_state {
  workbook book;
  sheet_row current;
  int line = 1;         // the line being fed to libcsv
  int record_line = 0;  // the line the current record starts on
  std::size_t rows = 0;
  std::string failure;
};

void on_field(void* data, std::size_t length, void* user) {
  auto* s = static_cast<parse_state*>(user);
  if (!s->failure.empty()) return;
  std::string_view text(static_cast<const char*>(data), data ? length : 0);
  if (s->current.cells.empty()) {
    int newlines = 0;
    for (char c : text) newlines += c == '\n';
    s->record_line = s->line - newlines;
  }
  if (s->current.cells.size() >= max_columns) {
    s->failure =
        "more than " + std::to_string(max_columns) + " cells in the record of line " + std::to_string(s->record_line);
    return;
  }
  if (length > max_cell_bytes) {
    s->failure = "a cell of more than " + std::to_string(max_cell_bytes) + " bytes on line " + std::to_string(s->line);
    return;
  }
  cell c;
  std::string value;
  value.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') continue;  // CRLF inside quotes
    value += text[i];
  }
  value = std::string(unguard_formula(value));
  if (!value.empty()) {
    c.type = cell::kind::text;
    c.text = std::move(value);
  }
  s->current.cells.push_back(std::move(c));
}

void on_record(int, void* user) {
  auto* s = static_cast<parse_state*>(user);
  if (!s->failure.empty()) return;
  // Trailing empty cells carry nothing.
  while (!s->current.cells.empty() && s->current.cells.back().empty()) s->current.cells.pop_back();
  if (!s->current.cells.empty()) {
    if (++s->rows > max_rows) {
      s->failure = "more than " + std::to_string(max_rows) + " rows";
      return;
    }
    s->current.number = s->record_line;
    s->book.sheets.front().rows.push_back(std::move(s->current));
  }
  s->current = {};
}

int is_space_only(unsigned char c) { return c == ' '; }

}  // namespace

char detect_delimiter(std::string_view text) {
  const vocabulary& words = default_vocabulary();
  constexpr std::array<char, 3> candidates{';', ',', '\t'};
  std::array<int, 3> titles{};
  std::array<std::size_t, 3> counts{};
  std::size_t start = 0;
  for (int n = 0; n < 200 && start < text.size(); ++n) {
    auto end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    for (std::size_t k = 0; k < candidates.size(); ++k) {
      auto cells = split_line(line, candidates[k]);
      counts[k] += cells.size() - 1;
      if (cells.size() < 2) continue;
      int matched = 0;
      for (auto c : cells) matched += c.size() <= 80 && words.match_column(c).has_value();
      if (matched > titles[k]) titles[k] = matched;
    }
    start = end + 1;
  }
  std::size_t best = 0;
  for (std::size_t k = 1; k < candidates.size(); ++k) {
    if (titles[k] > titles[best] || (titles[k] == titles[best] && counts[k] > counts[best])) best = k;
  }
  return candidates[best];
}

workbook parse_csv(std::string_view input, char delimiter, std::string& charset) {
  std::string_view body = strip_utf8_bom(input);
  decoded_text decoded = decode_to_utf8(input, is_valid_utf8(body) ? "UTF-8" : "windows-1252");
  charset = decoded.charset;
  const std::string& text = decoded.utf8;
  if (delimiter == 0) delimiter = detect_delimiter(text);

  struct parser_free {
    void operator()(csv_parser* p) const {
      csv_free(p);
      delete p;
    }
  };
  std::unique_ptr<csv_parser, parser_free> parser(new csv_parser);
  if (csv_init(parser.get(), CSV_STRICT_FINI) != 0) throw error("cannot start the CSV parser");
  csv_set_delim(parser.get(), static_cast<unsigned char>(delimiter));
  csv_set_space_func(parser.get(), delimiter == ' ' ? nullptr : is_space_only);

  parse_state state;
  state.book.by_line = true;
  state.book.sheets.emplace_back();
  std::size_t start = 0;
  while (start < text.size()) {
    auto end = text.find('\n', start);
    end = end == std::string::npos ? text.size() : end + 1;
    if (csv_parse(parser.get(), text.data() + start, end - start, on_field, on_record, &state) != end - start) {
      throw error(std::string("not a CSV file: ") + csv_strerror(csv_error(parser.get())), {state.line, 0, 0});
    }
    if (!state.failure.empty()) throw error("too large: " + state.failure);
    ++state.line;
    start = end;
  }
  // libcsv's state: a quoted field begun (FIELD_BEGUN, 2) and not closed at the end of the input.
  constexpr int field_begun = 2;
  bool open_quote = parser->pstate == field_begun && parser->quoted;
  if (open_quote || csv_fini(parser.get(), on_field, on_record, &state) != 0) {
    // The open cell started as many lines back as its text holds line breaks.
    int breaks = 0;
    for (std::size_t i = 0; i < parser->entry_pos; ++i) breaks += parser->entry_buf[i] == '\n';
    int first_line = state.line - 1 - breaks + (!text.empty() && text.back() == '\n' ? 1 : 0);
    throw error("a quoted cell is never closed (it starts on line " + std::to_string(first_line) + ")",
                {first_line, 0, 0});
  }
  if (!state.failure.empty()) throw error("too large: " + state.failure);
  return std::move(state.book);
}

bool looks_like_tab_table(std::string_view input) {
  std::string_view raw = input.substr(0, 1 << 16);
  if (raw.size() < input.size() && raw.rfind('\n') != std::string_view::npos) raw = raw.substr(0, raw.rfind('\n'));
  std::string utf8;
  if (raw.starts_with("\xFF\xFE") || raw.starts_with("\xFE\xFF")) {
    utf8 = decode_to_utf8(raw).utf8;  // Excel's "Unicode Text": UTF-16 with a BOM
  } else if (raw.find('\0') != std::string_view::npos) {
    return false;
  } else {
    // "Text (Tab delimited)" is in the ANSI code page: Windows-1252 in Spanish locales.
    utf8 = is_valid_utf8(strip_utf8_bom(raw)) ? std::string(strip_utf8_bom(raw)) : to_utf8(raw, "windows-1252");
  }
  std::string_view head = utf8;
  const vocabulary& words = default_vocabulary();
  std::size_t start = 0;
  for (int n = 0; n < 200 && start < head.size(); ++n) {
    auto end = head.find('\n', start);
    if (end == std::string_view::npos) end = head.size();
    std::string_view line = head.substr(start, end - start);
    start = end + 1;
    if (line.find('\t') == std::string_view::npos) continue;
    auto cells = split_line(line, '\t');
    if (cells.size() < 4) continue;
    int matched = 0;
    for (auto c : cells) matched += c.size() <= 80 && words.match_column(c).has_value();
    // The PDF text's own header ("Recomendación / Compromiso / Cumplimiento") has three titles.
    if (matched >= 4) return true;
  }
  return false;
}

void check_input_size(std::string_view input, const read_options& options) {
  if (input.size() > options.max_input_bytes) {
    throw error("input too large (" + std::to_string(input.size()) + " bytes, at most " +
                std::to_string(options.max_input_bytes) + ")");
  }
}

}  // namespace detail::sheets

namespace {

report read_delimited(std::string_view input, const read_options& options, diagnostics& diags, char delimiter) {
  detail::sheets::check_input_size(input, options);
  std::string charset;
  auto book = detail::sheets::parse_csv(input, delimiter, charset);
  return detail::sheets::to_report(book, diags);
}

}  // namespace

report read_csv(std::string_view input, const read_options& options, diagnostics& diags) {
  return read_delimited(input, options, diags, 0);
}

}  // namespace informe
