#include "InboundWebhooksController.h"

#include "core/ServiceError.h"

#include <QJsonArray>

namespace mid {

namespace {
const QString kTag = QStringLiteral("Webhooks");
// Provider bodies are JSON events of a few KiB; Stripe documents no cap, so this leaves room.
// Bodies are stored up to InboundWebhookStore::kMaxStoredBody (256 KiB), marked truncated.
constexpr qint64 kMaxInboundBody = 1024 * 1024;
} // namespace

void InboundWebhooksController::registerRoutes(Router &r)
{
    using P = InboundWebhookService::Provider;
    struct Endpoint
    {
        P provider;
        const char *path;
        const char *summary;
        const char *schema;
        const char *description;
    };
    const Endpoint endpoints[] = {
        {P::Stripe, "/v1/webhooks/stripe", "Stripe events", "StripeEvent",
         "Verified by `Stripe-Signature` (t=…,v1=…: HMAC-SHA256 of `t.body` with the configured "
         "`whsec_…` secret, any v1 may match, 300 s tolerance either way); a bad or missing "
         "signature is 400. `customer.subscription.created|updated|deleted`, `invoice.paid`, "
         "`invoice.payment_failed` and `checkout.session.completed` change the plan (subscription "
         "`metadata.plan`, else the first item's `price.lookup_key`; deleted → free) or status "
         "(3 failed payments in a row → suspended, a paid invoice → active) of the client whose "
         "`stripeCustomerId` matches; an unknown customer changes nothing."},
        {P::AppStore, "/v1/webhooks/appstore", "App Store Server Notifications V2",
         "AppStoreNotification",
         "`signedPayload` is an ES256 JWS whose `x5c` chain must lead to a configured root "
         "certificate (`appStoreRootCertificates`) and whose `data.bundleId` must equal "
         "`appStoreBundleId` when set; the nested `signedTransactionInfo` and `signedRenewalInfo` "
         "are verified the same way. Stored decoded; no tenant changes."},
        {P::PlayStore, "/v1/webhooks/playstore", "Google Play real-time developer notifications",
         "PlayPush",
         "Pub/Sub push. Authenticated by `Authorization: Bearer <OIDC JWT>` (RS256 under the "
         "configured `playStoreJwks`, `aud` = `playStoreAudience`, `exp` not past, `iss` "
         "accounts.google.com) or by `?token=` equal to `playStoreToken`. The "
         "DeveloperNotification "
         "in `message.data` is stored decoded; no tenant changes."},
    };
    for (const Endpoint &e : endpoints) {
        const P provider = e.provider;
        r.add({.method = "POST",
               .pattern = QString::fromLatin1(e.path),
               .access = Access::ProviderSigned,
               .verifier = [this, provider](RequestContext &ctx) { verify(ctx, provider); },
               .notRateLimited = QStringLiteral(
                   "provider callbacks, not a tenant's calls (§11 limits are per client); "
                   "providers retry whatever is not a 2xx, and every request is stored"),
               .action = QStringLiteral("webhook.inbound"),
               .maxBody = kMaxInboundBody,
               .summary = QString::fromLatin1(e.summary),
               .tag = kTag,
               .handler = bind(this, &InboundWebhooksController::receive),
               .doc = {.requestSchema = QString::fromLatin1(e.schema),
                       .responseSchema = "InboundReceipt",
                       .description =
                           QString::fromLatin1(e.description) +
                           QStringLiteral(" Every request is stored with its verdict "
                                          "(`GET /admin/v1/webhooks/inbound`); the same event "
                                          "twice is answered 200 with `duplicate: true` and "
                                          "acted on once. 503 `not_configured` while the "
                                          "provider is not set up (stored too).")}});
    }
    r.add({.method = "GET",
           .pattern = QStringLiteral("/admin/v1/webhooks/inbound"),
           .access = Access::Operator,
           .role = Role::Auditor,
           .notRateLimited = QStringLiteral("operators are not rate limited"),
           .summary = QStringLiteral("Inbound webhook requests"),
           .tag = kTag,
           .handler = bind(this, &InboundWebhooksController::list),
           .doc = {.responseSchema = "InboundWebhookList",
                   .description = "Every request to /v1/webhooks/*, newest first, without "
                                  "headers and body (`GET /:id` has them).",
                   .query = {{"provider", "enum:stripe|appstore|playstore", "Only this provider."},
                             {"verdict", "enum:verified|rejected|not_configured|duplicate",
                              "Only this verdict."}},
                   .paged = true}});
    r.add({.method = "GET",
           .pattern = QStringLiteral("/admin/v1/webhooks/inbound/:id"),
           .access = Access::Operator,
           .role = Role::Auditor,
           .notRateLimited = QStringLiteral("operators are not rate limited"),
           .summary = QStringLiteral("One inbound webhook request in full"),
           .tag = kTag,
           .handler = bind(this, &InboundWebhooksController::get),
           .doc = {.responseSchema = "InboundWebhook",
                   .description = "Headers (Authorization redacted), the body as stored (text, "
                                  "or base64 when it is not UTF-8; cut at 256 KiB), the decoded "
                                  "payload, verdict, reason and effects."}});
}

void InboundWebhooksController::verify(RequestContext &ctx,
                                       InboundWebhookService::Provider provider)
{
    InboundWebhookService::Request request;
    request.body = ctx.http.body();
    request.headers = ctx.http.headers();
    request.ip = ctx.ip;
    request.queryToken = ctx.query.queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded);
    InboundWebhookService::Verification v = m_inbound.verify(provider, request);
    ctx.auditDetails = {{QStringLiteral("provider"), InboundWebhookService::name(provider)},
                        {QStringLiteral("verdict"), v.verdict}};
    if (v.ok()) {
        ctx.verified = std::move(v);
        return;
    }
    ctx.auditResource = v.rowId;
    if (v.verdict == QLatin1String("not_configured"))
        throw ServiceError(ServiceError::Kind::NotConfigured, v.reason);
    throw ServiceError(ServiceError::Kind::Malformed, v.reason);
}

