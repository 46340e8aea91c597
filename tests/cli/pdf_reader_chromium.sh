# PDFs from another producer read back: our HTML -> headless Chromium (print to PDF, with its own page
# header and footer) -> JSON has exactly the example's fields, for the seed and the 100-row stress
# example (43 pages: rows split across pages, words broken at the column's edge, a row number wrapped
# in its narrow column, status dots drawn as shapes).
. "$(dirname "$0")/cli_helpers.bash"
CHROMIUM=$(command -v chromium || command -v chromium-browser || true)
[ -n "$CHROMIUM" ] || { echo "SKIP: chromium missing"; exit 77; }
command -v python3 >/dev/null || { echo "SKIP: python3 missing"; exit 77; }

print_with_chromium() {
  timeout 300 "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync --user-data-dir="$WORK/chromium" \
    --print-to-pdf="$WORK/report.pdf" "file://$WORK/report.html" >chromium.txt 2>&1 || fail "chromium failed: $(tail -5 chromium.txt)"
}
read_back_through Chromium html print_with_chromium
