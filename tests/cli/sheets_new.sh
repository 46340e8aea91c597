# informe new --to xlsx: an empty workbook ready to fill (both sheets, column titles, status list,
# date formats). An analyst fills it (here openpyxl, a third program writing XLSX) and it reads back.
. "$(dirname "$0")/cli_helpers.bash"
PYTHON=${PYTHON:-/usr/bin/python3}
"$PYTHON" -c 'import openpyxl' 2>/dev/null || { echo "SKIP: python3-openpyxl is not installed"; exit 77; }

run new --to xlsx -o plantilla.xlsx
expect_status 0
run new -o plantilla2.xlsx
expect_status 0
cmp -s plantilla.xlsx plantilla2.xlsx || fail "the template is not reproducible"
run new -o x.unknown
expect_status 2
run new --to text -o x.txt
expect_status 2

run convert plantilla.xlsx -o empty.json
expect_status 0
[ -z "$ERR" ] || fail "the empty template reads with diagnostics: $ERR"
"$PYTHON" - <<'PY' || fail "the empty JSON is not an empty report"
import json
r = json.load(open("empty.json"))
assert r["commitments"] == [] and all(v is None for k, v in r.items() if k != "commitments"), r
PY

"$PYTHON" - <<'PY' || fail "the template is not ready to fill"
import datetime, openpyxl
wb = openpyxl.load_workbook("plantilla.xlsx")
assert wb.sheetnames == ["Compromisos", "Informe"], wb.sheetnames
ws = wb["Compromisos"]
assert [c.value for c in ws[1]][:5] == ["N°", "Recomendación", "Organismo Responsable", "Compromiso", "Fecha de Vencimiento"]
assert ws.freeze_panes == "A2"
v = ws.data_validations.dataValidation
assert len(v) == 1 and v[0].type == "list" and str(v[0].sqref) == "I2:I1001", v
assert v[0].formula1 == '"Cumplido,Parcialmente cumplido,No cumplido"'
# Typed dates show as dates: the due column's own format.
assert ws.column_dimensions["E"].number_format == "dd-mm-yyyy", ws.column_dimensions["E"].number_format
info = wb["Informe"]
assert info["A1"].value.startswith("Informe de Cumplimiento de Compromisos"), info["A1"].value
assert info["B1"].number_format == "dd-mm-yyyy" and info["B2"].number_format == "dd-mm-yyyy hh:mm:ss"

# The analyst fills it in.
info["B1"] = datetime.datetime(2013, 6, 30); info["B1"].number_format = "dd-mm-yyyy"
info["B3"] = "Programa de Prueba"
info["B6"] = 2011
info["B9"] = "Primera línea.\n• punto uno\n• punto dos"
ws["A2"] = 1; ws["B2"] = "Mejorar la gestión."; ws["D2"] = "Se hará un plan."
ws["E2"] = datetime.datetime(2012, 12, 1); ws["E2"].number_format = "mm-yyyy"
ws["I2"] = "Cumplido"
ws["A3"] = 2; ws["B3"] = "=SUMA(1;2)"; ws["B3"].data_type = "s"; ws["D3"] = "Otro compromiso."
ws["F3"] = "Primer semestre 2013"; ws["I3"] = "No cumplido"
wb.save("lleno.xlsx")
PY
run convert lleno.xlsx -o lleno.json
expect_status 0
[ -z "$ERR" ] || fail "the filled template reads with diagnostics: $ERR"
"$PYTHON" - <<'PY' || fail "the filled template does not read to its model"
import json
r = json.load(open("lleno.json"))
assert r["cutoff_date"] == "2013-06-30" and r["program"] == "Programa de Prueba" and r["evaluation_year"] == 2011, r
assert r["observation"] == ["Primera línea.", {"list": ["punto uno", "punto dos"]}], r["observation"]
a, b = r["commitments"]
assert (a["number"], a["recommendation"], a["commitment"], a["due"], a["status"], a["status_text"]) == \
    ("1", "Mejorar la gestión.", "Se hará un plan.", "2012-12", "fulfilled", None), a
assert (b["number"], b["recommendation"], b["due"], b["due_text"], b["status"]) == \
    ("2", "=SUMA(1;2)", None, "Primer semestre 2013", "not_fulfilled"), b
PY
echo ok
