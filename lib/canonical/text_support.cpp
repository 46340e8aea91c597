#include "canonical/text_support.hpp"

#include <algorithm>
#include <cstdint>

#include "core/unicode.hpp"

namespace informe::detail {

line_index::line_index(std::string_view text) : text_(text) {
  starts_.push_back(0);
  columns_.reserve(text.size() / step + 1);
  const bool bom = text.substr(0, 3) == "\xEF\xBB\xBF";
  int column = 1;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (i % step == 0) columns_.push_back(column);
    if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n'))) {
      starts_.push_back(i + 1);
      column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80 && !(bom && i < 3)) {
      ++column;  // count lead bytes only; a BOM takes no column
    }
  }
}

source_position line_index::at(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
  std::size_t line = static_cast<std::size_t>(it - starts_.begin());  // >= 1: starts_[0] == 0
  std::size_t start = starts_[line - 1];
  int column = 1;
  if (line == 1 && offset >= 3 && text_.substr(0, 3) == "\xEF\xBB\xBF") start = 3;  // a BOM takes no column
  // Start from the last checkpoint on this line, if any, rather than the line start.
  std::size_t checkpoint = offset / step * step;
  if (checkpoint > start && checkpoint / step < columns_.size()) {
    start = checkpoint;
    column = columns_[checkpoint / step];
  }
  for (std::size_t i = start; i < offset; ++i) {
    auto byte = static_cast<unsigned char>(text_[i]);
    if ((byte & 0xC0) != 0x80) ++column;  // count lead bytes only
  }
  source_position p;
  p.line = static_cast<int>(line);
  p.column = column;
  return p;
}

namespace {

// Decodes one UTF-8 sequence at `i`; returns its length, or 0 when ill-formed. `c` gets the code point.
std::size_t decode(std::string_view s, std::size_t i, char32_t& c) {
  auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) {
    c = b0;
    return 1;
  }
  std::size_t length = 0;
  char32_t min = 0;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    length = 2, c = b0 & 0x1F, min = 0x80;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    length = 3, c = b0 & 0x0F, min = 0x800;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    length = 4, c = b0 & 0x07, min = 0x10000;
  } else {
    return 0;
  }
  if (i + length > s.size()) return 0;
  for (std::size_t k = 1; k < length; ++k) {
    auto b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xC0) != 0x80) return 0;
    c = (c << 6) | (b & 0x3F);
  }
  if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return 0;
  return length;
}

}  // namespace

std::size_t first_invalid_utf8(std::string_view bytes) {
  std::size_t i = 0;
  char32_t c = 0;
  while (i < bytes.size()) {
    std::size_t n = decode(bytes, i, c);
    if (n == 0) return i;
    i += n;
  }
  return std::string_view::npos;
}

void check_input_bytes(std::string_view input, const read_options& options, std::string_view format) {
  if (input.size() > options.max_input_bytes) {
    throw error("the " + std::string(format) + " input is " + std::to_string(input.size()) +
                " bytes, over the limit of " + std::to_string(options.max_input_bytes) + " bytes");
  }
  std::size_t bad = first_invalid_utf8(input);
  if (bad != std::string_view::npos) {
    static constexpr char hex[] = "0123456789ABCDEF";
    auto byte = static_cast<unsigned char>(input[bad]);
    std::string shown = {'0', 'x', hex[byte >> 4], hex[byte & 15]};
    throw error("invalid UTF-8 (byte " + shown + ", offset " + std::to_string(bad) + ")",
                line_index(input).at(bad));
  }
}

bool is_forbidden_char(char32_t c) {
  return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF;
}

std::string model_text(std::string_view raw, bool& removed) {
  std::string kept;
  bool valid = true;
  bool any = false;
  kept.reserve(raw.size());
  std::size_t i = 0;
  char32_t c = 0;
  while (i < raw.size()) {
    std::size_t n = decode(raw, i, c);
    if (n == 0) {  // not expected here (inputs are checked), but never let bad bytes through
      valid = false;
      kept += "\xEF\xBF\xBD";
      ++i;
      continue;
    }
    if (is_forbidden_char(c)) {
      any = true;
    } else {
      kept.append(raw.substr(i, n));
    }
    i += n;
  }
  if (any || !valid) removed = true;
  return clean_text(kept);
}

namespace {

struct sanitizer {
  diagnostics& diags;

  void text(std::string& s, const std::string& path) {
    bool removed = false;
    std::string cleaned = model_text(s, removed);
    if (removed) {
      diags.warning({}, "removed invalid UTF-8 or characters XML cannot hold from " + path, diagnostic_code::encoding);
    }
    s = std::move(cleaned);
  }

  void rich(rich_text& t, const std::string& path) {
    std::vector<block> kept;
    bool dropped = false;
    for (auto& b : t.blocks) {
      if (b.type == block::kind::paragraph) {
        text(b.text, path);
        if (b.text.empty()) {
          dropped = true;
          continue;
        }
      } else {
        std::vector<std::string> items;
        for (auto& item : b.items) {
          text(item, path);
          if (item.empty()) {
            dropped = true;
          } else {
            items.push_back(std::move(item));
          }
        }
        if (items.empty()) {
          dropped = true;
          continue;
        }
        b.items = std::move(items);
        b.text.clear();
      }
      kept.push_back(std::move(b));
    }
    if (dropped) diags.warning({}, "dropped empty paragraphs or list items from " + path);
    t.blocks = std::move(kept);
  }
};

}  // namespace

report output_ready(const report& original, diagnostics& diags) {
  report r = original;
  sanitizer s{diags};
  s.text(r.program, "program");
  s.text(r.ministry, "ministry");
  s.text(r.service, "service");
  s.text(r.program_status, "program_status");
  s.rich(r.observation, "observation");
  for (std::size_t i = 0; i < r.rows.size(); ++i) {
    auto& row = r.rows[i];
    std::string p = row_path(i);
    s.text(row.number, p + ".number");
    s.rich(row.recommendation, p + ".recommendation");
    s.text(row.responsible, p + ".responsible");
    s.rich(row.commitment, p + ".commitment");
    s.text(row.due_text, p + ".due_text");
    s.rich(row.compliance, p + ".compliance");
    s.rich(row.compliance_observation, p + ".compliance_observation");
    s.text(row.status_text, p + ".status_text");
    s.rich(row.verification, p + ".verification");
    if (row.due && !row.due->valid()) {
      diags.warning(row.source, "dropped the invalid date in " + p + ".due", diagnostic_code::bad_date);
      row.due.reset();
    }
  }
  auto check_date = [&](std::optional<partial_date>& d, const char* name) {
    if (d && !d->valid()) {
      diags.warning({}, std::string("dropped the invalid date in ") + name, diagnostic_code::bad_date);
      d.reset();
    }
  };
  check_date(r.cutoff_date, "cutoff_date");
  check_date(r.exit_date, "exit_date");
  if (r.issued_at && !r.issued_at->valid()) {
    diags.warning({}, "dropped the invalid date and time in issued_at", diagnostic_code::bad_date);
    r.issued_at.reset();
  }
  if (r.evaluation_year && (*r.evaluation_year < 1 || *r.evaluation_year > 9999)) {
    diags.warning({}, "dropped evaluation_year " + std::to_string(*r.evaluation_year) +
                          ", outside 1-9999", diagnostic_code::bad_date);
    r.evaluation_year.reset();
  }
  return r;
}

std::string row_path(std::size_t index) { return "commitments[" + std::to_string(index) + "]"; }

}  // namespace informe::detail
