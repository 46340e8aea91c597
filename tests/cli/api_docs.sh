# The API reference: Doxygen reads the public headers (include/informe/) with the project's Doxyfile
# and must find every public name documented; any warning (an undocumented function, member or
# parameter error) fails. The same Doxyfile writes the reference (`--target api-docs`).
. "$(dirname "$0")/cli_helpers.bash"
: "${INFORME_BUILD_DIR:?set INFORME_BUILD_DIR}"
if ! command -v doxygen >/dev/null; then
  echo "SKIP: doxygen is not installed (scripts/packages.txt installs it)"
  exit 77
fi
# The project's configuration, written here instead of the build tree, warnings to a file.
{
  cat "$INFORME_BUILD_DIR/Doxyfile"
  echo "OUTPUT_DIRECTORY = $WORK/api"
  echo "WARN_LOGFILE = $WORK/doxygen.log"
} >Doxyfile
grep -q '^WARN_IF_UNDOCUMENTED *= *YES' Doxyfile || fail "the Doxyfile does not warn about undocumented names"
doxygen Doxyfile >doxygen.out 2>&1 || fail "doxygen: $(tail -5 doxygen.out)"
[ ! -s doxygen.log ] || fail "undocumented or badly documented public API: $(head -20 doxygen.log)"
[ -s api/html/index.html ] || fail "no api/html/index.html"
# The reference has the main entry points.
for name in read_json write_pdf summarize diagnostics report; do
  grep -rqi "$name" api/html/*.html || fail "the reference lacks $name"
done

# The check fails when a public function is not documented: a header with one, added to a copy.
mkdir -p probe/informe
cp "$INFORME_SOURCE_DIR"/include/informe/*.hpp probe/informe/
printf '#pragma once\nnamespace informe {\nint undocumented_probe(int x);\n}\n' >probe/informe/probe.hpp
{
  cat Doxyfile
  echo "INPUT = $WORK/probe/informe"
  echo "WARN_LOGFILE = $WORK/probe.log"
} >Doxyfile.probe
doxygen Doxyfile.probe >/dev/null 2>&1 || true
grep -q 'undocumented_probe' probe.log || fail "doxygen did not flag an undocumented function: $(cat probe.log)"
echo ok
