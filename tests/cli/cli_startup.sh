# Start-up (issue 15: reading a .docx beside pandoc): the CLI and libinforme need none of libzip,
# libcrypto (which libzip needed: 3,400 symbol bindings at load) and libicui18n; reading DOCX or text
# into JSON loads none of them, while a conversion that words dates (HTML) loads libicui18n on first
# use and words them as ICU does.
. "$(dirname "$0")/cli_helpers.bash"
: "${INFORME_BUILD_DIR:?set INFORME_BUILD_DIR}"
command -v readelf >/dev/null || fail "readelf (binutils) is missing: install the packages in scripts/packages.txt"

lib=$(ls "$INFORME_BUILD_DIR"/libinforme.so.* 2>/dev/null | head -1)
[ -n "$lib" ] || fail "no libinforme.so.* in $INFORME_BUILD_DIR"
for file in "$INFORME" "$lib"; do
  needed=$(readelf -d "$file" | grep NEEDED || true)
  [ -n "$needed" ] || fail "readelf shows no NEEDED entry in $file"
  for name in libzip libcrypto libicui18n; do
    if printf '%s\n' "$needed" | grep -q "\[$name\."; then fail "$(basename "$file") needs $name"; fi
  done
done

# The libraries a conversion loads, as the dynamic loader reports them (LD_DEBUG=files).
loaded() {
  LD_DEBUG=files "$INFORME" "$@" 2>&1 >/dev/null | sed -n 's/.*file=\([^ ]*\) \[.*/\1/p' | sort -u
}
DOCX="$INFORME_SOURCE_DIR/tests/data/corpus/word/vialidad-caminos-rurales-2008.docx"
libs=$(loaded convert "$DOCX" --to json -o docx.json)
printf '%s\n' "$libs" | grep -q '^libinforme\.so' || fail "LD_DEBUG=files shows no libinforme: $libs"
printf '%s\n' "$libs" | grep -q '^libminizip\.so' || fail "reading a .docx did not load libminizip: $libs"
for name in libzip libcrypto libicui18n libbz2; do
  if printf '%s\n' "$libs" | grep -q "^$name\."; then fail "reading a .docx into JSON loaded $name"; fi
done
[ -s docx.json ] || fail "no JSON written from the .docx"
libs=$(loaded convert "$EXAMPLE_TXT" --to json -o txt.json)
if printf '%s\n' "$libs" | grep -q '^libicui18n\.'; then fail "reading text into JSON loaded libicui18n"; fi

# HTML words the due dates ("30 de junio de 2009"): ICU's i18n library is loaded then, and used.
libs=$(loaded convert "$EXAMPLE_JSON" --to html -o seed.html)
printf '%s\n' "$libs" | grep -q '^libicui18n\.' || fail "HTML output did not load libicui18n: $libs"
grep -q '30 de junio de 2009' seed.html || fail "no date worded in Spanish in the HTML"
echo ok
