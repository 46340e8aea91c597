# PDFs from another producer read back: our HTML -> headless Chromium (print to PDF, with its own page
# header and footer) -> JSON has the example's fields. Compared with white space removed inside texts:
# Chromium breaks a word wider than its column ("FOSIS/SERCOTECCORFO/MINECON") without a hyphen, and
# a PDF cannot tell that break from a space. Chromium draws list bullets and status dots as shapes.
. "$(dirname "$0")/cli_helpers.bash"
CHROMIUM=$(command -v chromium || command -v chromium-browser || true)
[ -n "$CHROMIUM" ] || { echo "SKIP: chromium missing"; exit 77; }
command -v python3 >/dev/null || { echo "SKIP: python3 missing"; exit 77; }

run convert "$EXAMPLE_JSON" -o seed.html
skip_if_pending
expect_status 0
timeout 300 "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync --user-data-dir="$WORK/chromium" \
  --print-to-pdf="$WORK/seed.pdf" "file://$WORK/seed.html" >chromium.txt 2>&1 || fail "chromium failed: $(tail -5 chromium.txt)"
[ -s seed.pdf ] || fail "chromium made no PDF: $(tail -5 chromium.txt)"

expect_example_back seed.pdf Chromium
