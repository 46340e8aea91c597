# PDFs rewritten by Ghostscript (pdfwrite), as print-to-PDF tools, "optimisers" and PDF/A converters do.
# Ghostscript 10.00 damages the text layer two ways:
# - LibreOffice's "fi" ligature becomes two CJK ideographs ("Cali昀椀cación": "fi" as UTF-16 in the wrong
#   byte order): the reader puts the letters right, so the rewritten PDF reads as the original;
# - a Chromium or wkhtmltopdf subset font's dashes and quotation marks become digits and signs ("—" as
#   "4", "“" as "<"): the reader cannot tell the character, but must say so. Never a silent read.
. "$(dirname "$0")/cli_helpers.bash"
command -v gs >/dev/null || fail "gs missing (ghostscript: scripts/setup installs it)"

damage='*"text layer gives"*|*"no Spanish text holds"*'
for producer in libreoffice chromium wkhtmltopdf; do
  original="$INFORME_SOURCE_DIR/tests/data/corpus/pdf/bibliotecas-biblioredes-2010.$producer.pdf"
  gs -q -dNOPAUSE -dBATCH -dSAFER -sDEVICE=pdfwrite -o "$producer.gs.pdf" "$original" || fail "gs failed"
  run convert "$original" -t json -o "$producer.json"
  expect_status 0
  case "$ERR" in *"text layer gives"* | *"no Spanish text holds"*) fail "$producer: warned on the original: $ERR" ;; esac
  run convert "$producer.gs.pdf" -t json -o "$producer.gs.json"
  expect_status 0
  if cmp -s "$producer.json" "$producer.gs.json"; then
    case "$ERR" in *"text layer gives"* | *"no Spanish text holds"*) fail "$producer: warned, yet read the same: $ERR" ;; esac
  else
    [[ $producer != libreoffice ]] || fail "libreoffice: the rewritten PDF reads otherwise: $(diff "$producer.json" "$producer.gs.json" | head -5)"
    case "$ERR" in
      *"the PDF's text layer gives \""*) ;;
      *) fail "$producer: read differently after Ghostscript, with no warning of the text layer: $ERR" ;;
    esac
  fi
done
# pdftotext passes the damage on: the -layout text of the rewritten LibreOffice PDF reads as the
# original's -layout text.
command -v pdftotext >/dev/null || fail "pdftotext missing (poppler-utils: scripts/setup installs it)"
pdftotext -layout -enc UTF-8 "$INFORME_SOURCE_DIR/tests/data/corpus/pdf/bibliotecas-biblioredes-2010.libreoffice.pdf" original.txt
pdftotext -layout -enc UTF-8 libreoffice.gs.pdf rewritten.txt
run convert original.txt -t json -o original-text.json
expect_status 0
run convert rewritten.txt -t json -o rewritten-text.json
expect_status 0
cmp -s original-text.json rewritten-text.json ||
  fail "the rewritten PDF's -layout text reads otherwise: $(diff original-text.json rewritten-text.json | head -5)"
# The ligature is put right, and said (an info with --verbose).
run convert libreoffice.gs.pdf -t json -o /dev/null --verbose
case "$ERR" in
  *"wrong byte order"*) ;;
  *) gs --version | grep -q '^10\.00' && fail "no info about the ligatures put right: $ERR" ;;
esac
echo "ok"
