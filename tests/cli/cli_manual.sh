# informe(1) and the shell completions, generated from the CLI's definition at build time: the man page
# renders without a warning and names every option --help shows; bash and zsh load their scripts, and
# the bash completion completes subcommands, options, format names (from `informe formats`) and files.
. "$(dirname "$0")/cli_helpers.bash"
: "${INFORME_BUILD_DIR:?set INFORME_BUILD_DIR}"
DOCS=$INFORME_BUILD_DIR/cli-docs
[ -s "$DOCS/informe.1" ] || fail "no $DOCS/informe.1"
# The generated files are what the binary generates now.
"$INFORME" --generate=man | cmp -s - "$DOCS/informe.1" || fail "informe.1 is stale"
"$INFORME" --generate=bash | cmp -s - "$DOCS/bash-completion/informe" || fail "bash completion is stale"
"$INFORME" --generate=zsh | cmp -s - "$DOCS/zsh/_informe" || fail "zsh completion is stale"
gzip -dc "$DOCS/informe.1.gz" | cmp -s - "$DOCS/informe.1" || fail "informe.1.gz is not informe.1"

# man renders it without a warning.
MANWIDTH=80 man --warnings -l "$DOCS/informe.1" >man.txt 2>man.err || fail "man: $(cat man.err)"
[ ! -s man.err ] || fail "man warnings: $(cat man.err)"
MANWIDTH=80 man --warnings -l "$DOCS/informe.1.gz" >/dev/null 2>man.err
[ ! -s man.err ] || fail "man warnings (gz): $(cat man.err)"
for section in NAME SYNOPSIS DESCRIPTION COMMANDS OPTIONS EXAMPLES "EXIT STATUS" ENVIRONMENT FILES "SEE ALSO"; do
  grep -q "^$section" man.txt || fail "man page lacks $section"
done

# Every option and subcommand --help shows is in the man page, under its command.
# The names in the first column of --help's option list ("  -o,--output FILE  ...").
options_of() { "$INFORME" "$@" --help | awk '/^  -/ { n = split($1, names, ","); for (i = 1; i <= n; i++) print names[i] }' | sort -u; }
count=0
for cmd in "" convert validate formats new templates "templates export"; do
  # shellcheck disable=SC2086
  for option in $(options_of $cmd); do
    # The command's section runs from its heading to the next one.
    if [ -n "$cmd" ]; then
      awk -v h="   informe $cmd" '$0 == h { on = 1; next } /^   informe / { on = 0 } on' man.txt >section.txt
    else
      sed -n '/^OPTIONS/,/^[A-Z]/p' man.txt >section.txt
    fi
    [ -s section.txt ] || fail "no man section for 'informe $cmd'"
    grep -qe "$option" section.txt || fail "informe $cmd --help shows $option; the man page does not"
    count=$((count + 1))
  done
done
[ "$count" -ge 30 ] || fail "only $count options checked"
for cmd in convert validate formats new templates export; do
  grep -q "informe.*$cmd" man.txt || fail "man page lacks $cmd"
done
# --help and the man page name where the documentation is installed.
"$INFORME" --help | grep -q "share/doc/informe/cli.md" || fail "--help does not name the installed docs"
grep -q "share/doc/informe" man.txt || fail "man page does not name the installed docs"

