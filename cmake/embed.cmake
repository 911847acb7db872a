# embed_files(OUTPUT FILES): writes a C++ source that defines eduims::embedded::Files(), a list of
# {relative path, content} for each file, regenerated whenever one of the files changes.
function(embed_files output files)
  string(REPLACE ";" "|" joined "${files}")
  add_custom_command(
    OUTPUT ${output}
    COMMAND ${CMAKE_COMMAND} -DOUTPUT=${output} -DSOURCE_DIR=${CMAKE_SOURCE_DIR} -DFILES=${joined}
            -P ${CMAKE_SOURCE_DIR}/cmake/embed_run.cmake
    DEPENDS ${files} ${CMAKE_SOURCE_DIR}/cmake/embed_run.cmake
    COMMENT "Embedding data files"
    VERBATIM)
endfunction()
