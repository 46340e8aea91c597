// Hopeless inputs: not a report, too deep, too many nodes or attributes, too large; positioned messages.
#include <doctest/doctest.h>

#include <string>

#include "core/unicode.hpp"
#include "readers/html/html_document.hpp"
#include "informe/io.hpp"

namespace {

using informe::report;

informe::error read_error(const std::string& html, informe::read_options options = {}) {
  informe::diagnostics d("page.html");
  try {
    informe::read_html(html, options, d);
  } catch (const informe::error& e) {
    return e;
  }
  FAIL("no error");
  return informe::error("");
}

}  // namespace

TEST_CASE("a page that is not a report is an error, not an empty model") {
  auto e = read_error("<html><body><h1>Bienvenido</h1><p>Nada que ver.</p><table><tr><td>a</td></tr></table></body></html>");
  CHECK(e.message().find("no commitments table found") != std::string::npos);
  CHECK(e.file() == "page.html");

  // a table with only some of the columns: the error points at it
  auto partial = read_error("<html><body>\n<p>x</p>\n<table>\n<tr><td>Recomendación</td><td>Compromiso</td></tr></table></body></html>");
  CHECK(partial.message().find("no commitments table found") != std::string::npos);
  CHECK(partial.where().line == 3);

  CHECK(read_error("").message().find("no commitments table found") != std::string::npos);
  CHECK(read_error("just some text").message().find("no commitments table found") != std::string::npos);
}

TEST_CASE("diagnostics carry line numbers: libxml2's and the grammar's") {
  informe::diagnostics d("page.html");
  std::string html =
      "<html><body>\n"                                                                  // 1
      "<table><tr><td>Recomendación</td><td>Compromiso</td><td>Cumplimiento</td></tr>\n"  // 2
      "<tr><td>1. Uno.</td><td>Dos.</td><td>Tres. Calificación: En proceso</td></tr>\n"   // 3
      "<tr><td>2. Uno.</td><td>Dos. Fecha de Vencimiento: pronto</td><td>x</td></tr>\n"     // 4
      "</x></table>\n"                                                                  // 5
      "</body></html>\n";
  report r = informe::read_html(html, {}, d);
  REQUIRE(r.rows.size() == 2);
  bool status_at_3 = false, due_at_4 = false, html_at_5 = false;
  for (const auto& m : d.all()) {
    if (m.message.find("unknown status") != std::string::npos && m.where.line == 3) status_at_3 = true;
    if (m.message.find("due date") != std::string::npos && m.where.line == 4) due_at_4 = true;
    if (m.message.find("HTML:") != std::string::npos && m.where.line == 5) html_at_5 = true;
    CHECK(m.file == "page.html");
  }
  CHECK(status_at_3);
  CHECK(due_at_4);
  CHECK(html_at_5);
}

TEST_CASE("libxml2's messages become one line of valid UTF-8, even quoting input cut mid-character") {
  // libxml2 quotes the first 50 bytes of an unterminated comment: with two-byte letters from an odd
  // offset, the quote ends in half a character (found by fuzz_html_reader).
  std::string comment = "<!-- xy";
  for (int i = 0; i < 40; ++i) comment += "\xC3\xB1";  // ñ
  std::string html = "<html><body>\n<table><tr><td>Recomendación</td><td>Compromiso</td><td>Cumplimiento</td></tr>\n"
                     "<tr><td>1. Uno.</td><td>Dos.</td><td>Tres.</td></tr></table>\n" + comment + "\n\tmás\n";
  informe::diagnostics d("page.html");
  informe::read_html(html, {}, d);
  bool quoted = false;
  for (const auto& m : d.all()) {
    CHECK(informe::detail::is_valid_utf8(m.message));
    CHECK(m.message.find('\n') == std::string::npos);
    CHECK(m.message.find('\t') == std::string::npos);
    CHECK(m.message.find("  ") == std::string::npos);
    if (m.message.find("Comment not terminated <!-- xy\xC3\xB1") != std::string::npos) quoted = true;
  }
  CHECK(quoted);
}

// How fast: the pathological suite (html-10k-deep-*, html-50k-attributes).
TEST_CASE("10,000 levels of nesting are refused, with a position") {
  for (const std::string open : {"<div>", "<table><tr><td>", "<b>", "<ul><li>"}) {
    std::string html = "<html><body>\n";
    for (int i = 0; i < 10000; ++i) html += open;
    auto e = read_error(html);
    INFO(open);
    CHECK(e.message().find("levels deep") != std::string::npos);
    CHECK(e.where().line == 2);
  }
}

