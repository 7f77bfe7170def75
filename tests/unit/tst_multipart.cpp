// MultipartParser: multipart/form-data (RFC 7578, RFC 2046) read from any cutting of the body,
// bounded, and strict: every refusal names its problem, and is the same whatever the cutting.
#include "http/Multipart.h"

#include <QtTest>

#include <limits>

using namespace mid;

Q_DECLARE_METATYPE(mid::MultipartLimits)

namespace {

const QByteArray kBoundary = "----WebKitFormBoundary7MA4YWxkTrZu0gW";
const QByteArray kType = "multipart/form-data; boundary=" + kBoundary;

// One part as a sender writes it: its delimiter line, its header lines, the empty line, its body.
QByteArray part(const QByteArray &head, const QByteArray &body,
                const QByteArray &boundary = kBoundary)
{
    return "--" + boundary + "\r\n" + (head.isEmpty() ? QByteArray() : head + "\r\n") + "\r\n" +
           body + "\r\n";
}

QByteArray closing(const QByteArray &boundary = kBoundary)
{
    return "--" + boundary + "--\r\n";
}

QByteArray disposition(const QByteArray &name)
{
    return "Content-Disposition: form-data; name=\"" + name + "\"";
}

QByteArray form(const QList<std::pair<QByteArray, QByteArray>> &fields)
{
    QByteArray out;
    for (const auto &[name, body] : fields)
        out += part(disposition(name), body);
    return out + closing();
}

const QByteArray kMrz = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\r\n"
                        "L898902C36UTO7408122F1204159ZE184226B<<<<<10";
// Bytes a file may hold that look like line ends, dashes and most of the delimiter.
const QByteArray kTrickyBinary = QByteArray("\x89PNG\r\n\x1a\n\0\r\n--\r\n\r\n--", 20) + "\r\n--" +
                                 kBoundary.chopped(1) + "\r\n-" + kBoundary + "\r\n\r\r\n\n--";

QByteArrayList rendered(const QList<MultipartPart> &parts)
{
    QByteArrayList out;
    for (const MultipartPart &p : parts)
        out << p.name + '|' + p.filename + '|' + p.contentType + '|' + p.body;
    return out;
}

MultipartLimits limits(qsizetype parts, qsizetype head, qsizetype part, qsizetype total)
{
    return MultipartLimits{parts, head, part, total};
}

// The body cut in pieces of `chunk` bytes (0: parseMultipart on the whole): the parts
// rendered, or nullopt with *error set.
std::optional<QByteArrayList> parse(const QByteArray &type, const QByteArray &body, qsizetype chunk,
                                    const MultipartLimits &limits, QString *error)
{
    if (chunk == 0) {
        const auto parts = parseMultipart(type, body, error, limits);
        return parts ? std::optional(rendered(*parts)) : std::nullopt;
    }
    const std::optional<QByteArray> boundary = MultipartParser::boundaryOf(type, error);
    if (!boundary)
        return std::nullopt;
    MultipartParser parser(*boundary, limits);
    for (qsizetype at = 0; at < body.size(); at += chunk)
        parser.feed(QByteArrayView(body).sliced(at, qMin(chunk, body.size() - at)));
    if (!parser.finish()) {
        *error = parser.error();
        return std::nullopt;
    }
    return rendered(parser.parts());
}

// Byte by byte, 7 at a time, in one feed, and through parseMultipart.
const QList<qsizetype> kChunkings = {1, 7, std::numeric_limits<int>::max(), 0};

} // namespace

class TestMultipart : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void boundaryOf_data();
    void boundaryOf();
    void accepted_data();
    void accepted();
    void refused_data();
    void refused();
    void tenMebibytes();
    void refusedKeepsNothing();
};

