# The Debian package: `cpack -G DEB` in a build configured with -DCMAKE_INSTALL_PREFIX=/usr
# (scripts/build-deb does it) makes informe_VERSION_ARCH.deb with the CLI, libinforme, the PDF plugins,
# informe(1), the completions, the docs and informe.pc. Dependencies come from dpkg-shlibdeps, plus
# the fonts the PDF writer reads at run time.

# debian/changelog, compressed as Debian ships it (no timestamp in the gzip header).
add_custom_command(
  OUTPUT ${PROJECT_BINARY_DIR}/changelog.gz
  COMMAND gzip -9nc ${PROJECT_SOURCE_DIR}/packaging/debian/changelog > ${PROJECT_BINARY_DIR}/changelog.gz
  DEPENDS ${PROJECT_SOURCE_DIR}/packaging/debian/changelog)
add_custom_target(informe_changelog ALL DEPENDS ${PROJECT_BINARY_DIR}/changelog.gz)

set(CPACK_PACKAGE_NAME informe)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "The informe authors")
set(CPACK_PACKAGE_CONTACT "informe maintainers <informe@example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "reads and writes Chilean compliance reports (Informes de Cumplimiento)")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_GENERATOR DEB)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # informe_0.1.0_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SECTION text)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "informe converts DIPRES Informes de Cumplimiento de Compromisos (reports)\n\
between archived text, HTML and PDF, spreadsheets (CSV, XLSX, ODS), DOCX,\n\
and a lossless canonical JSON and XML. The package holds the informe\n\
command, the libinforme C++20 library with its headers, CMake package and\n\
informe.pc, the PDF plugins, the manual page, bash and zsh completion and\n\
the documentation.")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# libinforme is in the package itself: dpkg-shlibdeps finds it in the staging tree (run from its root).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS_PRIVATE_DIRS "usr/${CMAKE_INSTALL_LIBDIR}")
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS ON)  # the shlibs file of libinforme
# The ldconfig trigger Debian requires of a package with a shared library.
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA ${PROJECT_SOURCE_DIR}/packaging/debian/triggers)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-liberation2, fonts-dejavu-core")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
