# PDFs from another producer read back: our .docx -> LibreOffice (headless) -> PDF -> JSON has the
# example's fields. Compared with white space removed inside texts: LibreOffice breaks a word that is
# wider than its column ("FOSIS/SERCOTECCORFO/MINECON") without a hyphen, and a PDF cannot tell that
# break from a space.
. "$(dirname "$0")/cli_helpers.bash"
command -v soffice >/dev/null || { echo "SKIP: soffice missing"; exit 77; }
command -v python3 >/dev/null || { echo "SKIP: python3 missing"; exit 77; }

run convert "$EXAMPLE_JSON" -o seed.docx
skip_if_pending
expect_status 0
timeout 300 soffice --headless "-env:UserInstallation=file://$WORK/lo-profile" --convert-to pdf --outdir "$WORK" seed.docx \
  >soffice.txt 2>&1 || fail "soffice failed: $(cat soffice.txt)"
[ -s seed.pdf ] || fail "soffice made no PDF: $(cat soffice.txt)"

expect_example_back seed.pdf LibreOffice
