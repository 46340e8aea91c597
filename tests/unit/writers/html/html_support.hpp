// Helpers of the HTML writer's tests: render, parse the output with libxml2, run tidy.
#pragma once

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "informe/diagnostics.hpp"
#include "informe/io.hpp"
#include "test_files.hpp"

namespace informe::test {

inline std::string render_html(const report& r, const write_options& options = {}) {
  diagnostics diags;
  std::string out;
  write_html(r, options, out, diags);
  return out;
}

/// Errors libxml2 reports while parsing.
struct parse_errors {
  std::vector<std::string> messages;
  std::vector<int> codes;
};

inline void collect_error(void* user, xmlErrorPtr e) {
  auto* errors = static_cast<parse_errors*>(user);
  if (e->level < XML_ERR_ERROR) return;  // warnings are not errors
  errors->messages.push_back(std::to_string(e->line) + ": " + (e->message ? e->message : "?"));
  errors->codes.push_back(e->code);
}

struct xml_doc_deleter {
  void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};
using xml_doc = std::unique_ptr<xmlDoc, xml_doc_deleter>;

/// Parses `html` as XML (our HTML is polyglot: well-formed XML too).
inline xml_doc parse_xml(const std::string& html, parse_errors& errors) {
  xmlSetStructuredErrorFunc(&errors, collect_error);
  xmlDoc* doc = xmlReadMemory(html.data(), static_cast<int>(html.size()), "out.html", "UTF-8", XML_PARSE_NONET);
  xmlSetStructuredErrorFunc(nullptr, nullptr);
  return xml_doc(doc);
}

/// Parses `html` with libxml2's HTML parser.
inline xml_doc parse_html(const std::string& html, parse_errors& errors) {
  xmlSetStructuredErrorFunc(&errors, collect_error);
  xmlDoc* doc = htmlReadMemory(html.data(), static_cast<int>(html.size()), "out.html", "UTF-8",
                               HTML_PARSE_NONET);
  xmlSetStructuredErrorFunc(nullptr, nullptr);
  return xml_doc(doc);
}

/// The nodes an XPath expression selects (the XHTML namespace is bound to "h").
inline std::vector<xmlNode*> select(xmlDoc* doc, const std::string& xpath) {
  std::vector<xmlNode*> nodes;
  xmlXPathContext* ctx = xmlXPathNewContext(doc);
  xmlXPathRegisterNs(ctx, BAD_CAST "h", BAD_CAST "http://www.w3.org/1999/xhtml");
  xmlXPathObject* result = xmlXPathEvalExpression(BAD_CAST xpath.c_str(), ctx);
  if (result && result->nodesetval) {
    for (int i = 0; i < result->nodesetval->nodeNr; ++i) nodes.push_back(result->nodesetval->nodeTab[i]);
  }
  xmlXPathFreeObject(result);
  xmlXPathFreeContext(ctx);
  return nodes;
}

inline std::string text_of(xmlNode* node) {
  xmlChar* content = xmlNodeGetContent(node);
  std::string s = content ? reinterpret_cast<const char*>(content) : "";
  xmlFree(content);
  return s;
}

inline std::string attribute(xmlNode* node, const char* name) {
  xmlChar* value = xmlGetProp(node, BAD_CAST name);
  std::string s = value ? reinterpret_cast<const char*>(value) : "";
  xmlFree(value);
  return s;
}

/// Collapses runs of ASCII white space to one space, and trims.
inline std::string squeeze(const std::string& s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

/// Runs a shell command, returning its exit status and output.
inline int run(const std::string& command, std::string& output) {
  std::array<char, 4096> buffer{};
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return -1;
  std::size_t n;
  while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0) output.append(buffer.data(), n);
  int status = pclose(pipe);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

inline bool have_program(const std::string& name) {
  std::string ignored;
  return run("command -v " + name + " >/dev/null 2>&1", ignored) == 0;
}

/// A fresh scratch directory below the system's temporary folder.
inline std::filesystem::path scratch_dir(const std::string& name) {
  auto dir = std::filesystem::temp_directory_path() / ("informe-html-" + name + "-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

}  // namespace informe::test
