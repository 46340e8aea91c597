#include <doctest/doctest.h>

#include <optional>
#include <random>
#include <string>
#include <string_view>

#include "core/xml_limits.hpp"

using informe::detail::xml_tag_with_too_many_attributes;

namespace {

// The definition, one character at a time: comments, CDATA sections and processing instructions are
// skipped; in a start tag (to its '>' or the next '<'), each '=' outside a quoted value is an attribute.
std::optional<std::size_t> naive(std::string_view s, std::size_t limit) {
  std::size_t i = 0;
  while (i < s.size()) {
    if (s[i] != '<') {
      ++i;
      continue;
    }
    const std::size_t lt = i;
    auto skip = [&](std::size_t from, std::string_view end) {
      std::size_t at = s.find(end, from);
      return at == std::string_view::npos ? s.size() : at + end.size();
    };
    if (s.substr(lt, 4) == "<!--") {
      i = skip(lt + 4, "-->");
    } else if (s.substr(lt, 9) == "<![CDATA[") {
      i = skip(lt + 9, "]]>");
    } else if (s.substr(lt, 2) == "<?") {
      i = skip(lt + 2, "?>");
    } else if (lt + 1 < s.size() && s[lt + 1] != '/' && s[lt + 1] != '!') {
      std::size_t count = 0;
      char quote = 0;
      for (i = lt + 1; i < s.size(); ++i) {
        char c = s[i];
        if (quote) {
          if (c == quote) quote = 0;
        } else if (c == '"' || c == '\'') {
          quote = c;
        } else if (c == '>' || c == '<') {
          break;
        } else if (c == '=' && ++count > limit) {
          return lt;
        }
      }
    } else {
      i = lt + 1;
    }
  }
  return std::nullopt;
}

}  // namespace

TEST_CASE("xml_tag_with_too_many_attributes counts the attributes of start tags only") {
  CHECK(xml_tag_with_too_many_attributes(R"(<a x="1" y="2"/>)", 1) == 0u);
  CHECK(xml_tag_with_too_many_attributes(R"(<a x="1" y="2"/>)", 2) == std::nullopt);
  CHECK(xml_tag_with_too_many_attributes(R"(<r><a x="=,=" y='=='/></r>)", 2) == std::nullopt);
  CHECK(xml_tag_with_too_many_attributes(R"(<r><!-- <a x=1 y=2 z=3> --><b u="1" v="2" w="3"/></r>)", 2) == 27u);
  CHECK(xml_tag_with_too_many_attributes(R"(<![CDATA[<a x=1 y=2>]]><?pi a=1 b=2?></a x=1 y=2>)", 1) == std::nullopt);
  CHECK(xml_tag_with_too_many_attributes("<a x=\"1 <b y=2 z=3>", 1) == std::nullopt);  // the quote runs to the end
  CHECK(xml_tag_with_too_many_attributes("<a x=1 <b y=2 z=3>", 1) == 7u);                // a '<' ends a tag
  std::string many = "<w:p>";
  for (int k = 0; k < 300; ++k) many += " a" + std::to_string(k) + "=\"v\"";
  CHECK(xml_tag_with_too_many_attributes(many + "/>") == std::nullopt);  // w:p has none; the rest is text
  CHECK(xml_tag_with_too_many_attributes("<w:p" + many.substr(5) + "/>") == 0u);
}

TEST_CASE("xml_tag_with_too_many_attributes agrees with the definition on random text") {
  std::mt19937 rng(15);
  const std::string_view alphabet = "<>=\"'!-?[]CDATA/ ax";
  for (int iteration = 0; iteration < 200000; ++iteration) {
    std::string s;
    const std::size_t size = rng() % 40;
    for (std::size_t k = 0; k < size; ++k) s += alphabet[rng() % alphabet.size()];
    if (rng() % 5 == 0) s = "<!--" + s;
    for (std::size_t limit : {0u, 1u, 2u}) {
      REQUIRE_MESSAGE(xml_tag_with_too_many_attributes(s, limit) == naive(s, limit), s);
    }
  }
}
