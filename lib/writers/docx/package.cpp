#include "writers/docx/package.hpp"

#include <algorithm>

#include "writers/docx/xml.hpp"

namespace informe::detail::docx {

namespace {

constexpr const char* ct_rels = "application/vnd.openxmlformats-package.relationships+xml";

bool ends_with(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::string content_types_xml(const std::vector<part>& parts) {
  xml_writer x;
  x.start("Types");
  x.attr("xmlns", "http://schemas.openxmlformats.org/package/2006/content-types");
  x.start("Default");
  x.attr("Extension", "rels");
  x.attr("ContentType", ct_rels);
  x.end();
  x.start("Default");
  x.attr("Extension", "xml");
  x.attr("ContentType", "application/xml");
  x.end();
  for (const auto& p : parts) {
    if (ends_with(p.name, ".rels") && p.content_type == ct_rels) continue;
    x.start("Override");
    x.attr("PartName", "/" + p.name);
    x.attr("ContentType", p.content_type);
    x.end();
  }
  x.end();
  return x.finish();
}

}  // namespace

std::string relationships_xml(const std::vector<relationship>& rels) {
  xml_writer x;
  x.start("Relationships");
  x.attr("xmlns", ns_rels);
  for (const auto& r : rels) {
    x.start("Relationship");
    x.attr("Id", r.id);
    x.attr("Type", r.type);
    x.attr("Target", r.target);
    if (r.external) x.attr("TargetMode", "External");
    x.end();
  }
  x.end();
  return x.finish();
}

std::string write_package_zip(const std::vector<part>& parts, dos_time when) {
  std::vector<zip_entry> entries;
  entries.reserve(parts.size() + 1);
  entries.push_back({"[Content_Types].xml", content_types_xml(parts)});
  for (const auto& p : parts) entries.push_back({p.name, p.data});
  return write_zip(entries, when);
}

std::string write_package_flat(const std::vector<part>& parts) {
  xml_writer x;
  x.pi("mso-application", "progid=\"Word.Document\"");
  x.start("pkg:package");
  x.attr("xmlns:pkg", ns_pkg);
  for (const auto& p : parts) {
    x.start("pkg:part");
    x.attr("pkg:name", "/" + p.name);
    x.attr("pkg:contentType", p.content_type);
    if (p.xml) {
      if (p.content_type == ct_rels) x.attr("pkg:padding", "256");
      x.start("pkg:xmlData");
      // Re-serialise the root element alone: no XML declaration inside pkg:xmlData.
      xml_doc doc = parse_xml(p.data, p.name);
      x.raw(serialize_root(doc.get()));
      x.end();
    } else {
      x.attr("pkg:compression", "store");
      x.start("pkg:binaryData");
      x.base64(p.data);
      x.end();
    }
    x.end();
  }
  x.end();
  return x.finish();
}

}  // namespace informe::detail::docx
