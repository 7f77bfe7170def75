#include "Config.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QProcessEnvironment>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>

namespace mid {

namespace {
struct Setting
{
    const char *flag; // command-line flag and mid.conf key
    const char *env;  // environment variable
    const char *valueName;
    const char *help;
};

const Setting kSettings[] = {
    {"listen", "MID_LISTEN", "addr:port",
     "Address and port to listen on (default 127.0.0.1:8443 with TLS, 127.0.0.1:8080 without)."},
    {"data-dir", "MID_DATA_DIR", "dir", "Directory for the database, keys and tokens."},
    {"database", "MID_DATABASE", "url", "Database URL (default sqlite:<data-dir>/mid.sqlite3)."},
    {"public-url", "MID_PUBLIC_URL", "url", "Base URL that QR codes and links point at."},
    {"bootstrap-token", "MID_BOOTSTRAP_TOKEN", "token", "Token of the first admin operator."},
    {"tls", "MID_TLS", "mode",
     "TLS: auto (a certificate of the box's own, kept in the data dir), CERT:KEY (PEM files) or "
     "off (default)."},
    {"audit-retention-days", "MID_AUDIT_RETENTION_DAYS", "days",
     "Delete audit rows older than this many days (default 0: keep every row)."},
    {"document-retention-days", "MID_DOCUMENT_RETENTION_DAYS", "days",
     "Remove uploaded identity and signing documents from disk after this many days (default "
     "90; 0 keeps them)."},
    {"rp-id", "MID_RP_ID", "host", "WebAuthn RP id (default: the host of the public URL)."},
    {"rp-origins", "MID_RP_ORIGINS", "origins",
     "Comma-separated origins allowed in WebAuthn ceremonies (default: the public URL's)."},
    {"admin-listen", "MID_ADMIN_LISTEN", "addr:port",
     "A second listener that alone serves /admin/v1, /metrics and /docs (default: none)."},
    {"max-connections-per-address", "MID_MAX_CONNECTIONS_PER_ADDRESS", "n",
     "Connections one client address may hold open (default 128)."},
    {"request-timeout-seconds", "MID_REQUEST_TIMEOUT_SECONDS", "s",
     "Time a client has to send a request's headers, and the longest pause inside a body "
     "(default 10)."},
    {"webhooks-allow-private-networks", "MID_WEBHOOKS_ALLOW_PRIVATE_NETWORKS", "bool",
     "Let outbound webhooks call private and link-local addresses (default false)."},
};

const Setting &settingNamed(const char *flag)
{
    for (const Setting &s : kSettings) {
        if (qstrcmp(s.flag, flag) == 0)
            return s;
    }
    Q_UNREACHABLE();
}

QString pick(const QCommandLineParser &parser, const QSettings &file, const Setting &s)
{
    const QString flag = QString::fromLatin1(s.flag);
    if (parser.isSet(flag))
        return parser.value(flag);
    const QString env = qEnvironmentVariable(s.env);
    if (!env.isEmpty())
        return env;
    return file.value(flag).toString();
}
} // namespace

const QList<InboundSettings::Field> &InboundSettings::fields()
{
    static const QList<Field> all = {
        {"stripeWebhookSecret", "stripe-webhook-secret", "MID_STRIPE_WEBHOOK_SECRET", true,
         &InboundSettings::stripeWebhookSecret},
        {"appStoreRootCertificates", "app-store-root-certificates",
         "MID_APP_STORE_ROOT_CERTIFICATES", false, &InboundSettings::appStoreRootCertificates},
        {"appStoreBundleId", "app-store-bundle-id", "MID_APP_STORE_BUNDLE_ID", false,
         &InboundSettings::appStoreBundleId},
        {"playStoreAudience", "play-store-audience", "MID_PLAY_STORE_AUDIENCE", false,
         &InboundSettings::playStoreAudience},
        {"playStoreJwks", "play-store-jwks", "MID_PLAY_STORE_JWKS", false,
         &InboundSettings::playStoreJwks},
        {"playStoreToken", "play-store-token", "MID_PLAY_STORE_TOKEN", true,
         &InboundSettings::playStoreToken},
    };
    return all;
}

namespace {
// The inbound provider settings from mid.conf and MID_* (the variable wins). The root
// certificates and the JWKS are long texts: outside the API they may also name a file that
// holds them (a value that does not look like PEM or JSON is read as a path).
bool loadInbound(const QSettings &file, InboundSettings *inbound, QString *error)
{
    for (const InboundSettings::Field &f : InboundSettings::fields()) {
        QString value = qEnvironmentVariable(f.env);
        if (value.isEmpty())
            value = file.value(QString::fromLatin1(f.confKey)).toString();
        if (value.isEmpty())
            value = file.value(QString::fromLatin1(f.name)).toString();
        value = value.trimmed();
        const bool pem = f.member == &InboundSettings::appStoreRootCertificates;
        const bool jwks = f.member == &InboundSettings::playStoreJwks;
        if (!value.isEmpty() && ((pem && !value.contains(QLatin1String("-----BEGIN"))) ||
                                 (jwks && !value.startsWith(QLatin1Char('{'))))) {
            QFile text(value);
            if (!text.open(QIODevice::ReadOnly)) {
                *error = QStringLiteral("%1 (%2): cannot read the file \"%3\"")
                             .arg(QLatin1String(f.confKey), QLatin1String(f.env), value);
                return false;
            }
            value = QString::fromUtf8(text.readAll()).trimmed();
        }
        inbound->*(f.member) = value;
    }
    return true;
}
} // namespace

QString ServerConfig::databasePath() const
{
    if (databaseUrl.isEmpty())
        return QDir(dataDir).filePath(QStringLiteral("mid.sqlite3"));
    QString path = databaseUrl;
    if (path.startsWith(QStringLiteral("sqlite://")))
        path.remove(0, 9);
    else if (path.startsWith(QStringLiteral("sqlite:")))
        path.remove(0, 7);
    return path;
}

namespace {
QString urlOf(bool tls, const QHostAddress &address, quint16 port)
{
    QString host = address.toString();
    if (address == QHostAddress::Any || address == QHostAddress::AnyIPv4)
        host = QStringLiteral("127.0.0.1");
    else if (address == QHostAddress::AnyIPv6)
        host = QStringLiteral("::1");
    if (host.contains(QLatin1Char(':')))
        host = QLatin1Char('[') + host + QLatin1Char(']');
    return QStringLiteral("%1://%2:%3")
        .arg(tls ? QStringLiteral("https") : QStringLiteral("http"), host)
        .arg(port);
}
} // namespace

QString ServerConfig::listenUrl() const
{
    return urlOf(tlsEnabled(), listenAddress, listenPort);
}

QString ServerConfig::adminUrl() const
{
    return adminListen ? urlOf(tlsEnabled(), adminListenAddress, adminListenPort) : listenUrl();
}

QString ServerConfig::effectivePublicUrl() const
{
    if (!publicUrl.isEmpty())
        return publicUrl.endsWith(QLatin1Char('/')) ? publicUrl.chopped(1) : publicUrl;
    // Browsers allow WebAuthn over plain http only on "localhost" (a secure context), never on
    // a bare IP address, and the RP id defaults to this host: a box reached on this machine
    // names itself localhost, so passkeys work out of the box.
    const bool local = listenAddress.isLoopback() || listenAddress == QHostAddress::Any ||
                       listenAddress == QHostAddress::AnyIPv4 ||
                       listenAddress == QHostAddress::AnyIPv6;
    if (!local)
        return listenUrl();
    return QStringLiteral("%1://localhost:%2")
        .arg(tlsEnabled() ? QStringLiteral("https") : QStringLiteral("http"))
        .arg(listenPort);
}

QString ServerConfig::effectiveRpId() const
{
    return rpId.isEmpty() ? QUrl(effectivePublicUrl()).host() : rpId;
}

QStringList ServerConfig::effectiveRpOrigins() const
{
    if (!rpOrigins.isEmpty())
        return rpOrigins;
    const QUrl url(effectivePublicUrl());
    return {url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment |
                         QUrl::RemoveUserInfo)
                .toString(QUrl::FullyEncoded)};
}

