#include "AuditController.h"

#include "core/Time.h"
#include "services/AuditLog.h"
#include "services/AuthService.h"

#include <QJsonArray>

namespace mid {

void AuditController::registerRoutes(Router &r)
{
    const QString tag = QStringLiteral("Admin");
    const QString operatorsUnlimited = QStringLiteral("operators are not rate limited");
    r.add({.method = "GET",
           .pattern = QStringLiteral("/admin/v1/audit/verify"),
           .access = Access::Operator,
           .role = Role::Auditor,
           .notRateLimited = operatorsUnlimited,
           .action = QStringLiteral("audit.verify"),
           .summary = QStringLiteral("Check the audit hash chain"),
           .tag = tag,
           .handler = bind(this, &AuditController::verify),
           .doc = {.responseSchema = "AuditVerify",
                   .description =
                       "Recomputes the hash chain (hash = SHA-256(previous hash ‖ row)) over "
                       "every row: {intact, checked, prunedThroughSeq?, brokenAtSeq?, "
                       "brokenAtId?, reason?}; rows removed by retention end at the hash their "
                       "audit.pruned row recorded. Runs off the server thread."}});
    r.add(
        {.method = "GET",
         .pattern = QStringLiteral("/admin/v1/audit"),
         .access = Access::Operator,
         .role = Role::Auditor,
         .notRateLimited = operatorsUnlimited,
         .action = QStringLiteral("audit.search"),
         .summary = QStringLiteral("Search the audit log"),
         .tag = tag,
         .handler = bind(this, &AuditController::list),
         .doc = {.responseSchema = "AuditPage",
                 .description =
                     "Audit rows are written in one transaction per event-loop turn, right "
                     "after the answers of that turn are written; a search flushes pending rows "
                     "first, so it always sees every call answered before it.",
                 .query = {{"actor", "string", "A client id or operator:<name>."},
                           {"action", "string", "An action such as consent.create."},
                           {"resource", "string", "The id acted on."},
                           {"from", "date-time", "Events at or after this RFC 3339 time."},
                           {"to", "date-time", "Events at or before this RFC 3339 time."},
                           {"outcome", "integer", "HTTP status of the call (100–599)."},
                           {"q", "string", "Text anywhere in actor, action, resource or details."},
                           {"userId", "string",
                            "Rows about this user (details.userId, exact): an MPin userId such as "
                            "an email, or a usr_… id."},
                           {"mpinId", "string",
                            "Rows about this MPin identity (details.mpinId, exact): the 64-hex "
                            "hashMPinId."}},
                 .paged = true}});
    // Logging out changes nothing on the box, so an auditor may do it too.
    r.add({.method = "POST",
           .pattern = QStringLiteral("/admin/v1/logout"),
           .access = Access::Operator,
           .role = Role::Auditor,
           .notRateLimited = operatorsUnlimited,
           .action = QStringLiteral("operator.logout"),
           .summary = QStringLiteral("End the calling operator token"),
           .tag = tag,
           .handler = bind(this, &AuditController::logout),
           .doc = {.responseSchema = "LoggedOut",
                   .description = "Ends the calling operator token at once, and every live "
                                  "stream it opened.",
                   .noBody = true}});
}

Reply AuditController::list(RequestContext &ctx)
{
    const Paging paging = Paging::from(ctx);
    AuditFilter f;
    f.actor = ctx.queryValue(QStringLiteral("actor"));
    f.action = ctx.queryValue(QStringLiteral("action"));
    f.resource = ctx.queryValue(QStringLiteral("resource"));
    f.query = ctx.queryValue(QStringLiteral("q"));
    f.userId = ctx.queryValue(QStringLiteral("userId"));
    f.mpinId = ctx.queryValue(QStringLiteral("mpinId"));
    f.fromMs = ctx.queryTime(QStringLiteral("from"));
    f.toMs = ctx.queryTime(QStringLiteral("to"));
    if (ctx.query.hasQueryItem(QStringLiteral("outcome")))
        f.outcome = ctx.queryInt(QStringLiteral("outcome"), 0, 100, 599);
    // On a worker: a text search or a time range over millions of rows takes seconds.
    const AuditLog::SearchJob job = m_audit.prepareSearch(f, paging.limit, paging.cursor);
    return Reply::fromWorker([job]() -> Reply::Build {
        const AuditLog::Page page = AuditLog::searchOnWorker(job);
        return [page] {
            QJsonArray items;
            for (const AuditEntry &e : page.items)
                items.append(e.toJson());
            return Reply::ok(listData(items, page.total, page.nextCursor));
        };
    });
}

namespace {
Reply verdictReply(const AuditLog::Verdict &v)
{
    QJsonObject data{{QStringLiteral("intact"), v.intact}, {QStringLiteral("checked"), v.checked}};
    if (v.prunedThroughSeq)
        data.insert(QStringLiteral("prunedThroughSeq"), v.prunedThroughSeq);
    if (!v.intact) {
        data.insert(QStringLiteral("brokenAtSeq"), v.brokenAtSeq);
        data.insert(QStringLiteral("brokenAtId"), v.brokenId);
        data.insert(QStringLiteral("reason"), v.reason);
    }
    return Reply::ok(
        data,
        v.intact
            ? QStringLiteral("Audit chain intact")
            : QStringLiteral("Audit chain broken at row %1: %2").arg(v.brokenAtSeq).arg(v.reason));
}
} // namespace

Reply AuditController::verify(RequestContext &)
{
    // A walk over millions of rows takes seconds: on a worker, so the API keeps answering.
    const AuditLog::VerifyJob job = m_audit.prepareVerify();
    return Reply::fromWorker([job]() -> Reply::Build {
        const AuditLog::Verdict v = AuditLog::walkOnWorker(job);
        return [v] { return verdictReply(v); };
    });
}

Reply AuditController::logout(RequestContext &ctx)
{
    m_auth.revokeOperatorToken(ctx.header("authorization"));
    return Reply::ok(QJsonObject{{QStringLiteral("loggedOut"), true}},
                     QStringLiteral("Token ended"));
}

} // namespace mid
