include(CMakePackageConfigHelpers)

install(TARGETS informe EXPORT informeTargets
        LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
get_property(plugin_targets GLOBAL PROPERTY INFORME_PLUGIN_TARGETS)
install(TARGETS ${plugin_targets} LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}/informe-plugins)
install(DIRECTORY include/informe DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
if(INFORME_BUILD_TOOLS)
  install(TARGETS informe_cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()
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
