// write_xml: the model as canonical XML (docs/format.md), valid against schema/informe.xsd.
#include <optional>
#include <string>

#include "canonical/text_support.hpp"
#include "canonical/xml_support.hpp"
#include "core/xml_writer.hpp"
#include "informe/io.hpp"

namespace informe {

namespace {

// XML_MAX_TEXT_LENGTH of libxml2 (without XML_PARSE_HUGE, which our reader does not use).
constexpr std::size_t max_text_bytes = 10'000'000;

// The canonical layout over the shared writer: empty values (absent) are left out.
class canonical_writer {
 public:
  explicit canonical_writer(detail::xml_writer& x) : x_(x) {}

  void start(const char* name) { x_.start(name); }
  void end() { x_.end(); }

  // <name>value</name>, left out when the value is empty (absent).
  void text(const char* name, const std::string& value) {
    if (value.empty()) return;
    // libxml2, our reader included, refuses text nodes over 10,000,000 bytes ("huge text node"):
    // write nothing a reader cannot read back.
    if (value.size() > max_text_bytes) {
      throw error("a <" + std::string(name) + "> text of " + std::to_string(value.size()) +
                  " bytes is longer than the 10,000,000 bytes XML readers accept; nothing written");
    }
    x_.element(name, value);
  }

  template <class T>
  void iso(const char* name, const std::optional<T>& value) {
    if (value) text(name, value->to_iso());
  }

  // <name><p>...</p><list><item>...</item></list></name>, left out when empty.
  void rich(const char* name, const rich_text& t) {
    if (t.empty()) return;
    start(name);
    for (const auto& b : t.blocks) {
      if (b.type == block::kind::paragraph) {
        text("p", b.text);
      } else {
        start("list");
        for (const auto& item : b.items) text("item", item);
        end();
      }
    }
    end();
  }

 private:
  detail::xml_writer& x_;
};

}  // namespace

void write_xml(const report& original, const write_options&, std::string& output, diagnostics& diags) {
  report r = detail::output_ready(original, diags);
  detail::init_libxml2();
  detail::xml_messages messages;

  detail::xml_writer x(detail::xml_writer_style{.declaration = true, .standalone = nullptr, .indent = true});
  x.start("informe");
  x.attr("xmlns", detail::xml_namespace);
  canonical_writer out(x);
  out.iso("cutoff_date", r.cutoff_date);
  out.iso("issued_at", r.issued_at);
  out.text("program", r.program);
  out.text("ministry", r.ministry);
  out.text("service", r.service);
  if (r.evaluation_year) out.text("evaluation_year", std::to_string(*r.evaluation_year));
  out.text("program_status", r.program_status);
  out.iso("exit_date", r.exit_date);
  out.rich("observation", r.observation);
  out.start("commitments");
  for (const auto& row : r.rows) {
    out.start("row");
    out.text("number", row.number);
    out.rich("recommendation", row.recommendation);
    out.text("responsible", row.responsible);
    out.rich("commitment", row.commitment);
    out.iso("due", row.due);
    out.text("due_text", row.due_text);
    out.rich("compliance", row.compliance);
    out.rich("compliance_observation", row.compliance_observation);
    if (row.status) out.text("status", std::string(to_string(*row.status)));
    out.text("status_text", row.status_text);
    out.rich("verification", row.verification);
    out.end();
  }
  out.end();  // commitments
  out.end();  // informe
  output += x.finish();
}

}  // namespace informe
