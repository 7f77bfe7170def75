// BodyReader: typed reads of a JSON body; wrong types are 400 and rule violations 422, both
// with `details`, every problem gathered before failing.
#include "core/ApiError.h"
#include "core/BodyReader.h"

#include <QJsonDocument>
#include <QtTest>

using namespace mid;

namespace {
QJsonObject obj(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

// Runs finish(); returns the error it threw, or nullopt.
std::optional<ApiError> finishError(const BodyReader &reader)
{
    try {
        reader.finish();
    } catch (const ApiError &e) {
        return e;
    }
    return std::nullopt;
}

QStringList detailStrings(const ApiError &e)
{
    QStringList out;
    for (const auto &d : e.details())
        out << d.toObject().value(QStringLiteral("field")).toString() + QLatin1Char(':') +
                   d.toObject().value(QStringLiteral("issue")).toString();
    return out;
}
} // namespace

class TestBodyReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void string_data();
    void string();
    void integer_data();
    void integer();
    void boolean_data();
    void boolean();
    void stringList_data();
    void stringList();
    void object_data();
    void object();
    void hasAndNull();
    void requiredMissing();
    void ruleViolations();
    void typeErrorsWin();
    void clean();
};

// Shared shape for the typed readers: a body, what the reader returns, and the error finish()
// gives.
#define BODY_COLUMNS()                                                                             \
    QTest::addColumn<QByteArray>("body");                                                          \
    QTest::addColumn<bool>("present");                                                             \
    QTest::addColumn<int>("status"); /* 0: no error */

void TestBodyReader::string_data()
{
    BODY_COLUMNS();
    QTest::addColumn<QString>("value");
    QTest::newRow("string") << QByteArray(R"({"f":"abc"})") << true << 0 << QStringLiteral("abc");
    QTest::newRow("empty string") << QByteArray(R"({"f":""})") << true << 0 << QString();
    QTest::newRow("absent") << QByteArray("{}") << false << 0 << QString();
    QTest::newRow("null") << QByteArray(R"({"f":null})") << false << 0 << QString();
    QTest::newRow("number") << QByteArray(R"({"f":12})") << false << 400 << QString();
    QTest::newRow("bool") << QByteArray(R"({"f":true})") << false << 400 << QString();
    QTest::newRow("array") << QByteArray(R"({"f":["a"]})") << false << 400 << QString();
    QTest::newRow("object") << QByteArray(R"({"f":{"a":1}})") << false << 400 << QString();
}

void TestBodyReader::string()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, present);
    QFETCH(int, status);
    QFETCH(QString, value);
    BodyReader r(obj(body.constData()));
    const auto v = r.string(QStringLiteral("f"));
    QCOMPARE(v.has_value(), present);
    if (present)
        QCOMPARE(*v, value);
    const auto e = finishError(r);
    QCOMPARE(e ? e->status() : 0, status);
    if (e) {
        QCOMPARE(detailStrings(*e), QStringList{QStringLiteral("f:type")});
        QCOMPARE(e->message(), QStringLiteral("f must be a string"));
    }
}

void TestBodyReader::integer_data()
{
    BODY_COLUMNS();
    QTest::addColumn<qint64>("value");
    QTest::newRow("integer") << QByteArray(R"({"f":300})") << true << 0 << qint64(300);
    QTest::newRow("negative") << QByteArray(R"({"f":-5})") << true << 0 << qint64(-5);
    QTest::newRow("integral double") << QByteArray(R"({"f":30.0})") << true << 0 << qint64(30);
    QTest::newRow("large") << QByteArray(R"({"f":4294967296})") << true << 0
                           << qint64(4294967296LL);
    QTest::newRow("fraction") << QByteArray(R"({"f":1.5})") << false << 400 << qint64(0);
    QTest::newRow("numeric string") << QByteArray(R"({"f":"300"})") << false << 400 << qint64(0);
    QTest::newRow("bool") << QByteArray(R"({"f":false})") << false << 400 << qint64(0);
    QTest::newRow("absent") << QByteArray("{}") << false << 0 << qint64(0);
    QTest::newRow("null") << QByteArray(R"({"f":null})") << false << 0 << qint64(0);
}

