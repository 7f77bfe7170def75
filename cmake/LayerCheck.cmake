cmake_minimum_required(VERSION 3.25)
# Fails when a file includes a header of a layer its own layer may not depend on.
#   cmake -DROOT=<source dir> -P cmake/LayerCheck.cmake
# The direction (ARCHITECTURE.md): ui → client (and domain's value rules, qr's encoder); client → domain and
# crypto (OpenSSL only, no server code); http → services → storage/domain/crypto; domain → core
# only; nothing in backend/ reaches up or into ui.
# An include is named by its first path component ("storage/Database.h" is storage); one
# without a layer name is the including file's own folder. "../" is refused outright.

set(MID_LAYERS crypto core domain fido qr storage events webhooks services http server client ui)
set(ALLOWED_crypto crypto)
set(ALLOWED_core core crypto)
set(ALLOWED_domain domain core)
set(ALLOWED_fido fido crypto)
set(ALLOWED_qr qr)
set(ALLOWED_storage storage domain core crypto)
set(ALLOWED_events events domain core)
# The outbox and its dispatcher (storage, events) and the inbound verifiers (Stripe, App
# Store, Google Play: pure checks over a request's bytes with crypto/); no use case.
set(ALLOWED_webhooks webhooks storage domain core crypto events)
set(ALLOWED_services services storage domain core crypto events fido qr webhooks)
set(ALLOWED_http http services domain core crypto events)
set(ALLOWED_server server http services storage domain core crypto events fido qr webhooks)
set(ALLOWED_client client domain crypto)
# qr: the encoder alone (libqrencode to an image, no server state), for codes the console
# shows of its own (the presenter's "set up this phone").
set(ALLOWED_ui ui client domain qr)

if(NOT ROOT)
  message(FATAL_ERROR "LayerCheck: pass -DROOT=<source dir>")
endif()

set(violations "")
foreach(layer IN LISTS MID_LAYERS)
  if(layer STREQUAL "ui")
    set(dir "${ROOT}/ui")
  else()
    set(dir "${ROOT}/backend/${layer}")
  endif()
  file(GLOB_RECURSE files "${dir}/*.cpp" "${dir}/*.h")
  foreach(file IN LISTS files)
    file(STRINGS "${file}" includes REGEX "^[ \t]*#[ \t]*include[ \t]*\"")
    foreach(line IN LISTS includes)
      string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*\"([^\"]*)\".*" "\\1" header "${line}")
      file(RELATIVE_PATH shown "${ROOT}" "${file}")
      if(header MATCHES "\\.\\./")
        string(APPEND violations "  ${shown}: #include \"${header}\" (no ../ across folders)\n")
        continue()
      endif()
      string(REGEX MATCH "^[^/]+" first "${header}")
      if(NOT header MATCHES "/" OR NOT first IN_LIST MID_LAYERS)
        continue() # the file's own folder
      endif()
      if(NOT first IN_LIST ALLOWED_${layer})
        string(APPEND violations "  ${shown}: ${layer} may not include ${first}/ (\"${header}\")\n")
      endif()
    endforeach()
  endforeach()
endforeach()

# Nothing in backend/ may use QtWidgets.
file(GLOB_RECURSE backend_files "${ROOT}/backend/*.cpp" "${ROOT}/backend/*.h")
foreach(file IN LISTS backend_files)
  file(STRINGS "${file}" widgets REGEX "#[ \t]*include[ \t]*<(QtWidgets/|QWidget|QApplication|QMainWindow|QDialog)")
  if(widgets)
    file(RELATIVE_PATH shown "${ROOT}" "${file}")
    string(APPEND violations "  ${shown}: the backend never includes a Widgets header\n")
  endif()
endforeach()

if(violations)
  message(FATAL_ERROR "Layer rules broken (see ARCHITECTURE.md, dependency rules):\n${violations}")
endif()
