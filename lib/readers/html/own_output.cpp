// This library's own HTML output, read back from its machine-readable markup (see the comment in
// templates/html/page.mustache): data-field elements, <time datetime="ISO">, data-status keys,
// data-derived where the shown text was not printed in the source.
#include <charconv>
#include <set>
#include <string>

#include "core/unicode.hpp"
#include "grammar/dates.hpp"
#include "grammar/paragraphs.hpp"
#include "grammar/status.hpp"
#include "readers/html/html_document.hpp"
#include "readers/html/page_text.hpp"
#include "readers/html/readers.hpp"

namespace informe::detail {

namespace {

rich_text rich_text_of(const xmlNode* node) {
  cell c;
  append_fragments(c, node, /*trusted=*/true);
  return to_rich_text(c.fragments);
}

std::optional<partial_date> date_of(const xmlNode* node, diagnostics& diags, const std::string& field) {
  std::string iso;
  if (attribute(node, "datetime", iso)) {
    if (auto d = partial_date::from_iso(clean_text(iso))) return d;
  }
  std::string text = all_text(node);
  auto d = parse_spanish_date(text);
  diags.warning(position_of(node), "the " + field + " has no valid datetime attribute; " +
                                       (d ? "read from its text \"" + text + "\"" : "left empty"));
  return d;
}

std::optional<date_time> date_time_of(const xmlNode* node, diagnostics& diags, const std::string& field) {
  std::string iso;
  if (attribute(node, "datetime", iso)) {
    if (auto d = date_time::from_iso(clean_text(iso))) return d;
  }
  std::string text = all_text(node);
  auto d = parse_date_time(text);
  diags.warning(position_of(node), "the " + field + " has no valid datetime attribute; " +
                                       (d ? "read from its text \"" + text + "\"" : "left empty"));
  return d;
}

class own_reader {
 public:
  explicit own_reader(diagnostics& diags) : diags_(diags) {}

  report read(const xmlNode* root) {
    walk(
        root,
        [&](const xmlNode* n) {
          if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
            // Our writer's presentation around the fields: masthead, labels, summary, footer.
            std::string text = clean_text(n->content ? reinterpret_cast<const char*>(n->content) : "");
            if (!text.empty()) diags_.furniture(position_of(n), "presentation of this library's own HTML", text);
            return false;
          }
          if (n->type != XML_ELEMENT_NODE) return false;
          if (role_of(n) == html_role::skip) return false;
          std::string value;
          if (is_element(n, "tr") && attribute(n, "data-row", value)) {
            out_.rows.emplace_back();
            out_.rows.back().source = position_of(n);
            row_seen_.clear();
            row_element_ = n;
            return true;
          }
          if (attribute(n, "data-field", value)) {
            field(clean_text(value), n);
            return false;
          }
          return true;
        },
        [&](const xmlNode* n) {
          if (n == row_element_) row_element_ = nullptr;
        });
    return std::move(out_);
  }

 private:
  void field(const std::string& name, const xmlNode* n) {
    const bool in_row = row_element_ != nullptr;
    auto& seen = in_row ? row_seen_ : header_seen_;
    if (!seen.insert(name).second) {
      diags_.warning(position_of(n), "data-field \"" + name + "\" appears twice; the first is kept",
                     diagnostic_code::duplicate_field);
      return;
    }
    if (in_row) {
      row& r = out_.rows.back();
      if (name == "number") {
        r.number = all_text(n);
      } else if (name == "recommendation") {
        r.recommendation = rich_text_of(n);
      } else if (name == "responsible") {
        r.responsible = all_text(n);
      } else if (name == "commitment") {
        r.commitment = rich_text_of(n);
      } else if (name == "due") {
        const bool derived = has_attribute(n, "data-derived");
        if (has_attribute(n, "datetime")) r.due = date_of(n, diags_, "due date");
        if (!derived) r.due_text = all_text(n);
      } else if (name == "compliance") {
        r.compliance = rich_text_of(n);
      } else if (name == "compliance_observation") {
        r.compliance_observation = rich_text_of(n);
      } else if (name == "status") {
        std::string key;
        std::string text = all_text(n);
        if (attribute(n, "data-status", key)) {
          r.status = compliance_status_from_string(clean_text(key));
        } else {
          r.status = parse_status(text);
        }
        if (!has_attribute(n, "data-derived")) r.status_text = text;
      } else if (name == "verification") {
        r.verification = rich_text_of(n);
      } else {
        diags_.warning(position_of(n), "unknown data-field \"" + name + "\" in a row; ignored",
                       diagnostic_code::unknown_label);
      }
      return;
    }
    if (name == "cutoff_date") {
      out_.cutoff_date = date_of(n, diags_, "cut-off date");
    } else if (name == "issued_at") {
      out_.issued_at = date_time_of(n, diags_, "report date");
    } else if (name == "program") {
      out_.program = all_text(n);
    } else if (name == "ministry") {
      out_.ministry = all_text(n);
    } else if (name == "service") {
      out_.service = all_text(n);
    } else if (name == "evaluation_year") {
      std::string text = all_text(n);
      int year = 0;
      auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), year);
      if (ec == std::errc() && end == text.data() + text.size() && !text.empty()) {
        out_.evaluation_year = year;
      } else {
        diags_.warning(position_of(n), "cannot read the evaluation year \"" + text + "\"", diagnostic_code::bad_date);
      }
    } else if (name == "program_status") {
      out_.program_status = all_text(n);
    } else if (name == "exit_date") {
      out_.exit_date = date_of(n, diags_, "exit date");
    } else if (name == "observation") {
      out_.observation = rich_text_of(n);
    } else {
      diags_.warning(position_of(n), "data-field \"" + name + "\" outside a commitments row; ignored");
    }
  }

  diagnostics& diags_;
  report out_;
  const xmlNode* row_element_ = nullptr;
  std::set<std::string> header_seen_;
  std::set<std::string> row_seen_;
};

}  // namespace

bool is_own_output(const xmlNode* root) {
  bool found = false;
  walk(
      root,
      [&](const xmlNode* n) {
        if (found || n->type != XML_ELEMENT_NODE) return false;
        if (has_attribute(n, "data-informe") || has_attribute(n, "data-field")) found = true;
        return !found;
      },
      [](const xmlNode*) {});
  return found;
}

report read_own_output(const xmlNode* root, diagnostics& diags) { return own_reader(diags).read(root); }

}  // namespace informe::detail
