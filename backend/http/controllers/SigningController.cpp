#include "SigningController.h"

#include "IdentityController.h"
#include "core/BodyReader.h"
#include "core/ServiceError.h"
#include "domain/IdentityDocument.h"
#include "domain/PhoneNumber.h"
#include "services/ClientService.h"
#include "services/SigningService.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace mid {

void SigningController::registerRoutes(Router &r)
{
    auto add = [&](Route route) {
        route.access = Access::Client;
        route.rateGroup = RateGroup::PlanOnly; // §11 names no group for these
        route.scope = QStringLiteral("signing");
        route.tag = QStringLiteral("Signing");
        r.add(std::move(route));
    };
    add({.method = "POST",
         .pattern = QStringLiteral("/v1/signing/documents"),
         .action = QStringLiteral("signing.document.upload"),
         .maxBody = IdentityRules::kMaxDocumentBytes,
         .summary = QStringLiteral("Upload a document to sign"),
         .handler = bind(this, &SigningController::upload),
         .acceptsMultipart = true,
         .doc = {.requestSchema = "DocumentUpload",
                 .responseSchema = "Document",
                 .successStatus = 201,
                 .description = "As `POST /v1/identity/documents` (PNG, JPEG or PDF, sniffed, at "
                                "most 10 MiB, stored encrypted); `sha256` is the hash a "
                                "signature will commit to."}});
    add({.method = "POST",
         .pattern = QStringLiteral("/v1/signing/sessions"),
         .action = QStringLiteral("signing.create"),
         .summary = QStringLiteral("Start a signing session"),
         .handler = bind(this, &SigningController::create),
         .doc = {.requestSchema = "SigningSessionCreate",
                 .responseSchema = "SigningSession",
                 .successStatus = 201,
                 .description =
                     "A `pending` session for `signer`, decided like a consent session "
                     "(`consentId`, same `qrCode` and `approvalUrl`; the approver page and the "
                     "phone show the document's name, hash and `reason`). The FIDO challenge "
                     "of its ceremony is the document's SHA-256 followed by 16 random bytes, so "
                     "the assertion commits to the document. Approved, it becomes `signed` with "
                     "`evidence` (credential id and public key, authenticatorData, "
                     "clientDataJSON, signature, signedAt) and `seal`: a JWS (RS256, key at "
                     "`/dvs/jwks`) over the evidence; `signing.completed` fires (and "
                     "`mandate.signed` for `intent: mandate`). Rejected: `rejected` and "
                     "`signing.completed`."}});
    add({.method = "GET",
         .pattern = QStringLiteral("/v1/signing/sessions/:id"),
         .action = QStringLiteral("signing.get"),
         .summary = QStringLiteral("Get a signing session"),
         .handler = bind(this, &SigningController::get),
         .doc = {.responseSchema = "SigningSession",
                 .description = "Another client's session answers 404."}});
    add({.method = "DELETE",
         .pattern = QStringLiteral("/v1/signing/sessions/:id"),
         .action = QStringLiteral("signing.revoke"),
         .summary = QStringLiteral("Revoke a pending signing session"),
         .handler = bind(this, &SigningController::revoke),
         .doc = {.responseSchema = "SigningSession",
                 .description = "Only a `pending` session (409 once signed, rejected, expired "
                                "or revoked)."}});
    add({.method = "GET",
         .pattern = QStringLiteral("/v1/signing/sessions/:id/evidence"),
         .action = QStringLiteral("signing.evidence"),
         .summary = QStringLiteral("Download a signed session's evidence bundle"),
         .handler = bind(this, &SigningController::evidence),
         .doc = {.responseSchema = "EvidenceBundle",
                 .content = Content::Json,
                 .description = "`{evidence, seal, jwks, document}` as an attachment: "
                                "everything needed to check the signature offline. 409 until "
                                "the session is signed."}});

    const QString admin = QStringLiteral("Admin");
    r.add(operatorRoute("GET", QStringLiteral("/admin/v1/signing/sessions"), Role::Auditor, "",
                        "Every tenant's signing sessions", admin, this,
                        &SigningController::adminList,
                        {.responseSchema = "SigningSessionList",
                         .description = "Newest first, with `counts` per status.",
                         .query = {{"status", "enum:pending|signed|rejected|expired|revoked",
                                    "Only sessions in this status."},
                                   {"clientId", "string", "Only this tenant's."}},
                         .paged = true}));
    r.add(operatorRoute("GET", QStringLiteral("/admin/v1/signing/sessions/:id"), Role::Auditor, "",
                        "Any tenant's signing session", admin, this, &SigningController::adminGet,
                        {.responseSchema = "SigningSession"}));
    r.add(operatorRoute("GET", QStringLiteral("/admin/v1/signing/sessions/:id/evidence"),
                        Role::Auditor, "", "Any signed session's evidence bundle", admin, this,
                        &SigningController::adminEvidence,
                        {.responseSchema = "EvidenceBundle", .content = Content::Json}));
}