void TestBodyReader::integer()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, present);
    QFETCH(int, status);
    QFETCH(qint64, value);
    BodyReader r(obj(body.constData()));
    const auto v = r.integer(QStringLiteral("f"));
    QCOMPARE(v.has_value(), present);
    if (present)
        QCOMPARE(*v, value);
    const auto e = finishError(r);
    QCOMPARE(e ? e->status() : 0, status);
    if (e)
        QCOMPARE(detailStrings(*e), QStringList{QStringLiteral("f:type")});
}

void TestBodyReader::boolean_data()
{
    BODY_COLUMNS();
    QTest::addColumn<bool>("value");
    QTest::newRow("true") << QByteArray(R"({"f":true})") << true << 0 << true;
    QTest::newRow("false") << QByteArray(R"({"f":false})") << true << 0 << false;
    QTest::newRow("string") << QByteArray(R"({"f":"true"})") << false << 400 << false;
    QTest::newRow("number") << QByteArray(R"({"f":1})") << false << 400 << false;
    QTest::newRow("absent") << QByteArray("{}") << false << 0 << false;
}

void TestBodyReader::boolean()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, present);
    QFETCH(int, status);
    QFETCH(bool, value);
    BodyReader r(obj(body.constData()));
    const auto v = r.boolean(QStringLiteral("f"));
    QCOMPARE(v.has_value(), present);
    if (present)
        QCOMPARE(*v, value);
    const auto e = finishError(r);
    QCOMPARE(e ? e->status() : 0, status);
}

void TestBodyReader::stringList_data()
{
    BODY_COLUMNS();
    QTest::addColumn<QStringList>("value");
    QTest::newRow("list") << QByteArray(R"({"f":["a","b"]})") << true << 0
                          << QStringList{QStringLiteral("a"), QStringLiteral("b")};
    QTest::newRow("empty list") << QByteArray(R"({"f":[]})") << true << 0 << QStringList();
    QTest::newRow("mixed") << QByteArray(R"({"f":["a",1]})") << false << 400 << QStringList();
    QTest::newRow("nested") << QByteArray(R"({"f":[["a"]]})") << false << 400 << QStringList();
    QTest::newRow("single string") << QByteArray(R"({"f":"a"})") << false << 400 << QStringList();
    QTest::newRow("absent") << QByteArray("{}") << false << 0 << QStringList();
}

void TestBodyReader::stringList()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, present);
    QFETCH(int, status);
    QFETCH(QStringList, value);
    BodyReader r(obj(body.constData()));
    const auto v = r.stringList(QStringLiteral("f"));
    QCOMPARE(v.has_value(), present);
    if (present)
        QCOMPARE(*v, value);
    const auto e = finishError(r);
    QCOMPARE(e ? e->status() : 0, status);
}

void TestBodyReader::object_data()
{
    BODY_COLUMNS();
    QTest::newRow("object") << QByteArray(R"({"f":{"a":1}})") << true << 0;
    QTest::newRow("empty object") << QByteArray(R"({"f":{}})") << true << 0;
    QTest::newRow("array") << QByteArray(R"({"f":[1]})") << false << 400;
    QTest::newRow("string") << QByteArray(R"({"f":"{}"})") << false << 400;
    QTest::newRow("null") << QByteArray(R"({"f":null})") << false << 0;
}

void TestBodyReader::object()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, present);
    QFETCH(int, status);
    BodyReader r(obj(body.constData()));
    const auto v = r.object(QStringLiteral("f"));
    QCOMPARE(v.has_value(), present);
    if (present)
        QCOMPARE(QJsonValue(*v), obj(body.constData()).value(QStringLiteral("f")));
    const auto e = finishError(r);
    QCOMPARE(e ? e->status() : 0, status);
}

