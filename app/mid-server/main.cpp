// mid-server: the MID API server without a GUI, for systemd on a headless box.
#include "core/Config.h"
#include "core/SignalWatcher.h"
#include "http/MidServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mid-server"));
    QCoreApplication::setOrganizationName(QStringLiteral("mid"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MID_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("MID (Mobile Identity) API server."));
    parser.addHelpOption();
    parser.addVersionOption();
    mid::ConfigLoader::addOptions(parser);
    parser.process(app);

    mid::ServerConfig config;
    QString error;
    if (!mid::ConfigLoader::load(parser, &config, &error)) {
        std::fprintf(stderr, "mid-server: %s\n", qPrintable(error));
        return 2;
    }

    mid::MidServer server(config);
    if (!server.start(&error)) {
        std::fprintf(stderr, "mid-server: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("mid-server %s listening on %s (data: %s)\n", MID_VERSION,
                qPrintable(server.baseUrl()), qPrintable(config.dataDir));
    if (!server.generatedAdminToken().isEmpty()) {
        std::printf("Admin operator token (shown once, also saved to %s/admin-token):\n  %s\n",
                    qPrintable(config.dataDir), qPrintable(server.generatedAdminToken()));
    }
    std::fflush(stdout);

    mid::SignalWatcher signals;
    QObject::connect(&signals, &mid::SignalWatcher::terminationRequested, &app,
                     [&](int signalNumber) {
                         std::printf("mid-server: signal %d, shutting down\n", signalNumber);
                         server.stop();
                         app.quit();
                     });
    return app.exec();
}
