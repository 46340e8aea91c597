include(CMakePackageConfigHelpers)

install(TARGETS informe EXPORT informeTargets
        LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
get_property(plugin_targets GLOBAL PROPERTY INFORME_PLUGIN_TARGETS)
install(TARGETS ${plugin_targets} LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}/informe-plugins)
# Installed into a directory the dynamic linker searches (/usr/lib/x86_64-linux-gnu), the CLI and the
# plugins need no RUNPATH (Debian forbids one there); anywhere else they find libinforme through it.
if(CMAKE_INSTALL_FULL_LIBDIR IN_LIST CMAKE_CXX_IMPLICIT_LINK_DIRECTORIES)
  set_target_properties(${plugin_targets} PROPERTIES INSTALL_RPATH "")
  if(INFORME_BUILD_TOOLS)
    set_target_properties(informe_cli PROPERTIES INSTALL_RPATH "")
  endif()
endif()
install(DIRECTORY include/informe DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
if(INFORME_BUILD_TOOLS)
  install(TARGETS informe_cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
  install(FILES ${INFORME_DOCS_DIR}/informe.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
  install(FILES ${INFORME_DOCS_DIR}/bash-completion/informe DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions)
  install(FILES ${INFORME_DOCS_DIR}/zsh/_informe DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions)
endif()
# The documentation, where --help and informe(1) say it is; the Debian copyright file lists the
# licences of what the PDFs embed.
install(DIRECTORY docs/ DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(FILES README.md LICENSE DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(FILES packaging/debian/copyright DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(FILES ${PROJECT_BINARY_DIR}/changelog.gz DESTINATION ${CMAKE_INSTALL_DOCDIR})

# pkg-config: informe.pc. Installed in /usr it names /usr; anywhere else it is relocatable (its prefix
# is found from its own directory), so that `cmake --install --prefix P` and DESTDIR installs work.
if(CMAKE_INSTALL_PREFIX STREQUAL "/usr")
  set(INFORME_PC_PREFIX "/usr")
else()
  file(RELATIVE_PATH INFORME_PC_PREFIX ${CMAKE_INSTALL_FULL_LIBDIR}/pkgconfig ${CMAKE_INSTALL_PREFIX})
  string(REGEX REPLACE "/$" "" INFORME_PC_PREFIX "\${pcfiledir}/${INFORME_PC_PREFIX}")
endif()
configure_file(cmake/informe.pc.in ${PROJECT_BINARY_DIR}/informe.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/informe.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)
install(DIRECTORY templates/ DESTINATION ${CMAKE_INSTALL_DATADIR}/informe/templates)
install(DIRECTORY schema/ DESTINATION ${CMAKE_INSTALL_DATADIR}/informe/schema OPTIONAL)

set(config_dir ${CMAKE_INSTALL_LIBDIR}/cmake/informe)
install(EXPORT informeTargets NAMESPACE informe:: DESTINATION ${config_dir})
configure_package_config_file(cmake/informeConfig.cmake.in ${PROJECT_BINARY_DIR}/informeConfig.cmake
                              INSTALL_DESTINATION ${config_dir})
write_basic_package_version_file(${PROJECT_BINARY_DIR}/informeConfigVersion.cmake
                                 COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/informeConfig.cmake ${PROJECT_BINARY_DIR}/informeConfigVersion.cmake
        DESTINATION ${config_dir})

include(cmake/package.cmake)
