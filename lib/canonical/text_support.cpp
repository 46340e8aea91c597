#include "canonical/text_support.hpp"

#include <cstdint>

#include "core/unicode.hpp"

namespace informe::detail {

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

namespace {

// True when `raw` is well-formed UTF-8 without a character is_forbidden_char refuses: then
// model_text has nothing to remove (the common case, checked byte by byte over ASCII).
bool nothing_to_remove(std::string_view raw) {
  for (std::size_t i = 0; i < raw.size();) {
    const auto byte = static_cast<unsigned char>(raw[i]);
    if (byte < 0x80) {
      if (byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r') return false;
      ++i;
      continue;
    }
    const std::int32_t c = next_code_point(raw, i);
    if (c < 0 || is_forbidden_char(static_cast<char32_t>(c))) return false;
  }
  return true;
}

}  // namespace

std::string model_text(std::string_view raw, bool& removed) {
  if (nothing_to_remove(raw)) return clean_text(raw);
  std::string kept;
  bool valid = true;
  bool any = false;
  kept.reserve(raw.size());
  for (std::size_t i = 0; i < raw.size();) {
    const std::size_t start = i;
    const std::int32_t c = next_code_point(raw, i);
    if (c < 0) {  // not expected here (inputs are checked), but never let bad bytes through
      valid = false;
      kept += "\xEF\xBF\xBD";
    } else if (is_forbidden_char(static_cast<char32_t>(c))) {
      any = true;
    } else {
      kept.append(raw.substr(start, i - start));
    }
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
