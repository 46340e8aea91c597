# Writes informe.1.gz and the bash and zsh completion scripts from the built CLI (`informe --generate=...`):
# cmake -DINFORME=path/to/informe -DOUT_DIR=dir -P generate_docs.cmake
foreach(kind man bash zsh)
  execute_process(COMMAND ${INFORME} --generate=${kind} OUTPUT_VARIABLE text RESULT_VARIABLE status)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "informe --generate=${kind} failed: ${status}")
  endif()
  set(out_man ${OUT_DIR}/informe.1)
  set(out_bash ${OUT_DIR}/bash-completion/informe)
  set(out_zsh ${OUT_DIR}/zsh/_informe)
  file(WRITE ${out_${kind}} "${text}")
endforeach()
# Debian installs man pages compressed, without a timestamp in the gzip header (reproducible).
execute_process(COMMAND gzip -9nkf ${OUT_DIR}/informe.1 RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "gzip informe.1 failed")
endif()
