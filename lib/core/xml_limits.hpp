// Limits checked on XML text before libxml2 parses it (canonical XML, the parts of a reference DOCX).
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace informe::detail {

/// Attributes on one element, namespace declarations included. libxml2 (2.9) checks every attribute of
/// a start tag against all the earlier ones: 200,000 attributes took 55 s. Our canonical XML has at most
/// a handful; WordprocessingML elements a few dozen.
inline constexpr std::size_t max_xml_attributes = 256;

/// The offset of the first start tag with more than `limit` attributes, or nullopt. One pass over the
/// text: comments, processing instructions, CDATA sections and quoted values are skipped.
///
///     xml_tag_with_too_many_attributes(R"(<a x="1" y="2"/>)", 1);  // 0
std::optional<std::size_t> xml_tag_with_too_many_attributes(std::string_view xml,
                                                            std::size_t limit = max_xml_attributes);

}  // namespace informe::detail