TEST_CASE("tags with huge attribute lists are refused before libxml2's quadratic check") {
  std::string html = "<html><body><p";
  for (int i = 0; i < 50000; ++i) html += " a" + std::to_string(i) + "=1";
  html += ">x</p></body></html>";
  auto e = read_error(html);
  CHECK(e.message().find("attributes") != std::string::npos);
}

TEST_CASE("the node budget bounds memory") {
  std::string html = "<html><body><table><tr><td>Recomendación</td><td>Compromiso</td><td>Cumplimiento</td></tr>";
  for (int i = 0; i < 2000; ++i) html += "<tr><td>" + std::to_string(i + 1) + ". a</td><td>b</td><td>c</td></tr>\n";
  html += "</table></body></html>";
  informe::diagnostics d;
  informe::detail::html_limits small;
  small.max_nodes = 1000;
  small.min_bytes_per_node = std::size_t{1} << 30;  // no growth with the page's size
  CHECK_THROWS_AS(informe::detail::html_document(html, d, small), informe::error);
  CHECK_NOTHROW(informe::detail::html_document(html, d));
  // The limit grows with the page: one node per `min_bytes_per_node` bytes of it (this page spends
  // about 11 bytes a node: 45 bytes for a row of four elements).
  small.min_bytes_per_node = 8;
  CHECK_NOTHROW(informe::detail::html_document(html, d, small));
  small.min_bytes_per_node = 16;
  CHECK_THROWS_AS(informe::detail::html_document(html, d, small), informe::error);
}

TEST_CASE("inputs over the size limit are refused before parsing") {
  informe::read_options options;
  options.max_input_bytes = 100;
  auto e = read_error(std::string(200, 'x'), options);
  CHECK(e.message().find("limit") != std::string::npos);
}

TEST_CASE("declared charsets are found in meta tags") {
  using informe::detail::declared_charset;
  CHECK(declared_charset("<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=ISO-8859-1\">") == "iso-8859-1");
  CHECK(declared_charset("<meta charset='windows-1252'>") == "windows-1252");
  CHECK(declared_charset("<meta charset=utf-8 />") == "utf-8");
  CHECK(declared_charset("<html><body>charset=utf-8</body>") == "");
  CHECK(declared_charset("<meta name=x>") == "");
}

TEST_CASE("a text run over libxml2's 10 MB limit is refused, not read half") {
  std::string html = "<html><body><table><tr><td>Recomendación</td><td>Compromiso</td><td>Cumplimiento</td></tr>\n<tr><td>1. ";
  html.reserve(12 << 20);
  while (html.size() < (11u << 20)) html += "palabra larga. ";
  html += "</td><td>b</td><td>c</td></tr></table></body></html>";
  auto e = read_error(html);
  CHECK(e.message().find("gave up") != std::string::npos);
  CHECK(e.where().line == 2);
}

TEST_CASE("bytes that are not the declared UTF-8 are named in a warning with their position") {
  // Declared UTF-8, Latin-1 throughout: read from the bytes, as windows-1252.
  std::string latin1 = "<html><head><meta charset=\"utf-8\"></head><body>\n<p>Instituci\xF3n Peque\xF1" "a A\xF1o</p></body></html>";
  informe::diagnostics d;
  informe::detail::html_document doc(latin1, d);
  CHECK(doc.charset() == "windows-1252");
  REQUIRE(d.warning_count() == 1);
  CHECK(d.all().at(0).where.line == 2);
  CHECK(d.all().at(0).where.column == 13);  // "<p>Instituci" is 12 bytes
  CHECK(d.all().at(0).message.find("byte 0xF3 is not UTF-8") != std::string::npos);
  // A stray byte in a UTF-8 page: U+FFFD, said so.
  std::string stray = "<html><head><meta charset=\"utf-8\"></head><body><p>Año, Institución, revisión \x80 fin</p></body></html>";
  informe::diagnostics d2;
  informe::detail::html_document doc2(stray, d2);
  CHECK(doc2.charset() == "UTF-8");
  REQUIRE(d2.warning_count() == 1);
  CHECK(d2.all().at(0).message.find("U+FFFD") != std::string::npos);
}

TEST_CASE("a page cut short inside its table is a warning naming the table's line") {
  std::string page = "<html><body>\n<!-- <table> in a comment -->\n<TABLE class=x><tr><td>1. a</td><td>b</td></tr>\n"
                     "<tr><td>2. c</td><td>d";
  informe::diagnostics d;
  informe::detail::html_document doc(page, d);
  REQUIRE(d.warning_count() == 1);
  CHECK(d.all().at(0).where.line == 3);
  CHECK(d.all().at(0).message.find("never ends") != std::string::npos);
  informe::diagnostics whole;
  informe::detail::html_document complete(page + "</td></tr></table><tablex></body></html>", whole);
  CHECK(whole.warning_count() == 0);
}
