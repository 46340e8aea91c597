# A PDF rewritten by Ghostscript (pdfwrite), as print-to-PDF tools and "optimisers" do: its text layer
# maps the "fi" ligature of LibreOffice's fonts to two CJK ideographs ("Cali昀椀cación"). The reader
# cannot repair the words, but must say so: one warning naming the damage, never a silent read.
. "$(dirname "$0")/cli_helpers.bash"
command -v gs >/dev/null || fail "gs missing (ghostscript: scripts/setup installs it)"

original="$INFORME_SOURCE_DIR/tests/data/corpus/pdf/bibliotecas-biblioredes-2010.libreoffice.pdf"
gs -q -dNOPAUSE -dBATCH -dSAFER -sDEVICE=pdfwrite -o rewritten.pdf "$original" || fail "gs failed"
run convert "$original" -t json -o original.json
expect_status 0
case "$ERR" in *"Latin letters with characters no Spanish text holds"*) fail "warned on the original: $ERR" ;; esac
run convert rewritten.pdf -t json -o rewritten.json
expect_status 0
if cmp -s original.json rewritten.json; then
  # A Ghostscript that keeps the ligature's mapping reads the same: nothing to warn of.
  case "$ERR" in *"Latin letters with characters no Spanish text holds"*) fail "warned, yet read the same: $ERR" ;; esac
else
  case "$ERR" in
    *"words mix Latin letters with characters no Spanish text holds"*) ;;
    *) fail "read differently after Ghostscript, with no warning of the text layer: $ERR" ;;
  esac
fi