void TestMultipart::boundaryOf_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("boundary"); // empty: refused
    QTest::addColumn<QString>("error");

    const QByteArray seventy(70, 'b');
    QTest::newRow("unquoted") << kType << kBoundary << QString();
    QTest::newRow("quoted, every bchar")
        << QByteArray("multipart/form-data; boundary=\"a'()+_,-./:=? b\"")
        << QByteArray("a'()+_,-./:=? b") << QString();
    QTest::newRow("type in capitals, parameters around")
        << QByteArray("Multipart/Form-Data ; charset=utf-8;BOUNDARY = xyz ;") << QByteArray("xyz")
        << QString();
    QTest::newRow("70 characters")
        << "multipart/form-data; boundary=" + seventy << seventy << QString();
    QTest::newRow("71 characters") << "multipart/form-data; boundary=" + seventy + 'b'
                                   << QByteArray() << "the boundary is longer than 70 characters";
    QTest::newRow("no boundary") << QByteArray("multipart/form-data") << QByteArray()
                                 << "the Content-Type has no boundary parameter";
    QTest::newRow("empty boundary") << QByteArray("multipart/form-data; boundary=\"\"")
                                    << QByteArray() << "the boundary is empty";
    QTest::newRow("invalid characters")
        << QByteArray("multipart/form-data; boundary=\"a<b>\"") << QByteArray()
        << "the boundary has a character RFC 2046 does not allow";
    QTest::newRow("ends with a space") << QByteArray("multipart/form-data; boundary=\"ab \"")
                                       << QByteArray() << "the boundary ends with a space";
    QTest::newRow("twice") << QByteArray("multipart/form-data; boundary=a; boundary=b")
                           << QByteArray()
                           << "the Content-Type is malformed: parameter 'boundary' appears twice";
    QTest::newRow("unterminated quote")
        << QByteArray("multipart/form-data; boundary=\"abc") << QByteArray()
        << "the Content-Type is malformed: the value of parameter 'boundary' is malformed";
    QTest::newRow("not multipart/form-data")
        << QByteArray("multipart/mixed; boundary=abc") << QByteArray()
        << "the Content-Type is not multipart/form-data";
    QTest::newRow("empty") << QByteArray() << QByteArray()
                           << "the Content-Type is not multipart/form-data";
}

void TestMultipart::boundaryOf()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, boundary);
    QFETCH(QString, error);

    QString why;
    const std::optional<QByteArray> found = MultipartParser::boundaryOf(contentType, &why);
    QCOMPARE(found.value_or(QByteArray()), boundary);
    QCOMPARE(why, error);
}

