#include "canonical/xml_support.hpp"

#include <libxml/parser.h>
#include <libxml/xmlschemas.h>

#include <algorithm>

#include "canonical/schema.hpp"

namespace informe::detail {

namespace {

void silent(void*, const char*, ...) {}

std::string tidy_message(const char* raw) {
  std::string m = raw ? raw : "unknown XML error";
  while (!m.empty() && (m.back() == '\n' || m.back() == ' ' || m.back() == '\r')) m.pop_back();
  // Names in the schema's messages come as "{urn:informe:1}row": show them as "row".
  const std::string ns = std::string("{") + xml_namespace + "}";
  for (auto at = m.find(ns); at != std::string::npos; at = m.find(ns, at)) m.erase(at, ns.size());
  std::replace(m.begin(), m.end(), '\n', ' ');
  return m;
}

}  // namespace

xml_messages::xml_messages()
    : old_structured_(xmlStructuredError),
      old_structured_context_(xmlStructuredErrorContext),
      old_generic_(xmlGenericError),
      old_generic_context_(xmlGenericErrorContext) {
  xmlSetStructuredErrorFunc(this, &xml_messages::on_error);
  xmlSetGenericErrorFunc(nullptr, &silent);
}

xml_messages::~xml_messages() {
  xmlSetStructuredErrorFunc(old_structured_context_, old_structured_);
  xmlSetGenericErrorFunc(old_generic_context_, old_generic_);
}

void xml_messages::on_error(void* self, xmlErrorPtr e) {
  if (self == nullptr || e == nullptr) return;
  auto* messages = static_cast<xml_messages*>(self);
  messages->add(e->level == XML_ERR_WARNING ? severity::warning : severity::error, e->line, e->int2,
                tidy_message(e->message));
}

void xml_messages::on_parser_error(void* ctxt, xmlErrorPtr e) {
  auto* parser = static_cast<xmlParserCtxtPtr>(ctxt);
  if (parser == nullptr) return;
  on_error(parser->_private, e);
}

void xml_messages::add(severity level, int line, int column, std::string message) {
  // libxml2 can repeat itself (one failure reported at several levels): keep each message once.
  if (!items_.empty() && items_.back().where.line == std::max(line, 0) && items_.back().message == message) {
    return;
  }
  if (level == severity::error) ++errors_;
  if (items_.size() >= max_messages) {
    ++suppressed_;
    return;
  }
  diagnostic d;
  d.level = level;
  d.where.line = std::max(line, 0);
  d.where.column = d.where.line > 0 ? std::max(column, 0) : 0;
  d.message = std::move(message);
  items_.push_back(std::move(d));
}

std::size_t xml_messages::error_count() const { return errors_; }

const diagnostic* xml_messages::first_error() const {
  for (const auto& d : items_) {
    if (d.level == severity::error) return &d;
  }
  return nullptr;
}

xmlSchemaPtr canonical_schema() {
  struct compiled {
    xmlSchemaPtr schema = nullptr;
    std::string problem;
  };
  static const compiled result = [] {
    init_libxml2();
    compiled c;
    xml_messages messages;
    auto text = embedded_schema();
    xmlSchemaParserCtxtPtr parser =
        xmlSchemaNewMemParserCtxt(text.data(), static_cast<int>(text.size()));
    if (parser == nullptr) {
      c.problem = "cannot read the compiled-in schema";
      return c;
    }
    xmlSchemaSetParserStructuredErrors(parser, &xml_messages::on_error, &messages);
    c.schema = xmlSchemaParse(parser);
    xmlSchemaFreeParserCtxt(parser);
    if (c.schema == nullptr) {
      c.problem = "the compiled-in schema does not compile";
      if (auto* first = messages.first_error()) {
        c.problem += ": line " + std::to_string(first->where.line) + ": " + first->message;
      }
    }
    return c;
  }();
  if (result.schema == nullptr) throw error(result.problem);
  return result.schema;
}

}  // namespace informe::detail
