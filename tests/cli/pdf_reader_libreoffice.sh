# PDFs from another producer read back: our .docx -> LibreOffice (headless) -> PDF -> JSON has exactly
# the example's fields, for the seed and the 100-row stress example (36 pages: rows split across
# pages, "Dic." / "2000" and "año" / "— quedó" wrapped at a line's end).
. "$(dirname "$0")/cli_helpers.bash"
command -v soffice >/dev/null || { echo "SKIP: soffice missing"; exit 77; }
command -v python3 >/dev/null || { echo "SKIP: python3 missing"; exit 77; }

# The seed with its page breaks moved (a longer header), so rows split at other places.
for n in 3 7 11 15; do paginated_variant "$n" "$WORK/variant-$n.json"; done
for example in "$EXAMPLE_JSON" "$INFORME_EXAMPLES/stress-100-rows.json" "$WORK"/variant-{3,7,11,15}.json; do
  run convert "$example" -o report.docx
  skip_if_pending
  expect_status 0
  rm -f report.pdf
  timeout 300 soffice --headless "-env:UserInstallation=file://$WORK/lo-profile" --convert-to pdf --outdir "$WORK" report.docx \
    >soffice.txt 2>&1 || fail "soffice failed: $(cat soffice.txt)"
  [ -s report.pdf ] || fail "soffice made no PDF: $(cat soffice.txt)"
  expect_example_back report.pdf LibreOffice "$example"
done
