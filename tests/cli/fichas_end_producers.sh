# Fichas from other producers end where the last ficha ends: the corpus's conace legacy page (every
# commitment a label/value table of its own) with a value in the last ficha's last field and, below
# the last ficha, a centred source line and a right-aligned line (not in the model), printed by
# Chromium, LibreOffice and wkhtmltopdf. Each PDF (and LibreOffice's and wkhtmltopdf's
# `pdftotext -layout` text) reads with the last field exact and both lines named in warnings, exit 0;
# the same page with paragraphs and a drawn-bullet list in that field reads it whole, with no such
# warning. In Chromium's -layout text the centred line stands just as a list item whose drawn bullet
# pdftotext dropped: it joins the field, and a warning at its place says it may be text after the fichas.
. "$(dirname "$0")/cli_helpers.bash"
CHROMIUM=$(command -v chromium || command -v chromium-browser || true)
[ -n "$CHROMIUM" ] || { echo "SKIP: chromium missing"; exit 77; }
for tool in soffice wkhtmltopdf pdftotext python3; do
  command -v "$tool" >/dev/null || { echo "SKIP: $tool missing"; exit 77; }
done

# page VALUE_HTML TAIL_HTML OUT: the legacy page, its last empty value set to VALUE_HTML, TAIL_HTML
# added after the tables.
page() {
  python3 - "$INFORME_SOURCE_DIR/tests/data/corpus/legacy/conace-previene-comunidad-2008.html" "$@" <<'PY'
import sys
src, value, tail, out = sys.argv[1:5]
s = open(src, encoding="latin-1").read()
i = s.rfind("&nbsp;")
s = s[:i] + value + s[i + 6:]
j = s.rfind("</body>")
open(out, "w", encoding="latin-1").write(s[:j] + tail + s[j:])
PY
}

# print_all NAME: NAME.html printed as NAME.chromium.pdf, NAME.libreoffice.pdf, NAME.wkhtmltopdf.pdf,
# and their -layout texts.
print_all() {
  timeout 300 "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync --user-data-dir="$WORK/chromium" \
    --print-to-pdf="$WORK/$1.chromium.pdf" "file://$WORK/$1.html" >chromium.txt 2>&1 || fail "chromium failed: $(tail -5 chromium.txt)"
  timeout 300 soffice --headless "-env:UserInstallation=file://$WORK/lo-profile" --convert-to pdf:writer_web_pdf_Export \
    --outdir "$WORK/lo" "$1.html" >soffice.txt 2>&1 || fail "soffice failed: $(cat soffice.txt)"
  mv "lo/$1.pdf" "$1.libreoffice.pdf"
  timeout 300 wkhtmltopdf -q "$1.html" "$1.wkhtmltopdf.pdf" >wk.txt 2>&1 || fail "wkhtmltopdf failed: $(cat wk.txt)"
  for p in chromium libreoffice wkhtmltopdf; do pdftotext -layout "$1.$p.pdf" "$1.$p.layout.txt"; done
}

# last_verification FILE WANT: FILE reads (exit 0) with the last commitment's verification WANT (JSON).
last_verification() {
  run convert "$1" -t json -o back.json
  expect_status 0
  python3 - back.json "$2" <<'PY' || fail "$1: the last ficha's verification is not $2"
import json, sys
got = json.load(open(sys.argv[1], encoding="utf-8"))["commitments"][-1]["verification"]
if got != json.loads(sys.argv[2]):
    print(json.dumps(got, ensure_ascii=False))
    sys.exit(1)
PY
}

page 'Acta de puesta en marcha del sistema.' \
  '<p align="center"><font face="Verdana" size="1">Fuente: Direcci&oacute;n de Presupuestos, Divisi&oacute;n de Control de Gesti&oacute;n.</font></p><p align="right"><font face="Verdana" size="1">Documento de trabajo</font></p>' \
  ended.html
print_all ended
for f in ended.chromium.pdf ended.libreoffice.pdf ended.wkhtmltopdf.pdf ended.libreoffice.layout.txt ended.wkhtmltopdf.layout.txt; do
  last_verification "$f" '"Acta de puesta en marcha del sistema."'
  for line in 'Fuente: Dirección de Presupuestos' 'Documento de trabajo'; do
    printf '%s\n' "$ERR" | grep -q "text below a ficha, apart from its last field, was not read: \"$line" ||
      fail "$f: no warning names \"$line\": $ERR"
  done
done
run convert ended.chromium.layout.txt -t json -o back.json
expect_status 0
printf '%s\n' "$ERR" | grep -q 'ended.chromium.layout.txt:[0-9]*:[0-9]*: warning: a line set apart and indented below the last ficha.s last field was read as its list item; it may be text after the fichas: "Fuente: Dirección' ||
  fail "ended.chromium.layout.txt: no warning at the source line: $ERR"

page '<p>Acta de puesta en marcha del sistema, firmada por el jefe de la divisi&oacute;n y por los coordinadores regionales del programa.</p><p>Informe de uso del sistema en las comunas, primer semestre.</p><ul><li>Reporte mensual de actividades.</li><li>Registro de usuarios habilitados en cada una de las comunas del programa y su nivel de acceso.</li></ul>' \
  '' whole.html
print_all whole
want='["Acta de puesta en marcha del sistema, firmada por el jefe de la división y por los coordinadores regionales del programa.", "Informe de uso del sistema en las comunas, primer semestre.", {"list": ["Reporte mensual de actividades.", "Registro de usuarios habilitados en cada una de las comunas del programa y su nivel de acceso."]}]'
for f in whole.chromium.pdf whole.libreoffice.pdf whole.wkhtmltopdf.pdf whole.libreoffice.layout.txt whole.wkhtmltopdf.layout.txt; do
  last_verification "$f" "$want"
  case "$ERR" in *"text below a ficha"*) fail "$f: its last field was cut: $ERR" ;; esac
done
echo "ok"
