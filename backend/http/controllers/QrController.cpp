#include "QrController.h"

#include "http/HtmlPage.h"

#include "core/BodyReader.h"
#include "core/ServiceError.h"
#include "core/Time.h"
#include "domain/PhoneNumber.h"
#include "services/ClientService.h"
#include "services/ConsentService.h"
#include "services/QrService.h"
#include "services/SigningService.h"

#include <QFile>
#include <QJsonArray>

// The approver page lives in resources/web.qrc, compiled into the static midcore library:
// its initializer is only linked in when something names it, and that must happen outside
// any namespace.
static void initWebResources()
{
    Q_INIT_RESOURCE(web);
}

namespace mid {

namespace {
struct IntentText
{
    const char *label; // "Sign in"
    const char *verb;  // "… asks you to sign in"
};

IntentText intentText(const QString &intent)
{
    static const QHash<QString, IntentText> texts{
        {QStringLiteral("login"), {"Sign in", "sign in"}},
        {QStringLiteral("transaction"), {"Approve a transaction", "approve a transaction"}},
        {QStringLiteral("data_sharing"), {"Share your data", "share your data"}},
        {QStringLiteral("identity_verification"), {"Verify your identity", "verify your identity"}},
        {QStringLiteral("signing"), {"Sign a document", "sign a document"}},
        {QStringLiteral("mandate"), {"Approve a mandate", "approve a mandate"}},
    };
    return texts.value(intent, {"Confirm a request", "confirm a request"});
}

QString statusLabel(ConsentStatus status)
{
    switch (status) {
    case ConsentStatus::Pending:
        return QStringLiteral("Waiting for approval");
    case ConsentStatus::Approved:
        return QStringLiteral("Approved");
    case ConsentStatus::Rejected:
        return QStringLiteral("Rejected");
    case ConsentStatus::Expired:
        return QStringLiteral("Expired");
    case ConsentStatus::Revoked:
        return QStringLiteral("Withdrawn");
    }
    return {};
}

QString statusMessage(ConsentStatus status)
{
    switch (status) {
    case ConsentStatus::Approved:
        return QStringLiteral(
            "This request was approved on the registered phone. You can close this page.");
    case ConsentStatus::Rejected:
        return QStringLiteral(
            "This request was rejected on the registered phone. You can close this page.");
    default:
        return QStringLiteral(
            "Open this request in the MID app on the phone registered to this number "
            "to approve or reject it.");
    }
}

QString countdownText(qint64 expiresAtMs)
{
    const qint64 left = qMax<qint64>(0, (expiresAtMs - Time::nowMs() + 500) / 1000);
    return QStringLiteral("in %1:%2").arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0'));
}

// Also escapes the single quote, which QString::toHtmlEscaped leaves as it is.

QString scopeItems(const QStringList &scope, const QString &intent)
{
    if (scope.isEmpty() &&
        (intent == QLatin1String("signing") || intent == QLatin1String("mandate")))
        return QStringLiteral("Your signature only");
    if (scope.isEmpty())
        return QStringLiteral("Basic sign-in only");
    QString items = QStringLiteral("<ul class=\"scope\">");
    for (const QString &s : scope)
        items += QStringLiteral("<li>") + HtmlPage::escape(s) + QStringLiteral("</li>");
    return items + QStringLiteral("</ul>");
}

using DocumentToSign = std::optional<SigningService::DocumentToSign>;

// What a signing session asks its signer to sign: the document's name, its SHA-256 (what the
// assertion will commit to) and the reason; empty for other consents.
QString documentRows(const DocumentToSign &document)
{
    if (!document)
        return {};
    auto row = [](const char *label, const QString &value, const char *cls) {
        return QStringLiteral("    <div class=\"row\"><dt>%1</dt><dd class=\"%2\">%3</dd></div>\n")
            .arg(QLatin1String(label), QLatin1String(cls), HtmlPage::escape(value));
    };
    QString rows = row("Document", document->name, "") + row("SHA-256", document->sha256, "hash");
    if (!document->reason.isEmpty())
        rows += row("Reason", document->reason, "");
    return rows;
}

// The same for the page's script and the device simulator: {name, sha256, reason}, or null.
QJsonValue documentJson(const DocumentToSign &document)
{
    if (!document)
        return QJsonValue::Null;
    return QJsonObject{{QStringLiteral("name"), document->name},
                       {QStringLiteral("sha256"), document->sha256},
                       {QStringLiteral("reason"), document->reason}};
}
} // namespace

QrController::QrController(QrService &qr, ConsentService &consents, ClientService &clients,
                           SigningService &signing)
    : m_qr(qr), m_consents(consents), m_clients(clients), m_signing(signing)
{
    static const bool resourcesReady = (initWebResources(), true);
    Q_UNUSED(resourcesReady);
}

void QrController::registerRoutes(Router &r)
{
    const QString tag = QStringLiteral("QR codes");
    const QList<QueryParam> imageQuery = {
        {"format", "enum:png|svg", "Image format (default png, or the code's own)."},
        {"size", "integer", "Width and height in pixels (64–2048)."},
        {"ecLevel", "enum:L|M|Q|H", "Error correction level."}};
    // Images and the approver page are fetched without credentials by a tenant's web page or
    // a phone's browser, many behind one carrier address: limited per session (the id is the
    // capability), never per IP.
    auto perSession = [&](const char *path, const char *summary,
                          Reply (QrController::*fn)(RequestContext &), const RouteDoc &doc) {
        r.add({.method = "GET",
               .pattern = QString::fromLatin1(path),
               .access = Access::None,
               .rateGroup = RateGroup::Consents,
               .deviceKey = DeviceKeys::pathId(),
               .summary = QString::fromLatin1(summary),
               .tag = tag,
               .handler = bind(this, fn),
               .doc = doc});
    };
    perSession("/v1/consents/qr/:type/:id",
               "QR image of a consent session (PNG or SVG); no credentials, the id is the "
               "capability",
               &QrController::consentImage,
               {.content = Content::Image,
                .description =
                    "The QR image of a consent session, without credentials (the id is the "
                    "capability). It encodes the session's `approvalUrl`, or its `deepLink` when "
                    "the client's `qrPayload` is `deeplink`. `type` is auth, sign or enroll.",
                .query = imageQuery});
    r.add({.method = "POST",
           .pattern = QStringLiteral("/v1/qr/generate"),
           .access = Access::Client,
           .scope = QStringLiteral("qr"),
           .rateGroup = RateGroup::PlanOnly,
           .action = QStringLiteral("qr.generate"),
           .summary = QStringLiteral("Generate a QR code"),
           .tag = tag,
           .handler = bind(this, &QrController::generate),
           .doc = {.requestSchema = "QrGenerate",
                   .responseSchema = "QrCode",
                   .successStatus = 201,
                   .description = "The image at `imageUrl` is a real QR code (libqrencode) that "
                                  "decodes to exactly `content`. A session QR needs a pending "
                                  "session of the caller (else 404/409)."}});
    r.add({.method = "GET",
           .pattern = QStringLiteral("/v1/qr/:id"),
           .access = Access::Client,
           .scope = QStringLiteral("qr"),
           .rateGroup = RateGroup::PlanOnly,
           .action = QStringLiteral("qr.get"),
           .summary = QStringLiteral("Get a QR code and its scan status"),
           .tag = tag,
           .handler = bind(this, &QrController::get),
           .doc = {.responseSchema = "QrCode",
                   .description = "`status` is `active`, `scanned` (the approver page of its "
                                  "session was opened) or `expired`; `scanCount` counts the "
                                  "openings."}});
    perSession("/v1/qr/:id/image",
               "Image of a QR code (PNG or SVG); no credentials, the id is the capability",
               &QrController::image,
               {.content = Content::Image,
                .description = "The QR image, PNG or SVG. No credentials: the id is the "
                               "capability. An expired code answers 409.",
                .query = imageQuery});
    r.add({.method = "GET",
           .pattern = QStringLiteral("/approve/assets/approve.js"),
           .access = Access::None,
           .notRateLimited = QStringLiteral("the same static script for every page"),
           .summary = QStringLiteral("Script of the web approver page (JavaScript)"),
           .tag = tag,
           .handler = bind(this, &QrController::approveScript),
           .doc = {.content = Content::Text,
                   .description = "`text/javascript`, the same for every session."}});
    r.add({.method = "GET",
           .pattern = QStringLiteral("/approve/assets/webauthn.js"),
           .access = Access::None,
           .notRateLimited = QStringLiteral("the same static script for every page"),
           .summary = QStringLiteral("Script shared by the device pages (JavaScript)"),
           .tag = tag,
           .handler =
               [](RequestContext &) {
                   return HtmlPage::asset(QStringLiteral(":/mid/web/webauthn.js"),
                                          HtmlPage::kScript);
               },
           .doc = {.content = Content::Text,
                   .description = "`text/javascript`: what the web approver and the MPin "
                                  "verification page (§8) share (the browser's install id, "
                                  "WebAuthn options and credentials as JSON, the API call). "
                                  "Each page loads it before its own script."}});
    r.add({.method = "GET",
           .pattern = QStringLiteral("/approve/assets/page.css"),
           .access = Access::None,
           .notRateLimited = QStringLiteral("the same static style sheet for every page"),
           .summary = QStringLiteral("Style sheet shared by the device pages (CSS)"),
           .tag = tag,
           .handler =
               [](RequestContext &) {
                   return HtmlPage::asset(QStringLiteral(":/mid/web/page.css"),
                                          HtmlPage::kStyleSheet);
               },
           .doc = {.content = Content::Text,
                   .description = "`text/css`: what the web approver, its error pages, the MPin "
                                  "verification page (§8) and the phone set-up page share (the "
                                  "light and dark palette, the card, its header, buttons, "
                                  "fields). Each page links it before its own styles."}});
    perSession("/approve/:id", "Web approver page of a consent session (HTML)",
               &QrController::approvePage,
               {.content = Content::Html,
                .description =
                    "The web approver page of a session (the consent's `approvalUrl`, "
                    "`/approve/{id}`): an HTML page where the recipient approves or rejects with "
                    "a FIDO assertion from a device registered to the recipient. Opening it marks "
                    "the session's QR code `scanned`. Unknown sessions get an HTML 404 page, "
                    "expired or withdrawn ones an HTML 410 page."});
    perSession("/approve/:id/session.json", "What the approver page shows of a consent session",
               &QrController::approveSession,
               {.responseSchema = "ApproverSession",
                .content = Content::Json,
                .description = "What the approver page shows (recipient masked); the page polls "
                               "it for the decision."});
}

QrController::ImageOptions QrController::imageOptions(const RequestContext &ctx,
                                                      const ImageOptions &defaults)
{
    ImageOptions o = defaults;
    if (ctx.query.hasQueryItem(QStringLiteral("format"))) {
        o.format = ctx.queryValue(QStringLiteral("format")).toLower();
        if (!QrRules::formats().contains(o.format))
            throw ServiceError::invalid(QStringLiteral("format"), QStringLiteral("enum"),
                                        QStringLiteral("format must be png or svg"));
    }
    o.size =
        ctx.queryInt(QStringLiteral("size"), defaults.size, QrRules::kMinSize, QrRules::kMaxSize);
    if (ctx.query.hasQueryItem(QStringLiteral("ecLevel"))) {
        const auto level = QrEncoder::parseLevel(ctx.queryValue(QStringLiteral("ecLevel")));
        if (!level)
            throw ServiceError::invalid(QStringLiteral("ecLevel"), QStringLiteral("enum"),
                                        QStringLiteral("ecLevel must be one of: L, M, Q, H"));
        o.ecLevel = QrEncoder::levelName(*level);
    }
    return o;
}

Reply QrController::imageReply(const QString &content, const ImageOptions &o)
{
    return Reply::bytes(QrService::render(content, o.format, o.size, o.ecLevel),
                        QrService::contentType(o.format));
}

Reply QrController::consentImage(RequestContext &ctx)
{
    const QString type = ctx.param(QStringLiteral("type"));
    if (!QrRules::sessionTypes().contains(type))
        throw ServiceError(
            ServiceError::Kind::NotFound,
            QStringLiteral("No QR type \"%1\"; use auth, sign or enroll").arg(type.left(32)));
    const auto consent = m_consents.find(ctx.param(QStringLiteral("id")));
    if (!consent)
        throw ServiceError::notFound(QStringLiteral("Consent session"));
    const ImageOptions defaults{QStringLiteral("png"), QrRules::kDefaultSize, QStringLiteral("M")};
    return imageReply(m_consents.qrContent(*consent), imageOptions(ctx, defaults));
}

Reply QrController::generate(RequestContext &ctx)
{
    BodyReader body(ctx.json());
    const QrRequest request = QrService::read(body);
    body.finish();
    const QrCode qr = m_qr.generate(ctx.principal.client, request);
    ctx.auditResource = qr.id;
    ctx.auditDetails = {{QStringLiteral("type"), qr.type}};
    if (!qr.sessionId.isEmpty())
        ctx.auditDetails.insert(QStringLiteral("sessionId"), qr.sessionId);
    return Reply::ok(m_qr.toJson(qr), QStringLiteral("QR code generated"));
}

Reply QrController::get(RequestContext &ctx)
{
    const QrCode qr = m_qr.get(ctx.principal.client.clientId, ctx.param(QStringLiteral("id")));
    return Reply::ok(m_qr.toJson(qr), QStringLiteral("QR code retrieved"));
}

Reply QrController::image(RequestContext &ctx)
{
    const auto qr = m_qr.find(ctx.param(QStringLiteral("id")));
    if (!qr)
        throw ServiceError::notFound(QStringLiteral("QR code"));
    if (qr->status(Time::nowMs()) == QLatin1String("expired"))
        throw ServiceError::conflict(QStringLiteral("QR code expired"));
    return imageReply(qr->content, imageOptions(ctx, {qr->format, qr->size, qr->ecLevel}));
}

QString QrController::clientName(const QString &clientId) const
{
    const auto client = m_clients.find(clientId);
    return client && !client->name.isEmpty() ? client->name : QStringLiteral("A service");
}

Reply QrController::approvePage(RequestContext &ctx)
{
    const auto consent = m_consents.find(ctx.param(QStringLiteral("id")));
    if (!consent)
        return errorPage(
            404, QStringLiteral("Request not found"),
            QStringLiteral("This link does not lead to a request. Check that you scanned the whole "
                           "code, or ask the service for a new one."));
    const bool lapsed =
        consent->status == ConsentStatus::Expired ||
        (consent->status == ConsentStatus::Pending && consent->expiresAt <= Time::nowMs());
    if (lapsed)
        return errorPage(
            410, QStringLiteral("Request expired"),
            QStringLiteral("This request has expired. Ask the service to start a new one."));
    if (consent->status == ConsentStatus::Revoked)
        return errorPage(
            410, QStringLiteral("Request withdrawn"),
            QStringLiteral("The service withdrew this request. You can close this page."));
    // Opening the page is what "scanned" means (§7): for the consent and for its QR codes.
    // A HEAD request (link previews, crawlers) opens nothing.
    if (ctx.http.method() != QHttpServerRequest::Method::Head) {
        m_consents.markScanned(consent->id);
        m_qr.markScanned(consent->id);
    }
    return pageFor(*consent);
}

Reply QrController::pageFor(const Consent &c)
{
    const IntentText intent = intentText(c.intent);
    return HtmlPage::render(
        QStringLiteral(":/mid/web/approve.html"),
        {{QStringLiteral("clientName"), clientName(c.clientId)},
         {QStringLiteral("intentLabel"), QString::fromUtf8(intent.label)},
         {QStringLiteral("intentVerb"), QString::fromUtf8(intent.verb)},
         {QStringLiteral("scopeItems"), scopeItems(c.scope, c.intent)},
         {QStringLiteral("documentRows"), documentRows(m_signing.documentToSign(c.id))},
         {QStringLiteral("recipient"), PhoneNumber::masked(c.recipient)},
         {QStringLiteral("status"), ConsentRules::statusName(c.status)},
         {QStringLiteral("statusLabel"), statusLabel(c.status)},
         {QStringLiteral("message"), statusMessage(c.status)},
         {QStringLiteral("expiresAt"), Time::rfc3339Ms(c.expiresAt)},
         {QStringLiteral("expiresAtMs"), QString::number(c.expiresAt)},
         {QStringLiteral("expiresIn"), countdownText(c.expiresAt)},
         {QStringLiteral("sessionId"), c.id}},
        200);
}

Reply QrController::approveSession(RequestContext &ctx)
{
    const auto c = m_consents.find(ctx.param(QStringLiteral("id")));
    if (!c)
        throw ServiceError::notFound(QStringLiteral("Consent session"));
    // Only what the page itself shows: no metadata, callback URL or full number.
    const bool lapsed = c->status == ConsentStatus::Pending && c->expiresAt <= Time::nowMs();
    return Reply::plainJson(QJsonObject{
        {QStringLiteral("sessionId"), c->id},
        {QStringLiteral("status"),
         lapsed ? QStringLiteral("expired") : ConsentRules::statusName(c->status)},
        {QStringLiteral("clientName"), clientName(c->clientId)},
        {QStringLiteral("intent"), c->intent},
        {QStringLiteral("scope"), QJsonArray::fromStringList(c->scope)},
        {QStringLiteral("recipient"), PhoneNumber::masked(c->recipient)},
        {QStringLiteral("expiresAt"), Time::rfc3339Ms(c->expiresAt)},
        {QStringLiteral("document"), documentJson(m_signing.documentToSign(c->id))},
    });
}

Reply QrController::approveScript(RequestContext &)
{
    return HtmlPage::asset(QStringLiteral(":/mid/web/approve.js"), HtmlPage::kScript);
}

Reply QrController::errorPage(int status, const QString &title, const QString &message)
{
    return HtmlPage::render(QStringLiteral(":/mid/web/approve-error.html"),
                            {{QStringLiteral("title"), title},
                             {QStringLiteral("message"), message},
                             {QStringLiteral("status"), QString::number(status)}},
                            status);
}

} // namespace mid
