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

void diagnostics::warning(source_position where, std::string message) {
  add({severity::warning, file_, where, std::move(message), diagnostic_code::other, {}});
}

void diagnostics::error(source_position where, std::string message) {
  add({severity::error, file_, where, std::move(message), diagnostic_code::other, {}});
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

error::error(std::string message, source_position where, std::string file)
    : std::runtime_error(format_message(file, where, "error", message)),
      message_(std::move(message)),
      where_(where),
      file_(std::move(file)) {}

error error::with_file(const std::string& file) const {
  if (!file_.empty()) return *this;
  return error(message_, where_, file);
}

std::string error::to_string() const { return format_message(file_, where_, "error", message_); }

}  // namespace informe
