#pragma once

#include "core/Config.h"

class QCommandLineParser;
class QCoreApplication;

namespace mid {

// Reads the flags of CONSOLE.md into a config; prints the problem and returns false when a
// value cannot be used.
bool loadConfig(const QCommandLineParser &parser, const char *program, ServerConfig *config);
// Runs the server in this thread until SIGINT/SIGTERM: what mid-server does, and
// mid-console --headless.
int runHeadless(QCoreApplication &app, const char *program, const ServerConfig &config);

} // namespace mid
