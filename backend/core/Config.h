#pragma once

#include <QHostAddress>
#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace mid {

// Everything a server instance is started with. Sources, weakest first: built-in defaults,
// <data-dir>/mid.conf, MID_* environment variables, command-line flags.
struct ServerConfig
{
    QHostAddress listenAddress = QHostAddress::LocalHost;
    quint16 listenPort = 8080;
    QString dataDir;
    QString databaseUrl; // sqlite:<path>; empty means sqlite:<dataDir>/mid.sqlite3
    QString publicUrl;   // empty means http://<listen>
    QString bootstrapToken;
    QString masterKeyBase64; // MID_MASTER_KEY
    QString tls = QStringLiteral("off");
    // WebAuthn relying party (§3): empty means the host of the public URL, and its origin
    // scheme://host[:port].
    QString rpId;
    QStringList rpOrigins;
    bool demo = false;
    int auditRetentionDays = 0; // 0 keeps every audit row
    static constexpr int kMaxAuditRetentionDays = 36500;
    qint64 maxBodyBytes = 1024 * 1024;
    qint64 maxUploadBytes = 10 * 1024 * 1024;
    // Outbound webhooks may call private, link-local and other non-public addresses
    // (webhooks-allow-private-networks); loopback is allowed either way.
    bool webhooksAllowPrivateNetworks = false;
    // Test hooks, from the environment only (MID_TEST_WEBHOOK_RETRY_SCALE,
    // MID_TEST_WEBHOOK_LEASE_MS): a shorter retry schedule and lease for process tests.
    double webhookRetryScale = 1.0;
    qint64 webhookLeaseMs = 0; // 0: the dispatcher's default

    QString databasePath() const;
    // What links, QR codes and the WebAuthn RP point at (the public URL; by default
    // http://localhost:PORT for a box on this machine).
    QString effectivePublicUrl() const;
    // What a program on this machine connects to: the listening address itself.
    QString listenUrl() const;
    QString effectiveRpId() const;
    QStringList effectiveRpOrigins() const;
};

// Shared by mid-server and mid-console: declares the flags of CONSOLE.md and merges the
// sources. Returns false with a message in *error when a value cannot be used.
class ConfigLoader
{
public:
    static void addOptions(QCommandLineParser &parser);
    static bool load(const QCommandLineParser &parser, ServerConfig *config, QString *error);
    static QString defaultDataDir();
    static bool parseListen(const QString &text, QHostAddress *address, quint16 *port);
};

} // namespace mid
