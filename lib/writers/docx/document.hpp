// word/document.xml of the report. Internal to the library.
#pragma once

#include <libxml/tree.h>

#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "core/presentation.hpp"
#include "core/theme.hpp"
#include "informe/model.hpp"

namespace informe::detail::docx {

/// What the body needs from the rest of the package.
struct document_settings {
  /// What every writer shows (words, title, summary, statuses, dates).
  const presentation* shown = nullptr;
  /// The theme (only its masthead is used here: colours are in the styles).
  const theme* look = nullptr;
  int bullet_num_id = 1;
  /// (w:type, r:id) of the header and footer references of the section.
  std::vector<std::pair<std::string, std::string>> header_refs;
  std::vector<std::pair<std::string, std::string>> footer_refs;
  /// The reference document's w:sectPr (page size, margins, columns...), or null for ours.
  xmlNode* reference_sect_pr = nullptr;
  std::string paper = "a4";
};

/// "Al 30 de junio de 2009": the presentation's cut-off phrase, capitalised; "" when there is none.
std::string cutoff_wording(const presentation& shown);

/// The width of the text between the margins, in twips: from the reference's page set-up, else the paper's.
int text_width(const document_settings& settings);
/// The height of the text between the top and bottom margins, in twips, likewise.
int text_height(const document_settings& settings);

/// The document part (the report comes through `settings.shown`).
std::string document_xml(const report& r, const document_settings& settings);

}  // namespace informe::detail::docx
