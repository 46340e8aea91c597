# PDFs from another producer read back: our .docx -> LibreOffice (headless) -> PDF -> JSON has exactly
# the example's fields, for the seed and the 100-row stress example (36 pages: rows split across
# pages, "Dic." / "2000" and "año" / "— quedó" wrapped at a line's end).
. "$(dirname "$0")/cli_helpers.bash"
command -v soffice >/dev/null || { echo "SKIP: soffice missing"; exit 77; }
command -v python3 >/dev/null || { echo "SKIP: python3 missing"; exit 77; }

print_with_libreoffice() {
  timeout 300 soffice --headless "-env:UserInstallation=file://$WORK/lo-profile" --convert-to pdf --outdir "$WORK" report.docx \
    >soffice.txt 2>&1 || fail "soffice failed: $(cat soffice.txt)"
}
read_back_through LibreOffice docx print_with_libreoffice