void TestMultipart::accepted_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<MultipartLimits>("limits");
    QTest::addColumn<QByteArrayList>("parts"); // name|filename|contentType|body

    const MultipartLimits defaults;
    const QByteArray file = "Content-Disposition: form-data; name=\"file\"; filename=\"id.png\"\r\n"
                            "Content-Type: image/png";
    QTest::newRow("file and mrz")
        << kType << part(file, kTrickyBinary) + part(disposition("mrz"), kMrz) + closing()
        << defaults << QByteArrayList{"file|id.png|image/png|" + kTrickyBinary, "mrz|||" + kMrz};

    const QByteArray quoted = "a'()+_,-./:=? b";
    QTest::newRow("quoted boundary") << "multipart/form-data; boundary=\"" + quoted + '"'
                                     << part(disposition("mrz"), kMrz, quoted) + closing(quoted)
                                     << defaults << QByteArrayList{"mrz|||" + kMrz};
    QTest::newRow("preamble and epilogue")
        << kType
        << "This is a preamble.\r\n-- not a delimiter --\r\n" + form({{"a", "1"}}) +
               "epilogue\r\n--" + kBoundary + "\r\nignored"
        << defaults << QByteArrayList{"a|||1"};
    QTest::newRow("CRLF before the first delimiter")
        << kType << "\r\n" + form({{"a", "1"}}) << defaults << QByteArrayList{"a|||1"};
    QTest::newRow("no line end after the close")
        << kType << form({{"a", "1"}}).chopped(2) << defaults << QByteArrayList{"a|||1"};
    QTest::newRow("transport padding")
        << kType
        << "--" + kBoundary + " \t \r\n" + disposition("a") + "\r\n\r\n1\r\n--" + kBoundary + "--"
        << defaults << QByteArrayList{"a|||1"};
    QTest::newRow("header spellings")
        << kType
        << part("content-DISPOSITION:FORM-DATA;NAME=mrz ;  filename = \"a\\\"b\\\\c.pdf\"\r\n"
                "X-Other: ignored\r\n"
                "CONTENT-TYPE:   application/pdf  ",
                "%PDF") +
               closing()
        << defaults << QByteArrayList{"mrz|a\"b\\c.pdf|application/pdf|%PDF"};
    QTest::newRow("empty bodies") << kType << form({{"a", ""}, {"b", "\r\n"}}) << defaults
                                  << QByteArrayList{"a|||", "b|||\r\n"};
    QTest::newRow("no parts") << kType << closing() << defaults << QByteArrayList{};
    QTest::newRow("part at the limit")
        << kType << form({{"file", QByteArray(16, '\n')}}) << limits(8, 8192, 16, 1024)
        << QByteArrayList{"file|||" + QByteArray(16, '\n')};
    QTest::newRow("parts at the limit")
        << kType << form({{"a", "1"}, {"b", "2"}}) << limits(2, 8192, 16, 1024)
        << QByteArrayList{"a|||1", "b|||2"};
    const QByteArray head = disposition("a"); // its line and the empty line: 4 more bytes
    QTest::newRow("head at the limit")
        << kType << form({{"a", "1"}}) << limits(8, head.size() + 4, 16, 1024)
        << QByteArrayList{"a|||1"};
    QTest::newRow("total at the limit")
        << kType << form({{"a", "1"}}) << limits(8, 8192, 16, form({{"a", "1"}}).size())
        << QByteArrayList{"a|||1"};
}

void TestMultipart::accepted()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(MultipartLimits, limits);
    QFETCH(QByteArrayList, parts);

    for (const qsizetype chunk : kChunkings) {
        QString error;
        const std::optional<QByteArrayList> read = parse(contentType, body, chunk, limits, &error);
        QVERIFY2(read, qPrintable(QStringLiteral("chunk %1: %2").arg(chunk).arg(error)));
        QCOMPARE(*read, parts);
    }
}

