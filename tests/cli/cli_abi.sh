# The ABI is the public headers alone: libinforme exports no informe::detail symbol (it is built with
# hidden visibility and INFORME_API, include/informe/export.hpp), and each PDF plugin exports its entry
# point only and binds to nothing of libinforme (its ABI is lib/plugins/plugin.hpp).
. "$(dirname "$0")/cli_helpers.bash"
: "${INFORME_BUILD_DIR:?set INFORME_BUILD_DIR}"
command -v nm >/dev/null || fail "nm (binutils) is missing: install the packages in scripts/packages.txt"

lib=$(ls "$INFORME_BUILD_DIR"/libinforme.so.* 2>/dev/null | head -1)
[ -n "$lib" ] || fail "no libinforme.so.* in $INFORME_BUILD_DIR"
nm -D --defined-only "$lib" >exports.txt
nm -D --defined-only -C "$lib" >exports-demangled.txt
details=$(grep -c detail exports.txt || true)
[ "$details" = 0 ] || fail "libinforme exports $details informe::detail symbols: $(grep detail exports-demangled.txt | head -5)"
# Nor anything of its dependencies' types (libxml2, nlohmann, ICU, PoDoFo, poppler) in informe's names.
dependency_types='nlohmann|_xmlNode|_xmlDoc|xmlChar|icu_[0-9]|PoDoFo|poppler|zip_t'
leaked=$(grep -E 'informe' exports-demangled.txt | grep -cE "$dependency_types" || true)
[ "$leaked" = 0 ] || fail "exported informe symbols name dependency types: $(grep -E "$dependency_types" exports-demangled.txt | head -3)"
# The public API is there.
for symbol in 'informe::read_json(' 'informe::write_pdf(' 'informe::diagnostics::warning(' \
              'informe::template_set::load' 'informe::version()' 'typeinfo for informe::error'; do
  grep -qF "$symbol" exports-demangled.txt || fail "libinforme does not export $symbol"
done

for plugin in "$INFORME_BUILD_DIR"/informe-plugins/*.so; do
  name=$(basename "$plugin")
  # Only the entry point (and the version node the version script names) is defined for others.
  others=$(nm -D --defined-only "$plugin" | awk '{print $NF}' | grep -vx -e informe_plugin_entry -e '[A-Z_]*' | grep -c . || true)
  [ "$others" = 0 ] || fail "$name exports more than its entry point: $(nm -D --defined-only "$plugin" | head -5)"
  nm -D --defined-only "$plugin" | grep -q ' informe_plugin_entry$' || fail "$name has no informe_plugin_entry"
  # It neither needs libinforme nor expects any informe symbol from it.
  if readelf -d "$plugin" | grep -q 'NEEDED.*libinforme'; then fail "$name is linked to libinforme"; fi
  undefined=$(nm -D --undefined-only -C "$plugin" | grep -c 'informe' || true)
  [ "$undefined" = 0 ] || fail "$name binds to libinforme: $(nm -D --undefined-only -C "$plugin" | grep informe | head -3)"
done

# And the PDF code still works through that ABI: JSON -> PDF (writer plugin) -> JSON (reader plugin).
run convert "$EXAMPLE_JSON" -o seed.pdf
expect_status 0
expect_example_back seed.pdf informe
