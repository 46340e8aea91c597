# A header laid across ("Programa/Institución:  Ministerio:  Servicio:" over their values, dga's shape)
# with a long program name, for every corpus report (tests/cli/header_across_page.py), printed by
# Chromium and wkhtmltopdf: the values wrap in their cells, and pdftotext -layout runs them together
# or shifts them off their labels. Each PDF and its -layout text reads its header right (the program,
# the ministry, the service, the year, the program's status, the exit date), or names the values it
# could not read: never a wrong header field in silence. No input reads a wrong field with no warning.
. "$(dirname "$0")/cli_helpers.bash"
CHROMIUM=$(command -v chromium || command -v chromium-browser || true)
[ -n "$CHROMIUM" ] || { echo "SKIP: chromium missing"; exit 77; }
command -v wkhtmltopdf >/dev/null || { echo "SKIP: wkhtmltopdf missing"; exit 77; }
REPORTS="$INFORME_SOURCE_DIR/tests/data/corpus/reports"
mkdir -p pages
for json in "$REPORTS"/*.json; do
  name=$(basename "$json" .json)
  python3 "$INFORME_SOURCE_DIR/tests/cli/header_across_page.py" "$json" "pages/$name.html" "pages/$name.want.json" ||
    fail "header_across_page.py failed on $json"
  timeout 300 "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync --user-data-dir="$WORK/chromium" \
    --print-to-pdf="$WORK/pages/$name.chromium.pdf" "file://$WORK/pages/$name.html" >chromium.txt 2>&1 ||
    fail "chromium failed: $(tail -5 chromium.txt)"
  timeout 300 wkhtmltopdf -q "pages/$name.html" "pages/$name.wkhtmltopdf.pdf" >wk.txt 2>&1 ||
    [ -s "pages/$name.wkhtmltopdf.pdf" ] || fail "wkhtmltopdf failed: $(tail -5 wk.txt)"
done
header_right=0 said=0 inputs=0
for want in pages/*.want.json; do
  name=$(basename "$want" .want.json)
  for producer in chromium wkhtmltopdf; do
    pdf="pages/$name.$producer.pdf"
    pdftotext -layout -enc UTF-8 "$pdf" "pages/$name.$producer.layout.txt" || fail "pdftotext failed on $pdf"
    for input in "$pdf" "pages/$name.$producer.layout.txt"; do
      inputs=$((inputs + 1))
      run convert "$input" -t json -o "$input.json"
      expect_status 0
      verdict=$(python3 - "$want" "$input.json" <<'PY'
import json, sys
want, got = (json.load(open(p, encoding="utf-8")) for p in sys.argv[1:3])
keys = ("program", "ministry", "service", "evaluation_year", "program_status", "exit_date")
wrong = [k for k in keys if got.get(k) != want.get(k)]
print("header-right" if not wrong else "header-wrong " + ",".join(wrong), "exact" if got == want else "inexact")
PY
)
      case "$verdict" in
        header-right*) header_right=$((header_right + 1)) ;;
        *) case "$ERR" in *"not read"*) said=$((said + 1)) ;;
             *) fail "$input: a wrong header field with no value named as not read ($verdict): $ERR" ;; esac ;;
      esac
      case "$verdict" in *inexact) case "$ERR" in *"warning:"*) ;; *) fail "$input reads wrong fields with no warning" ;; esac ;; esac
    done
  done
done
echo "header laid across, long program names: $inputs inputs, header right $header_right, values named as not read $said"
# 95 of 96 when this test was written (vialidad's wkhtmltopdf -layout text left its year, status and
# exit date unread, named); 96 since values may start a few cells right of their labels on the grid.
[ "$header_right" -ge 96 ] || fail "only $header_right of $inputs inputs read their header right"
