// The fast path for simple markup gives the fragments libxml2 gives, on generated cells.
#include <doctest/doctest.h>

#include <random>
#include <string>
#include <vector>

#include "grammar/html_fragments.hpp"

using namespace informe;
using namespace informe::detail;

namespace {

// Fragments with consecutive text runs merged (libxml2 hands long runs over in pieces): kind, text,
// forced, and the position where each merged run starts.
std::vector<fragment> merged(const cell& c) {
  std::vector<fragment> out;
  for (const auto& f : c.fragments) {
    if (f.type == fragment::kind::text && !out.empty() && out.back().type == fragment::kind::text) {
      out.back().text += f.text;
      continue;
    }
    out.push_back(f);
  }
  return out;
}

std::string describe(const std::vector<fragment>& fs) {
  std::string out;
  for (const auto& f : fs) {
    out += f.type == fragment::kind::text ? "T" : f.type == fragment::kind::list_item ? "L" : "B";
    out += "[" + f.text + "]@" + std::to_string(f.where.column) + " ";
  }
  return out;
}

// Random markup from the pieces cells are made of: words with accents, white space and new lines (or
// none: a text cell is one line),
// inline tags, paragraphs, lists with items; now and then something the fast path must refuse
// (entities, unbalanced or unknown tags, '>' in text, attributes, control characters).
std::string generate(std::mt19937& rng) {
  static const char* words[] = {"Calificación:", "Cumplido", "año", "Ñuble", "2009.", "  ", "\n", "\t", "(ver)",
                                "«cita»", "x", "Medios de Verificación:", "—", "ü", "\"q\"",
                                "\xEF\xBB\xBF" /* U+FEFF: a byte order mark where it opens a fragment */};
  static const char* odd[] = {"&amp;", "<br>", "</u>", "<u>", "<div>", "a > b", "<!-- c -->", "<p class=\"x\">",
                              "<li>", "</li>", "\x01", "<ul>", "</p>", "<script>x</script>", "<U>", "&eacute;"};
  auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); };
  auto text = [&] {
    std::string t;
    for (int k = pick(4) + 1; k > 0; --k) t += std::string(words[pick(16)]) + (pick(3) ? " " : "");
    return t;
  };
  auto inline_text = [&] {
    std::string t = text();
    if (pick(2)) {
      static const char* tags[] = {"u", "b", "i", "em", "strong", "span"};
      std::string tg = tags[pick(6)];
      t += "<" + tg + ">" + text() + "</" + tg + ">" + (pick(2) ? text() : "");
    }
    return t;
  };
  std::string out;
  for (int blocks = pick(4) + 1; blocks > 0; --blocks) {
    switch (pick(4)) {
      case 0: out += inline_text(); break;
      case 1: out += "<p>" + inline_text() + "</p>" + (pick(2) ? "\n" : ""); break;
      case 2: {
        out += pick(2) ? "<ul>" : "<ul style=\"list-style-type: none\">";
        for (int items = pick(4) + 1; items > 0; --items) out += (pick(2) ? "\n  " : "") + std::string("<li>") + inline_text() + "</li>";
        out += "</ul>";
        break;
      }
      default:
        if (pick(3) == 0) out += odd[pick(16)];
        out += text();
    }
  }
  return out;
}

}  // namespace

TEST_CASE("simple markup read without libxml2 gives libxml2's fragments, positions included") {
  std::mt19937 rng(20261130);
  int fast = 0, slow = 0;
  for (int n = 0; n < 4000; ++n) {
    const std::string html = generate(rng);
    const source_position at{3, 7, 0};
    cell by_libxml2;
    html_fragment_parser parser(100, false);
    parser.append(by_libxml2, html, at);
    cell by_fast_path;
    if (!append_simple_markup(by_fast_path, html, at)) {
      CHECK(by_fast_path.fragments.empty());
      ++slow;
      continue;
    }
    ++fast;
    INFO("markup: ", html);
    CHECK(parser.problems().empty());  // simple markup is markup libxml2 has nothing to say about
    const auto want = merged(by_libxml2), got = merged(by_fast_path);
    REQUIRE_MESSAGE(describe(got) == describe(want), "libxml2: ", describe(want));
  }
  // Both kinds were generated in numbers (the comparison above is not vacuous).
  CHECK(fast > 1000);
  CHECK(slow > 300);
}

TEST_CASE("the fast path refuses what it does not know, leaving the cell untouched") {
  for (const char* html : {"a &amp; b", "<u>a", "a</u>", "<p><p>a</p></p>", "<li>a</li>", "<ul>a</ul>",
                           "<u class=\"x\">a</u>", "<br>", "a > b", "<!-- x -->", "<ul><li><p>a</p></li></ul>",
                           "<U>a</U>", "<ul style=\"a>b\"><li>x</li></ul>", "a\x01", "<p><ul><li>a</li></ul></p>",
                           "r\xE5\n\n" /* not UTF-8: libxml2 reads it as Latin-1 */}) {
    cell c;
    CHECK_MESSAGE(!append_simple_markup(c, html, {1, 1, 0}), html);
    CHECK(c.fragments.empty());
  }
  cell c;
  CHECK(append_simple_markup(c, "<p><u>Calificación:</u> Cumplido</p>", {1, 1, 0}));
}
