// The one XML writer: libxml2's xmlTextWriter behind a small interface, used by the canonical XML
// writer and the DOCX writer. Text and attribute values are always escaped, and what XML 1.0 cannot
// hold is removed. Internal to the library.
#pragma once

#include <memory>
#include <string>
#include <string_view>

namespace informe::detail {

/// `utf8` with what XML 1.0 cannot hold removed: C0 controls other than tab and line breaks,
/// U+FFFE, U+FFFF. Malformed UTF-8 becomes U+FFFD.
std::string xml_safe(std::string_view utf8);

/// How an xml_writer lays its document out.
struct xml_writer_style {
  bool declaration = true;         ///< write <?xml version="1.0" encoding="UTF-8" ...?> first
  const char* standalone = "yes";  ///< the declaration's standalone="..."; nullptr: none
  bool indent = false;             ///< one element a line, indented by two spaces a level
};

/// An XML document written element by element through libxml2's xmlTextWriter, so text and
/// attribute values are always escaped. Names are qualified ("w:p"); the caller declares prefixes.
///
///     xml_writer x;
///     x.start("w:p"); x.attr("xmlns:w", ns_w); x.text("a < b"); x.end();
///     std::string bytes = x.finish();
class xml_writer {
 public:
  /// `declaration`: write <?xml version="1.0" encoding="UTF-8" standalone="yes"?> first.
  explicit xml_writer(bool declaration = true);
  explicit xml_writer(const xml_writer_style& style);
  ~xml_writer();
  xml_writer(const xml_writer&) = delete;
  xml_writer& operator=(const xml_writer&) = delete;

  void start(const char* name);
  void end();
  void attr(const char* name, std::string_view value);
  /// Text content, escaped, with characters XML cannot hold removed.
  void text(std::string_view utf8);
  /// Markup already known to be well-formed (a serialised element).
  void raw(std::string_view markup);
  void pi(const char* target, const char* content);
  void base64(std::string_view bytes);
  /// An element holding only text: <name>text</name>.
  void element(const char* name, std::string_view text);
  /// Closes every open element and returns the bytes.
  std::string finish();

 private:
  void check(int rc);
  struct impl;
  std::unique_ptr<impl> impl_;
};

}  // namespace informe::detail
