// The DOCX writer: assembles the package's parts and writes them as a zip or as Flat OPC.
#include <fstream>
#include <map>
#include <sstream>

#include "core/civil_time.hpp"
#include "core/files.hpp"
#include "core/spanish.hpp"
#include "core/template_json.hpp"
#include "core/theme.hpp"
#include "core/vocabulary.hpp"
#include "writers/docx/document.hpp"
#include "writers/docx/package.hpp"
#include "writers/docx/reference.hpp"
#include "writers/docx/xml.hpp"
#include "informe/io.hpp"
#include "informe/templates.hpp"
#include "informe/version.hpp"

namespace informe {

namespace detail::docx {
namespace {

constexpr const char* rel_base = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
constexpr const char* ct_word = "application/vnd.openxmlformats-officedocument.wordprocessingml.";

// The one timestamp of the package, from the presentation's clock policy (SOURCE_DATE_EPOCH, else
// the report's issue time, else a fixed date).
civil_time package_time(const presented_time& t) {
  const auto& w = t.when;
  return {w.date.year, w.date.month, w.date.day, w.hour, w.minute, w.second};
}

// W3CDTF: a UTC time with its "Z"; a local time of unknown offset as its date alone (W3CDTF has no
// time without an offset), never marked as UTC.
std::string w3cdtf(const presented_time& t) {
  const civil_time c = package_time(t);
  char buffer[32];
  if (t.utc) {
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02dZ", c.year, c.month, c.day, c.hour, c.minute,
                  c.second);
  } else {
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", c.year, c.month, c.day);
  }
  return buffer;
}

std::string core_xml(const report& r, const presentation& shown) {
  xml_writer x;
  x.start("cp:coreProperties");
  x.attr("xmlns:cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties");
  x.attr("xmlns:dc", "http://purl.org/dc/elements/1.1/");
  x.attr("xmlns:dcterms", "http://purl.org/dc/terms/");
  x.attr("xmlns:dcmitype", "http://purl.org/dc/dcmitype/");
  x.attr("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
  x.element("dc:title", shown.title);
  if (!r.program.empty()) x.element("dc:subject", r.program);
  if (!r.service.empty()) x.element("dc:creator", r.service);
  x.element("dc:language", "es-CL");
  x.start("dcterms:created");
  x.attr("xsi:type", "dcterms:W3CDTF");
  x.text(w3cdtf(shown.generated));
  x.end();
  x.start("dcterms:modified");
  x.attr("xsi:type", "dcterms:W3CDTF");
  x.text(w3cdtf(shown.generated));
  x.end();
  x.end();
  return x.finish();
}

std::string app_xml(const report& r) {
  xml_writer x;
  x.start("Properties");
  x.attr("xmlns", "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties");
  x.attr("xmlns:vt", "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes");
  x.element("Application", "informe " + std::string(informe::version()));
  x.element("DocSecurity", "0");
  if (!r.ministry.empty()) x.element("Company", r.ministry);
  x.end();
  return x.finish();
}

// A template part. A user's replacement (template_dir) is checked for well-formedness; the built-in
// ones are checked by the tests.
std::string template_xml(const template_set& templates, const char* name) {
  std::string bytes = templates.load(name);
  if (std::string origin = templates.origin(name); origin.rfind("templates/", 0) != 0) parse_xml(bytes, origin);
  return bytes;
}

std::string filled_template(const template_set& templates, const char* name,
                            const std::map<std::string, std::string>& values) {
  xml_doc doc = parse_xml(templates.load(name), templates.origin(name));
  fill_placeholders(doc.get(), values);
  return serialize(doc.get());
}

// Refused from its size before it is read (a 3 GB sparse file took 6.3 GB); errors name the reference.
std::string read_reference_file(const std::string& path) {
  return detail::read_regular_file(path, std::size_t{64} << 20, "reference document");
}

// Every part of the package, in a fixed order; `when` receives the package's timestamp.
std::vector<part> build_parts(const report& r, const write_options& options, diagnostics& diags, civil_time& when) {
  template_set templates(options.template_dir);
  const presentation shown = present(r, load_vocabulary(templates, &diags), options.source_date_epoch);
  when = package_time(shown.generated);
  const theme look = load_theme(templates, &diags);
  std::map<std::string, std::string> look_values{{"font", look.font_family}};
  for (std::size_t i = 0; i < colour_role_count; ++i) {
    const auto role = static_cast<colour_role>(i);
    look_values.emplace(std::string(colour_key(role)), look[role].word_hex());
  }
  const std::string our_styles = filled_template(templates, "docx/styles.xml", look_values);
  const std::string our_numbering = template_xml(templates, "docx/numbering.xml");

  std::optional<reference_parts> ref;
  if (!options.reference_docx.empty()) {
    ref = read_reference(read_reference_file(options.reference_docx),
                         "reference document " + options.reference_docx, our_styles, our_numbering, diags);
  }

  std::vector<part> word;  // parts below word/ other than the document
  std::vector<relationship> doc_rels;
  auto add = [&](std::string name, std::string type_suffix, std::string content_type, std::string data) {
    std::string id = "rId" + std::to_string(doc_rels.size() + 1);
    doc_rels.push_back({id, rel_base + type_suffix, name, false});
    word.push_back({"word/" + name, std::move(content_type), std::move(data), true});
    return id;
  };
  add("styles.xml", "styles", std::string(ct_word) + "styles+xml", ref && ref->styles ? *ref->styles : our_styles);
  add("settings.xml", "settings", std::string(ct_word) + "settings+xml", template_xml(templates, "docx/settings.xml"));
  add("numbering.xml", "numbering", std::string(ct_word) + "numbering+xml",
      ref && ref->numbering ? *ref->numbering : our_numbering);
  add("fontTable.xml", "fontTable", std::string(ct_word) + "fontTable+xml", template_xml(templates, "docx/fontTable.xml"));
  if (ref && ref->theme) add("theme/theme1.xml", "theme", "application/vnd.openxmlformats-officedocument.theme+xml", *ref->theme);

  document_settings settings;
  settings.shown = &shown;
  settings.look = &look;
  settings.paper = options.paper;
  if (ref) settings.reference_sect_pr = ref->sect_pr;
  std::vector<part> extra;  // header/footer relationships and media
  // The reference's headers and footers replace ours kind by kind: a letterhead with a header only
  // keeps our footer and its page numbers.
  bool their_header = false, their_footer = false;
  if (ref) {
    int headers = 0, footers = 0;
    for (auto& hf : ref->headers_footers) {
      std::string name = hf.header ? "header" + std::to_string(++headers) + ".xml"
                                   : "footer" + std::to_string(++footers) + ".xml";
      std::string id = add(name, hf.header ? "header" : "footer",
                           std::string(ct_word) + (hf.header ? "header+xml" : "footer+xml"), hf.data);
      (hf.header ? settings.header_refs : settings.footer_refs).emplace_back(hf.type, id);
      (hf.header ? their_header : their_footer) = true;
      if (!hf.rels.empty()) {
        extra.push_back({"word/_rels/" + name + ".rels", "application/vnd.openxmlformats-package.relationships+xml",
                         relationships_xml(hf.rels), true});
      }
    }
    for (auto& m : ref->media) extra.push_back(std::move(m));
  }
  std::map<std::string, std::string> values{
      {"program", r.program},
      {"service", r.service},
      {"title", shown.title_main},
      {"cutoff", shown.cutoff_long},
      {"cutoff_heading", cutoff_wording(shown)},
      {"page", shown.words[term::page]},
      {"page_of", shown.words[term::page_of]},
      {"text_width", std::to_string(text_width(settings))},
  };
  if (!their_header) {
    settings.header_refs.emplace_back(
        "default", add("header1.xml", "header", std::string(ct_word) + "header+xml",
                       filled_template(templates, "docx/header.xml", values)));
  }
  if (!their_footer) {
    settings.footer_refs.emplace_back(
        "default", add("footer1.xml", "footer", std::string(ct_word) + "footer+xml",
                       filled_template(templates, "docx/footer.xml", values)));
  }
  if (ref) {
    settings.reference_sect_pr = ref->sect_pr;
    settings.bullet_num_id = ref->numbering ? ref->bullet_num_id : 1;
  }

  std::vector<part> parts;
  parts.push_back({"_rels/.rels", "application/vnd.openxmlformats-package.relationships+xml",
                   relationships_xml({
                       {"rId1", std::string(rel_base) + "officeDocument", "word/document.xml", false},
                       {"rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
                        "docProps/core.xml", false},
                       {"rId3", std::string(rel_base) + "extended-properties", "docProps/app.xml", false},
                   }),
                   true});
  parts.push_back({"word/document.xml", std::string(ct_word) + "document.main+xml", document_xml(r, settings), true});
  parts.push_back({"word/_rels/document.xml.rels", "application/vnd.openxmlformats-package.relationships+xml",
                   relationships_xml(doc_rels), true});
  for (auto& p : word) parts.push_back(std::move(p));
  for (auto& p : extra) parts.push_back(std::move(p));
  parts.push_back({"docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml",
                   core_xml(r, shown), true});
  parts.push_back({"docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml",
                   app_xml(r), true});
  return parts;
}

}  // namespace
}  // namespace detail::docx

void write_docx(const report& r, const write_options& options, std::string& output, diagnostics& diags) {
  using namespace detail::docx;
  detail::civil_time when;
  auto parts = build_parts(r, options, diags, when);
  output += write_package_zip(parts, detail::dos_time_of(when.year, when.month, when.day, when.hour, when.minute, when.second));
}

void write_docx_xml(const report& r, const write_options& options, std::string& output, diagnostics& diags) {
  using namespace detail::docx;
  detail::civil_time when;
  auto parts = build_parts(r, options, diags, when);
  output += write_package_flat(parts);
}

}  // namespace informe
