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
  /// The report's dates in Spanish words, worded once per document (ICU's pattern generator is slow).
  std::string cutoff_long;  ///< "30 de junio de 2009"
  std::string issued_long;  ///< "7 de octubre de 2009, 17:06:25"
  std::string exit_long;    ///< "30 de junio de 2003"
};

/// The label `key` of labels.json, or the key itself when missing.
std::string label(const nlohmann::json& labels, const char* key);

/// "Al 30 de junio de 2009": the title_cutoff label and `cutoff_long`, capitalised; "" when that is empty.
std::string cutoff_wording(const std::string& cutoff_long, const nlohmann::json& labels);

/// The long Spanish wording of the report's dates, for `document_settings`.
void word_dates(const report& r, document_settings& settings);

/// The width of the text between the margins, in twips: from the reference's page set-up, else the paper's.
int text_width(const document_settings& settings);

/// The document part.
std::string document_xml(const report& r, const document_settings& settings);

}  // namespace informe::detail::docx
