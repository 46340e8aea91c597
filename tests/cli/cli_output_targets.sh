# What -o does with what is already there: regular files are replaced atomically; links are written
# through to their target (atomically, keeping its mode); devices and FIFOs are written, never replaced.
. "$(dirname "$0")/cli_helpers.bash"
"$INFORME" convert "$EXAMPLE_JSON" -o expected.xml

# A symbolic link stays a link; its target gets the output and keeps its permissions.
echo old > real.xml && chmod 640 real.xml
ln -s real.xml link.xml
run convert "$EXAMPLE_JSON" -o link.xml
expect_status 0
[ -L link.xml ] || fail "the link was replaced"
cmp -s real.xml expected.xml || fail "the link's target was not written"
[ "$(stat -c %a real.xml)" = 640 ] || fail "target mode not kept: $(stat -c %a real.xml)"
no_temporaries .
# A link to a link in another folder; a dangling link creates its target.
mkdir sub && ln -s ../link.xml sub/chain.xml && ln -s sub/new.xml dangling.xml
run convert "$EXAMPLE_JSON" -o sub/chain.xml
expect_status 0
[ -L sub/chain.xml ] && [ -L link.xml ] || fail "a link of the chain was replaced"
run convert "$EXAMPLE_JSON" -o dangling.xml
expect_status 0
[ -L dangling.xml ] && cmp -s sub/new.xml expected.xml || fail "dangling link: target not created"
no_temporaries . && no_temporaries sub

# A FIFO is written, not replaced.
mkfifo out.fifo
cat out.fifo > got.xml &
reader=$!
run convert "$EXAMPLE_JSON" --to xml -o out.fifo
wait "$reader"
expect_status 0
[ -p out.fifo ] || fail "the FIFO was replaced"
cmp -s got.xml expected.xml || fail "the FIFO's reader did not get the output"

# /dev/stdout writes to descriptor 1, whatever it is (here a file opened by the shell).
"$INFORME" convert "$EXAMPLE_JSON" --to xml -o /dev/stdout > via-stdout.xml
cmp -s via-stdout.xml expected.xml || fail "-o /dev/stdout"
# Devices are written, never replaced. As root, a regression would replace the machine's /dev/null:
# private device nodes stand in for them then (a non-root run cannot replace /dev/null, only fail).
null=/dev/null full=/dev/full
if [ "$(id -u)" = 0 ]; then
  mknod null c 1 3 && mknod full c 1 7
  null=$WORK/null full=$WORK/full
fi
run convert "$EXAMPLE_JSON" --to xml -o "$null"
expect_status 0
[ -c "$null" ] || fail "$null is no longer a device"

# A full device: exit 4, with the reason. stdout on a full device fails validate and formats too.
run convert "$EXAMPLE_JSON" --to xml -o "$full"
expect_status 4
case "$ERR" in *"No space left on device"*) ;; *) fail "$full: $ERR" ;; esac
[ -c "$full" ] || fail "$full is no longer a device"
set +e
"$INFORME" validate "$EXAMPLE_JSON" > "$full" 2> err.txt; s1=$?
"$INFORME" formats > "$full" 2>> err.txt; s2=$?
set -e
[ "$s1" = 4 ] && [ "$s2" = 4 ] || fail "validate/formats >$full: exit $s1/$s2: $(cat err.txt)"

# An output name of 245 bytes (the temporary name beside it must still fit in 255).
long=$(printf 'o%.0s' $(seq 241)).xml
run convert "$EXAMPLE_JSON" -o "$long"
expect_status 0
cmp -s "$long" expected.xml || fail "245-byte output name"
no_temporaries .
echo ok
