// read_xml: the canonical XML form into the model. Safe on hostile input: no DOCTYPE is ever handed
// to libxml2 (so no entity can be declared, expanded or fetched), no network, every message collected.
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlschemas.h>

#include <charconv>
#include <climits>
#include <memory>

#include "canonical/text_support.hpp"
#include "canonical/xml_support.hpp"
#include "core/xml_limits.hpp"
#include "informe/io.hpp"

namespace informe {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// Where the prolog (before the root element) holds a "<!" that is not a comment: a DOCTYPE, or a
// declaration that is not allowed there. npos when there is none.
std::size_t declaration_in_prolog(std::string_view s) {
  std::size_t i = s.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
  while (i < s.size()) {
    if (is_space(s[i])) {
      ++i;
    } else if (s.compare(i, 4, "<!--") == 0) {
      auto end = s.find("-->", i + 4);
      if (end == std::string_view::npos) return std::string_view::npos;
      i = end + 3;
    } else if (s.compare(i, 2, "<?") == 0) {
      auto end = s.find("?>", i + 2);
      if (end == std::string_view::npos) return std::string_view::npos;
      i = end + 2;
    } else if (s.compare(i, 2, "<!") == 0) {
      return i;
    } else {
      return std::string_view::npos;  // the root element, or text libxml2 will refuse
    }
  }
  return std::string_view::npos;
}

// Second line of defence, should a DTD ever reach the parser: stop at once.
void refuse_dtd(xmlParserCtxtPtr ctxt) {
  if (ctxt == nullptr) return;
  if (auto* messages = static_cast<detail::xml_messages*>(ctxt->_private)) {
    messages->add(severity::error, ctxt->input ? ctxt->input->line : 0, 0,
                  "DOCTYPE declarations are not allowed in canonical XML");
  }
  xmlStopParser(ctxt);
}
void on_internal_subset(void* ctx, const xmlChar*, const xmlChar*, const xmlChar*) {
  refuse_dtd(static_cast<xmlParserCtxtPtr>(ctx));
}
void on_entity_decl(void* ctx, const xmlChar*, int, const xmlChar*, const xmlChar*, xmlChar*) {
  refuse_dtd(static_cast<xmlParserCtxtPtr>(ctx));
}

using doc_ptr = std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)>;

bool is_element(const xmlNode* n, const char* name) {
  return n != nullptr && n->type == XML_ELEMENT_NODE &&
         xmlStrEqual(n->name, reinterpret_cast<const xmlChar*>(name));
}

std::string content(const xmlNode* n) {
  xmlChar* c = xmlNodeGetContent(n);
  std::string s = c ? reinterpret_cast<const char*>(c) : "";
  xmlFree(c);
  return s;
}

class tree_reader {
 public:
  explicit tree_reader(diagnostics& diags) : diags_(diags) {}

  report read(const xmlNode* root) {
    report r;
    for (const xmlNode* n = root->children; n; n = n->next) {
      if (n->type != XML_ELEMENT_NODE) continue;
      std::string name = reinterpret_cast<const char*>(n->name);
      if (name == "cutoff_date") r.cutoff_date = date(n);
      else if (name == "issued_at") r.issued_at = timestamp(n);
      else if (name == "program") r.program = text(n);
      else if (name == "ministry") r.ministry = text(n);
      else if (name == "service") r.service = text(n);
      else if (name == "evaluation_year") r.evaluation_year = year(n);
      else if (name == "program_status") r.program_status = text(n);
      else if (name == "exit_date") r.exit_date = date(n);
      else if (name == "observation") r.observation = rich(n);
      else if (name == "commitments") {
        for (const xmlNode* c = n->children; c; c = c->next) {
          if (is_element(c, "row")) r.rows.push_back(row_of(c));
        }
      }
    }
    return r;
  }

 private:
  source_position at(const xmlNode* n) const {
    source_position p;
    long line = xmlGetLineNo(n);
    p.line = line > 0 && line < INT_MAX ? static_cast<int>(line) : 0;
    return p;
  }

