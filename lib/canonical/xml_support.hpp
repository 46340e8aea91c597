// libxml2 plumbing for the canonical XML reader and writer: one-time set-up, messages collected as
// diagnostics (never printed), and the compiled schema. Internal to the canonical component.
#pragma once

#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>

#include <string>
#include <vector>

#include "core/libxml2_init.hpp"
#include "informe/diagnostics.hpp"

namespace informe::detail {

/// Collects the messages libxml2 reports during one operation on the calling thread. While alive it
/// routes this thread's libxml2 handlers (structured and generic) here, so nothing reaches stderr;
/// parser contexts and schema contexts are pointed at it explicitly with the static handlers below.
/// The previous handlers of the thread are restored on destruction.
class xml_messages {
 public:
  xml_messages();
  ~xml_messages();
  xml_messages(const xml_messages&) = delete;
  xml_messages& operator=(const xml_messages&) = delete;

  /// For xmlSchemaSet*StructuredErrors and xmlSetStructuredErrorFunc: `self` is the xml_messages.
  static void on_error(void* self, xmlErrorPtr e);
  /// For a parser context's sax->serror: `ctxt` is the xmlParserCtxt whose _private is the xml_messages.
  static void on_parser_error(void* ctxt, xmlErrorPtr e);

  /// Adds a message of our own (with a 1-based line, 0 when unknown).
  void add(severity level, int line, int column, std::string message);

  /// The messages kept: the first `max_messages`.
  const std::vector<diagnostic>& items() const { return items_; }
  /// Messages beyond `max_messages`, counted but not kept.
  std::size_t suppressed() const { return suppressed_; }
  /// Every error reported, kept or not.
  std::size_t error_count() const;
  static constexpr std::size_t max_messages = 100;
  /// The first error, for the exception thrown after all messages went to the diagnostics.
  const diagnostic* first_error() const;

 private:
  std::vector<diagnostic> items_;
  std::size_t errors_ = 0;
  std::size_t suppressed_ = 0;
  xmlStructuredErrorFunc old_structured_;
  void* old_structured_context_;
  xmlGenericErrorFunc old_generic_;
  void* old_generic_context_;
};

/// The compiled schema/informe.xsd, parsed once; throws informe::error if it does not compile.
/// Shared read-only between threads; each validation uses its own xmlSchemaValidCtxt.
xmlSchemaPtr canonical_schema();

/// The namespace of the canonical XML: "urn:informe:1".
inline constexpr const char* xml_namespace = "urn:informe:1";

}  // namespace informe::detail
