# The acceptance round trip: example JSON -> XML (valid against the schema) -> JSON equal to the example.
. "$(dirname "$0")/cli_helpers.bash"
command -v xmllint >/dev/null || { echo "SKIP: xmllint missing"; exit 77; }
SCHEMA="$INFORME_SOURCE_DIR/schema/informe.xsd"

run convert "$EXAMPLE_JSON" -o a.xml
expect_status 0
[ -z "$ERR" ] || fail "warnings on the example: $ERR"
[ -f "$SCHEMA" ] || fail "no schema at $SCHEMA"
xmllint --noout --schema "$SCHEMA" a.xml 2>xmllint.txt || fail "a.xml is not valid: $(cat xmllint.txt)"

run convert a.xml -o b.json
expect_status 0
cmp b.json "$EXAMPLE_JSON" || fail "json -> xml -> json differs from the example: $(diff b.json "$EXAMPLE_JSON" | head -20)"

# JSON -> JSON is the identity on the canonical form; so is XML -> XML.
run convert "$EXAMPLE_JSON" -o c.json
expect_status 0
cmp c.json "$EXAMPLE_JSON" || fail "json -> json differs from the example"
run convert a.xml -o c.xml
expect_status 0
cmp c.xml a.xml || fail "xml -> xml differs"

# Standard output carries the same bytes; --from/--to override the extensions.
run convert "$EXAMPLE_JSON" --to xml -o -
expect_status 0
"$INFORME" convert "$EXAMPLE_JSON" --to xml -o - > d.xml
cmp d.xml a.xml || fail "-o - differs from the file"
cp a.xml renamed.data
run convert renamed.data --from xml --to json -o e.out
expect_status 0
cmp e.out "$EXAMPLE_JSON" || fail "--from/--to differ"
"$INFORME" convert - --from json --to json -o - < "$EXAMPLE_JSON" > f.json
cmp f.json "$EXAMPLE_JSON" || fail "stdin -> stdout differs"

# Outputs are created with the usual permissions (umask), not those of the temporary file.
umask 022
"$INFORME" convert "$EXAMPLE_JSON" -o g.xml
[ "$(stat -c %a g.xml)" = 644 ] || fail "mode $(stat -c %a g.xml), expected 644"
echo ok
