// CSV of a report: UTF-8 with BOM (so Excel opens accents right), CRLF between records, the header
// as label/value rows, an empty row, then the table with the same columns as the XLSX output.
// Values that a spreadsheet would take for formulas are guarded (OWASP): a leading "'".
#include "core/template_json.hpp"
#include "core/vocabulary.hpp"
#include "informe/io.hpp"
#include "informe/templates.hpp"
#include "shared/spreadsheet/cell_text.hpp"
#include "shared/spreadsheet/layout.hpp"

namespace informe {

namespace {

using namespace detail::sheets;

class csv_out {
 public:
  explicit csv_out(char delimiter) : delimiter_(delimiter) { text_ = "\xEF\xBB\xBF"; }

  void field(std::string value) {
    if (!first_) text_ += delimiter_;
    first_ = false;
    value = guard_formula(std::move(value));
    bool quote = value.find_first_of(std::string("\"\r\n") + delimiter_) != std::string::npos ||
                 (!value.empty() && (value.front() == ' ' || value.back() == ' '));
    if (!quote) {
      text_ += value;
      return;
    }
    text_ += '"';
    for (char c : value) {
      if (c == '"') text_ += '"';
      text_ += c;
    }
    text_ += '"';
  }
  void end_record() {
    text_ += "\r\n";
    first_ = true;
  }
  std::string& text() { return text_; }

 private:
  char delimiter_;
  bool first_ = true;
  std::string text_;
};

std::string header_value(const report& r, header_field f) {
  switch (f) {
    case header_field::cutoff_date: return r.cutoff_date ? date_text(*r.cutoff_date) : "";
    case header_field::issued_at: return r.issued_at ? date_time_text(*r.issued_at) : "";
    case header_field::program: return r.program;
    case header_field::ministry: return r.ministry;
    case header_field::service: return r.service;
    case header_field::evaluation_year: return r.evaluation_year ? std::to_string(*r.evaluation_year) : "";
    case header_field::program_status: return r.program_status;
    case header_field::exit_date: return r.exit_date ? date_text(*r.exit_date) : "";
    case header_field::observation: return encode_rich(r.observation);
  }
  return {};
}

void write_delimited(const report& r, const write_options& options, std::string& output, diagnostics& diags,
                     char delimiter) {
  vocabulary words(detail::load_vocabulary(template_set(options.template_dir), &diags).to_json());
  csv_out out(delimiter);
  for (std::size_t i = 0; i < header_field_count; ++i) {
    auto f = static_cast<header_field>(i);
    out.field(words.label(f));
    out.field(header_value(r, f));
    out.end_record();
  }
  out.end_record();
  for (std::size_t i = 0; i < column_count; ++i) out.field(words.title(static_cast<column>(i)));
  out.end_record();
  auto rich = [&](const rich_text& t, const char* what, std::size_t n) {
    for (const auto& b : t.blocks) {
      if (b.type == block::kind::paragraph && starts_like_item(b.text))
        diags.warning({}, "commitment " + std::to_string(n) + ": a paragraph of its " + what +
                              " starts like a list item and will read back as one", diagnostic_code::lossy_output);
    }
    return encode_rich(t);
  };
  std::size_t n = 0;
  for (const auto& row : r.rows) {
    ++n;
    out.field(row.number);
    out.field(rich(row.recommendation, "recommendation", n));
    out.field(row.responsible);
    out.field(rich(row.commitment, "commitment", n));
    out.field(row.due ? date_text(*row.due) : "");
    out.field(row.due_text);
    out.field(rich(row.compliance, "compliance", n));
    out.field(rich(row.compliance_observation, "observation", n));
    out.field(row.status ? words.status_word(*row.status) : "");
    out.field(row.status_text);
    out.field(rich(row.verification, "means of verification", n));
    out.end_record();
  }
  output += out.text();
}

}  // namespace

void write_csv(const report& r, const write_options& options, std::string& output, diagnostics& diags) {
  write_delimited(r, options, output, diags, ',');
}

void write_csv_semicolon(const report& r, const write_options& options, std::string& output, diagnostics& diags) {
  write_delimited(r, options, output, diags, ';');
}

}  // namespace informe
