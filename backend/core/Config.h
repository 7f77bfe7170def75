#pragma once

#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace mid {

// The inbound webhook providers of §9: what verifies Stripe, App Store and Google Play
// notifications. Secrets among them are write-only through the API (GET shows only whether
// each is set). Sources: mid.conf (kebab-case keys, like every other key; the spec's camelCase
// names are read too), then MID_* variables in upper snake case, which win; never flags (a
// secret on a command line shows in every process list). PUT /admin/v1/settings changes
// them at once and writes mid.conf.
struct InboundSettings
{
    QString stripeWebhookSecret;      // whsec_…
    QString appStoreRootCertificates; // PEM, one or more certificates
    QString appStoreBundleId;         // checked against data.bundleId when set
    QString playStoreAudience;        // the `aud` of Pub/Sub push OIDC tokens
    QString playStoreJwks;            // JWKS JSON text (Google's signing keys)
    QString playStoreToken;           // the `?token=` of a push endpoint without OIDC

    struct Field
    {
        const char *name;    // the API's name (camelCase)
        const char *confKey; // mid.conf key (kebab-case)
        const char *env;     // environment variable
        bool secret;         // never shown, only whether it is set
        QString InboundSettings::*member;
    };
    static const QList<Field> &fields();
};

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
    // --tls: "off", "auto" (the box's own certificate in <data-dir>/tls) or "CERT:KEY" (PEM
    // files). The text is what mid.conf holds; tlsMode and the paths are what it says.
    enum class TlsMode
    {
        Off,
        Auto,
        Files,
    };
    QString tls = QStringLiteral("off");
    TlsMode tlsMode = TlsMode::Off;
    QString tlsCertificatePath, tlsKeyPath; // Files
    bool tlsEnabled() const { return tlsMode != TlsMode::Off; }
    // --admin-listen: a second listener that alone serves /admin/v1, /metrics and /docs (the
    // public one answers them 404). Off when adminListen is false.
    bool adminListen = false;
    QHostAddress adminListenAddress = QHostAddress::LocalHost;
    quint16 adminListenPort = 0;
    // WebAuthn relying party (§3): empty means the host of the public URL, and its origin
    // scheme://host[:port].
    QString rpId;
    QStringList rpOrigins;
    bool demo = false;
    int auditRetentionDays = 0; // 0 keeps every audit row
    static constexpr int kMaxAuditRetentionDays = 36500;
    int documentRetentionDays = 90; // 0 keeps uploaded documents
    static constexpr int kMaxDocumentRetentionDays = 3650;
    qint64 maxBodyBytes = 1024 * 1024;
    qint64 maxUploadBytes = 10 * 1024 * 1024;
    // Slow and greedy clients (GuardedTcpServer): a whole request head within this time, no
    // silence longer than this inside a body, and at most this many connections per address.
    int requestHeadTimeoutMs = 10'000;
    int requestBodyStallMs = 10'000;
    int maxConnectionsPerAddress = 128;
    InboundSettings inbound;
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
    // Where the console and automation reach /admin/v1: the admin listener when there is
    // one, else the listener.
    QString adminUrl() const;
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
    // "off" | "auto" | "CERT:KEY"; false with a message for anything else.
    static bool parseTls(const QString &text, ServerConfig::TlsMode *mode, QString *certificatePath,
                         QString *keyPath, QString *error);
};

} // namespace mid