void TestBodyReader::hasAndNull()
{
    const BodyReader r(obj(R"({"a":1,"b":null,"c":""})"));
    QVERIFY(r.has(QStringLiteral("a")));
    QVERIFY(!r.has(QStringLiteral("b")));
    QVERIFY(r.has(QStringLiteral("c")));
    QVERIFY(!r.has(QStringLiteral("d")));
    QVERIFY(!r.isNull(QStringLiteral("a")));
    QVERIFY(r.isNull(QStringLiteral("b")));
    QVERIFY(!r.isNull(QStringLiteral("d")));
}

void TestBodyReader::requiredMissing()
{
    BodyReader r(obj(R"({"name":null})"));
    QVERIFY(!r.string(QStringLiteral("name"), true));
    QVERIFY(!r.integer(QStringLiteral("count"), true));
    const auto e = finishError(r);
    QVERIFY(e);
    QCOMPARE(e->status(), 422);
    QCOMPARE(e->type(), QStringLiteral("validation_error"));
    QCOMPARE(detailStrings(*e),
             (QStringList{QStringLiteral("name:required"), QStringLiteral("count:required")}));
    QCOMPARE(e->message(), QStringLiteral("name is required"));
}

void TestBodyReader::ruleViolations()
{
    BodyReader r(obj(R"({"recipient":"123","expiresIn":5})"));
    r.string(QStringLiteral("recipient"), true);
    r.integer(QStringLiteral("expiresIn"));
    r.invalid(QStringLiteral("recipient"), QStringLiteral("format"),
              QStringLiteral("recipient must be E.164"));
    r.invalid(QStringLiteral("expiresIn"), QStringLiteral("range"),
              QStringLiteral("expiresIn out of range"));
    const auto e = finishError(r);
    QVERIFY(e);
    QCOMPARE(e->status(), 422);
    QCOMPARE(e->message(), QStringLiteral("recipient must be E.164")); // the first problem leads
    QCOMPARE(detailStrings(*e),
             (QStringList{QStringLiteral("recipient:format"), QStringLiteral("expiresIn:range")}));
}

void TestBodyReader::typeErrorsWin()
{
    // A wrong type (400) outranks a missing or invalid field (422), and all type errors are listed.
    BodyReader r(obj(R"({"scope":"x","metadata":[],"expiresIn":"30"})"));
    r.string(QStringLiteral("recipient"), true);
    r.stringList(QStringLiteral("scope"));
    r.object(QStringLiteral("metadata"));
    r.integer(QStringLiteral("expiresIn"));
    const auto e = finishError(r);
    QVERIFY(e);
    QCOMPARE(e->status(), 400);
    QCOMPARE(e->type(), QStringLiteral("bad_request"));
    QCOMPARE(detailStrings(*e),
             (QStringList{QStringLiteral("scope:type"), QStringLiteral("metadata:type"),
                          QStringLiteral("expiresIn:type")}));
    QCOMPARE(e->message(), QStringLiteral("scope must be an array of strings"));
}

void TestBodyReader::clean()
{
    BodyReader r(
        obj(R"({"recipient":"+2348012345678","scope":["a"],"metadata":{"k":"v"},"expiresIn":60})"));
    QCOMPARE(*r.string(QStringLiteral("recipient"), true), QStringLiteral("+2348012345678"));
    QCOMPARE(*r.stringList(QStringLiteral("scope")), QStringList{QStringLiteral("a")});
    QCOMPARE(r.object(QStringLiteral("metadata"))->value(QStringLiteral("k")).toString(),
             QStringLiteral("v"));
    QCOMPARE(*r.integer(QStringLiteral("expiresIn")), 60);
    QVERIFY(!finishError(r));
    QCOMPARE(r.body().size(), 4);
}

QTEST_GUILESS_MAIN(TestBodyReader)
#include "tst_bodyreader.moc"
