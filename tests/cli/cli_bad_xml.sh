# Bad XML inputs: one line "informe: FILE...error: ...", exit != 0, no output, no entity expanded.
. "$(dirname "$0")/cli_helpers.bash"

# bad NAME EXIT: converting NAME to out.json fails with EXIT and writes nothing.
bad() {
  run convert "$1" -o out.json
  expect_status "$2"
  expect_one_error "$1"
  [ ! -e out.json ] || fail "$1: output written"
  no_temporaries .
}

# A good XML file first.
run convert "$EXAMPLE_JSON" -o good.xml
expect_status 0
run convert good.xml -o good.json
expect_status 0

head -c 4096 /dev/urandom > garbage.xml
printf '\0\1\2\377' >> garbage.xml
: > empty.xml
bad empty.xml 1
bad garbage.xml 1
cat > doctype.xml <<'XML'
<?xml version="1.0"?>
<!DOCTYPE report [ <!ENTITY x "boom"> ]>
<report>&x;</report>
XML
bad doctype.xml 1
cat > external.xml <<'XML'
<?xml version="1.0"?>
<!DOCTYPE report [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
<report>&secret;</report>
XML
bad external.xml 1
case "$ERR" in *root:*) fail "external entity expanded: $ERR" ;; esac
{
  echo '<?xml version="1.0"?>'
  echo '<!DOCTYPE lolz [ <!ENTITY lol "lol">'
  prev=lol
  for i in 1 2 3 4 5 6 7 8 9; do
    echo "<!ENTITY lol$i \"&$prev;&$prev;&$prev;&$prev;&$prev;&$prev;&$prev;&$prev;&$prev;&$prev;\">"
    prev=lol$i
  done
  echo ']>'
  echo "<report>&$prev;</report>"
} > bomb.xml
bad bomb.xml 1
printf '<report><program>unclosed</report>\n' > malformed.xml
bad malformed.xml 1

printf '<?xml version="1.0"?>\n<report xmlns="urn:wrong"/>\n' > wrong-namespace.xml
bad wrong-namespace.xml 1
# Schema errors carry a line number.
sed 's/<evaluation_year>2000</<evaluation_year>dos mil</' good.xml > schema.xml
if ! cmp -s schema.xml good.xml; then
  bad schema.xml 1
  case "$ERR" in "informe: schema.xml:"[0-9]*) ;; *) fail "schema error without a line: $ERR" ;; esac
fi
# The size limit applies to XML as well.
truncate -s 65M big.xml
bad big.xml 1
echo ok
