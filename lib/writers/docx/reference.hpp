// Reading a user's reference .docx (their letterhead): styles, numbering, page set-up, header and
// footer, all from an untrusted zip read within limits. Internal to the library.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "writers/docx/package.hpp"
#include "writers/docx/xml.hpp"
#include "informe/diagnostics.hpp"

namespace informe::detail::docx {

/// A header or footer part taken from the reference document.
struct reference_header_footer {
  bool header = true;
  std::string type;  ///< "default", "first", "even"
  std::string data;  ///< the part's XML
  std::vector<relationship> rels;  ///< its relationships, targets rewritten for a part in word/
};

/// What the package takes from the reference document; each piece is absent when it has none.
struct reference_parts {
  std::optional<std::string> styles;     ///< theirs, with our styles they lack added
  std::optional<std::string> numbering;  ///< theirs, with our bullet list added under new ids
  int bullet_num_id = 1;                 ///< our bullet list's w:numId in `numbering`
  std::optional<std::string> theme;
  xml_doc document;                      ///< their document part, kept for `sect_pr`
  xmlNode* sect_pr = nullptr;            ///< the last section's properties (page set-up)
  std::vector<reference_header_footer> headers_footers;
  std::vector<part> media;               ///< parts the headers and footers point at (images)
};

/// Reads the reference document `bytes`. `what` names it in errors ("reference document x.docx").
/// Hostile archives (unsafe names, zip bombs, DTDs or entities in XML) throw informe::error.
reference_parts read_reference(std::string_view bytes, const std::string& what, const std::string& our_styles,
                               const std::string& our_numbering, diagnostics& diags);

/// Their styles with every style of ours whose w:styleId they lack appended.
std::string merge_styles(const std::string& theirs, const std::string& ours, const std::string& what);

/// Their numbering with ours appended under fresh ids; `bullet_num_id` is set to our list 1's new id.
std::string merge_numbering(const std::string& theirs, const std::string& ours, const std::string& what,
                            int& bullet_num_id);

/// A .rels part's relationships.
std::vector<relationship> parse_relationships(const std::string& xml, const std::string& what);

/// `target` resolved against the folder `base` ("word/"), normalised; nullopt when it leaves the package.
std::optional<std::string> resolve_target(const std::string& base, const std::string& target);

}  // namespace informe::detail::docx
