# Real clients read our XLSX: python3-openpyxl reads every cell (values, date cells and their formats,
# the frozen title row, the autofilter, the status list and colours, no formula anywhere), and
# LibreOffice Calc opens it: its CSV of both sheets, its ODS and its own XLSX all read back to the model.
. "$(dirname "$0")/cli_helpers.bash"
PYTHON=${PYTHON:-/usr/bin/python3}
"$PYTHON" -c 'import openpyxl' 2>/dev/null || { echo "SKIP: python3-openpyxl is not installed"; exit 77; }

examples=("$INFORME_SOURCE_DIR"/examples/*.json "$INFORME_SOURCE_DIR"/tests/data/html/*.json)
for json in "${examples[@]}"; do
  stem=$(basename "$json" .json)
  run convert "$json" -o "$stem.xlsx"
  expect_status 0
  "$PYTHON" - "$json" "$stem.xlsx" <<'PY' || fail "openpyxl: $stem.xlsx does not hold the model"
import datetime, json, sys, openpyxl
model = json.load(open(sys.argv[1], encoding="utf-8"))
wb = openpyxl.load_workbook(sys.argv[2])
problems, cells = [], 0
def check(what, got, want):
    if got != want:
        problems.append(f"{what}: got {got!r}, expected {want!r}")

def rich(value):  # the cell text of a rich text: lines, "• " items, an empty line between two lists
    if value is None: return None
    if isinstance(value, str): value = [value]
    out, previous_list = [], False
    for b in value:
        if isinstance(b, str):
            out.append(b); previous_list = False
        else:
            if previous_list: out.append("")
            out.extend("• " + i for i in b["list"]); previous_list = True
    return "\n".join(out)

def date(iso):
    if iso is None: return None
    parts = [int(p) for p in iso.split("-")] + [1, 1]
    return datetime.datetime(parts[0], parts[1], parts[2])

def date_format(iso):
    return {1: "yyyy", 2: "mm-yyyy", 3: "dd-mm-yyyy"}[len(iso.split("-"))]

status_words = {"fulfilled": "Cumplido", "partially_fulfilled": "Parcialmente cumplido", "not_fulfilled": "No cumplido"}
check("sheets", wb.sheetnames, ["Compromisos", "Informe"])
ws = wb["Compromisos"]
titles = ["N°", "Recomendación", "Organismo Responsable", "Compromiso", "Fecha de Vencimiento",
          "Fecha de Vencimiento (texto)", "Cumplimiento", "Observación", "Calificación", "Calificación (texto)",
          "Medios de Verificación"]
check("titles", [c.value for c in ws[1]], titles)
check("frozen", ws.freeze_panes, "A2")
rows = model["commitments"]
check("autofilter", ws.auto_filter.ref, f"A1:K{len(rows) + 1}")
check("rows", ws.max_row, len(rows) + 1)
validations = ws.data_validations.dataValidation
check("status list", [(v.type, v.formula1, str(v.sqref)) for v in validations],
      [("list", '"Cumplido,Parcialmente cumplido,No cumplido"', f"I2:I{max(len(rows) + 1, 1001)}")])
rules = [r for cf in ws.conditional_formatting for r in cf.rules]
check("status colours", sorted(r.formula[0] for r in rules), sorted(f'"{w}"' for w in status_words.values()))
check("coloured", all(r.dxf.fill is not None for r in rules), True)
check("widths", ws.column_dimensions["B"].width > 40, True)
for i, c in enumerate(rows):
    r = i + 2
    n = c["number"]
    expected = [int(n) if n and n.isdigit() and not n.startswith("0") else n, rich(c["recommendation"]), c["responsible"],
                rich(c["commitment"]), date(c["due"]), c["due_text"], rich(c["compliance"]),
                rich(c["compliance_observation"]), status_words.get(c["status"]), c["status_text"], rich(c["verification"])]
    for k, want in enumerate(expected):
        cell = ws.cell(r, k + 1)
        check(f"{cell.coordinate}", cell.value, want)
        if want is not None: cells += 1
    if c["due"]:
        check(f"E{r} format", ws.cell(r, 5).number_format, date_format(c["due"]))
    check(f"B{r} wrapped", ws.cell(r, 2).alignment.wrap_text, True)
ws = wb["Informe"]
labels = ["Informe de Cumplimiento de Compromisos al", "Fecha del Informe", "Programa/Institución", "Ministerio",
          "Servicio", "Año", "Calificación", "Fecha Egreso", "Observación"]
issued = model.get("issued_at")
values = [date(model.get("cutoff_date")), datetime.datetime.fromisoformat(issued) if issued else None,
          model.get("program"), model.get("ministry"), model.get("service"), model.get("evaluation_year"),
          model.get("program_status"), date(model.get("exit_date")), rich(model.get("observation"))]
for k, (label, value) in enumerate(zip(labels, values)):
    check(f"Informe!A{k + 1}", ws.cell(k + 1, 1).value, label)
    check(f"Informe!B{k + 1}", ws.cell(k + 1, 2).value, value)
    cells += 1 + (value is not None)
for sheet in wb:
    for row in sheet.iter_rows():
        for cell in row:
            if cell.data_type == "f": problems.append(f"{sheet.title}!{cell.coordinate} is a formula")
props = wb.properties
# The document's properties carry SOURCE_DATE_EPOCH, as the zip entries do: reproducible.
import os
when = datetime.datetime.utcfromtimestamp(int(os.environ["SOURCE_DATE_EPOCH"]))
check("created", (props.created, props.modified), (when, when))
for p in problems[:20]: print(p, file=sys.stderr)
print(f"{sys.argv[2]}: {cells} cells as expected" if not problems else f"{len(problems)} problems", file=sys.stderr)
sys.exit(1 if problems else 0)
PY
done

# LibreOffice Calc opens the workbook: its CSV of each sheet (cells as shown), its ODS and its XLSX.
command -v soffice >/dev/null || { echo "SKIP: soffice (LibreOffice) is not installed"; exit 77; }
profile="file://$WORK/lo-profile"
xlsx=()
for json in "${examples[@]}"; do xlsx+=("$(basename "$json" .json).xlsx"); done
mkdir -p lo lo/x
soffice "-env:UserInstallation=$profile" --headless --convert-to \
  'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1' --outdir lo "${xlsx[@]}" >/dev/null 2>&1 ||
  fail "soffice could not convert to CSV"
soffice "-env:UserInstallation=$profile" --headless --convert-to ods --outdir lo "${xlsx[@]}" >/dev/null 2>&1 ||
  fail "soffice could not convert to ODS"
soffice "-env:UserInstallation=$profile" --headless --convert-to 'xlsx:Calc MS Excel 2007 XML' --outdir lo/x \
  "${xlsx[@]}" >/dev/null 2>&1 || fail "soffice could not convert to XLSX"
for json in "${examples[@]}"; do
  stem=$(basename "$json" .json)
  [ -s "lo/$stem-Compromisos.csv" ] && [ -s "lo/$stem-Informe.csv" ] || fail "LibreOffice wrote no CSV of $stem"
  { cat "lo/$stem-Informe.csv"; echo; cat "lo/$stem-Compromisos.csv"; } > "lo/$stem.csv"
  run convert "$json" -o "$stem.json"  # the model as our JSON writer writes it
  expect_status 0
  for copy in "lo/$stem.csv" "lo/$stem.ods" "lo/x/$stem.xlsx"; do
    run convert "$copy" -o back.json
    expect_status 0
    [ -z "$ERR" ] || fail "$copy: diagnostics: $ERR"
    cmp -s back.json "$stem.json" || fail "$copy (LibreOffice's) does not read back to $stem: $(diff back.json "$stem.json" | head -20)"
  done
  echo "$stem: LibreOffice's CSV, ODS and XLSX read back exactly"
done
echo ok