void ConfigLoader::addOptions(QCommandLineParser &parser)
{
    for (const Setting &s : kSettings) {
        parser.addOption({QString::fromLatin1(s.flag), QString::fromLatin1(s.help),
                          QString::fromLatin1(s.valueName)});
    }
    parser.addOption({QStringLiteral("demo"),
                      QStringLiteral("Create sample tenants and consents for presentations.")});
}

QString ConfigLoader::defaultDataDir()
{
    // Shared by mid-server and mid-console, whatever the program's own name.
    QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (base.isEmpty())
        base = QDir::home().filePath(QStringLiteral(".local/share"));
    return QDir(base).filePath(QStringLiteral("mid"));
}

bool ConfigLoader::parseListen(const QString &text, QHostAddress *address, quint16 *port)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon < 0)
        return false;
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint p = text.mid(colon + 1).toUInt(&ok);
    if (!ok || p > 65535)
        return false;
    QHostAddress a;
    if (host.isEmpty() || host == QStringLiteral("*"))
        a = QHostAddress::Any;
    else if (host == QStringLiteral("localhost"))
        a = QHostAddress::LocalHost;
    else if (!a.setAddress(host))
        return false;
    *address = a;
    *port = static_cast<quint16>(p);
    return true;
}

bool ConfigLoader::parseTls(const QString &text, ServerConfig::TlsMode *mode,
                            QString *certificatePath, QString *keyPath, QString *error)
{
    const QString t = text.trimmed();
    certificatePath->clear();
    keyPath->clear();
    if (t.isEmpty() || t == QStringLiteral("off")) {
        *mode = ServerConfig::TlsMode::Off;
        return true;
    }
    if (t == QStringLiteral("auto")) {
        *mode = ServerConfig::TlsMode::Auto;
        return true;
    }
    // CERT:KEY splits at the last colon: a certificate path may hold one, a key path rarely.
    const qsizetype colon = t.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0 || colon == t.size() - 1) {
        *error = QStringLiteral("--tls must be auto, off or CERT:KEY (two PEM files), got \"%1\"")
                     .arg(t);
        return false;
    }
    *mode = ServerConfig::TlsMode::Files;
    *certificatePath = t.left(colon);
    *keyPath = t.mid(colon + 1);
    return true;
}