  row row_of(const xmlNode* e) {
    row w;
    w.source = at(e);
    for (const xmlNode* n = e->children; n; n = n->next) {
      if (n->type != XML_ELEMENT_NODE) continue;
      std::string name = reinterpret_cast<const char*>(n->name);
      if (name == "number") w.number = text(n);
      else if (name == "recommendation") w.recommendation = rich(n);
      else if (name == "responsible") w.responsible = text(n);
      else if (name == "commitment") w.commitment = rich(n);
      else if (name == "due") w.due = date(n);
      else if (name == "due_text") w.due_text = text(n);
      else if (name == "compliance") w.compliance = rich(n);
      else if (name == "compliance_observation") w.compliance_observation = rich(n);
      else if (name == "status") w.status = status(n);
      else if (name == "status_text") w.status_text = text(n);
      else if (name == "verification") w.verification = rich(n);
    }
    return w;
  }

  std::string text(const xmlNode* n) {
    bool removed = false;
    std::string s = detail::model_text(content(n), removed);
    if (removed) diags_.warning(at(n), "removed control characters from <" + name(n) + ">", diagnostic_code::encoding);
    return s;
  }

  static std::string name(const xmlNode* n) { return reinterpret_cast<const char*>(n->name); }

  std::optional<partial_date> date(const xmlNode* n) {
    std::string s = text(n);
    auto d = partial_date::from_iso(s);
    if (!d) diags_.error(at(n), "invalid date \"" + s + "\" in <" + name(n) + ">", diagnostic_code::bad_date);
    return d;
  }

  std::optional<date_time> timestamp(const xmlNode* n) {
    std::string s = text(n);
    auto t = date_time::from_iso(s);
    if (!t) diags_.error(at(n), "invalid date and time \"" + s + "\" in <" + name(n) + ">", diagnostic_code::bad_date);
    return t;
  }

  std::optional<int> year(const xmlNode* n) {
    std::string s = text(n);
    int value = 0;
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
    if (ec != std::errc() || end != s.data() + s.size() || value < 1 || value > 9999) {
      diags_.error(at(n), "invalid year \"" + s + "\" in <evaluation_year>", diagnostic_code::bad_date);
      return std::nullopt;
    }
    return value;
  }

  std::optional<compliance_status> status(const xmlNode* n) {
    std::string s = text(n);
    auto st = compliance_status_from_string(s);
    if (!st) diags_.error(at(n), "unknown status \"" + s + "\"", diagnostic_code::bad_status);
    return st;
  }

  rich_text rich(const xmlNode* e) {
    rich_text t;
    for (const xmlNode* n = e->children; n; n = n->next) {
      if (is_element(n, "p")) {
        t.add_paragraph(text(n));
      } else if (is_element(n, "list")) {
        std::vector<std::string> items;
        for (const xmlNode* i = n->children; i; i = i->next) {
          if (!is_element(i, "item")) continue;
          std::string s = text(i);
          if (!s.empty()) items.push_back(std::move(s));
        }
        t.add_list(std::move(items));
      }
    }
    return t;
  }

  diagnostics& diags_;
};

// Moves the collected libxml2 messages to `diags`; throws the first error when there is one.
void deliver(const detail::xml_messages& messages, diagnostics& diags, const char* what) {
  for (const auto& d : messages.items()) {
    diagnostic copy = d;
    copy.file = diags.file();
    if (copy.code == diagnostic_code::other) copy.code = diagnostic_code::markup;
    diags.add(std::move(copy));
  }
  if (messages.suppressed() > 0) {
    diags.error({}, std::to_string(messages.suppressed()) + " more XML messages not shown",
                diagnostic_code::limit_exceeded);
  }
  if (messages.error_count() == 0) return;
  const diagnostic* first = messages.first_error();
  std::string text = std::string(what);
  if (messages.error_count() > 1) text += " (" + std::to_string(messages.error_count()) + " errors)";
  if (first) text += ": " + first->message;
  throw error(text, first ? first->where : source_position{}, diags.file());
}

