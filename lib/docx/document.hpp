// word/document.xml of the report. Internal to the library.
#pragma once

#include <libxml/tree.h>

#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "informe/model.hpp"

namespace informe::detail::docx {

/// What the body needs from the rest of the package.
struct document_settings {
  const nlohmann::json* labels = nullptr;
  int bullet_num_id = 1;
  /// (w:type, r:id) of the header and footer references of the section.
  std::vector<std::pair<std::string, std::string>> header_refs;
  std::vector<std::pair<std::string, std::string>> footer_refs;
  /// The reference document's w:sectPr (page size, margins, columns...), or null for ours.
  xmlNode* reference_sect_pr = nullptr;
  std::string paper = "a4";
};

/// The label `key` of labels.json, or the key itself when missing.
std::string label(const nlohmann::json& labels, const char* key);

/// "Al 30 de junio de 2009" (title_cutoff label and the long date), or "" without a cut-off date.
std::string cutoff_wording(const report& r, const nlohmann::json& labels);

/// The document part.
std::string document_xml(const report& r, const document_settings& settings);

}  // namespace informe::detail::docx
