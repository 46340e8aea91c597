# informe_component(NAME [SOURCES extra...] [DEPENDS component...] [LIBS target...])
# Makes the object library informe_NAME from lib/NAME/*.cpp. DEPENDS names other components whose
# objects must be linked beside it (see informe_link_component).
function(informe_component name)
  cmake_parse_arguments(C "" "" "SOURCES;DEPENDS;LIBS" ${ARGN})
  file(GLOB sources CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/lib/${name}/*.cpp)
  if(NOT sources AND NOT C_SOURCES)
    set(sources ${PROJECT_SOURCE_DIR}/cmake/empty_component.cpp)  # a component not written yet
  endif()
  add_library(informe_${name} OBJECT ${sources} ${C_SOURCES})
  target_include_directories(informe_${name} PUBLIC
    $<BUILD_INTERFACE:${PROJECT_SOURCE_DIR}/include> $<BUILD_INTERFACE:${PROJECT_SOURCE_DIR}/lib>)
  target_link_libraries(informe_${name} PUBLIC ${C_LIBS})
  set_target_properties(informe_${name} PROPERTIES POSITION_INDEPENDENT_CODE ON)
  set_property(GLOBAL PROPERTY INFORME_DEPENDS_${name} ${C_DEPENDS})
  set_property(GLOBAL APPEND PROPERTY INFORME_COMPONENTS ${name})
endfunction()

# The component and every component it depends on, transitively.
function(informe_component_closure out)
  set(result "")
  set(queue ${ARGN})
  while(queue)
    list(POP_FRONT queue name)
    if(NOT name IN_LIST result)
      list(APPEND result ${name})
      get_property(deps GLOBAL PROPERTY INFORME_DEPENDS_${name})
      list(APPEND queue ${deps})
    endif()
  endwhile()
  set(${out} ${result} PARENT_SCOPE)
endfunction()

# Links the objects of the named components, and of all they depend on, into TARGET.
function(informe_link_components target)
  informe_component_closure(closure ${ARGN})
  foreach(name IN LISTS closure)
    target_link_libraries(${target} PRIVATE informe_${name})
  endforeach()
endfunction()