report read(std::string_view input, const read_options& options, diagnostics& diags) {
  detail::check_input_bytes(input, options, "XML");
  detail::line_index lines(input);
  std::size_t first = input.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos || input.substr(first) == "\xEF\xBB\xBF") {
    throw error("empty input: no XML document");
  }
  if (input.size() > static_cast<std::size_t>(INT_MAX)) throw error("the XML input is too large");
  std::size_t declaration = declaration_in_prolog(input);
  if (declaration != std::string_view::npos) {
    bool doctype = input.compare(declaration, 9, "<!DOCTYPE") == 0;
    throw error(doctype ? "DOCTYPE declarations are not allowed in canonical XML (no DTD, no entities)"
                        : "markup declarations are not allowed before the root element",
                lines.at(declaration));
  }

  if (auto tag = detail::xml_tag_with_too_many_attributes(input)) {
    throw error("an element has more than " + std::to_string(detail::max_xml_attributes) +
                    " attributes; the document is refused",
                lines.at(*tag));
  }

  detail::init_libxml2();
  xmlSchemaPtr schema = detail::canonical_schema();
  detail::xml_messages messages;

  std::unique_ptr<xmlParserCtxt, decltype(&xmlFreeParserCtxt)> ctxt(xmlNewParserCtxt(), &xmlFreeParserCtxt);
  if (!ctxt) throw error("out of memory reading XML");
  ctxt->_private = &messages;
  ctxt->sax->serror = &detail::xml_messages::on_parser_error;
  ctxt->sax->internalSubset = &on_internal_subset;
  ctxt->sax->externalSubset = &on_internal_subset;
  ctxt->sax->entityDecl = &on_entity_decl;

  // No XML_PARSE_NOENT (no substitution), no DTDLOAD/DTDATTR/DTDVALID, no HUGE (keeps libxml2's limits).
  const int parse_options = XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_BIG_LINES | XML_PARSE_IGNORE_ENC;
  doc_ptr doc(xmlCtxtReadMemory(ctxt.get(), input.data(), static_cast<int>(input.size()), nullptr, "UTF-8",
                                parse_options),
              &xmlFreeDoc);
  if (!doc || !ctxt->wellFormed || messages.error_count() > 0) {
    deliver(messages, diags, "invalid XML");
    throw error("invalid XML", {}, diags.file());  // no message was given
  }
  if (doc->intSubset != nullptr || doc->extSubset != nullptr) {
    throw error("DOCTYPE declarations are not allowed in canonical XML", {}, diags.file());
  }

  std::unique_ptr<xmlSchemaValidCtxt, decltype(&xmlSchemaFreeValidCtxt)> valid(xmlSchemaNewValidCtxt(schema),
                                                                               &xmlSchemaFreeValidCtxt);
  if (!valid) throw error("out of memory reading XML");
  xmlSchemaSetValidStructuredErrors(valid.get(), &detail::xml_messages::on_error, &messages);
  int rc = xmlSchemaValidateDoc(valid.get(), doc.get());
  if (rc != 0 || messages.error_count() > 0) {
    deliver(messages, diags, "the XML document does not follow schema/informe.xsd");
    throw error("the XML document does not follow schema/informe.xsd", {}, diags.file());
  }
  for (const auto& d : messages.items()) diags.add(d);  // warnings only

  const xmlNode* root = xmlDocGetRootElement(doc.get());
  if (root == nullptr) throw error("the XML document has no root element", {}, diags.file());
  return tree_reader(diags).read(root);
}

}  // namespace

report read_xml(std::string_view input, const read_options& options, diagnostics& diags) {
  try {
    return read(input, options, diags);
  } catch (const error& e) {
    throw e.with_file(diags.file());
  } catch (const std::bad_alloc&) {
    throw error("out of memory reading the XML input").with_file(diags.file());
  }
}

}  // namespace informe
