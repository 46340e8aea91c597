#include "readers/spreadsheet/xml_stream.hpp"

#include <climits>

#include "core/libxml2_init.hpp"
#include "informe/diagnostics.hpp"

namespace informe::detail::sheets {

namespace {

std::string_view view(const xmlChar* s) {
  return s ? std::string_view(reinterpret_cast<const char*>(s)) : std::string_view();
}

}  // namespace

xml_stream::xml_stream(std::string bytes, std::string what) : bytes_(std::move(bytes)), what_(std::move(what)) {
  std::string_view bytes_view = bytes_;
  init_libxml2();
  if (bytes_view.find("<!DOCTYPE") != std::string_view::npos || bytes_view.find("<!ENTITY") != std::string_view::npos) {
    throw error(what_ + ": DOCTYPE and ENTITY declarations are not allowed in a workbook");
  }
  if (bytes_.size() > static_cast<std::size_t>(INT_MAX)) throw error(what_ + ": XML part too large");
  // No XML_PARSE_NOENT, DTDLOAD or HUGE: nothing is substituted or fetched, libxml2's limits stay.
  reader_ = xmlReaderForMemory(bytes_.data(), static_cast<int>(bytes_.size()), nullptr, nullptr,
                               XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (!reader_) throw error(what_ + ": cannot read the XML");
  xmlTextReaderSetErrorHandler(reader_, &xml_stream::on_error, this);
}

xml_stream::~xml_stream() {
  if (reader_) xmlFreeTextReader(reader_);
}

void xml_stream::on_error(void* arg, const char* msg, xmlParserSeverities severity, xmlTextReaderLocatorPtr) {
  auto* self = static_cast<xml_stream*>(arg);
  if (severity != XML_PARSER_SEVERITY_ERROR && severity != XML_PARSER_SEVERITY_VALIDITY_ERROR) return;
  if (self->error_.empty() && msg) {
    self->error_ = msg;
    while (!self->error_.empty() && (self->error_.back() == '\n' || self->error_.back() == ' '))
      self->error_.pop_back();
  }
}

bool xml_stream::next_inside(int depth, int& skip_depth) {
  while (next()) {
    if (is_end() && this->depth() == depth) return false;
    if (skip_depth < 0) return true;
    if (is_end() && this->depth() == skip_depth) skip_depth = -1;
  }
  return false;
}

bool xml_stream::next() {
  int rc = xmlTextReaderRead(reader_);
  if (rc < 0) {
    int at = xmlTextReaderGetParserLineNumber(reader_);
    throw error(what_ + ": not well-formed XML" + (error_.empty() ? std::string() : " (" + error_ + ")"),
                source_position{at, 0, 0});
  }
  if (rc == 0) return false;
  type_ = xmlTextReaderNodeType(reader_);
  if (type_ == XML_READER_TYPE_DOCUMENT_TYPE || type_ == XML_READER_TYPE_ENTITY ||
      type_ == XML_READER_TYPE_ENTITY_REFERENCE) {
    throw error(what_ + ": DOCTYPE and entities are not allowed in a workbook");
  }
  return true;
}

bool xml_stream::is_empty() const { return xmlTextReaderIsEmptyElement(reader_) == 1; }
std::string_view xml_stream::name() const { return view(xmlTextReaderConstLocalName(reader_)); }
std::string_view xml_stream::ns() const { return view(xmlTextReaderConstNamespaceUri(reader_)); }
int xml_stream::depth() const { return xmlTextReaderDepth(reader_); }
int xml_stream::line() const { return xmlTextReaderGetParserLineNumber(reader_); }
std::string_view xml_stream::value() const { return view(xmlTextReaderConstValue(reader_)); }

std::optional<std::string> xml_stream::attr(std::string_view local) const {
  std::optional<std::string> out;
  if (xmlTextReaderMoveToFirstAttribute(reader_) != 1) return out;
  do {
    if (view(xmlTextReaderConstLocalName(reader_)) == local) {
      out = std::string(view(xmlTextReaderConstValue(reader_)));
      break;
    }
  } while (xmlTextReaderMoveToNextAttribute(reader_) == 1);
  xmlTextReaderMoveToElement(reader_);
  return out;
}

std::optional<std::string> xml_stream::attr(std::string_view ns, std::string_view local) const {
  std::optional<std::string> out;
  if (xmlTextReaderMoveToFirstAttribute(reader_) != 1) return out;
  do {
    if (view(xmlTextReaderConstLocalName(reader_)) == local && view(xmlTextReaderConstNamespaceUri(reader_)) == ns) {
      out = std::string(view(xmlTextReaderConstValue(reader_)));
      break;
    }
  } while (xmlTextReaderMoveToNextAttribute(reader_) == 1);
  xmlTextReaderMoveToElement(reader_);
  return out;
}

}  // namespace informe::detail::sheets