# bash: the script parses, registers the completion, and completes.
bash -n "$DOCS/bash-completion/informe" || fail "bash -n"
complete_line=$(bash -c "source '$DOCS/bash-completion/informe' && complete -p informe") || fail "complete -p informe"
case "$complete_line" in *"-F _informe informe") ;; *) fail "complete -p: $complete_line" ;; esac
# complete WORDS...: the completions of the last word, one per line (informe on PATH for the formats).
complete_words() {
  PATH="$(dirname "$INFORME"):$PATH" bash -c '
    source "$0"
    COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1))
    _informe
    printf "%s\n" "${COMPREPLY[@]}"' "$DOCS/bash-completion/informe" "$@"
}
touch report-a.json report-b.txt
complete_words informe conv | grep -qx convert || fail "bash: subcommand"
complete_words informe repo | grep -qx report-a.json || fail "bash: input file without subcommand"
complete_words informe convert --ou | grep -qx -- --output || fail "bash: convert option"
complete_words informe convert --ref | grep -qx -- --reference-doc || fail "bash: --reference-doc"
complete_words informe convert -t p | grep -qx pdf || fail "bash: -t format"
complete_words informe convert --to = h | grep -qx html || fail "bash: --to=format"
complete_words informe convert -t pdf,ht | grep -qx pdf,html || fail "bash: format list"
complete_words informe convert -f te | grep -qx text || fail "bash: --from readable format"
complete_words informe convert -t te | grep -qx text && fail "bash: text offered as an output format"
complete_words informe convert --paper l | grep -qx letter || fail "bash: --paper choice"
complete_words informe convert -M prog | grep -qx program= || fail "bash: -M key"
complete_words informe convert report-a.json -o repo | grep -qx report-b.txt || fail "bash: -o file"
complete_words informe templates e | grep -qx export || fail "bash: templates export"
complete_words informe validate --st | grep -qx -- --strict || fail "bash: validate option"
# After a flag, the next word is an input again.
complete_words informe convert --strict repo | grep -qx report-a.json || fail "bash: file after a flag"
complete_words informe -q repo | grep -qx report-a.json || fail "bash: file after a flag, no subcommand"
complete_words informe --str | grep -qx -- --strict || fail "bash: convert's options without a subcommand"

# zsh: the script parses and compinit registers it for informe.
if ! command -v zsh >/dev/null; then
  echo "SKIP: zsh is not installed (scripts/packages.txt installs it); the rest passed"
  exit 77
fi
zsh -n "$DOCS/zsh/_informe" || fail "zsh -n"
mkdir zfunc
cp "$DOCS/zsh/_informe" zfunc/
registered=$(zsh -fc 'fpath=(zfunc $fpath); autoload -Uz compinit; compinit -u -d zcompdump; print -r -- $_comps[informe]')
[ "$registered" = _informe ] || fail "zsh: compinit registered '$registered' for informe"
zsh -fc 'autoload -Uz compinit; compinit -u -d zcompdump2; source zfunc/_informe 2>/dev/null; (( $+functions[_informe_convert] ))' \
  || fail "zsh: the script does not define _informe_convert"
# In an interactive zsh (zpty), WORDS<Tab> completes: subcommands, options, format names from
# `informe formats` (a list after a comma), -M keys.
cat >type.zsh <<'ZSH'
zmodload zsh/zpty
zpty z 'zsh -f -i'
zpty -w z "PATH=${INFORME:h}:\$PATH; fpath=($PWD/zfunc \$fpath); autoload -Uz compinit; compinit -u -d $PWD/zcompdump3; PS1='%% '"
sleep 2
for line in "$@"; do
  zpty -w -n z "$line"$'\t'
  sleep 1
  zpty -w -n z $'\C-u'
done
zpty -w z 'exit'
sleep 1
out=
while zpty -r -t z chunk; do out+=$chunk; done
print -r -- "$out"
ZSH
INFORME=$INFORME timeout 60 zsh -f type.zsh 'informe conv' 'informe valid' 'informe convert --to p' \
  'informe convert -t pdf,ht' 'informe convert -f te' 'informe -M prog' 'informe convert --pap' \
  | tr -d '\r\b' | sed 's/\x1b\[[0-9;?]*[a-zA-Z]//g' >screen.txt || fail "zsh under zpty"
for want in "informe convert " "informe validate " "informe convert --to pdf," "informe convert -t pdf,html," \
            "informe convert -f text" "informe -M program" "informe convert --paper "; do
  grep -qF -- "$want" screen.txt || fail "zsh: no '$want' on the screen: $(tail -c 600 screen.txt)"
done
echo ok
