// JsonWriter writes the same compact JSON QJsonDocument would, byte for byte.
#include "core/JsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using mid::JsonWriter;

class TestJsonWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void strings_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << QStringLiteral("hello");
        QTest::newRow("empty") << QString();
        QTest::newRow("quote and backslash") << QStringLiteral("a\"b\\c");
        QTest::newRow("control characters")
            << QStringLiteral("line\nbreak\ttab\r\b\f") + QChar(0x01) + QChar(0x1f);
        QTest::newRow("slash") << QStringLiteral("https://example.com/a/b");
        QTest::newRow("non-ASCII") << QStringLiteral("Zoë – 東京 ✓");
        QTest::newRow("emoji (surrogate pair)") << QString::fromUtf8("\xF0\x9F\x94\x91 key");
        QTest::newRow("line separators") << QString(QChar(0x2028)) + QChar(0x2029);
    }

    void strings()
    {
        QFETCH(QString, text);
        JsonWriter w;
        w.beginObject().key("v").value(text).endObject();
        const QJsonObject expected{{QStringLiteral("v"), text}};
        QCOMPARE(QJsonDocument::fromJson(w.bytes()).object(), expected);
        QCOMPARE(w.bytes(), QJsonDocument(expected).toJson(QJsonDocument::Compact));
    }

    void mixedObject()
    {
        const QJsonObject nested{{QStringLiteral("b"), 1},
                                 {QStringLiteral("a"), QStringLiteral("x")}};
        JsonWriter w;
        w.beginObject()
            .key("array")
            .value(QStringList{QStringLiteral("one"), QStringLiteral("t\"wo")})
            .key("empty")
            .value(QJsonObject())
            .key("flag")
            .value(true)
            .key("nested")
            .value(nested)
            .key("nothing")
            .null()
            .key("number")
            .value(qint64(-42))
            .key("raw")
            .raw("[1,2]")
            .endObject();
        const QJsonObject expected{
            {QStringLiteral("array"), QJsonArray{QStringLiteral("one"), QStringLiteral("t\"wo")}},
            {QStringLiteral("empty"), QJsonObject()},
            {QStringLiteral("flag"), true},
            {QStringLiteral("nested"), nested},
            {QStringLiteral("nothing"), QJsonValue::Null},
            {QStringLiteral("number"), -42},
            {QStringLiteral("raw"), QJsonArray{1, 2}}};
        QCOMPARE(w.bytes(), QJsonDocument(expected).toJson(QJsonDocument::Compact));
    }
};

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
