#include "core/xml_writer.hpp"

#include <libxml/xmlwriter.h>

#include <algorithm>
#include <cstdint>

#include "core/unicode.hpp"
#include "informe/diagnostics.hpp"

namespace informe::detail {

namespace {

const xmlChar* x(const char* s) { return reinterpret_cast<const xmlChar*>(s); }

bool xml_char(char32_t c) {
  if (c == 0x9 || c == 0xA || c == 0xD) return true;
  if (c < 0x20) return false;
  if (c >= 0xD800 && c <= 0xDFFF) return false;
  if (c == 0xFFFE || c == 0xFFFF) return false;
  return c <= 0x10FFFF;
}

}  // namespace

std::string xml_safe(std::string_view s) {
  // Fast path: printable ASCII (and tab, line breaks) needs no change.
  bool plain = true;
  for (char ch : s) {
    auto b = static_cast<unsigned char>(ch);
    if (b >= 0x80 || (b < 0x20 && b != 0x9 && b != 0xA && b != 0xD)) {
      plain = false;
      break;
    }
  }
  if (plain) return std::string(s);
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t start = i;
    const auto b = static_cast<unsigned char>(s[i]);
    const std::int32_t c = b < 0x80 ? s[i++] : next_code_point(s, i);
    if (c < 0) {
      append_utf8(out, 0xFFFD);
    } else if (xml_char(static_cast<char32_t>(c))) {
      out.append(s.substr(start, i - start));
    }
  }
  return out;
}

// ---- writer ----

struct xml_writer::impl {
  xmlBufferPtr buffer = nullptr;
  xmlTextWriterPtr writer = nullptr;
  bool finished = false;
};

xml_writer::xml_writer(bool declaration) : xml_writer(xml_writer_style{declaration, "yes", false}) {}

xml_writer::xml_writer(const xml_writer_style& style) : impl_(std::make_unique<impl>()) {
  impl_->buffer = xmlBufferCreate();
  if (!impl_->buffer) throw error("out of memory writing XML");
  xmlBufferSetAllocationScheme(impl_->buffer, XML_BUFFER_ALLOC_DOUBLEIT);  // amortised growth, not exact
  impl_->writer = xmlNewTextWriterMemory(impl_->buffer, 0);
  if (!impl_->writer) {
    xmlBufferFree(impl_->buffer);
    throw error("cannot create an XML writer");
  }
  if (style.indent) {
    check(xmlTextWriterSetIndent(impl_->writer, 1));
    check(xmlTextWriterSetIndentString(impl_->writer, x("  ")));
  }
  if (style.declaration) {
    check(xmlTextWriterStartDocument(impl_->writer, "1.0", "UTF-8", style.standalone));
  }
}

xml_writer::~xml_writer() {
  if (impl_->writer) xmlFreeTextWriter(impl_->writer);
  if (impl_->buffer) xmlBufferFree(impl_->buffer);
}

void xml_writer::check(int rc) {
  if (rc < 0) throw error("cannot write XML (libxml2 writer failed)");
}

void xml_writer::start(const char* name) { check(xmlTextWriterStartElement(impl_->writer, x(name))); }
void xml_writer::end() { check(xmlTextWriterEndElement(impl_->writer)); }

void xml_writer::attr(const char* name, std::string_view value) {
  std::string v = xml_safe(value);
  check(xmlTextWriterWriteAttribute(impl_->writer, x(name), x(v.c_str())));
}

void xml_writer::text(std::string_view utf8) {
  std::string v = xml_safe(utf8);
  check(xmlTextWriterWriteString(impl_->writer, x(v.c_str())));
}

void xml_writer::raw(std::string_view markup) {
  std::string v(markup);
  check(xmlTextWriterWriteRaw(impl_->writer, x(v.c_str())));
}

void xml_writer::pi(const char* target, const char* content) {
  check(xmlTextWriterWritePI(impl_->writer, x(target), x(content)));
}

void xml_writer::base64(std::string_view bytes) {
  // Lines of 76 characters (57 input bytes), as Word writes them.
  for (std::size_t at = 0; at < bytes.size(); at += 57) {
    std::size_t n = std::min<std::size_t>(57, bytes.size() - at);
    check(xmlTextWriterWriteBase64(impl_->writer, bytes.data(), static_cast<int>(at), static_cast<int>(n)));
    if (at + n < bytes.size()) check(xmlTextWriterWriteString(impl_->writer, x("\n")));
  }
}

void xml_writer::element(const char* name, std::string_view text_value) {
  start(name);
  text(text_value);
  end();
}

std::string xml_writer::finish() {
  if (!impl_->finished) {
    check(xmlTextWriterEndDocument(impl_->writer));
    check(xmlTextWriterFlush(impl_->writer));
    impl_->finished = true;
  }
  const xmlChar* content = xmlBufferContent(impl_->buffer);
  return std::string(reinterpret_cast<const char*>(content), static_cast<std::size_t>(xmlBufferLength(impl_->buffer)));
}

}  // namespace informe::detail
