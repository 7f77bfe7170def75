// BodyReader: typed reads of a JSON body; wrong types are Malformed (HTTP 400) and rule
// violations Invalid (HTTP 422), both with `details`, every problem gathered before failing.
#include "core/BodyReader.h"
#include "core/ServiceError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace mid;

namespace {
QJsonObject obj(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

// Runs finish(); returns the error it threw, or nullopt.
std::optional<ServiceError> finishError(const BodyReader &reader)
{
    try {
        reader.finish();
    } catch (const ServiceError &e) {
        return e;
    }
    return std::nullopt;
}

// The data tables' name for what finish() reported: "" (nothing), "malformed" or "invalid".
QString kindName(const std::optional<ServiceError> &e)
{
    if (!e)
        return {};
    return e->kind() == ServiceError::Kind::Malformed ? QStringLiteral("malformed")
                                                      : QStringLiteral("invalid");
}

QStringList detailStrings(const ServiceError &e)
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
    void stringBound_data();
    void stringBound();
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
    QTest::addColumn<QString>("error"); /* empty: no error */

void TestBodyReader::string_data()
{
    BODY_COLUMNS();
    QTest::addColumn<QString>("value");
    QTest::newRow("string") << QByteArray(R"({"f":"abc"})") << true << QString()
                            << QStringLiteral("abc");
    QTest::newRow("empty string") << QByteArray(R"({"f":""})") << true << QString() << QString();
    QTest::newRow("absent") << QByteArray("{}") << false << QString() << QString();
    QTest::newRow("null") << QByteArray(R"({"f":null})") << false << QString() << QString();
    QTest::newRow("number") << QByteArray(R"({"f":12})") << false << QStringLiteral("malformed")
                            << QString();
    QTest::newRow("bool") << QByteArray(R"({"f":true})") << false << QStringLiteral("malformed")
                          << QString();
    QTest::newRow("array") << QByteArray(R"({"f":["a"]})") << false << QStringLiteral("malformed")
                           << QString();
    QTest::newRow("object") << QByteArray(R"({"f":{"a":1}})") << false
                            << QStringLiteral("malformed") << QString();
}

void TestBodyReader::string()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, present);
    QFETCH(QString, error);
    QFETCH(QString, value);
    BodyReader r(obj(body.constData()));
    const auto v = r.string(QStringLiteral("f"));
    QCOMPARE(v.has_value(), present);
    if (present)
        QCOMPARE(*v, value);
    const auto e = finishError(r);
    QCOMPARE(kindName(e), error);
    if (e) {
        QCOMPARE(detailStrings(*e), QStringList{QStringLiteral("f:type")});
        QCOMPARE(e->message(), QStringLiteral("f must be a string"));
    }
}

void TestBodyReader::stringBound_data()
{
    QTest::addColumn<qsizetype>("length");
    QTest::addColumn<qsizetype>("bound"); // 0: the default
    QTest::addColumn<bool>("refused");
    QTest::newRow("default, at the bound") << BodyReader::kMaxStringLength << qsizetype(0) << false;
    QTest::newRow("default, one past") << BodyReader::kMaxStringLength + 1 << qsizetype(0) << true;
    QTest::newRow("own bound, at it") << qsizetype(65536) << qsizetype(65536) << false;
    QTest::newRow("own bound, one past") << qsizetype(65537) << qsizetype(65536) << true;
}

// Every string is bounded where it is read (a name, a URL, a PEM document each by its own).
void TestBodyReader::stringBound()
{
    QFETCH(qsizetype, length);
    QFETCH(qsizetype, bound);
    QFETCH(bool, refused);
    BodyReader r(QJsonObject{{QStringLiteral("f"), QString(length, QLatin1Char('x'))}});
    const auto v =
        bound ? r.string(QStringLiteral("f"), false, bound) : r.string(QStringLiteral("f"));
    QVERIFY(v.has_value());
    const auto e = finishError(r);
    QCOMPARE(bool(e), refused);
    if (e) {
        QCOMPARE(kindName(e), QStringLiteral("invalid"));
        QCOMPARE(detailStrings(*e), QStringList{QStringLiteral("f:length")});
    }
}

void TestBodyReader::integer_data()
{
    BODY_COLUMNS();
    QTest::addColumn<qint64>("value");
    QTest::newRow("integer") << QByteArray(R"({"f":300})") << true << QString() << qint64(300);
    QTest::newRow("negative") << QByteArray(R"({"f":-5})") << true << QString() << qint64(-5);
    QTest::newRow("integral double")
        << QByteArray(R"({"f":30.0})") << true << QString() << qint64(30);
    QTest::newRow("large") << QByteArray(R"({"f":4294967296})") << true << QString()
                           << qint64(4294967296LL);
    QTest::newRow("fraction") << QByteArray(R"({"f":1.5})") << false << QStringLiteral("malformed")
                              << qint64(0);
    QTest::newRow("numeric string")
        << QByteArray(R"({"f":"300"})") << false << QStringLiteral("malformed") << qint64(0);
    QTest::newRow("bool") << QByteArray(R"({"f":false})") << false << QStringLiteral("malformed")
                          << qint64(0);
    QTest::newRow("absent") << QByteArray("{}") << false << QString() << qint64(0);
    QTest::newRow("null") << QByteArray(R"({"f":null})") << false << QString() << qint64(0);
}

void TestBodyReader::integer()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, present);
    QFETCH(QString, error);
    QFETCH(qint64, value);
    BodyReader r(obj(body.constData()));
    const auto v = r.integer(QStringLiteral("f"));
    QCOMPARE(v.has_value(), present);
    if (present)
        QCOMPARE(*v, value);
    const auto e = finishError(r);
    QCOMPARE(kindName(e), error);
    if (e)
        QCOMPARE(detailStrings(*e), QStringList{QStringLiteral("f:type")});
}

