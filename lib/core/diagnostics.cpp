#include "informe/diagnostics.hpp"

#include <algorithm>

#include "core/unicode.hpp"

namespace informe {

namespace {

std::string format_message(const std::string& file, source_position where, std::string_view level,
                           const std::string& message) {
  std::string out;
  if (!file.empty()) out += file + ":";
  if (where.page > 0) {
    out += "page " + std::to_string(where.page) + ":";
    if (where.line > 0) out += std::to_string(where.line) + ":";
  } else if (where.line > 0) {
    out += std::to_string(where.line) + ":";
    if (where.column > 0) out += std::to_string(where.column) + ":";
  }
  if (!out.empty()) out += " ";
  out += level;
  out += ": ";
  // One quoting rule for every reader: a message shows at most max_message_bytes of itself, cut on a
  // character boundary, whatever input text it quotes.
  if (message.size() > diagnostic::max_message_bytes) {
    const std::size_t cut = detail::character_start(message, diagnostic::max_message_bytes);
    out.append(message, 0, cut);
    out += "... (" + std::to_string(message.size() - cut) + " more bytes)";
  } else {
    out += message;
  }
  // One line, always.
  std::replace(out.begin(), out.end(), '\n', ' ');
  std::replace(out.begin(), out.end(), '\r', ' ');
  return out;
}

}  // namespace

std::string diagnostic::to_string() const {
  return format_message(file, where,
                        level == severity::error ? "error" : level == severity::warning ? "warning" : "info", message);
}

std::string_view code_name(diagnostic_code code) {
  switch (code) {
    case diagnostic_code::other: return "other";
    case diagnostic_code::page_furniture: return "page_furniture";
    case diagnostic_code::unplaced_text: return "unplaced_text";
    case diagnostic_code::unknown_label: return "unknown_label";
    case diagnostic_code::duplicate_field: return "duplicate_field";
    case diagnostic_code::bad_date: return "bad_date";
    case diagnostic_code::bad_status: return "bad_status";
    case diagnostic_code::row_sequence: return "row_sequence";
    case diagnostic_code::encoding: return "encoding";
    case diagnostic_code::markup: return "markup";
    case diagnostic_code::truncated_input: return "truncated_input";
    case diagnostic_code::layout_inferred: return "layout_inferred";
    case diagnostic_code::formula: return "formula";
    case diagnostic_code::lossy_output: return "lossy_output";
    case diagnostic_code::limit_exceeded: return "limit_exceeded";
    case diagnostic_code::validation: return "validation";
    case diagnostic_code::template_error: return "template_error";
    case diagnostic_code::io_error: return "io_error";
    case diagnostic_code::unknown_format: return "unknown_format";
    case diagnostic_code::output_conflict: return "output_conflict";
    case diagnostic_code::strict: return "strict";
    case diagnostic_code::invalid_input: return "invalid_input";
    case diagnostic_code::write_failed: return "write_failed";
  }
  return "other";
}

void diagnostics::warning(source_position where, std::string message, diagnostic_code code) {
  add({severity::warning, file_, where, std::move(message), code, {}});
}

void diagnostics::error(source_position where, std::string message, diagnostic_code code) {
  add({severity::error, file_, where, std::move(message), code, {}});
}

void diagnostics::unplaced(source_position where, std::string message, std::string content) {
  add({severity::warning, file_, where, std::move(message), diagnostic_code::unplaced_text, std::move(content)});
}

void diagnostics::furniture(source_position where, std::string_view rule, std::string content) {
  std::string message = "page furniture (" + std::string(rule) + "): \"" +
                        std::string(detail::utf8_prefix(content, 80)) + (content.size() > 80 ? "...\"" : "\"");
  add({severity::info, file_, where, std::move(message), diagnostic_code::page_furniture, std::move(content)});
}

void diagnostics::add(diagnostic d) {
  if (d.file.empty()) d.file = file_;
  items_.push_back(std::move(d));
}

std::size_t diagnostics::warning_count() const {
  return std::count_if(items_.begin(), items_.end(),
                       [](const diagnostic& d) { return d.level == severity::warning; });
}

std::size_t diagnostics::error_count() const {
  return std::count_if(items_.begin(), items_.end(),
                       [](const diagnostic& d) { return d.level == severity::error; });
}

error::error(std::string message, source_position where, std::string file, diagnostic_code code)
    : std::runtime_error(format_message(file, where, "error", message)),
      message_(std::move(message)),
      where_(where),
      file_(std::move(file)),
      code_(code) {}

error error::with_file(const std::string& file) const {
  if (!file_.empty()) return *this;
  return error(message_, where_, file, code_);
}

std::string error::to_string() const { return format_message(file_, where_, "error", message_); }

}  // namespace informe
