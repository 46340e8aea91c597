# The DOCX writer through the CLI: a real package, reproducible, Flat OPC, paper, python3-docx.
. "$(dirname "$0")/cli_helpers.bash"

run convert "$EXAMPLE_JSON" -o a.docx
expect_status 0
[ -z "$ERR" ] || fail "messages on the example: $ERR"

# Reproducible: SOURCE_DATE_EPOCH (set by CTest) and the same input give the same bytes.
run convert "$EXAMPLE_JSON" -o b.docx
expect_status 0
cmp a.docx b.docx || fail "two writes differ"
SOURCE_DATE_EPOCH=1700000000 "$INFORME" convert "$EXAMPLE_JSON" -o c.docx
if cmp -s a.docx c.docx; then fail "SOURCE_DATE_EPOCH does not reach the package"; fi

# The package's parts, [Content_Types].xml first.
unzip -Z1 a.docx > entries.txt
[ "$(head -1 entries.txt)" = "[Content_Types].xml" ] || fail "[Content_Types].xml is not first: $(head -3 entries.txt)"
for part in _rels/.rels word/document.xml word/_rels/document.xml.rels word/styles.xml word/settings.xml \
            word/numbering.xml word/header1.xml word/footer1.xml docProps/core.xml docProps/app.xml; do
  grep -qx "$part" entries.txt || fail "missing part $part"
done
unzip -tq a.docx >/dev/null || fail "unzip -t reports a damaged archive"
unzip -p a.docx docProps/core.xml | grep -q '<dc:language>es-CL</dc:language>' || fail "core.xml has no es-CL"
unzip -p a.docx word/document.xml | grep -q '<w:pgSz w:w="11906" w:h="16838"/>' || fail "not A4"

# Letter paper.
run convert "$EXAMPLE_JSON" --paper letter -o letter.docx
expect_status 0
unzip -p letter.docx word/document.xml | grep -q '<w:pgSz w:w="12240" w:h="15840"/>' || fail "not letter"

# Flat OPC, by name.
run convert "$EXAMPLE_JSON" --to docx-xml -o flat.xml
expect_status 0
head -c 300 flat.xml | grep -q '<pkg:package' || fail "no pkg:package root"
xmllint --noout flat.xml || fail "flat.xml is not well-formed"
"$INFORME" convert "$EXAMPLE_JSON" --to docx-xml -o flat2.xml
cmp flat.xml flat2.xml || fail "two Flat OPC writes differ"

# python3-docx opens it: one table, 14 rows (header + 13).
if /usr/bin/python3 -c 'import docx' 2>/dev/null; then
  rows=$(/usr/bin/python3 -c 'import docx, sys; d = docx.Document(sys.argv[1]); print(len(d.tables[0].rows))' a.docx)
  [ "$rows" = 14 ] || fail "python3-docx finds $rows rows, not 14"
fi
echo "ok"
