# Tables printed as one column: every corpus report written as a legacy page whose table is made of
# floated <div>s (tests/cli/div_table_page.py, doh's shape) and printed by LibreOffice (writer_web),
# which sets each row's cells one below the other. Each PDF reads to its report's model exactly, or
# with a warning where the cells were told apart at a guess (a label missing), or is refused (exit 1)
# where the layout does not say it is such a table: never a wrong field in silence. Most read exactly.
. "$(dirname "$0")/cli_helpers.bash"
command -v soffice >/dev/null || { echo "SKIP: soffice missing"; exit 77; }
REPORTS="$INFORME_SOURCE_DIR/tests/data/corpus/reports"
mkdir -p pages
for json in "$REPORTS"/*.json; do
  python3 "$INFORME_SOURCE_DIR/tests/cli/div_table_page.py" "$json" "pages/$(basename "$json" .json).html" ||
    fail "div_table_page.py failed on $json"
done
timeout 300 soffice --headless "-env:UserInstallation=file://$WORK/lo-profile" \
  --convert-to pdf:writer_web_pdf_Export --outdir "$WORK/pages" pages/*.html >soffice.txt 2>&1 ||
  fail "soffice failed: $(cat soffice.txt)"
exact=0 warned=0 refused=0
for json in "$REPORTS"/*.json; do
  name=$(basename "$json" .json)
  run convert "pages/$name.pdf" -t json -o "pages/$name.json"
  if [ "$STATUS" -ne 0 ]; then
    case "$ERR" in *"no commitments table found"*) refused=$((refused + 1)); continue ;; esac
    fail "pages/$name.pdf: exit $STATUS without the refusal: $ERR"
  fi
  if cmp -s "pages/$name.json" "$json"; then
    exact=$((exact + 1))
    continue
  fi
  case "$ERR" in *"warning:"*) warned=$((warned + 1)) ;; *)
    fail "pages/$name.pdf reads wrong fields with no warning: $(diff "pages/$name.json" "$json" | head -6)" ;;
  esac
done
echo "exact $exact, warned $warned, refused $refused"
# doh's own shape and most others read exactly (20 of 24 when this test was written).
[ "$exact" -ge 18 ] || fail "only $exact of the pages read exactly"
cmp -s pages/doh-agua-potable-rural-2008.json "$REPORTS/doh-agua-potable-rural-2008.json" ||
  fail "doh's page does not read exactly"
echo "ok"
