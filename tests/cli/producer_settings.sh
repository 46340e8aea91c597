# Other settings of the corpus's producers, which found silent wrong fields (exit 0, no warning) that
# the corpus's own prints did not: legacy pages printed by wkhtmltopdf in landscape on Letter, imported
# by LibreOffice Writer (its own HTML filter, not writer_web) and exported as PDF, and printed by
# Chromium without its header and footer. Each PDF reads to the report's expected model byte for byte
# (canonical JSON), or, where a doubt is left, says so in a warning: never a wrong field in silence.
. "$(dirname "$0")/cli_helpers.bash"
CHROMIUM=$(command -v chromium || command -v chromium-browser || true)
[ -n "$CHROMIUM" ] || { echo "SKIP: chromium missing"; exit 77; }
for tool in soffice wkhtmltopdf; do
  command -v "$tool" >/dev/null || { echo "SKIP: $tool missing"; exit 77; }
done
LEGACY="$INFORME_SOURCE_DIR/tests/data/corpus/legacy"
REPORTS="$INFORME_SOURCE_DIR/tests/data/corpus/reports"

# check PDF NAME exact|warned: PDF reads to NAME's model exactly, or (warned) exactly or with a warning.
check() {
  run convert "$1" -t json -o "$1.json"
  expect_status 0
  if cmp -s "$1.json" "$REPORTS/$2.json"; then
    return 0
  fi
  [ "$3" = warned ] || fail "$1 does not read to $2.json: $(diff "$1.json" "$REPORTS/$2.json" | head -6)"
  case "$ERR" in *"warning:"*) ;; *) fail "$1 reads wrong fields with no warning: $(diff "$1.json" "$REPORTS/$2.json" | head -6)" ;; esac
}

# wkhtmltopdf, landscape on Letter: spaced em dashes at a line's start (bibliotecas), a header repeated
# mid-page below a bare cell label (conaf), a paragraph starting a page's top (fonasa: a doubt, said).
for name in bibliotecas-biblioredes-2010 conaf-areas-protegidas-2009 fonasa-atencion-primaria-2007; do
  timeout 300 wkhtmltopdf -q -O Landscape -s Letter "$LEGACY/$name.html" "$name.wk.pdf" >wk.txt 2>&1 ||
    fail "wkhtmltopdf failed: $(cat wk.txt)"
done
check bibliotecas-biblioredes-2010.wk.pdf bibliotecas-biblioredes-2010 exact
check conaf-areas-protegidas-2009.wk.pdf conaf-areas-protegidas-2009 exact
check fonasa-atencion-primaria-2007.wk.pdf fonasa-atencion-primaria-2007 warned

# LibreOffice Writer's HTML import: lists set higher than their row's number (fonasa, sence), typed
# enumerators across a page break (minvu).
mkdir -p writer
for name in fonasa-atencion-primaria-2007 sence-formacion-oficios-2011 minvu-pavimentacion-participativa-2010; do
  cp "$LEGACY/$name.html" "writer/$name.html"
done
timeout 300 soffice --headless "-env:UserInstallation=file://$WORK/lo-profile" --infilter="HTML (StarWriter)" \
  --convert-to pdf:writer_pdf_Export --outdir "$WORK/writer" writer/*.html >soffice.txt 2>&1 ||
  fail "soffice failed: $(cat soffice.txt)"
for name in fonasa-atencion-primaria-2007 sence-formacion-oficios-2011 minvu-pavimentacion-participativa-2010; do
  check "writer/$name.pdf" "$name" exact
done

# Chromium without its header and footer.
for name in bibliotecas-biblioredes-2010 salud-rural-2005; do
  timeout 300 "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync --user-data-dir="$WORK/chromium" \
    --no-pdf-header-footer --print-to-pdf="$WORK/$name.nohf.pdf" "file://$LEGACY/$name.html" >chromium.txt 2>&1 ||
    fail "chromium failed: $(tail -5 chromium.txt)"
  check "$name.nohf.pdf" "$name" exact
done
echo "ok"
