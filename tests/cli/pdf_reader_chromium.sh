# PDFs from another producer read back: our HTML -> headless Chromium (print to PDF, with its own page
# header and footer) -> JSON has the example's fields. Compared with white space removed inside texts:
# Chromium breaks a word wider than its column ("FOSIS/SERCOTECCORFO/MINECON") without a hyphen, and
# a PDF cannot tell that break from a space. Chromium draws list bullets and status dots as shapes.
. "$(dirname "$0")/cli_helpers.bash"
CHROMIUM=$(command -v chromium || command -v chromium-browser || true)
[ -n "$CHROMIUM" ] || { echo "SKIP: chromium missing"; exit 77; }
command -v python3 >/dev/null || { echo "SKIP: python3 missing"; exit 77; }

run convert "$EXAMPLE_JSON" -o seed.html
skip_if_pending
expect_status 0
timeout 300 "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync --user-data-dir="$WORK/chromium" \
  --print-to-pdf="$WORK/seed.pdf" "file://$WORK/seed.html" >chromium.txt 2>&1 || fail "chromium failed: $(tail -5 chromium.txt)"
[ -s seed.pdf ] || fail "chromium made no PDF: $(tail -5 chromium.txt)"

run convert seed.pdf -o back.json
expect_status 0
others=$(printf '%s\n' "$ERR" | grep -v 'appears again' | grep -c . || true)
[ "$others" = 0 ] || fail "unexpected warnings: $ERR"
python3 - "$EXAMPLE_JSON" back.json <<'PY' || fail "Chromium PDF reads back with different fields"
import json, re, sys
want, got = (json.load(open(p, encoding="utf-8")) for p in sys.argv[1:3])
def norm(v):
    if isinstance(v, str): return re.sub(r"\s+", "", v)
    if isinstance(v, list):
        v = [norm(x) for x in v]
        return v[0] if len(v) == 1 and isinstance(v[0], str) else v
    if isinstance(v, dict): return {k: norm(x) for k, x in v.items()}
    return v
bad = [(k, want.get(k), got.get(k)) for k in sorted(set(want) | set(got)) if norm(want.get(k)) != norm(got.get(k))]
for k, a, b in bad:
    if k == "commitments" and isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        for i, (x, y) in enumerate(zip(a, b)):
            for f in sorted(set(x) | set(y)):
                if norm(x.get(f)) != norm(y.get(f)): print(f"row {i + 1} {f}: {x.get(f)!r:.200} != {y.get(f)!r:.200}")
    else:
        print(f"{k}: {a!r:.200} != {b!r:.200}")
sys.exit(1 if bad else 0)
PY
