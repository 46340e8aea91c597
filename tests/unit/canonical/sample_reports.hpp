// Reports built in C++ for the canonical tests: every field, lists, absent values, hard characters.
#pragma once

#include <doctest/doctest.h>

#include <string>

#include "informe/model.hpp"

namespace doctest {
template <>
struct StringMaker<informe::source_position> {
  static String convert(const informe::source_position& p) {
    return ("{line " + std::to_string(p.line) + ", column " + std::to_string(p.column) + ", page " +
            std::to_string(p.page) + "}")
        .c_str();
  }
};
}  // namespace doctest

namespace informe::test {

/// A report that uses every field and every shape of rich text, with accents, quotes, <, &, emoji.
inline report rich_report() {
  report r;
  r.cutoff_date = partial_date{2009, 6, 30};
  r.issued_at = date_time{{2009, 10, 7}, 17, 6, 25};
  r.program = "Fomento a la Microempresa";
  r.ministry = "MINISTERIO DE ECONOMÍA, FOMENTO Y RECONSTRUCCIÓN";
  r.service = "SERVICIO DE COOPERACIÓN TÉCNICA";
  r.evaluation_year = 2000;
  r.program_status = "Egresado";
  r.exit_date = partial_date{2003, 6, 30};
  r.observation = rich_text::paragraph("Indicadores \"clave\" < 5 & > 2 — ok 🎉.");

  row a;
  a.number = "1";
  a.recommendation = rich_text::paragraph("Actualizar la Matriz de Marco Lógico.");
  a.commitment.add_paragraph("Se revisará la matriz.");
  a.commitment.add_paragraph("Segundo párrafo: <b>no es HTML</b> & más.");
  a.due = partial_date{2000, 12, 0};
  a.due_text = "Dic. 2000";
  a.compliance = rich_text::paragraph("cumplido");
  a.status = compliance_status::fulfilled;
  a.status_text = "Cumplido";
  r.rows.push_back(a);

  row b;
  b.number = "4";
  b.recommendation.add_paragraph("Replantear los componentes. Específicamente:");
  b.recommendation.add_list({"Una política nacional.", "Una estrategia regional 'con' comillas.", "Ñandú & <co>"});
  b.recommendation.add_paragraph("Cierre.");
  b.responsible = "MINECON/CORFO/FOSIS/SERCOTEC";
  b.due = partial_date{2001, 0, 0};
  b.due_text = "2001";
  b.compliance_observation = rich_text::paragraph("Se presentó el informe.");
  b.status = compliance_status::partially_fulfilled;
  b.status_text = "Parcialmente cumplido";
  b.verification.add_list({"Documento A", "Documento B"});
  r.rows.push_back(b);

  row c;  // a second row "4", a full due date, not fulfilled
  c.number = "4";
  c.commitment = rich_text::paragraph("Otro compromiso.");
  c.due = partial_date{2002, 2, 28};
  c.due_text = "28-02-2002";
  c.status = compliance_status::not_fulfilled;
  c.status_text = "No cumplido";
  r.rows.push_back(c);

  row empty;  // every field absent
  r.rows.push_back(empty);
  return r;
}

/// A report with nothing in it but one empty row.
inline report bare_report() {
  report r;
  r.rows.emplace_back();
  return r;
}

}  // namespace informe::test
