#!/usr/bin/env python3
"""Builds examples/stress-100-rows.json from the seed: 100 rows cycled from the seed's 13, with
varied statuses, the accented punctuation the PDF writer must keep (¿ ¡ « » — ü ñ), and row 37
longer than a page (its recommendation and compliance hold dozens of paragraphs and a long list).
Run once from the repository root: python3 tests/data/make_stress.py"""
import copy
import json
import pathlib

root = pathlib.Path(__file__).resolve().parents[2]
seed = json.loads((root / "examples/fomento-microempresa-2009.json").read_text(encoding="utf-8"))

statuses = [("fulfilled", "Cumplido"), ("partially_fulfilled", "Parcialmente cumplido"),
            ("not_fulfilled", "No cumplido")]
extra = ("¿Se cumplió el plazo? ¡Sí! La «pauta» —según el pingüino del año— quedó lista en "
         "Ñuñoa, Concepción y Magallanes.")

rows = []
for i in range(100):
    row = copy.deepcopy(seed["commitments"][i % len(seed["commitments"])])
    row["number"] = str(i + 1)
    if i % 7 == 3:
        row["status"], row["status_text"] = statuses[(i // 7) % 3]
    if i % 5 == 0:
        text = row["compliance"]
        paragraphs = text if isinstance(text, list) else [text]
        row["compliance"] = paragraphs + [f"Fila {i + 1}: " + extra]
    if i == 36:
        long = [f"Párrafo {k + 1} de la fila larga: " + " ".join(
            ["La recomendación exige revisar la matriz, medir los indicadores y publicar los resultados "
             "del período en la intranet del Servicio."] * 2) for k in range(16)]
        row["recommendation"] = long[:8] + [{"list": [f"Acción número {k + 1}: informar al comité regional «{k + 1}»."
                                                      for k in range(12)]}] + long[8:]
        row["compliance"] = [f"Avance {k + 1}: se informó el estado del compromiso — ¿completo? ¡aún no!"
                             for k in range(45)]
        row["status"], row["status_text"] = "partially_fulfilled", "Parcialmente cumplido"
    rows.append(row)

stress = dict(seed)
stress["program"] = "Programa de prueba de carga (100 compromisos)"
stress["commitments"] = rows
out = root / "examples/stress-100-rows.json"
out.write_text(json.dumps(stress, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
print(f"wrote {out} ({len(rows)} rows)")
