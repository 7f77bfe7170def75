// ErrorMapping: the one table from what the use cases and the database report (ServiceError,
// StorageError) to §0's answer: status, `type`, message, details, top-level fields and headers.
#include "core/ServiceError.h"
#include "http/Envelope.h"
#include "http/ErrorMapping.h"
#include "storage/StorageError.h"

#include <QJsonDocument>
#include <QtTest>

#include <stdexcept>

using namespace mid;

Q_DECLARE_METATYPE(mid::ServiceError::Kind)

namespace {
using Headers = QList<QPair<QByteArray, QByteArray>>;

// The envelope's body without `meta` (its timestamp changes every second).
QJsonObject bodyOf(const ApiError &answer)
{
    QJsonObject body =
        QJsonDocument::fromJson(Envelope::failure(answer, QStringLiteral("req_t"))).object();
    body.remove(QStringLiteral("meta"));
    return body;
}

QJsonArray fieldDetails(const QString &field, const QString &issue)
{
    return {QJsonObject{{QStringLiteral("field"), field}, {QStringLiteral("issue"), issue}}};
}
} // namespace

class TestErrorMapping : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyKind_data();
    void everyKind();
    void detailsAndFieldsKept();
    void actionLimit();
    void requestQuota();
    void retryAfterNeverZero();
    void storageErrors_data();
    void storageErrors();
    void answerForAnything();
};

void TestErrorMapping::everyKind_data()
{
    // One row per kind: a kind added to ServiceError without a row here fails everyKind (the
    // compiler already refuses a switch in ErrorMapping that misses it).
    QTest::addColumn<ServiceError::Kind>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("type");
    using K = ServiceError::Kind;
    QTest::newRow("Malformed") << K::Malformed << 400 << QStringLiteral("bad_request");
    QTest::newRow("Invalid") << K::Invalid << 422 << QStringLiteral("validation_error");
    QTest::newRow("Unauthenticated") << K::Unauthenticated << 401 << QStringLiteral("unauthorized");
    QTest::newRow("Forbidden") << K::Forbidden << 403 << QStringLiteral("forbidden");
    QTest::newRow("NotFound") << K::NotFound << 404 << QStringLiteral("not_found");
    QTest::newRow("Conflict") << K::Conflict << 409 << QStringLiteral("conflict");
    QTest::newRow("Limited") << K::Limited << 429 << QStringLiteral("rate_limited");
    QTest::newRow("Unavailable") << K::Unavailable << 503 << QStringLiteral("unavailable");
    QTest::newRow("NotConfigured") << K::NotConfigured << 503 << QStringLiteral("not_configured");
    QTest::newRow("Internal") << K::Internal << 500 << QStringLiteral("server_error");
}

void TestErrorMapping::everyKind()
{
    QFETCH(ServiceError::Kind, kind);
    QFETCH(int, status);
    QFETCH(QString, type);
    const ApiError answer = ErrorMapping::toApiError(ServiceError(kind, QStringLiteral("why")));
    QCOMPARE(answer.status(), status);
    QCOMPARE(answer.type(), type);
    QCOMPARE(answer.message(), QStringLiteral("why"));
    QVERIFY(answer.extraHeaders.isEmpty());
    const QJsonObject expected{{QStringLiteral("error"), true},
                               {QStringLiteral("success"), false},
                               {QStringLiteral("code"), status},
                               {QStringLiteral("type"), type},
                               {QStringLiteral("message"), QStringLiteral("why")}};
    QCOMPARE(bodyOf(answer), expected);
}

void TestErrorMapping::detailsAndFieldsKept()
{
    // The wrong enrollment code: 422 with details and seed 000's attemptsRemaining beside them.
    ServiceError wrong = ServiceError::invalid(QStringLiteral("code"), QStringLiteral("mismatch"),
                                               QStringLiteral("The code is incorrect"))
                             .withField(QStringLiteral("attemptsRemaining"), 3)
                             .withField(QStringLiteral("status"), QStringLiteral("pending"));
    const QJsonObject expected{{QStringLiteral("error"), true},
                               {QStringLiteral("success"), false},
                               {QStringLiteral("code"), 422},
                               {QStringLiteral("type"), QStringLiteral("validation_error")},
                               {QStringLiteral("message"), QStringLiteral("The code is incorrect")},
                               {QStringLiteral("details"),
                                fieldDetails(QStringLiteral("code"), QStringLiteral("mismatch"))},
                               {QStringLiteral("attemptsRemaining"), 3},
                               {QStringLiteral("status"), QStringLiteral("pending")}};
    QCOMPARE(bodyOf(ErrorMapping::toApiError(wrong)), expected);
    QCOMPARE(bodyOf(ErrorMapping::toApiError(ServiceError::notFound(QStringLiteral("Device"))))
                 .value(QStringLiteral("message")),
             QStringLiteral("Device not found"));
}