void TestMultipart::refused_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<MultipartLimits>("limits");
    QTest::addColumn<QString>("error");

    const MultipartLimits defaults;
    const QByteArray two = form({{"file", "abc"}, {"mrz", kMrz}});
    QTest::newRow("missing boundary") << QByteArray("multipart/form-data") << two << defaults
                                      << "the Content-Type has no boundary parameter";
    QTest::newRow("boundary with invalid characters")
        << QByteArray("multipart/form-data; boundary=\"a\\\"b\"") << two << defaults
        << "the boundary has a character RFC 2046 does not allow";
    QTest::newRow("boundary over 70 characters")
        << "multipart/form-data; boundary=" + QByteArray(71, 'x') << two << defaults
        << "the boundary is longer than 70 characters";
    QTest::newRow("no boundary line")
        << kType << QByteArray("just text") << defaults << "the body has no boundary line";
    QTest::newRow("ends inside a part")
        << kType << two.first(two.indexOf("abc") + 2) << defaults
        << "the body ends before the closing boundary (inside part 'file')";
    QTest::newRow("ends inside a head")
        << kType << "--" + kBoundary + "\r\nContent-Disposition: form-da" << defaults
        << "the body ends before the closing boundary";
    QTest::newRow("no closing boundary") << kType << two.first(two.lastIndexOf("--\r\n")) + "\r\n"
                                         << defaults << "the body ends before the closing boundary";
    QTest::newRow("no closing boundary, no line end")
        << kType << two.first(two.lastIndexOf("--\r\n")) << defaults
        << "the body ends before the closing boundary";
    QTest::newRow("part over the limit")
        << kType << form({{"file", QByteArray(17, '\n')}}) << limits(8, 8192, 16, 1024)
        << "part 'file' exceeds 16 bytes";
    QTest::newRow("too many parts")
        << kType << form({{"a", "1"}, {"b", "2"}, {"c", "3"}}) << limits(2, 8192, 16, 1024)
        << "the body has more than 2 parts";
    QTest::newRow("over the total")
        << kType << form({{"a", "1"}}) << limits(8, 8192, 16, form({{"a", "1"}}).size() - 1)
        << QString("the body exceeds %1 bytes").arg(form({{"a", "1"}}).size() - 1);
    QTest::newRow("nested multipart")
        << kType
        << part(disposition("file") + "\r\nContent-Type: Multipart/Mixed; boundary=inner",
                "--inner\r\n\r\nx\r\n--inner--") +
               closing()
        << defaults << "part 1 is itself multipart: nested parts are refused";
    QTest::newRow("no Content-Disposition")
        << kType << part(disposition("a"), "1") + part("Content-Type: text/plain", "2") + closing()
        << defaults << "part 2 has no Content-Disposition";
    QTest::newRow("no header at all")
        << kType << part("", "1") + closing() << defaults << "part 1 has no Content-Disposition";
    QTest::newRow("no name") << kType
                             << part("Content-Disposition: form-data; filename=\"a.png\"", "1") +
                                    closing()
                             << defaults << "part 1 has no name";
    QTest::newRow("empty name") << kType << form({{"", "1"}}) << defaults << "part 1 has no name";
    QTest::newRow("not form-data")
        << kType << part("Content-Disposition: attachment; name=\"a\"", "1") + closing() << defaults
        << "part 1's disposition is not form-data";
    QTest::newRow("malformed disposition")
        << kType << part("Content-Disposition: form-data; name=\"a", "1") + closing() << defaults
        << "part 1's Content-Disposition is malformed: the value of parameter 'name' is "
           "malformed";
    QTest::newRow("name twice in a disposition")
        << kType << part("Content-Disposition: form-data; name=a; NAME=b", "1") + closing()
        << defaults << "part 1's Content-Disposition is malformed: parameter 'name' appears twice";
    QTest::newRow("two dispositions")
        << kType << part(disposition("a") + "\r\n" + disposition("b"), "1") + closing() << defaults
        << "part 1 has two Content-Disposition headers";
    QTest::newRow("duplicate name")
        << kType << form({{"mrz", "1"}, {"mrz", "2"}}) << defaults << "two parts are named 'mrz'";
    const QByteArray head = disposition("a");
    QTest::newRow("head over the limit")
        << kType << form({{"a", "1"}}) << limits(8, head.size() + 3, 16, 1024)
        << QString("part 1's head exceeds %1 bytes").arg(head.size() + 3);
    QTest::newRow("head without its end over the limit")
        << kType << "--" + kBoundary + "\r\n" + QByteArray(100, 'X') << limits(8, 64, 16, 1024)
        << "part 1's head exceeds 64 bytes";
    QTest::newRow("padding over the limit")
        << kType << "--" + kBoundary + QByteArray(65, ' ') + "\r\n"
        << limits(8, 64, 16, 1024) << "part 1's head exceeds 64 bytes";
    QTest::newRow("header line without colon")
        << kType << part(disposition("a") + "\r\nContent-Type text/plain", "1") + closing()
        << defaults << "part 1 has a header line without ':'";
    QTest::newRow("bare LF in a header line")
        << kType << part(disposition("a") + "\nContent-Type: text/plain", "1") + closing()
        << defaults << "part 1 has a NUL, CR or LF inside a header line";
    QTest::newRow("bare CR in a header line")
        << kType << part(disposition("a") + "\rX: y", "1") + closing() << defaults
        << "part 1 has a NUL, CR or LF inside a header line";
    QTest::newRow("NUL in a header line")
        << kType << part(disposition(QByteArray("a\0b", 3)), "1") + closing() << defaults
        << "part 1 has a NUL, CR or LF inside a header line";
    QTest::newRow("folded header line")
        << kType << part("Content-Disposition: form-data;\r\n name=\"a\"", "1") + closing()
        << defaults << "part 1 has a folded header line";
    QTest::newRow("space before a colon")
        << kType << part("Content-Disposition : form-data; name=a", "1") + closing() << defaults
        << "part 1 has a malformed header name";
    QTest::newRow("boundary as a prefix of a line")
        << kType << part(disposition("a"), "1\r\n--" + kBoundary + "X") + closing() << defaults
        << "a line starts with the boundary but is not a delimiter";
    QTest::newRow("boundary followed by one dash")
        << kType << part(disposition("a"), "1") + "--" + kBoundary + "-\r\n"
        << defaults << "a line starts with the boundary but is not a delimiter";
    QTest::newRow("padding before the close")
        << kType << part(disposition("a"), "1") + "--" + kBoundary + " --\r\n"
        << defaults << "a line starts with the boundary but is not a delimiter";
}

