#include "IdentityController.h"

#include "DocumentInput.h"
#include "core/BodyReader.h"
#include "core/ServiceError.h"
#include "domain/IdentityDocument.h"
#include "domain/PhoneNumber.h"
#include "services/ClientService.h"
#include "services/DocumentService.h"
#include "services/VerificationService.h"

#include <QJsonArray>

namespace mid {

namespace {
constexpr qint64 kUploadLimit = IdentityRules::kMaxDocumentBytes; // §0: uploads 10 MiB

QJsonObject countsJson(const QHash<QString, qint64> &counts, const QStringList &names)
{
    QJsonObject out;
    for (const QString &name : names)
        out.insert(name, counts.value(name));
    return out;
}

// {fullName} from `name`/`fullName`, or {surname, givenNames}; {} when none was sent.
QJsonObject claimedName(BodyReader &body)
{
    const auto full = body.string(QStringLiteral("name"), false, 200);
    const auto fullName = body.string(QStringLiteral("fullName"), false, 200);
    const auto surname = body.string(QStringLiteral("surname"), false, 200);
    const auto given = body.string(QStringLiteral("givenNames"), false, 200);
    if (full || fullName)
        return {{QStringLiteral("fullName"), (full ? *full : *fullName).simplified()}};
    if (surname || given)
        return {{QStringLiteral("surname"), surname.value_or(QString()).simplified()},
                {QStringLiteral("givenNames"), given.value_or(QString()).simplified()}};
    return {};
}
} // namespace

Reply uploadDocument(RequestContext &ctx, DocumentService &documents, const QString &purpose)
{
    const QString id = DocumentService::newId();
    ctx.auditResource = id;
    ctx.auditDetails = {{QStringLiteral("purpose"), purpose}};
    return Reply::fromWorker([&documents, purpose, id, client = ctx.principal.client,
                              type = ctx.header("content-type"),
                              body = ctx.http.body()]() -> Reply::Build {
        const DocumentUpload upload = DocumentInput::read(type, body, purpose);
        const IdentityDocument d = documents.prepare(client, upload, id);
        return [&documents, d] {
            documents.record(d);
            return Reply::created(DocumentService::toJson(d), QStringLiteral("Document stored"));
        };
    });
}

void IdentityController::registerRoutes(Router &r)
{
    const QString tag = QStringLiteral("Identity");
    auto add = [&](Route route) {
        route.access = Access::Client;
        route.rateGroup = RateGroup::PlanOnly; // §11 names no group for these
        route.scope = QStringLiteral("identity");
        route.tag = tag;
        r.add(std::move(route));
    };
    add({.method = "POST",
         .pattern = QStringLiteral("/v1/identity/documents"),
         .action = QStringLiteral("identity.document.upload"),
         .maxBody = kUploadLimit,
         .summary = QStringLiteral("Upload an identity document"),
         .handler = bind(this, &IdentityController::upload),
         .acceptsMultipart = true,
         .doc = {.requestSchema = "DocumentUpload",
                 .responseSchema = "Document",
                 .successStatus = 201,
                 .description =
                     "A PNG, JPEG or PDF of at most 10 MiB (the whole body, 413 beyond), as "
                     "`multipart/form-data` (the file in part `file`, an optional text part "
                     "`mrz`) or JSON with the bytes in base64 (`content`). The type is sniffed "
                     "from the bytes: the file name and any declared type are never trusted; "
                     "other bytes, truncated files and polyglots answer 422 (`details[0].field "
                     "= file`). The bytes are stored encrypted under the data key and removed "
                     "from disk after the document retention (Settings). `mrz` (ICAO 9303 TD3, "
                     "two lines of 44) is parsed: a malformed zone answers 422, and every check "
                     "digit is reported in `mrz.checks` (a wrong digit is a finding about the "
                     "document, kept for the verification, not an error). Metadata inside the "
                     "file (EXIF, PDF info) is never echoed back."}});
    add({.method = "POST",
         .pattern = QStringLiteral("/v1/identity/verify"),
         .action = QStringLiteral("identity.verify"),
         .summary = QStringLiteral("Start an identity verification"),
         .handler = bind(this, &IdentityController::verify),
         .doc = {.requestSchema = "VerificationCreate",
                 .responseSchema = "Verification",
                 .successStatus = 201,
                 .description =
                     "A `pending` verification of the person (`mobile` or `userId`) the "
                     "documents show. The automatic checks run at once and are recorded one by "
                     "one (`mrz.checkDigits`, `document.expiry`, `name.match`, each `passed`, "
                     "`failed` or `skipped`); an operator then decides in the console's review "
                     "queue (`verified` or `rejected`), and `verification.completed` fires."}});
    add({.method = "GET",
         .pattern = QStringLiteral("/v1/identity/verifications/:id"),
         .action = QStringLiteral("identity.verification.get"),
         .summary = QStringLiteral("Get an identity verification"),
         .handler = bind(this, &IdentityController::get),
         .doc = {.responseSchema = "Verification",
                 .description = "Another client's verification answers 404."}});

    const QString admin = QStringLiteral("Admin");
    r.add(operatorRoute("GET", QStringLiteral("/admin/v1/identity/reviews"), Role::Auditor, "",
                        "The identity review queue", admin, this, &IdentityController::reviews,
                        {.responseSchema = "VerificationList",
                         .description = "Verifications newest first, with `counts` per status "
                                        "(of the tenant filter alone).",
                         .query = {{"status", "enum:pending|verified|rejected",
                                    "Only verifications in this status."},
                                   {"clientId", "string", "Only this tenant's."}},
                         .paged = true}));
    r.add(operatorRoute("GET", QStringLiteral("/admin/v1/identity/reviews/:id"), Role::Auditor, "",
                        "One verification with its checks and documents", admin, this,
                        &IdentityController::review, {.responseSchema = "VerificationReview"}));
    r.add(operatorRoute("POST", QStringLiteral("/admin/v1/identity/reviews/:id/decide"),
                        Role::Operator, "identity.review.decide", "Decide a verification", admin,
                        this, &IdentityController::decide,
                        {.requestSchema = "VerificationDecision",
                         .responseSchema = "VerificationReview",
                         .description = "`verified` or `rejected` with a note (required when "
                                        "rejecting); only a pending verification (else 409). "
                                        "`verification.completed` fires with the decision."}));
    r.add(operatorRoute("GET", QStringLiteral("/admin/v1/documents/:id/content"), Role::Operator,
                        "document.view", "The bytes of an uploaded document", admin, this,
                        &IdentityController::content,
                        {.content = Content::Document,
                         .description = "The decrypted file with its sniffed type, for the "
                                        "console's preview; every read is audited. 409 once the "
                                        "retention removed it."}));
}

Reply IdentityController::upload(RequestContext &ctx)
{
    return uploadDocument(ctx, m_documents, QStringLiteral("identity"));
}

Reply IdentityController::verify(RequestContext &ctx)
{
    BodyReader body(ctx.json());
    VerificationInput in;
    in.mobile = body.string(QStringLiteral("mobile")).value_or(QString()).trimmed();
    in.userId = body.string(QStringLiteral("userId"), false, 128).value_or(QString()).trimmed();
    if (!in.mobile.isEmpty() && !PhoneNumber::isE164(in.mobile))
        body.invalid(QStringLiteral("mobile"), QStringLiteral("format"),
                     QStringLiteral("mobile must be an E.164 phone number"));
    if (in.mobile.isEmpty() && in.userId.isEmpty())
        body.invalid(QStringLiteral("mobile"), QStringLiteral("required"),
                     QStringLiteral("mobile or userId names the person to verify"));
    in.type = body.string(QStringLiteral("type")).value_or(QStringLiteral("passport"));
    if (!IdentityRules::verificationTypes().contains(in.type))
        body.invalid(QStringLiteral("type"), QStringLiteral("enum"),
                     QStringLiteral("type must be one of: ") +
                         IdentityRules::verificationTypes().join(QStringLiteral(", ")));
    const auto ids = body.stringList(QStringLiteral("documentIds"));
    if (!ids || ids->isEmpty())
        body.invalid(QStringLiteral("documentIds"), QStringLiteral("required"),
                     QStringLiteral("documentIds lists the uploaded documents to verify"));
    else if (ids->size() > IdentityRules::kMaxDocumentsPerVerification)
        body.invalid(QStringLiteral("documentIds"), QStringLiteral("length"),
                     QStringLiteral("at most %1 documents per verification")
                         .arg(IdentityRules::kMaxDocumentsPerVerification));
    else
        in.documentIds = *ids;
    in.documentIds.removeDuplicates();
    in.claimedName = claimedName(body);
    body.finish();
    const Verification v = m_verifications.create(ctx.principal.client, in);
    ctx.auditResource = v.id;
    ctx.auditDetails = {{QStringLiteral("type"), v.type},
                        {QStringLiteral("documents"), int(v.documentIds.size())}};
    return Reply::created(VerificationService::toJson(v), QStringLiteral("Verification started"));
}

Reply IdentityController::get(RequestContext &ctx)
{
    return Reply::ok(VerificationService::toJson(m_verifications.get(
                         ctx.principal.client.clientId, ctx.param(QStringLiteral("id")))),
                     QStringLiteral("Verification retrieved"));
}

QJsonObject IdentityController::adminJson(const Verification &v) const
{
    QJsonObject o = VerificationService::toJson(v);
    const std::optional<Client> client = m_clients.find(v.clientId);
    o.insert(QStringLiteral("clientName"), client ? client->name : QString());
    return o;
}

Reply IdentityController::reviews(RequestContext &ctx)
{
    const Paging paging = Paging::from(ctx);
    VerificationFilter filter;
    filter.clientId = ctx.queryValue(QStringLiteral("clientId"));
    const QString status = ctx.queryValue(QStringLiteral("status"));
    if (!status.isEmpty()) {
        filter.status = IdentityRules::parseStatus(status);
        if (!filter.status)
            throw ServiceError::invalid(
                QStringLiteral("status"), QStringLiteral("enum"),
                QStringLiteral("status must be pending, verified or rejected"));
    }
    const auto page = m_verifications.list(filter, paging.limit, paging.cursor);
    QJsonArray items;
    for (const Verification &v : page.items)
        items.append(adminJson(v));
    QJsonObject data = listData(items, page.total, page.nextCursor);
    data.insert(QStringLiteral("counts"),
                countsJson(page.counts, {QStringLiteral("pending"), QStringLiteral("verified"),
                                         QStringLiteral("rejected")}));
    return Reply::ok(data);
}

Reply IdentityController::review(RequestContext &ctx)
{
    const Verification v = m_verifications.get({}, ctx.param(QStringLiteral("id")));
    QJsonObject o = adminJson(v);
    QJsonArray documents;
    for (const QString &id : v.documentIds)
        documents.append(DocumentService::toJson(m_documents.get({}, id)));
    o.insert(QStringLiteral("documents"), documents);
    return Reply::ok(o, QStringLiteral("Verification retrieved"));
}

Reply IdentityController::decide(RequestContext &ctx)
{
    BodyReader body(ctx.json());
    const auto decision = body.string(QStringLiteral("decision"), true);
    const auto note = body.string(QStringLiteral("note"), false, IdentityRules::kMaxNoteLength);
    // Pending is no decision: it stands for "not given or not understood" below.
    VerificationStatus status = VerificationStatus::Pending;
    if (decision) {
        status = IdentityRules::parseStatus(*decision).value_or(VerificationStatus::Pending);
        if (status == VerificationStatus::Pending)
            body.invalid(QStringLiteral("decision"), QStringLiteral("enum"),
                         QStringLiteral("decision must be verified or rejected"));
    }
    if (status == VerificationStatus::Rejected && note.value_or(QString()).trimmed().isEmpty())
        body.invalid(QStringLiteral("note"), QStringLiteral("required"),
                     QStringLiteral("a rejection needs a note that says why"));
    body.finish();
    m_verifications.decide(ctx.param(QStringLiteral("id")), status,
                           note.value_or(QString()).trimmed(), ctx.principal.operatorName);
    ctx.auditDetails = {{QStringLiteral("decision"), *decision}};
    return review(ctx);
}

Reply IdentityController::content(RequestContext &ctx)
{
    const IdentityDocument d = m_documents.get({}, ctx.param(QStringLiteral("id")));
    Reply reply = Reply::bytes(m_documents.content(d), d.contentType.toLatin1());
    // Every answer is no-store and nosniff already: a browser never runs it as anything else.
    reply.addHeader("Content-Disposition", "inline");
    ctx.auditDetails = {{QStringLiteral("clientId"), d.clientId}};
    return reply;
}

} // namespace mid