void TestErrorMapping::actionLimit()
{
    // A limit on one action (enrollments per device, failed logins): seed 000's fields and
    // Retry-After; the X-RateLimit-* headers stay the request quota's, written elsewhere.
    const qint64 now = 1700000000000;
    const ApiError answer = ErrorMapping::toApiError(
        ServiceError::limited(QStringLiteral("Too many"), 5, now + 90500, now));
    QCOMPARE(answer.status(), 429);
    QCOMPARE(answer.type(), QStringLiteral("rate_limited"));
    const QJsonObject fields{{QStringLiteral("retryAfter"), 91},
                             {QStringLiteral("resetTime"), QStringLiteral("2023-11-14T22:14:50Z")},
                             {QStringLiteral("limit"), 5},
                             {QStringLiteral("remaining"), 0}};
    QCOMPARE(answer.extraFields, fields);
    QCOMPARE(answer.extraHeaders, (Headers{{"Retry-After", "91"}}));
}

void TestErrorMapping::requestQuota()
{
    // The rate-limit policy's refusal: the same, and the quota at zero in the X-RateLimit-*
    // headers, in the order the answer has always carried them.
    const qint64 resetAt = 1700000040000;
    const ApiError answer = ErrorMapping::toApiError(
        ServiceError::quotaExhausted(QStringLiteral("Rate limit"), 60, resetAt, resetAt - 45000));
    QCOMPARE(answer.status(), 429);
    QCOMPARE(answer.extraFields.value(QStringLiteral("retryAfter")).toInteger(), 45);
    QCOMPARE(answer.extraFields.value(QStringLiteral("limit")).toInteger(), 60);
    QCOMPARE(answer.extraFields.value(QStringLiteral("remaining")).toInteger(), 0);
    QCOMPARE(answer.extraFields.value(QStringLiteral("resetTime")).toString(),
             QStringLiteral("2023-11-14T22:14:00Z"));
    QCOMPARE(answer.extraHeaders, (Headers{{"X-RateLimit-Limit", "60"},
                                           {"X-RateLimit-Remaining", "0"},
                                           {"X-RateLimit-Reset", "1700000040"},
                                           {"Retry-After", "45"}}));
}

void TestErrorMapping::retryAfterNeverZero()
{
    const qint64 now = 1700000000000;
    const ServiceError past = ServiceError::limited(QStringLiteral("x"), 1, now - 5000, now);
    QCOMPARE(past.rateLimit()->retryAfterSeconds, 1);
    QCOMPARE(ErrorMapping::toApiError(past).extraHeaders.constLast().second, QByteArray("1"));
}

void TestErrorMapping::storageErrors_data()
{
    QTest::addColumn<int>("cause");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("type");
    QTest::newRow("unavailable") << int(StorageError::Cause::Unavailable) << 503
                                 << QStringLiteral("unavailable");
    QTest::newRow("constraint broken")
        << int(StorageError::Cause::ConstraintBroken) << 500 << QStringLiteral("server_error");
    QTest::newRow("failed") << int(StorageError::Cause::Failed) << 500
                            << QStringLiteral("server_error");
}

void TestErrorMapping::storageErrors()
{
    QFETCH(int, cause);
    QFETCH(int, status);
    QFETCH(QString, type);
    const QString driver =
        QStringLiteral("database is locked: SELECT api_key_hash FROM clients WHERE client_id=?");
    const StorageError failure(StorageError::Cause(cause), driver);
    const ApiError answer = ErrorMapping::toApiError(failure);
    QCOMPARE(answer.status(), status);
    QCOMPARE(answer.type(), type);
    QVERIFY(answer.details().isEmpty());
    QVERIFY(answer.extraFields.isEmpty());
    QVERIFY(answer.extraHeaders.isEmpty());
    // Nothing of what the driver said reaches the body: no SQL, no table, no column.
    const QByteArray body = Envelope::failure(answer, QStringLiteral("req_t"));
    for (const char *word : {"SELECT", "clients", "api_key_hash", "locked"})
        QVERIFY2(!body.contains(word), body.constData());
    if (status == 500)
        QCOMPARE(answer.message(), QStringLiteral("internal error"));
}

void TestErrorMapping::answerForAnything()
{
    // This layer's own answer passes as it is, headers included.
    ApiError methodNotAllowed(ApiError::Kind::MethodNotAllowed, QStringLiteral("no"));
    methodNotAllowed.extraHeaders = {{"X-Test", "1"}};
    const std::exception &thrown = methodNotAllowed;
    const ApiError same = ErrorMapping::answerFor(thrown, QStringLiteral("/v1/x"));
    QCOMPARE(same.status(), 405);
    QCOMPARE(same.extraHeaders, methodNotAllowed.extraHeaders);
    // A service's, through the table (a StorageError is one).
    const StorageError busy(StorageError::Cause::Unavailable, QStringLiteral("SQL"));
    QCOMPARE(ErrorMapping::answerFor(busy, QStringLiteral("/v1/x")).status(), 503);
    QCOMPARE(ErrorMapping::answerFor(ServiceError::conflict(QStringLiteral("c")), {}).status(),
             409);
    // Anything else is a fault of ours: 500, and its text stays in the log.
    QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(QStringLiteral("unexpected exception")));
    const ApiError fault =
        ErrorMapping::answerFor(std::runtime_error("stack: secret"), QStringLiteral("/v1/x"));
    QCOMPARE(fault.status(), 500);
    QCOMPARE(fault.type(), QStringLiteral("server_error"));
    QCOMPARE(fault.message(), QStringLiteral("Internal server error"));
}

QTEST_GUILESS_MAIN(TestErrorMapping)
#include "tst_errormapping.moc"