void TestMultipart::refused()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(MultipartLimits, limits);
    QFETCH(QString, error);

    for (const qsizetype chunk : kChunkings) {
        QString why;
        const std::optional<QByteArrayList> read = parse(contentType, body, chunk, limits, &why);
        QVERIFY2(!read, qPrintable(QStringLiteral("chunk %1 accepted").arg(chunk)));
        QCOMPARE(why, error);
    }
}

// A real-size document: 10 MiB is taken, one byte more is not, in one piece or in socket-sized
// reads; read in pieces, the part holds no more memory than the limit.
void TestMultipart::tenMebibytes()
{
    const qsizetype limit = MultipartLimits().maxPartBytes;
    QByteArray document(limit, '\0');
    for (qsizetype i = 0; i < document.size(); ++i)
        document[i] = char(i * 7 + (i >> 10)); // CR, LF and '-' in every arrangement
    const QByteArray file = "Content-Disposition: form-data; name=\"file\"; filename=\"scan.pdf\"";

    QString error;
    const QByteArray body = part(file, document) + part(disposition("mrz"), kMrz) + closing();
    const auto parts = parseMultipart(kType, body, &error);
    QVERIFY2(parts, qPrintable(error));
    QCOMPARE(parts->size(), 2);
    QVERIFY(parts->at(0).body == document);

    MultipartParser streamed(kBoundary);
    for (qsizetype at = 0; at < body.size(); at += 65536)
        QVERIFY(streamed.feed(
            QByteArrayView(body).sliced(at, qMin<qsizetype>(65536, body.size() - at))));
    QVERIFY(streamed.finish());
    QVERIFY(streamed.parts() == *parts);
    QVERIFY(streamed.parts().at(0).body.capacity() <= limit); // grown in pieces, not past it

    const QByteArray over = part(file, document + 'x') + closing();
    QVERIFY(!parseMultipart(kType, over, &error));
    QCOMPARE(error, QStringLiteral("part 'file' exceeds 10485760 bytes"));
}

// After a refusal the parser holds no part and takes nothing more, even a valid rest.
void TestMultipart::refusedKeepsNothing()
{
    MultipartParser parser(kBoundary);
    QVERIFY(parser.feed(part(disposition("a"), "1")));
    QVERIFY(!parser.feed(part(disposition("a"), "2")));
    QCOMPARE(parser.error(), QStringLiteral("two parts are named 'a'"));
    QVERIFY(parser.parts().isEmpty());
    QVERIFY(!parser.feed(closing()));
    QVERIFY(!parser.finish());
    QCOMPARE(parser.error(), QStringLiteral("two parts are named 'a'"));

    MultipartParser invalid("bad<boundary>");
    QVERIFY(invalid.failed());
    QVERIFY(!invalid.feed(closing("bad<boundary>")));
}

QTEST_MAIN(TestMultipart)
#include "tst_multipart.moc"
