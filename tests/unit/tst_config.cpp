// ConfigLoader: defaults, mid.conf, MID_* variables and flags, weakest first.
#include "core/Config.h"

#include <QCommandLineParser>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using mid::ConfigLoader;
using mid::ServerConfig;

class TestConfig : public QObject
{
    Q_OBJECT

    static bool load(const QStringList &args, ServerConfig *config, QString *error)
    {
        QCommandLineParser parser;
        ConfigLoader::addOptions(parser);
        if (!parser.parse(QStringList{QStringLiteral("mid-server")} + args)) {
            *error = parser.errorText();
            return false;
        }
        return ConfigLoader::load(parser, config, error);
    }

    static void writeConf(const QString &dir, const QByteArray &text)
    {
        QFile f(dir + QStringLiteral("/mid.conf"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    }

private Q_SLOTS:
    void cleanup()
    {
        for (const char *v :
             {"MID_LISTEN", "MID_PUBLIC_URL", "MID_BOOTSTRAP_TOKEN", "MID_DATA_DIR", "MID_DEMO",
              "MID_STRIPE_WEBHOOK_SECRET", "MID_PLAY_STORE_TOKEN", "MID_PLAY_STORE_JWKS"})
            qunsetenv(v);
    }

    // The inbound webhook providers (§9): kebab-case keys in mid.conf (the spec's camelCase
    // names too), MID_* in upper snake case winning, and a JWKS or PEM given as a file path.
    void inboundProviders()
    {
        QTemporaryDir dir;
        QFile jwks(dir.path() + QStringLiteral("/jwks.json"));
        QVERIFY(jwks.open(QIODevice::WriteOnly));
        jwks.write("{\"keys\":[]}");
        jwks.close();
        writeConf(dir.path(), "stripe-webhook-secret=whsec_fromfile\n"
                              "playStoreAudience=https://aud.example\n"
                              "play-store-token=from-file-token\n"
                              "play-store-jwks=" +
                                  jwks.fileName().toUtf8() + "\n");
        qputenv("MID_PLAY_STORE_TOKEN", "from-environment-token");
        ServerConfig c;
        QString error;
        QVERIFY2(load({QStringLiteral("--data-dir"), dir.path()}, &c, &error), qPrintable(error));
        QCOMPARE(c.inbound.stripeWebhookSecret, QStringLiteral("whsec_fromfile"));
        QCOMPARE(c.inbound.playStoreAudience, QStringLiteral("https://aud.example"));
        QCOMPARE(c.inbound.playStoreToken, QStringLiteral("from-environment-token"));
        QCOMPARE(c.inbound.playStoreJwks, QStringLiteral("{\"keys\":[]}"));
        QVERIFY(c.inbound.appStoreRootCertificates.isEmpty());

        qputenv("MID_PLAY_STORE_JWKS", "/nonexistent/jwks.json");
        QVERIFY(!load({QStringLiteral("--data-dir"), dir.path()}, &c, &error));
        QVERIFY2(error.contains(QStringLiteral("MID_PLAY_STORE_JWKS")), qPrintable(error));
    }

    void defaults()
    {
        QTemporaryDir dir;
        ServerConfig c;
        QString error;
        QVERIFY2(load({QStringLiteral("--data-dir"), dir.path()}, &c, &error), qPrintable(error));
        QCOMPARE(c.listenAddress, QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(c.listenPort, quint16(8080));
        QCOMPARE(c.databasePath(), dir.path() + QStringLiteral("/mid.sqlite3"));
        // Links name localhost (WebAuthn works there over http); programs connect to the address.
        QCOMPARE(c.effectivePublicUrl(), QStringLiteral("http://localhost:8080"));
        QCOMPARE(c.listenUrl(), QStringLiteral("http://127.0.0.1:8080"));
        QCOMPARE(c.effectiveRpId(), QStringLiteral("localhost"));
        QCOMPARE(c.effectiveRpOrigins(), QStringList{QStringLiteral("http://localhost:8080")});
        QVERIFY(!c.demo);
    }

    void precedence_data()
    {
        QTest::addColumn<QByteArray>("conf");
        QTest::addColumn<QByteArray>("env");
        QTest::addColumn<QStringList>("flags");
        QTest::addColumn<quint16>("port");
        QTest::newRow("file only") << QByteArray("listen=127.0.0.1:9001\n") << QByteArray()
                                   << QStringList() << quint16(9001);
        QTest::newRow("env beats file")
            << QByteArray("listen=127.0.0.1:9001\n") << QByteArray("127.0.0.1:9002")
            << QStringList() << quint16(9002);
        QTest::newRow("flag beats env")
            << QByteArray("listen=127.0.0.1:9001\n") << QByteArray("127.0.0.1:9002")
            << QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:9003")}
            << quint16(9003);
    }

    void precedence()
    {
        QFETCH(QByteArray, conf);
        QFETCH(QByteArray, env);
        QFETCH(QStringList, flags);
        QFETCH(quint16, port);
        QTemporaryDir dir;
        writeConf(dir.path(), conf);
        if (!env.isEmpty())
            qputenv("MID_LISTEN", env);
        ServerConfig c;
        QString error;
        QVERIFY2(load(QStringList{QStringLiteral("--data-dir"), dir.path()} + flags, &c, &error),
                 qPrintable(error));
        QCOMPARE(c.listenPort, port);
    }

    void demoAndTokenFromSources()
    {
        QTemporaryDir dir;
        writeConf(dir.path(), "demo=true\npublic-url=https://mid.example.com/\n");
        qputenv("MID_BOOTSTRAP_TOKEN", "from-env");
        ServerConfig c;
        QString error;
        QVERIFY2(load({QStringLiteral("--data-dir"), dir.path()}, &c, &error), qPrintable(error));
        QVERIFY(c.demo);
        QCOMPARE(c.bootstrapToken, QStringLiteral("from-env"));
        QCOMPARE(c.effectivePublicUrl(), QStringLiteral("https://mid.example.com"));
    }

    void rejectsBadValues_data()
    {
        QTest::addColumn<QStringList>("flags");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("listen without port")
            << QStringList{QStringLiteral("--listen"), QStringLiteral("localhost")}
            << QStringLiteral("--listen");
        QTest::newRow("listen bad port")
            << QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:70000")}
            << QStringLiteral("--listen");
        QTest::newRow("public url not http")
            << QStringList{QStringLiteral("--public-url"), QStringLiteral("ftp://x")}
            << QStringLiteral("--public-url");
        QTest::newRow("postgres not built")
            << QStringList{QStringLiteral("--database"), QStringLiteral("postgres://db/mid")}
            << QStringLiteral("--database");
        QTest::newRow("tls unknown") << QStringList{QStringLiteral("--tls"), QStringLiteral("on")}
                                     << QStringLiteral("--tls");
        QTest::newRow("tls key missing")
            << QStringList{QStringLiteral("--tls"), QStringLiteral("/etc/cert.pem:")}
            << QStringLiteral("--tls");
        QTest::newRow("admin listen without port")
            << QStringList{QStringLiteral("--admin-listen"), QStringLiteral("127.0.0.1")}
            << QStringLiteral("--admin-listen");
        QTest::newRow("connections per address zero")
            << QStringList{QStringLiteral("--max-connections-per-address"), QStringLiteral("0")}
            << QStringLiteral("--max-connections-per-address");
        QTest::newRow("request timeout not a number")
            << QStringList{QStringLiteral("--request-timeout-seconds"), QStringLiteral("ten")}
            << QStringLiteral("--request-timeout-seconds");
    }

    void rejectsBadValues()
    {
        QFETCH(QStringList, flags);
        QFETCH(QString, mentions);
        QTemporaryDir dir;
        ServerConfig c;
        QString error;
        QVERIFY(!load(QStringList{QStringLiteral("--data-dir"), dir.path()} + flags, &c, &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
    }

    void tlsModes_data()
    {
        QTest::addColumn<QStringList>("flags");
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("certificate");
        QTest::addColumn<QString>("key");
        QTest::addColumn<quint16>("port");
        QTest::addColumn<QString>("publicUrl");
        QTest::newRow("off by default")
            << QStringList{} << int(ServerConfig::TlsMode::Off) << QString() << QString()
            << quint16(8080) << QStringLiteral("http://localhost:8080");
        QTest::newRow("auto: https on 8443")
            << QStringList{QStringLiteral("--tls"), QStringLiteral("auto")}
            << int(ServerConfig::TlsMode::Auto) << QString() << QString() << quint16(8443)
            << QStringLiteral("https://localhost:8443");
        QTest::newRow("files") << QStringList{QStringLiteral("--tls"),
                                              QStringLiteral("/etc/mid/c.pem:/etc/mid/k.pem")}
                               << int(ServerConfig::TlsMode::Files)
                               << QStringLiteral("/etc/mid/c.pem")
                               << QStringLiteral("/etc/mid/k.pem") << quint16(8443)
                               << QStringLiteral("https://localhost:8443");
        QTest::newRow("auto with an explicit port")
            << QStringList{QStringLiteral("--tls"), QStringLiteral("auto"),
                           QStringLiteral("--listen"), QStringLiteral("127.0.0.1:9443")}
            << int(ServerConfig::TlsMode::Auto) << QString() << QString() << quint16(9443)
            << QStringLiteral("https://localhost:9443");
    }

    void tlsModes()
    {
        QFETCH(QStringList, flags);
        QFETCH(int, mode);
        QFETCH(QString, certificate);
        QFETCH(QString, key);
        QFETCH(quint16, port);
        QFETCH(QString, publicUrl);
        QTemporaryDir dir;
        ServerConfig c;
        QString error;
        QVERIFY2(load(QStringList{QStringLiteral("--data-dir"), dir.path()} + flags, &c, &error),
                 qPrintable(error));
        QCOMPARE(int(c.tlsMode), mode);
        QCOMPARE(c.tlsCertificatePath, certificate);
        QCOMPARE(c.tlsKeyPath, key);
        QCOMPARE(c.listenPort, port);
        QCOMPARE(c.effectivePublicUrl(), publicUrl);
    }

    void adminListenAndBounds()
    {
        QTemporaryDir dir;
        writeConf(dir.path(), "max-connections-per-address=16\nrequest-timeout-seconds=30\n");
        ServerConfig c;
        QString error;
        QVERIFY2(load({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--admin-listen"),
                       QStringLiteral("127.0.0.1:9090")},
                      &c, &error),
                 qPrintable(error));
        QVERIFY(c.adminListen);
        QCOMPARE(c.adminListenPort, quint16(9090));
        QCOMPARE(c.adminUrl(), QStringLiteral("http://127.0.0.1:9090"));
        QCOMPARE(c.maxConnectionsPerAddress, 16);
        QCOMPARE(c.requestHeadTimeoutMs, 30'000);
        QCOMPARE(c.requestBodyStallMs, 30'000);
    }

    void listenForms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("address");
        QTest::addColumn<int>("port");
        QTest::newRow("ipv4") << QStringLiteral("0.0.0.0:8443") << QStringLiteral("0.0.0.0")
                              << 8443;
        QTest::newRow("ipv6") << QStringLiteral("[::1]:8080") << QStringLiteral("::1") << 8080;
        QTest::newRow("localhost")
            << QStringLiteral("localhost:1") << QStringLiteral("127.0.0.1") << 1;
    }

    void listenForms()
    {
        QFETCH(QString, text);
        QFETCH(QString, address);
        QFETCH(int, port);
        QHostAddress a;
        quint16 p = 0;
        QVERIFY(ConfigLoader::parseListen(text, &a, &p));
        QCOMPARE(a, QHostAddress(address));
        QCOMPARE(int(p), port);
    }
};

QTEST_GUILESS_MAIN(TestConfig)
#include "tst_config.moc"
