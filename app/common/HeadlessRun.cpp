#include "HeadlessRun.h"

#include "core/SignalWatcher.h"
#include "server/MidServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace mid {

void preferQtEventDispatcher()
{
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
}

bool loadConfig(const QCommandLineParser &parser, const char *program, ServerConfig *config)
{
    QString error;
    if (ConfigLoader::load(parser, config, &error))
        return true;
    std::fprintf(stderr, "%s: %s\n", program, qPrintable(error));
    return false;
}

int runHeadless(QCoreApplication &app, const char *program, const ServerConfig &config)
{
    MidServer server(config);
    QString error;
    if (!server.start(&error)) {
        std::fprintf(stderr, "%s: %s\n", program, qPrintable(error));
        return 1;
    }
    std::printf("%s %s listening on %s (data: %s)\n", program, MID_VERSION,
                qPrintable(server.baseUrl()), qPrintable(config.dataDir));
    if (!server.generatedAdminToken().isEmpty()) {
        std::printf("Admin operator token (shown once, also saved to %s/admin-token):\n  %s\n",
                    qPrintable(config.dataDir), qPrintable(server.generatedAdminToken()));
    }
    std::fflush(stdout);

    SignalWatcher signals;
    QObject::connect(&signals, &SignalWatcher::terminationRequested, &app, [&](int signalNumber) {
        std::printf("%s: signal %d, shutting down\n", program, signalNumber);
        server.stop();
        app.quit();
    });
    return app.exec();
}

} // namespace mid
