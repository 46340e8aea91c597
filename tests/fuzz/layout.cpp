// libFuzzer target for the layout engine: the fuzz bytes are decoded into pages of positioned words
// (coordinates, sizes, and texts from a small alphabet of labels, column titles, numbers, bullets,
// dates and furniture) and read with read_layout, then the grammar's report_builder.
// Run: build/fuzz/tests/fuzz_layout -max_total_time=600 /tmp/layout-corpus
#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "grammar/report_builder.hpp"
#include "informe/diagnostics.hpp"
#include "layout/page.hpp"
#include "layout/read_layout.hpp"

namespace {

constexpr std::array<std::string_view, 76> alphabet{
    "INFORME", "DE", "CUMPLIMIENTO", "COMPROMISOS", "AL", "30-06-2009", "Programa/", "Institución:",
    "Programa/Institución:", "Ministerio:", "Servicio:", "Año:", "Calificación:", "Fecha", "Egreso:",
    "Observación:", "N°", "N", "°", "Recomendación", "Compromiso", "Cumplimiento", "Vencimiento:",
    "Medios", "Verificación:", "Organismo", "Responsable:", "1", "2", "3", "10", "1.", "2.", "3.", "2004.",
    "•", "\xEF\x82\xB7", "-", "–", "*", "(continúa)", "Página", "de", "3/9", "http://example.org/a.html",
    "11/30/26,", "3:56", "AM", "31-03-", "2009", "económico-", "social", "criteriosDurante", "Cumplido",
    "Parcialmente", "el", "plan", "se", "diseñó.", "Documento", "generado", "con", ";", "Diciembre",
    // column titles of their own and sub-titles under group titles (columns.*, two_row_titles.*)
    "Plazo", "Responsable", "Descripción", "Avance", "Observaciones", "Calificación", "Verificación", "2011.",
    // a ficha's labels without their colon, a cell's labels with it (fichas.*, untitled_table.*)
    "Vencimiento", "Observación", "Compromiso:", "Recomendación:"};

// Reads bytes from the input; zeros when it runs out.
class reader {
 public:
  reader(const uint8_t* data, size_t size) : data_(data), size_(size) {}
  bool more() const { return at_ < size_; }
  uint8_t byte() { return at_ < size_ ? data_[at_++] : 0; }
  uint16_t two() { return static_cast<uint16_t>(byte() << 8 | byte()); }

 private:
  const uint8_t* data_;
  size_t size_;
  size_t at_ = 0;
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace informe::detail;
  if (size > 1 << 14) return 0;
  reader in(data, size);
  const uint8_t head = in.byte();
  const bool grid = head & 0x80;  // words on a text grid: estimated widths, file positions
  std::vector<layout::page> pages(1 + head % 4);
  for (std::size_t p = 0; p < pages.size(); ++p) {
    pages[p].number = static_cast<int>(p) + 1;
    pages[p].width = 595;
    pages[p].height = 842;
  }
  int file_line = 1;
  while (in.more()) {
    const uint8_t flags = in.byte();
    layout::word w;
    layout::page& target = pages[flags % pages.size()];
    w.text = alphabet[in.byte() % alphabet.size()];
    if (flags & 0x40) w.text = target.own(std::string(w.text).append(alphabet[in.byte() % alphabet.size()]));  // run together
    w.x0 = in.two() / 64.0;                                          // 0 .. 1024 points
    w.y0 = in.two() / 64.0;
    w.size = (flags & 0x20) ? 0 : 4 + in.byte() % 16;
    const double cw = w.size > 0 ? w.size / 2 : 5;
    w.x1 = w.x0 + cw * static_cast<double>(w.text.size()) * ((flags & 0x10) ? 0.5 : 1);
    w.y1 = w.y0 + (w.size > 0 ? w.size : 10);
    w.bold = flags & 0x08;
    w.space_after = !(flags & 0x04);
    if (grid) {
      w.estimated_width = (w.x1 - w.x0) * 0.9;
      w.line = file_line += (flags & 0x02) ? 1 : 0;
      w.column = 1 + static_cast<int>(w.x0 / 5);
    }
    target.words.push_back(std::move(w));
  }
  informe::diagnostics diags("fuzz.pdf");
  report_builder builder(diags);
  layout::read_layout(pages, builder, diags);
  try {
    informe::report r = builder.finish();
    for (const auto& row : r.rows) {
      if (row.due && !row.due->valid()) __builtin_trap();
      for (const auto* t : {&row.recommendation, &row.commitment, &row.compliance})
        for (const auto& b : t->blocks)
          if (b.type == informe::block::kind::paragraph && b.text.empty()) __builtin_trap();
    }
  } catch (const informe::error&) {
    // no report found: refused with a message, which is fine
  }
  return 0;
}