namespace {
// A whole number in [min, max] from one setting; false with a message naming the flag.
bool pickNumber(const QCommandLineParser &parser, const QSettings &file, const char *flag, int min,
                int max, int *out, QString *error)
{
    const QString text = pick(parser, file, settingNamed(flag)).trimmed();
    if (text.isEmpty())
        return true;
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < min || value > max) {
        *error = QStringLiteral("--%1 must be a whole number from %2 to %3, got \"%4\"")
                     .arg(QLatin1String(flag))
                     .arg(min)
                     .arg(max)
                     .arg(text);
        return false;
    }
    *out = value;
    return true;
}
} // namespace

bool ConfigLoader::load(const QCommandLineParser &parser, ServerConfig *config, QString *error)
{
    // The data dir decides where mid.conf lives, so it is resolved first without the file.
    QString dataDir = parser.value(QStringLiteral("data-dir"));
    if (dataDir.isEmpty())
        dataDir = qEnvironmentVariable("MID_DATA_DIR");
    if (dataDir.isEmpty())
        dataDir = defaultDataDir();
    config->dataDir = QDir(dataDir).absolutePath();

    const QSettings file(QDir(config->dataDir).filePath(QStringLiteral("mid.conf")),
                         QSettings::IniFormat);

    const QString listen = pick(parser, file, kSettings[0]);
    if (!listen.isEmpty() && !parseListen(listen, &config->listenAddress, &config->listenPort)) {
        *error = QStringLiteral("--listen must be ADDRESS:PORT, got \"%1\"").arg(listen);
        return false;
    }
    config->databaseUrl = pick(parser, file, kSettings[2]);
    if (!config->databaseUrl.isEmpty() &&
        !config->databaseUrl.startsWith(QStringLiteral("sqlite:"))) {
        *error = QStringLiteral("--database: only sqlite:<path> URLs are supported by this build");
        return false;
    }
    config->publicUrl = pick(parser, file, kSettings[3]);
    if (!config->publicUrl.isEmpty()) {
        const QUrl url(config->publicUrl);
        if (!url.isValid() ||
            (url.scheme() != QStringLiteral("http") && url.scheme() != QStringLiteral("https")) ||
            url.host().isEmpty()) {
            *error = QStringLiteral("--public-url must be an absolute http(s) URL");
            return false;
        }
    }
    config->bootstrapToken = pick(parser, file, kSettings[4]);
    config->tls = pick(parser, file, kSettings[5]).trimmed();
    if (config->tls.isEmpty())
        config->tls = QStringLiteral("off");
    if (!parseTls(config->tls, &config->tlsMode, &config->tlsCertificatePath, &config->tlsKeyPath,
                  error))
        return false;
    if (listen.isEmpty() && config->tlsEnabled())
        config->listenPort = 8443; // HTTPS's default port of CONSOLE.md
    const QString adminListen = pick(parser, file, settingNamed("admin-listen")).trimmed();
    if (!adminListen.isEmpty()) {
        if (!parseListen(adminListen, &config->adminListenAddress, &config->adminListenPort)) {
            *error =
                QStringLiteral("--admin-listen must be ADDRESS:PORT, got \"%1\"").arg(adminListen);
            return false;
        }
        config->adminListen = true;
    }
    if (!pickNumber(parser, file, "max-connections-per-address", 1, 100000,
                    &config->maxConnectionsPerAddress, error))
        return false;
    int timeoutSeconds = config->requestHeadTimeoutMs / 1000;
    if (!pickNumber(parser, file, "request-timeout-seconds", 1, 3600, &timeoutSeconds, error))
        return false;
    config->requestHeadTimeoutMs = timeoutSeconds * 1000;
    config->requestBodyStallMs = timeoutSeconds * 1000;
    const QString retention = pick(parser, file, settingNamed("audit-retention-days"));
    bool retentionOk = true;
    config->auditRetentionDays = retention.isEmpty() ? 0 : retention.toInt(&retentionOk);
    if (!retentionOk || config->auditRetentionDays < 0 ||
        config->auditRetentionDays > ServerConfig::kMaxAuditRetentionDays) {
        *error = QStringLiteral("--audit-retention-days must be a whole number of days from 0 "
                                "(keep every row) to %1")
                     .arg(ServerConfig::kMaxAuditRetentionDays);
        return false;
    }
    if (!pickNumber(parser, file, "document-retention-days", 0,
                    ServerConfig::kMaxDocumentRetentionDays, &config->documentRetentionDays, error))
        return false;
    config->rpId = pick(parser, file, settingNamed("rp-id")).trimmed();
    const QString origins = pick(parser, file, settingNamed("rp-origins"));
    for (const QString &origin : origins.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QUrl url(origin.trimmed());
        if (!url.isValid() || url.host().isEmpty() ||
            (url.scheme() != QStringLiteral("http") && url.scheme() != QStringLiteral("https"))) {
            *error = QStringLiteral("--rp-origins: \"%1\" is not an http(s) origin").arg(origin);
            return false;
        }
        config->rpOrigins << origin.trimmed();
    }
    const QString allowPrivate =
        pick(parser, file, settingNamed("webhooks-allow-private-networks")).trimmed().toLower();
    if (allowPrivate.isEmpty() || allowPrivate == QStringLiteral("false") ||
        allowPrivate == QStringLiteral("0") || allowPrivate == QStringLiteral("no") ||
        allowPrivate == QStringLiteral("off")) {
        config->webhooksAllowPrivateNetworks = false;
    } else if (allowPrivate == QStringLiteral("true") || allowPrivate == QStringLiteral("1") ||
               allowPrivate == QStringLiteral("yes") || allowPrivate == QStringLiteral("on")) {
        config->webhooksAllowPrivateNetworks = true;
    } else {
        *error = QStringLiteral("--webhooks-allow-private-networks must be true or false");
        return false;
    }
    bool scaleOk = false;
    const double scale = qEnvironmentVariable("MID_TEST_WEBHOOK_RETRY_SCALE").toDouble(&scaleOk);
    if (scaleOk && scale > 0)
        config->webhookRetryScale = scale;
    config->webhookLeaseMs = qEnvironmentVariable("MID_TEST_WEBHOOK_LEASE_MS").toLongLong();
    config->masterKeyBase64 = qEnvironmentVariable("MID_MASTER_KEY");
    config->demo = parser.isSet(QStringLiteral("demo")) ||
                   qEnvironmentVariable("MID_DEMO") == QStringLiteral("1") ||
                   file.value(QStringLiteral("demo")).toBool();
    return loadInbound(file, &config->inbound, error);
}

} // namespace mid
