#include "TlsController.h"

#include "core/BodyReader.h"
#include "core/ServiceError.h"
#include "http/HtmlPage.h"
#include "services/TlsService.h"

#include <QDir>
#include <QSettings>

namespace mid {

namespace {
const QString kTag = QStringLiteral("Admin");
constexpr qsizetype kMaxPemChars = 64 * 1024;

// The common name in a one-line distinguished name ("CN=MID Console local CA (box), O=…" or
// "/CN=…/O=…"), or the whole text when it names none.
QString commonName(const QString &name)
{
    const qsizetype at = name.indexOf(QLatin1String("CN="));
    if (at < 0)
        return name;
    const QString rest = name.mid(at + 3);
    qsizetype end = rest.size();
    for (const QChar stop : {QLatin1Char(','), QLatin1Char('/')}) {
        const qsizetype i = rest.indexOf(stop);
        if (i >= 0)
            end = qMin(end, i);
    }
    return rest.left(end).trimmed();
}
} // namespace

void TlsController::registerRoutes(Router &r)
{
    r.add({.method = "GET",
           .pattern = QStringLiteral("/ca.crt"),
           .access = Access::None,
           .notRateLimited = QStringLiteral("a public certificate a phone downloads once"),
           .summary = QStringLiteral("The box's local certificate authority (PEM)"),
           .tag = QStringLiteral("Operations"),
           .handler = bind(this, &TlsController::caCertificate),
           .doc = {.content = Content::Certificate,
                   .description =
                       "With `--tls auto`, the CA that issued the box's certificate, for a phone "
                       "to trust (application/x-x509-ca-cert, PEM). 404 with `--tls off` or an "
                       "operator's own certificate."}});
    r.add({.method = "GET",
           .pattern = QStringLiteral("/setup"),
           .access = Access::None,
           .notRateLimited = QStringLiteral("a page of fixed text a phone opens once"),
           .summary = QStringLiteral("How a phone trusts this box and approves with a passkey"),
           .tag = QStringLiteral("Operations"),
           .handler = bind(this, &TlsController::setupPage),
           .doc = {.content = Content::Html,
                   .description = "An HTML page for a phone (the QR presenter's \"set up this "
                                  "phone\" code): how to trust the box's CA on Android and iOS, "
                                  "the CA's fingerprint to compare, and how to approve."}});
    auto add = [&](const char *method, const char *path, Role role, const char *action,
                   const char *summary, Reply (TlsController::*fn)(RequestContext &),
                   const RouteDoc &doc) {
        r.add(operatorRoute(method, QString::fromLatin1(path), role, action, summary, kTag, this,
                            fn, doc));
    };
    add("GET", "/admin/v1/settings/tls", Role::Auditor, "", "The certificate the box serves",
        &TlsController::status, {.responseSchema = "TlsStatus"});
    // What every phone and client must trust is a settings-level act (§1: admin only).
    add("POST", "/admin/v1/settings/tls/regenerate", Role::Admin, "settings.tls.regenerate",
        "Issue a new certificate from the box's local CA", &TlsController::regenerate,
        {.responseSchema = "TlsStatus",
         .description = "Covers every name the box is reached by now; applies to the next "
                        "connection. Switches an operator's own certificate back to `auto`. "
                        "409 while TLS is off (start with `--tls auto`).",
         .noBody = true});
    add("PUT", "/admin/v1/settings/tls", Role::Admin, "settings.tls.install",
        "Serve the operator's own certificate and key", &TlsController::install,
        {.requestSchema = "TlsInstall",
         .responseSchema = "TlsStatus",
         .description = "PEM chain (leaf first) and its private key; checked (the key must match "
                        "the leaf) before anything is replaced, kept in the data directory with "
                        "the key readable by its owner only, and named in mid.conf. Applies to the "
                        "next connection, or at the next start while TLS is off "
                        "(`restartRequired`)."});
}

QJsonObject TlsController::statusJson() const
{
    const TlsCertificateInfo info = m_tls.certificate();
    const char *mode = m_tls.mode() == TlsService::Mode::Auto    ? "auto"
                       : m_tls.mode() == TlsService::Mode::Files ? "files"
                                                                 : "off";
    QJsonObject json{{QStringLiteral("mode"), QLatin1String(mode)},
                     {QStringLiteral("enabled"), m_servingTls},
                     {QStringLiteral("certificate"),
                      info.isNull() ? QJsonValue(QJsonValue::Null) : info.toJson()}};
    if (!m_tls.caCertificatePem().isEmpty())
        json.insert(QStringLiteral("caCertificatePath"), QStringLiteral("/ca.crt"));
    return json;
}

Reply TlsController::caCertificate(RequestContext &)
{
    const QByteArray pem = m_tls.caCertificatePem();
    if (pem.isEmpty())
        throw ServiceError(ServiceError::Kind::NotFound,
                           QStringLiteral("This box has no local certificate authority (TLS is "
                                          "off, or it serves the operator's own certificate)"));
    // A phone offers to install this type (iOS as a profile, Android from its settings).
    Reply reply = Reply::bytes(pem, QByteArrayLiteral("application/x-x509-ca-cert"));
    reply.addHeader("Content-Disposition", "attachment; filename=\"mid-local-ca.crt\"");
    return reply;
}

Reply TlsController::setupPage(RequestContext &)
{
    return HtmlPage::render(
        QStringLiteral(":/mid/web/setup.html"),
        {{QStringLiteral("host"), m_publicHost}, {QStringLiteral("trustSteps"), trustSteps()}});
}

QString TlsController::trustSteps() const
{
    using HtmlPage::escape;
    const TlsCertificateInfo info = m_tls.certificate();
    if (!m_servingTls)
        return QStringLiteral("<p class=\"status\">This box serves plain HTTP, so a phone cannot "
                              "use a passkey with it. Ask its operator to start it with "
                              "<code>--tls auto</code>, then scan the set-up code again.</p>");
    if (m_tls.caCertificatePem().isEmpty())
        return QStringLiteral(
                   "<h2>1. Check the certificate</h2><p>This box serves its operator's own "
                   "certificate. A phone that already trusts its issuer (a public CA, or your "
                   "organisation's CA installed by your IT) has nothing to do. Its fingerprint "
                   "(SHA-256), as MID Console → Settings → TLS shows it:</p>"
                   "<code class=\"fingerprint\">%1</code>")
            .arg(escape(info.fingerprintSha256));
    return QStringLiteral(
               "<h2>1. Trust this box (once)</h2>"
               "<a class=\"button\" href=\"/ca.crt\">Download the box's certificate</a>"
               "<p class=\"muted\">It is this box's own certificate authority. Before you "
               "trust it, compare its fingerprint (SHA-256) with the one MID Console shows in "
               "Settings → TLS:</p><code class=\"fingerprint\">%1</code>"
               "<details><summary>Android</summary><ol>"
               "<li>Tap the button above; the phone keeps the file.</li>"
               "<li>Open Settings → Security &amp; privacy → More security settings → Encryption "
               "&amp; credentials → Install a certificate → CA certificate (the words vary a "
               "little between phones).</li>"
               "<li>Tap “Install anyway”, unlock, and pick <b>mid-local-ca.crt</b>.</li>"
               "<li>Close the browser tab and open this page again: no warning any more.</li>"
               "</ol></details>"
               "<details><summary>iPhone and iPad</summary><ol>"
               "<li>Open this page in Safari and tap the button; allow the profile download.</li>"
               "<li>Settings → General → VPN &amp; Device Management → the downloaded profile → "
               "Install.</li>"
               "<li>Settings → General → About → Certificate Trust Settings → turn on full "
               "trust for “%2”.</li>"
               "</ol></details>")
        .arg(escape(info.caFingerprintSha256), escape(commonName(info.issuer)));
}

Reply TlsController::status(RequestContext &)
{
    return Reply::ok(statusJson());
}

Reply TlsController::regenerate(RequestContext &ctx)
{
    if (!m_servingTls)
        throw ServiceError(ServiceError::Kind::Conflict,
                           QStringLiteral("TLS is off: start the box with --tls auto first"));
    QString error;
    if (!m_tls.regenerate(TlsService::namesOfThisBox(m_publicHost), &error))
        throw ServiceError(ServiceError::Kind::Internal, error);
    saveMode(QStringLiteral("auto"));
    const QJsonObject json = statusJson();
    ctx.auditResource = m_tls.certificate().fingerprintSha256;
    return Reply::ok(json, QStringLiteral("Certificate issued"));
}

Reply TlsController::install(RequestContext &ctx)
{
    BodyReader body(ctx.json());
    const QString chain =
        body.string(QStringLiteral("certificate"), true, kMaxPemChars).value_or(QString());
    const QString key =
        body.string(QStringLiteral("privateKey"), true, kMaxPemChars).value_or(QString());
    body.finish();
    QString modeText;
    QString error;
    if (!m_tls.install(chain.toUtf8(), key.toUtf8(), &modeText, &error))
        throw ServiceError::invalid(QStringLiteral("certificate"), QStringLiteral("unusable"),
                                    error);
    saveMode(modeText);
    QJsonObject json = statusJson();
    json.insert(QStringLiteral("restartRequired"), !m_servingTls);
    ctx.auditResource = m_tls.certificate().fingerprintSha256;
    return Reply::ok(json, QStringLiteral("Certificate installed"));
}

void TlsController::saveMode(const QString &modeText) const
{
    QSettings file(QDir(m_dataDir).filePath(QStringLiteral("mid.conf")), QSettings::IniFormat);
    file.setValue(QStringLiteral("tls"), modeText);
}

} // namespace mid