Reply InboundWebhooksController::receive(RequestContext &ctx)
{
    const auto &verified = std::any_cast<const InboundWebhookService::Verification &>(ctx.verified);
    const InboundWebhookService::Receipt receipt = m_inbound.accept(verified);
    ctx.auditResource = receipt.id;
    ctx.auditDetails.insert(QStringLiteral("verdict"), receipt.duplicate
                                                           ? QStringLiteral("duplicate")
                                                           : QStringLiteral("verified"));
    ctx.auditDetails.insert(QStringLiteral("eventType"), verified.event.eventType);
    QJsonObject data{{QStringLiteral("received"), true}, {QStringLiteral("id"), receipt.id}};
    if (receipt.duplicate)
        data.insert(QStringLiteral("duplicate"), true);
    return Reply::ok(data, receipt.duplicate ? QStringLiteral("Already received")
                                             : QStringLiteral("Received"));
}

Reply InboundWebhooksController::list(RequestContext &ctx)
{
    const Paging paging = Paging::from(ctx);
    const InboundWebhookFilter filter{ctx.queryValue(QStringLiteral("provider")),
                                      ctx.queryValue(QStringLiteral("verdict"))};
    const auto page = m_inbound.list(filter, paging.limit, paging.cursor);
    QJsonArray items;
    for (const InboundWebhook &row : page.items)
        items.append(InboundWebhookService::toJson(row, false));
    return Reply::ok(listData(items, page.total, page.nextCursor));
}

Reply InboundWebhooksController::get(RequestContext &ctx)
{
    const auto row = m_inbound.find(ctx.param(QStringLiteral("id")));
    if (!row)
        throw ServiceError::notFound(QStringLiteral("Inbound webhook"));
    return Reply::ok(InboundWebhookService::toJson(*row, true));
}

} // namespace mid
