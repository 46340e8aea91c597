// write_xml: the model as canonical XML (docs/format.md), valid against schema/informe.xsd.
#include <libxml/xmlwriter.h>

#include <memory>

#include "canonical/text_support.hpp"
#include "canonical/xml_support.hpp"
#include "informe/io.hpp"

namespace informe {

namespace {

const xmlChar* x(const char* s) { return reinterpret_cast<const xmlChar*>(s); }
const xmlChar* x(const std::string& s) { return reinterpret_cast<const xmlChar*>(s.c_str()); }

// XML_MAX_TEXT_LENGTH of libxml2 (without XML_PARSE_HUGE, which our reader does not use).
constexpr std::size_t max_text_bytes = 10'000'000;

class xml_writer {
 public:
  explicit xml_writer(xmlTextWriterPtr w) : w_(w) {}

  void start(const char* name) { check(xmlTextWriterStartElement(w_, x(name))); }
  void end() { check(xmlTextWriterEndElement(w_)); }

  // <name>value</name>, left out when the value is empty (absent).
  void text(const char* name, const std::string& value) {
    if (value.empty()) return;
    // libxml2, our reader included, refuses text nodes over 10,000,000 bytes ("huge text node"):
    // write nothing a reader cannot read back.
    if (value.size() > max_text_bytes) {
      throw error("a <" + std::string(name) + "> text of " + std::to_string(value.size()) +
                  " bytes is longer than the 10,000,000 bytes XML readers accept; nothing written");
    }
    check(xmlTextWriterWriteElement(w_, x(name), x(value)));
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

  static void check(int rc) {
    if (rc < 0) throw error("cannot write the XML document");
  }

 private:
  xmlTextWriterPtr w_;
};

}  // namespace

void write_xml(const report& original, const write_options&, std::string& output, diagnostics& diags) {
  report r = detail::output_ready(original, diags);
  detail::init_libxml2();
  detail::xml_messages messages;

  std::unique_ptr<xmlBuffer, decltype(&xmlBufferFree)> buffer(xmlBufferCreate(), &xmlBufferFree);
  if (!buffer) throw error("out of memory writing XML");
  {
    std::unique_ptr<xmlTextWriter, decltype(&xmlFreeTextWriter)> writer(
        xmlNewTextWriterMemory(buffer.get(), 0), &xmlFreeTextWriter);
    if (!writer) throw error("out of memory writing XML");
    xmlTextWriterPtr w = writer.get();
    xml_writer::check(xmlTextWriterSetIndent(w, 1));
    xml_writer::check(xmlTextWriterSetIndentString(w, x("  ")));
    xml_writer::check(xmlTextWriterStartDocument(w, "1.0", "UTF-8", nullptr));
    xml_writer::check(xmlTextWriterStartElementNS(w, nullptr, x("informe"), x(detail::xml_namespace)));

    xml_writer out(w);
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
    xml_writer::check(xmlTextWriterEndDocument(w));
  }  // the writer flushes into the buffer when freed
  output.append(reinterpret_cast<const char*>(xmlBufferContent(buffer.get())),
                static_cast<std::size_t>(xmlBufferLength(buffer.get())));
}

}  // namespace informe
