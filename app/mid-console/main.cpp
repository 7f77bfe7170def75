// mid-console: the desktop console. It starts the MID server on its own thread and manages it
// through the same admin API a remote console would use (or, with --headless, is mid-server).
#include "MainWindow.h"
#include "ServerSession.h"
#include "Theme.h"
#include "Translations.h"
#include "common/HeadlessRun.h"
#include "core/SignalWatcher.h"
#include "panels/SettingsPanel.h"
#include "server/EmbeddedServer.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QMessageBox>

#include <cstring>
#include <memory>

namespace {

void describe(QCoreApplication &app)
{
    app.setApplicationName(QStringLiteral("mid-console"));
    app.setOrganizationName(QStringLiteral("mid"));
    app.setApplicationVersion(QStringLiteral(MID_VERSION));
}

void addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        QStringLiteral("MID Console: the MID (Mobile Identity) API server and its console."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("headless"),
                      QStringLiteral("Run the server without a window, like mid-server.")});
    mid::ConfigLoader::addOptions(parser);
}

bool wantsHeadless(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "--headless") == 0 || std::strcmp(argv[i], "-headless") == 0)
            return true;
    return false;
}

// The console's language: the one chosen in Settings, else the system's.
void installTranslations(QApplication &app)
{
    const QString chosen = mid::ui::SettingsPanel::savedLanguage();
    mid::ui::installTranslations(app, chosen.isEmpty() ? QLocale::system() : QLocale(chosen));
}

} // namespace

int main(int argc, char *argv[])
{
    if (wantsHeadless(argc, argv)) {
        mid::preferQtEventDispatcher();
        QCoreApplication app(argc, argv);
        describe(app);
        QCommandLineParser parser;
        addOptions(parser);
        parser.process(app);
        mid::ServerConfig config;
        if (!mid::loadConfig(parser, "mid-console", &config))
            return 2;
        return mid::runHeadless(app, "mid-console", config);
    }

    QApplication app(argc, argv);
    describe(app);
    app.setWindowIcon(QIcon(QStringLiteral(":/ui/icons/app.svg")));
    app.setDesktopFileName(QStringLiteral("mid-console"));
    QCommandLineParser parser;
    addOptions(parser);
    parser.process(app);
    mid::ServerConfig config;
    if (!mid::loadConfig(parser, "mid-console", &config))
        return 2;

    installTranslations(app);
    mid::ui::Theme::init(app);
    mid::ui::Theme::apply(mid::ui::Theme::saved());

    std::unique_ptr<mid::EmbeddedServer> embedded;
    mid::ui::ServerSession session;
    mid::ui::MainWindow window(session);
    auto makeEmbedded = [&](const mid::ServerConfig &serverConfig) {
        embedded = std::make_unique<mid::EmbeddedServer>(serverConfig);
        // Whoever replaced its certificate (this console, another one, the API), the server
        // itself tells the new one: the console's loopback connection follows it.
        QObject::connect(embedded.get(), &mid::EmbeddedServer::certificateChanged, &session,
                         [&session](const QString &fingerprint) {
                             if (!session.isRemote())
                                 session.certificateReplaced(fingerprint);
                         });
    };
    makeEmbedded(config);

    // Over loopback HTTPS too the console accepts only the certificate its own server serves.
    auto connectEmbedded = [&] {
        session.connectTo(embedded->adminUrl(), embedded->operatorToken(), false,
                          embedded->certificateFingerprint());
    };
    auto startEmbedded = [&]() -> bool {
        QString error;
        if (!embedded->start(&error)) {
            QMessageBox::critical(&window, QObject::tr("MID Console"),
                                  QObject::tr("The embedded server could not start: %1\n\nUse "
                                              "File → Connect… to manage a remote server.")
                                      .arg(error));
            return false;
        }
        connectEmbedded();
        return true;
    };
    QObject::connect(&window, &mid::ui::MainWindow::useEmbeddedServerRequested, &app, [&] {
        if (!embedded->isRunning())
            startEmbedded();
        else
            connectEmbedded();
    });
    QObject::connect(&window, &mid::ui::MainWindow::restartServerRequested, &app, [&] {
        session.disconnectFromServer();
        embedded->stop();
        // Settings saved to mid.conf take effect when the config is read again.
        mid::ServerConfig fresh;
        if (mid::loadConfig(parser, "mid-console", &fresh))
            makeEmbedded(fresh);
        startEmbedded();
    });
    QObject::connect(&window, &mid::ui::MainWindow::quitRequested, &app, &QApplication::quit);
    mid::SignalWatcher signals;
    QObject::connect(&signals, &mid::SignalWatcher::terminationRequested, &app,
                     &QApplication::quit);
    QObject::connect(&app, &QApplication::aboutToQuit, &app, [&] {
        session.disconnectFromServer();
        embedded->stop();
    });

    const bool running = startEmbedded();
    window.setCloseToTray(running);
    window.show();
    return app.exec();
}
