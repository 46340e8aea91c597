// Pages with this library's machine-readable markup (data-field, <time datetime>, data-status),
// written by hand here; the round trip through the real writer is in tests/integration.
#include <doctest/doctest.h>

#include <string>
#include <thread>
#include <vector>

#include "informe/io.hpp"
#include "test_files.hpp"

namespace {

const char* own_page = R"(<!DOCTYPE html>
<html lang="es"><head><meta charset="utf-8"><title>x</title></head><body>
<main class="informe" data-informe="1">
<h1>Informe <time datetime="2009-06" data-field="cutoff_date">junio de 2009</time></h1>
<dl><dt>Programa</dt><dd data-field="program">Fomento  &amp; más</dd>
<dt>Año</dt><dd data-field="evaluation_year">2000</dd>
<dt>Observación</dt><dd data-field="observation"><p>Uno.</p><p>dos</p><ul><li>a</li><li>b</li></ul></dd></dl>
<table><tr data-row="1">
<th data-field="number">4</th>
<td><div data-field="recommendation"><p>Calificación: no es etiqueta</p></div>
<p>Organismo Responsable: <span data-field="responsible">SERCOTEC</span></p></td>
<td><p>Fecha de Vencimiento: <time datetime="2000-12" data-field="due" data-derived="">dic. 2000</time></p></td>
<td><span data-field="status" data-status="unknown" data-derived="">Sin calificación</span></td>
</tr>
<tr data-row="2"><th data-field="number">5</th>
<td></td><td><span data-field="due">pronto</span></td>
<td><span data-field="status" data-status="partially_fulfilled">Parcial</span>
<time data-field="exit_date">30-06-2003</time></td></tr>
</table></main></body></html>
)";

}  // namespace

TEST_CASE("our own markup is read field by field, trusting its paragraphs and keys") {
  informe::diagnostics diags("own.html");
  informe::report r = informe::read_html(own_page, {}, diags);
  CHECK(r.cutoff_date == informe::partial_date{2009, 6, 0});
  CHECK(r.program == "Fomento & más");
  CHECK(r.evaluation_year == 2000);
  REQUIRE(r.observation.blocks.size() == 3);
  CHECK(r.observation.blocks[1].text == "dos");  // a paragraph of its own although mid-sentence
  CHECK(r.observation.blocks[2].items == std::vector<std::string>{"a", "b"});
  REQUIRE(r.rows.size() == 2);
  const auto& a = r.rows[0];
  CHECK(a.number == "4");
  CHECK(a.recommendation.plain_text() == "Calificación: no es etiqueta");  // not parsed as a label
  CHECK(a.responsible == "SERCOTEC");
  CHECK(a.due == informe::partial_date{2000, 12, 0});
  CHECK(a.due_text.empty());  // derived: not printed in the source
  CHECK(!a.status.has_value());
  CHECK(a.status_text.empty());
  CHECK(a.source.line == 8);
  const auto& b = r.rows[1];
  CHECK(!b.due.has_value());
  CHECK(b.due_text == "pronto");
  CHECK(b.status == informe::compliance_status::partially_fulfilled);
  CHECK(b.status_text == "Parcial");
  // a header field inside a row is out of place: said, with its line, and ignored
  CHECK(!r.exit_date.has_value());
  bool warned = false;
  for (const auto& d : diags.all())
    if (d.message.find("exit_date") != std::string::npos && d.where.line == 18) warned = true;
  CHECK(warned);
}

TEST_CASE("pages are read in parallel threads with their own diagnostics") {
  const std::string legacy = informe::test::read_file(informe::test::source_path("tests/data/html/legacy-fomento-2009.html"));
  const std::string broken = "<html><body>\n</x>\n</body></html>";
  informe::diagnostics first_diags;
  const informe::report expected = informe::read_html(legacy, {}, first_diags);
  std::vector<int> ok(8, 0);
  std::vector<std::thread> threads;
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 10; ++i) {
        informe::diagnostics d;
        if (t % 2 == 0) {
          ok[static_cast<std::size_t>(t)] += informe::read_html(legacy, {}, d) == expected &&
                                             d.all().size() == first_diags.all().size();
        } else {
          try {
            informe::read_html(broken, {}, d);
          } catch (const informe::error&) {
            ok[static_cast<std::size_t>(t)] += d.all().size() == 1 && d.all()[0].where.line == 2;
          }
        }
      }
    });
  }
  for (auto& th : threads) th.join();
  for (int n : ok) CHECK(n == 10);
}
