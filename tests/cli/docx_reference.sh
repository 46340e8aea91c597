# --reference-docx: a user's document gives page set-up and styles; hostile files get one clear error
# and no output.
. "$(dirname "$0")/cli_helpers.bash"
command -v /usr/bin/python3 >/dev/null || { echo "SKIP: python3 missing"; exit 77; }

run convert "$EXAMPLE_JSON" --paper letter -o letterhead.docx
expect_status 0

# A friendly reference: its letter page set-up is used for an A4 run.
run convert "$EXAMPLE_JSON" --reference-docx letterhead.docx -o out.docx
expect_status 0
unzip -p out.docx word/document.xml | grep -q '<w:pgSz w:w="12240" w:h="15840"/>' || fail "page set-up not taken"

# Hostile references, made here with Python's zipfile from the friendly one.
/usr/bin/python3 - letterhead.docx <<'PY'
import sys, zipfile
src = zipfile.ZipFile(sys.argv[1])
def make(name, extra, replace=None):
    with zipfile.ZipFile(name, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            if replace and info.filename in replace:
                z.writestr(info.filename, replace[info.filename])
            else:
                z.writestr(info.filename, src.read(info.filename))
        for entry, data in extra:
            z.writestr(entry, data)
make("slip.docx", [("../../evil.sh", "echo pwned")])
make("absolute.docx", [("/tmp/evil.sh", "echo pwned")])
make("bomb.docx", [("word/media/bomb.bin", b"\0" * (64 << 20))])
bomb = '''<?xml version="1.0"?>
<!DOCTYPE s [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
<!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">]>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:style w:styleId="x"><w:name w:val="&e;"/></w:style></w:styles>'''
make("entities.docx", [], {"word/styles.xml": bomb})
open("notzip.docx", "w").write("hello")
PY

expect_refused() {  # FILE PATTERN
  rm -f bad.docx
  run convert "$EXAMPLE_JSON" --reference-docx "$1" -o bad.docx
  [ "$STATUS" != 0 ] || fail "$1 was accepted"
  printf '%s' "$ERR" | grep -q -- "$2" || fail "$1: expected '$2' in: $ERR"
  printf '%s' "$ERR" | grep -q "error" || fail "$1: no error line: $ERR"
  [ ! -e bad.docx ] || fail "$1: an output was written"
}
expect_refused slip.docx "unsafe entry name"
expect_refused absolute.docx "unsafe entry name"
expect_refused bomb.docx "zip bomb"
expect_refused entities.docx "DOCTYPE"
expect_refused notzip.docx "not a readable zip archive"
[ ! -e ../../evil.sh ] && [ ! -e /tmp/evil.sh ] || fail "an entry escaped"
echo "ok"
