// An OPC package as a list of parts, written either as a zip (.docx) or as Flat OPC XML.
// Internal to the library.
#pragma once

#include <string>
#include <vector>

#include "shared/zip/zip.hpp"

namespace informe::detail::docx {

/// One part of the package.
struct part {
  std::string name;          ///< without leading slash: "word/document.xml", "word/_rels/document.xml.rels"
  std::string content_type;  ///< "application/vnd.openxmlformats-package.relationships+xml", ...
  std::string data;          ///< the bytes; XML parts are well-formed UTF-8 XML
  bool xml = true;           ///< false for images and other binary parts
};

/// One relationship of a .rels part.
struct relationship {
  std::string id;
  std::string type;    ///< full URI
  std::string target;  ///< relative to the source part's folder
  bool external = false;
};

/// A .rels part's XML.
std::string relationships_xml(const std::vector<relationship>& rels);

/// The .docx: [Content_Types].xml first, then the parts in order, all stamped with `when`.
std::string write_package_zip(const std::vector<part>& parts, dos_time when);

/// The Flat OPC form (<pkg:package>): XML parts inline in pkg:xmlData, others base64 in pkg:binaryData.
std::string write_package_flat(const std::vector<part>& parts);

}  // namespace informe::detail::docx
