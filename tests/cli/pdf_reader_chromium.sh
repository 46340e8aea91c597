# PDFs from another producer read back: our HTML -> headless Chromium (print to PDF, with its own page
# header and footer) -> JSON has exactly the example's fields, for the seed and the 100-row stress
# example (43 pages: rows split across pages, words broken at the column's edge, a row number wrapped
# in its narrow column, status dots drawn as shapes).
. "$(dirname "$0")/cli_helpers.bash"
CHROMIUM=$(command -v chromium || command -v chromium-browser || true)
[ -n "$CHROMIUM" ] || { echo "SKIP: chromium missing"; exit 77; }
command -v python3 >/dev/null || { echo "SKIP: python3 missing"; exit 77; }

# The seed with its page breaks moved (a longer header), so rows split at other places.
for n in 3 7 11 15; do paginated_variant "$n" "$WORK/variant-$n.json"; done
for example in "$EXAMPLE_JSON" "$INFORME_EXAMPLES/stress-100-rows.json" "$WORK"/variant-{3,7,11,15}.json; do
  run convert "$example" -o report.html
  skip_if_pending
  expect_status 0
  rm -f report.pdf
  timeout 300 "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync --user-data-dir="$WORK/chromium" \
    --print-to-pdf="$WORK/report.pdf" "file://$WORK/report.html" >chromium.txt 2>&1 || fail "chromium failed: $(tail -5 chromium.txt)"
  [ -s report.pdf ] || fail "chromium made no PDF: $(tail -5 chromium.txt)"
  expect_example_back report.pdf Chromium "$example"
done
