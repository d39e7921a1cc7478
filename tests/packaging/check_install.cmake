# cmake -DBUILD_DIR=... -DDEST=... -P check_install.cmake
# Installs the build into DEST with the prefix /usr (as the .deb does) and fails naming every file
# that a desktop, a man reader or AppStream would miss.
file(REMOVE_RECURSE "${DEST}")
execute_process(
    COMMAND "${CMAKE_COMMAND}" -E env "DESTDIR=${DEST}"
            "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix /usr
    RESULT_VARIABLE result
    OUTPUT_VARIABLE output
    ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install failed (${result}):\n${output}")
endif()

set(id "id.go.blitarkota.dinsos.aduan")
set(expected
    usr/bin/aduan
    usr/bin/aduan-cli
    usr/share/applications/${id}.desktop
    usr/share/metainfo/${id}.metainfo.xml
    usr/share/icons/hicolor/scalable/apps/${id}.svg
    usr/share/man/man1/aduan.1.gz
    usr/share/man/man1/aduan-cli.1.gz
    usr/share/doc/aduan/copyright
    usr/share/doc/aduan/changelog.gz)
foreach(size 16 24 32 48 64 128 256)
    list(APPEND expected usr/share/icons/hicolor/${size}x${size}/apps/${id}.png)
endforeach()

set(missing "")
foreach(f ${expected})
    if(NOT EXISTS "${DEST}/${f}")
        list(APPEND missing "${f}")
    endif()
endforeach()
if(missing)
    message(FATAL_ERROR "not installed: ${missing}")
endif()

# The desktop entry names the icon and the program that are installed.
file(STRINGS "${DEST}/usr/share/applications/${id}.desktop" icon REGEX "^Icon=")
file(STRINGS "${DEST}/usr/share/applications/${id}.desktop" exec REGEX "^Exec=")
if(NOT icon STREQUAL "Icon=${id}")
    message(FATAL_ERROR "the desktop entry's ${icon} is not the installed icon ${id}")
endif()
string(REGEX REPLACE "^Exec=([^ ]+).*" "\\1" program "${exec}")
if(NOT EXISTS "${DEST}/usr/bin/${program}")
    message(FATAL_ERROR "the desktop entry starts ${program}, which is not installed")
endif()

# Every installed file, for the log.
file(GLOB_RECURSE installed RELATIVE "${DEST}" "${DEST}/*")
list(LENGTH installed count)
message(STATUS "${count} files installed; every expected one is there")
