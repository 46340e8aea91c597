# informe_component(NAME [DIR room/name] [SOURCES extra...] [DEPENDS component...] [LIBS target...])
# Makes the object library informe_NAME from lib/DIR/*.cpp (DIR defaults to NAME: lib/core). The rooms
# show the architecture: lib/readers/FORMAT, lib/writers/FORMAT, lib/archive, lib/shared. DEPENDS names
# other components whose objects must be linked beside it (see informe_link_components). Unit tests
# live in tests/unit/DIR (informe_component_of_dir finds the component of such a directory).
function(informe_component name)
  cmake_parse_arguments(C "" "DIR" "SOURCES;DEPENDS;LIBS" ${ARGN})
  if(NOT C_DIR)
    set(C_DIR ${name})
  endif()
  file(GLOB sources CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/lib/${C_DIR}/*.cpp)
  if(NOT sources AND NOT C_SOURCES)
    message(FATAL_ERROR "component ${name}: lib/${C_DIR}/ has no .cpp file")
  endif()
  string(REPLACE "/" "|" dir_key "${C_DIR}")
  set_property(GLOBAL PROPERTY INFORME_COMPONENT_OF_DIR_${dir_key} ${name})
  add_library(informe_${name} OBJECT ${sources} ${C_SOURCES})
  target_include_directories(informe_${name} PUBLIC
    $<BUILD_INTERFACE:${PROJECT_SOURCE_DIR}/include> $<BUILD_INTERFACE:${PROJECT_SOURCE_DIR}/lib>)
  target_link_libraries(informe_${name} PUBLIC ${C_LIBS})
  set_target_properties(informe_${name} PROPERTIES POSITION_INDEPENDENT_CODE ON UNITY_BUILD ${INFORME_UNITY_BUILD})
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

# The component whose sources are lib/DIR (DIR relative to lib/, e.g. readers/html), or "" if none.
function(informe_component_of_dir out dir)
  string(REPLACE "/" "|" dir_key "${dir}")
  get_property(name GLOBAL PROPERTY INFORME_COMPONENT_OF_DIR_${dir_key})
  set(${out} "${name}" PARENT_SCOPE)
endfunction()