void TestBodyReader::boolean_data()
{
    BODY_COLUMNS();
    QTest::addColumn<bool>("value");
    QTest::newRow("true") << QByteArray(R"({"f":true})") << true << QString() << true;
    QTest::newRow("false") << QByteArray(R"({"f":false})") << true << QString() << false;
    QTest::newRow("string") << QByteArray(R"({"f":"true"})") << false << QStringLiteral("malformed")
                            << false;
    QTest::newRow("number") << QByteArray(R"({"f":1})") << false << QStringLiteral("malformed")
                            << false;
    QTest::newRow("absent") << QByteArray("{}") << false << QString() << false;
}

void TestBodyReader::boolean()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, present);
    QFETCH(QString, error);
    QFETCH(bool, value);
    BodyReader r(obj(body.constData()));
    const auto v = r.boolean(QStringLiteral("f"));
    QCOMPARE(v.has_value(), present);
    if (present)
        QCOMPARE(*v, value);
    const auto e = finishError(r);
    QCOMPARE(kindName(e), error);
}

void TestBodyReader::stringList_data()
{
    BODY_COLUMNS();
    QTest::addColumn<QStringList>("value");
    QTest::newRow("list") << QByteArray(R"({"f":["a","b"]})") << true << QString()
                          << QStringList{QStringLiteral("a"), QStringLiteral("b")};
    QTest::newRow("empty list") << QByteArray(R"({"f":[]})") << true << QString() << QStringList();
    QTest::newRow("mixed") << QByteArray(R"({"f":["a",1]})") << false << QStringLiteral("malformed")
                           << QStringList();
    QTest::newRow("nested") << QByteArray(R"({"f":[["a"]]})") << false
                            << QStringLiteral("malformed") << QStringList();
    QTest::newRow("single string")
        << QByteArray(R"({"f":"a"})") << false << QStringLiteral("malformed") << QStringList();
    QTest::newRow("absent") << QByteArray("{}") << false << QString() << QStringList();
    const auto listOf = [](int items, int length) {
        QStringList list;
        for (int i = 0; i < items; ++i)
            list << QString(length, QLatin1Char('a'));
        return list;
    };
    const auto bodyWith = [](const QStringList &list) {
        return QJsonDocument(QJsonObject{{QStringLiteral("f"), QJsonArray::fromStringList(list)}})
            .toJson(QJsonDocument::Compact);
    };
    QTest::newRow("100 items: the bound")
        << bodyWith(listOf(100, 1)) << true << QString() << listOf(100, 1);
    QTest::newRow("101 items") << bodyWith(listOf(101, 1)) << false << QStringLiteral("invalid")
                               << QStringList();
    QTest::newRow("an item of 2048 characters: the bound")
        << bodyWith(listOf(1, 2048)) << true << QString() << listOf(1, 2048);
    QTest::newRow("an item of 2049 characters")
        << bodyWith(listOf(1, 2049)) << false << QStringLiteral("invalid") << QStringList();
}

void TestBodyReader::stringList()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, present);
    QFETCH(QString, error);
    QFETCH(QStringList, value);
    BodyReader r(obj(body.constData()));
    const auto v = r.stringList(QStringLiteral("f"));
    QCOMPARE(v.has_value(), present);
    if (present)
        QCOMPARE(*v, value);
    const auto e = finishError(r);
    QCOMPARE(kindName(e), error);
}

void TestBodyReader::object_data()
{
    BODY_COLUMNS();
    QTest::newRow("object") << QByteArray(R"({"f":{"a":1}})") << true << QString();
    QTest::newRow("empty object") << QByteArray(R"({"f":{}})") << true << QString();
    QTest::newRow("array") << QByteArray(R"({"f":[1]})") << false << QStringLiteral("malformed");
    QTest::newRow("string") << QByteArray(R"({"f":"{}"})") << false << QStringLiteral("malformed");
    QTest::newRow("null") << QByteArray(R"({"f":null})") << false << QString();
}

void TestBodyReader::object()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, present);
    QFETCH(QString, error);
    BodyReader r(obj(body.constData()));
    const auto v = r.object(QStringLiteral("f"));
    QCOMPARE(v.has_value(), present);
    if (present)
        QCOMPARE(QJsonValue(*v), obj(body.constData()).value(QStringLiteral("f")));
    const auto e = finishError(r);
    QCOMPARE(kindName(e), error);
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
    QCOMPARE(e->kind(), ServiceError::Kind::Invalid);
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
    QCOMPARE(e->kind(), ServiceError::Kind::Invalid);
    QCOMPARE(e->message(), QStringLiteral("recipient must be E.164")); // the first problem leads
    QCOMPARE(detailStrings(*e),
             (QStringList{QStringLiteral("recipient:format"), QStringLiteral("expiresIn:range")}));
}

void TestBodyReader::typeErrorsWin()
{
    // A wrong type (Malformed) outranks a missing or invalid field (Invalid), and all type
    // errors are listed.
    BodyReader r(obj(R"({"scope":"x","metadata":[],"expiresIn":"30"})"));
    r.string(QStringLiteral("recipient"), true);
    r.stringList(QStringLiteral("scope"));
    r.object(QStringLiteral("metadata"));
    r.integer(QStringLiteral("expiresIn"));
    const auto e = finishError(r);
    QVERIFY(e);
    QCOMPARE(e->kind(), ServiceError::Kind::Malformed);
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
