#pragma once

#include "core/Config.h"

class QCommandLineParser;
class QCoreApplication;

namespace mid {

// Call before the QCoreApplication exists. A headless server needs no GLib main loop (nothing
// of GTK or D-Bus runs in it), and Qt's own event dispatcher costs a fifth less CPU per HTTP
// request: GLib's re-registers a socket's poll source each time Qt toggles its notifier.
// Qt reads QT_NO_GLIB when the application is created (any non-empty value disables GLib).
void preferQtEventDispatcher();
// Reads the flags of CONSOLE.md into a config; prints the problem and returns false when a
// value cannot be used.
bool loadConfig(const QCommandLineParser &parser, const char *program, ServerConfig *config);
// Runs the server in this thread until SIGINT/SIGTERM: what mid-server does, and
// mid-console --headless.
int runHeadless(QCoreApplication &app, const char *program, const ServerConfig &config);

} // namespace mid
