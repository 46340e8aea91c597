# Inputs the PDF reader must refuse with one clear error and exit 1, never a crash: a scan (no text
# layer), an encrypted PDF that needs a password (qpdf), a truncated PDF, garbage, an empty file.
. "$(dirname "$0")/cli_helpers.bash"
command -v qpdf >/dev/null || { echo "SKIP: qpdf missing"; exit 77; }

run convert "$EXAMPLE_JSON" -o good.pdf
expect_status 0

# A page with only a filled rectangle and an image: what a scanner makes.
content='q 0.5 0.5 0.5 rg 40 40 515 760 re f Q q 200 0 0 100 100 600 cm BI /W 2 /H 2 /CS /G /BPC 8 ID 0000 EI Q'
{
  printf '%%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n'
  printf '2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n'
  printf '3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>\nendobj\n'
  printf '4 0 obj\n<< /Length %d >>\nstream\n%s\nendstream\nendobj\n' "$((${#content} + 1))" "$content"
  printf 'trailer\n<< /Root 1 0 R >>\n%%%%EOF\n'
} > raw-scan.pdf
qpdf raw-scan.pdf scan.pdf 2>/dev/null || true   # rebuilds the cross-reference table
[ -s scan.pdf ] || cp raw-scan.pdf scan.pdf
run convert scan.pdf -o scan.json
expect_status 1
expect_one_error scan.pdf
case "$ERR" in *"no text layer; the PDF looks scanned"*) ;; *) fail "scan: $ERR" ;; esac
[ ! -e scan.json ] || fail "scan.json written"

qpdf --encrypt user-pw owner-pw 256 -- good.pdf locked.pdf
run convert locked.pdf -o locked.json
expect_status 1
expect_one_error locked.pdf
case "$ERR" in *"encrypted"*"password"*) ;; *) fail "encrypted: $ERR" ;; esac

# Encrypted with an empty user password: viewers open it without asking, and so do we.
qpdf --encrypt "" owner-pw 256 -- good.pdf open.pdf
run convert open.pdf -o open.json
expect_status 0
cmp open.json "$EXAMPLE_JSON" || fail "encrypted (no user password) reads differently"

size=$(wc -c < good.pdf)
for cut in 200 $((size / 3)) $((size / 2)); do
  head -c "$cut" good.pdf > cut.pdf
  run convert cut.pdf -o cut.json
  [ "$STATUS" = 0 ] || [ "$STATUS" = 1 ] || fail "truncated at $cut: exit $STATUS: $ERR"
  if [ "$STATUS" = 1 ]; then expect_one_error cut.pdf; fi
done

head -c 3000 /dev/urandom > garbage.pdf
run convert garbage.pdf -o garbage.json
expect_status 1
expect_one_error garbage.pdf

: > empty.pdf
run convert empty.pdf -o empty.json
expect_status 1
expect_one_error empty.pdf