Reply SigningController::upload(RequestContext &ctx)
{
    return uploadDocument(ctx, m_documents, QStringLiteral("signing"));
}

Reply SigningController::create(RequestContext &ctx)
{
    BodyReader body(ctx.json());
    SigningInput in;
    in.documentId = body.string(QStringLiteral("documentId"), true, 64).value_or(QString());
    in.signer = body.string(QStringLiteral("signer"), true).value_or(QString()).trimmed();
    if (body.has(QStringLiteral("signer")) && !PhoneNumber::isE164(in.signer))
        body.invalid(QStringLiteral("signer"), QStringLiteral("format"),
                     QStringLiteral("signer must be an E.164 phone number"));
    in.reason = body.string(QStringLiteral("reason"), false, IdentityRules::kMaxReasonLength)
                    .value_or(QString())
                    .trimmed();
    in.intent = body.string(QStringLiteral("intent")).value_or(QStringLiteral("signing"));
    if (!IdentityRules::signingIntents().contains(in.intent))
        body.invalid(QStringLiteral("intent"), QStringLiteral("enum"),
                     QStringLiteral("intent must be signing or mandate"));
    if (const auto expiresIn = body.integer(QStringLiteral("expiresIn"))) {
        if (*expiresIn < ConsentRules::kMinExpiresIn || *expiresIn > ConsentRules::kMaxExpiresIn)
            body.invalid(QStringLiteral("expiresIn"), QStringLiteral("range"),
                         QStringLiteral("expiresIn must be %1 to %2 seconds")
                             .arg(ConsentRules::kMinExpiresIn)
                             .arg(ConsentRules::kMaxExpiresIn));
        else
            in.expiresIn = int(*expiresIn);
    }
    body.finish();
    const SigningSession s = m_signing.create(ctx.principal.client, in);
    ctx.auditResource = s.id;
    ctx.auditDetails = {{QStringLiteral("intent"), s.intent},
                        {QStringLiteral("documentId"), s.documentId}};
    return Reply::created(m_signing.toJson(s), QStringLiteral("Signing session created"));
}

Reply SigningController::get(RequestContext &ctx)
{
    return Reply::ok(m_signing.toJson(m_signing.get(ctx.principal.client.clientId,
                                                    ctx.param(QStringLiteral("id")))),
                     QStringLiteral("Signing session retrieved"));
}

Reply SigningController::revoke(RequestContext &ctx)
{
    const SigningSession s =
        m_signing.revoke(ctx.principal.client.clientId, ctx.param(QStringLiteral("id")));
    return Reply::ok(m_signing.toJson(s), QStringLiteral("Signing session revoked"));
}

Reply SigningController::evidenceOf(const SigningSession &s)
{
    Reply reply =
        Reply::bytes(QJsonDocument(m_signing.evidenceBundle(s)).toJson(QJsonDocument::Indented),
                     "application/json");
    reply.addHeader("Content-Disposition",
                    "attachment; filename=\"" + s.id.toLatin1() + ".evidence.json\"");
    return reply;
}

Reply SigningController::evidence(RequestContext &ctx)
{
    return evidenceOf(
        m_signing.get(ctx.principal.client.clientId, ctx.param(QStringLiteral("id"))));
}

QJsonObject SigningController::adminJson(const SigningSession &s) const
{
    QJsonObject o = m_signing.toJson(s);
    const std::optional<Client> client = m_clients.find(s.clientId);
    o.insert(QStringLiteral("clientName"), client ? client->name : QString());
    return o;
}

Reply SigningController::adminList(RequestContext &ctx)
{
    const Paging paging = Paging::from(ctx);
    const auto page =
        m_signing.list(ctx.queryValue(QStringLiteral("clientId")),
                       ctx.queryValue(QStringLiteral("status")), paging.limit, paging.cursor);
    QJsonArray items;
    for (const SigningSession &s : page.items)
        items.append(adminJson(s));
    QJsonObject data = listData(items, page.total, page.nextCursor);
    QJsonObject counts;
    for (const char *status : {"pending", "signed", "rejected", "expired", "revoked"})
        counts.insert(QLatin1String(status), page.counts.value(QLatin1String(status)));
    data.insert(QStringLiteral("counts"), counts);
    return Reply::ok(data);
}

Reply SigningController::adminGet(RequestContext &ctx)
{
    return Reply::ok(adminJson(m_signing.get({}, ctx.param(QStringLiteral("id")))),
                     QStringLiteral("Signing session retrieved"));
}

Reply SigningController::adminEvidence(RequestContext &ctx)
{
    return evidenceOf(m_signing.get({}, ctx.param(QStringLiteral("id"))));
}

} // namespace mid
