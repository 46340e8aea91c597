// Untrusted XML parts of a workbook read as a stream (libxml2's xmlTextReader): huge sheets never
// become a tree in memory; no DTD, no entity, no network. Internal.
#pragma once

#include <libxml/xmlreader.h>

#include <optional>
#include <string>
#include <string_view>

namespace informe::detail::sheets {

class xml_stream {
 public:
  /// Reads `bytes` (kept by the stream). Throws informe::error naming `what` when the part declares
  /// a DOCTYPE or an entity.
  xml_stream(std::string bytes, std::string what);
  ~xml_stream();
  xml_stream(const xml_stream&) = delete;
  xml_stream& operator=(const xml_stream&) = delete;

  /// Moves to the next node; false at the end. Malformed XML throws informe::error.
  bool next();
  /// Moves to the next node inside the element that started at `depth` (false at its end), passing
  /// over the subtree of the element whose depth the caller put in `skip_depth` (-1: none).
  bool next_inside(int depth, int& skip_depth);
  bool is_start() const { return type_ == XML_READER_TYPE_ELEMENT; }
  bool is_end() const { return type_ == XML_READER_TYPE_END_ELEMENT; }
  bool is_text() const {
    return type_ == XML_READER_TYPE_TEXT || type_ == XML_READER_TYPE_CDATA ||
           type_ == XML_READER_TYPE_SIGNIFICANT_WHITESPACE || type_ == XML_READER_TYPE_WHITESPACE;
  }
  /// For a start element: it is written <x/> (no end element follows).
  bool is_empty() const;
  std::string_view name() const;  ///< local name
  std::string_view ns() const;    ///< namespace URI, "" when none
  bool is(std::string_view ns, std::string_view local) const { return name() == local && this->ns() == ns; }
  int depth() const;
  int line() const;
  /// The text of a text node.
  std::string_view value() const;
  /// The attribute with this local name (any namespace), or nullopt.
  std::optional<std::string> attr(std::string_view local) const;
  /// The attribute with this local name in this namespace, or nullopt.
  std::optional<std::string> attr(std::string_view ns, std::string_view local) const;
  const std::string& what() const { return what_; }

 private:
  std::string bytes_;
  xmlTextReaderPtr reader_ = nullptr;
  std::string what_;
  std::string error_;
  int type_ = 0;
  static void on_error(void* arg, const char* msg, xmlParserSeverities, xmlTextReaderLocatorPtr);
};

}  // namespace informe::detail::sheets
