// mid-server: the MID API server without a GUI, for systemd on a headless box.
#include "common/HeadlessRun.h"

#include <QCommandLineParser>
#include <QCoreApplication>

int main(int argc, char *argv[])
{
    mid::preferQtEventDispatcher();
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
    if (!mid::loadConfig(parser, "mid-server", &config))
        return 2;
    return mid::runHeadless(app, "mid-server", config);
}
