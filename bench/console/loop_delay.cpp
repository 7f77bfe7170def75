// Benchmark (not a test): how late the console's GUI thread runs while the embedded server,
// on its own thread, answers a load generator. A 10 ms timer on the GUI thread records how
// far behind schedule each tick fires; the p50/p99/max of that delay is the event-loop delay
// an operator would feel. Run through bench/console-loop.sh, which drives wrk.
//
//   loop_delay <seconds> <report-file> [panel]      (panel: sidebar label, default Dashboard)
// prints "READY <baseUrl> <apiKey> <clientId> <consentId>" once the window is up, then
// measures for <seconds> and writes the report.
#include "MainWindow.h"
#include "ServerSession.h"
#include "Theme.h"
#include "server/EmbeddedServer.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace {

QJsonObject call(QNetworkAccessManager &nam, const QUrl &url, const QByteArray &body,
                 const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = nam.post(request, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("data")).toObject();
}

double percentile(QList<double> sorted, double p)
{
    return sorted.isEmpty() ? 0 : sorted.at(qMin(sorted.size() - 1, qsizetype(p * sorted.size())));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: loop_delay <seconds> <report-file>\n");
        return 2;
    }
    const int seconds = QString::fromLocal8Bit(argv[1]).toInt();
    const QString reportPath = QString::fromLocal8Bit(argv[2]);
    QTemporaryDir dir;
    mid::ServerConfig config;
    config.dataDir = dir.path();
    config.listenPort = 0;
    config.bootstrapToken = QStringLiteral("bench-admin-token-0123456789");
    mid::EmbeddedServer server(config);
    QString error;
    if (!server.start(&error)) {
        std::fprintf(stderr, "server: %s\n", qPrintable(error));
        return 1;
    }
    mid::ui::Theme::init(app);
    mid::ui::Theme::apply(mid::ui::Theme::Mode::Light);
    mid::ui::ServerSession session;
    mid::ui::MainWindow window(session);
    session.connectTo(server.baseUrl(), server.operatorToken(), false);
    window.show();
    window.showPanel(argc > 3 ? QString::fromLocal8Bit(argv[3]) : QStringLiteral("Dashboard"));

    QNetworkAccessManager nam;
    const QJsonObject client =
        call(nam, server.baseUrl().resolved(QUrl(QStringLiteral("/v1/clients"))),
             R"({"name":"Load","plan":"enterprise"})",
             {{"Authorization", "Bearer " + config.bootstrapToken.toUtf8()}});
    const QString apiKey = client.value(QStringLiteral("apiKey")).toString();
    const QString clientId = client.value(QStringLiteral("clientId")).toString();
    const QJsonObject consent =
        call(nam, server.baseUrl().resolved(QUrl(QStringLiteral("/v1/consents/auth"))),
             R"({"recipient":"+33612345678"})",
             {{"Authorization", "Bearer " + apiKey.toUtf8()}, {"X-Client-ID", clientId.toUtf8()}});
    std::printf("READY %s %s %s %s\n", qPrintable(server.baseUrl().toString()),
                qPrintable(apiKey), qPrintable(clientId),
                qPrintable(consent.value(QStringLiteral("sessionId")).toString()));
    std::fflush(stdout);

    QList<double> delays;
    QElapsedTimer clock;
    clock.start();
    qint64 expected = 10;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(10);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        delays.append(double(qMax<qint64>(0, now - expected)));
        expected = now + 10;
    });
    QTimer::singleShot(2000, [&] { // let the window settle first
        clock.restart();
        expected = 10;
        tick.start();
    });
    QTimer::singleShot(2000 + seconds * 1000, [&] {
        tick.stop();
        std::sort(delays.begin(), delays.end());
        QFile out(reportPath);
        if (out.open(QIODevice::WriteOnly | QIODevice::Text)) {
            out.write(QStringLiteral("ticks %1\np50_ms %2\np99_ms %3\nmax_ms %4\n")
                          .arg(delays.size())
                          .arg(percentile(delays, 0.50))
                          .arg(percentile(delays, 0.99))
                          .arg(delays.isEmpty() ? 0 : delays.last())
                          .toUtf8());
        }
        // The load generator stops about now: give it a moment so the server is not stopped
        // under it (the script waits for this program).
        QTimer::singleShot(3000, [&] {
            session.disconnectFromServer();
            server.stop();
            app.quit();
        });
    });
    return app.exec();
}
