// QrEncoder: libqrencode → PNG / SVG that a stock decoder (zbarimg) reads back exactly.
#include "qr/QrEncoder.h"
#include "support/StockTools.h"

#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace mid;

Q_DECLARE_METATYPE(mid::QrEncoder::EcLevel)

namespace {
QString decode(const QByteArray &image, bool svg, QString *error)
{
    return mid::test::decodeQr(image, svg, error);
}

QString longText(int length)
{
    const QString pattern =
        QStringLiteral("The quick brown fox jumps over the lazy dog 0123456789. ");
    QString s;
    while (s.size() < length)
        s += pattern;
    return s.left(length);
}

// The modules an SVG's path draws, as the matrix it came from (quiet zone removed).
QByteArray svgModules(const QByteArray &svg, int width)
{
    QByteArray dark(qsizetype(width) * width, 0);
    static const QRegularExpression run(QStringLiteral("M(\\d+) (\\d+)h(\\d+)v1h-(\\d+)z"));
    auto it = run.globalMatch(QString::fromUtf8(svg));
    while (it.hasNext()) {
        const auto m = it.next();
        const int x = m.captured(1).toInt() - QrEncoder::kQuietZone;
        const int y = m.captured(2).toInt() - QrEncoder::kQuietZone;
        for (int i = 0; i < m.captured(3).toInt(); ++i)
            dark[y * width + x + i] = 1;
    }
    return dark;
}
} // namespace

class TestQrEncoder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void pngSize_data();
    void pngSize();
    void pngModulesMatchMatrix();
    void svgShape();
    void svgPathMatchesMatrix();
    void tooLong_data();
    void tooLong();
    void sizeTooSmall();
    void empty();
    void levels();
};

void TestQrEncoder::roundTrip_data()
{
    QTest::addColumn<QString>("content");
    QTest::addColumn<int>("size");
    QTest::addColumn<QrEncoder::EcLevel>("level");
    QTest::addColumn<bool>("svg");

    const struct
    {
        const char *name;
        QString content;
        int size;
    } contents[] = {
        {"url",
         QStringLiteral("https://mid.example.com/approve/cons_AbC123xyz?lang=en&x=1%202#frag"),
         300},
        {"unicode", QStringLiteral("Grüße aus Zürich — 東京 ✓ Ωmega"), 300},
        {"1000 chars", longText(1000), 800},
    };
    const QrEncoder::EcLevel levels[] = {QrEncoder::EcLevel::L, QrEncoder::EcLevel::M,
                                         QrEncoder::EcLevel::Q, QrEncoder::EcLevel::H};
    for (const auto &c : contents) {
        for (const auto level : levels) {
            for (const bool svg : {false, true}) {
                QTest::addRow("%s %s %s", c.name, qPrintable(QrEncoder::levelName(level)),
                              svg ? "svg" : "png")
                    << c.content << c.size << level << svg;
            }
        }
    }
}

void TestQrEncoder::roundTrip()
{
    QFETCH(QString, content);
    QFETCH(int, size);
    QFETCH(QrEncoder::EcLevel, level);
    QFETCH(bool, svg);

    const QrEncoder::Result r =
        svg ? QrEncoder::svg(content, size, level) : QrEncoder::png(content, size, level);
    QVERIFY2(r.ok(), qPrintable(r.message));
    if (!svg) {
        const QImage image = QImage::fromData(r.image, "PNG");
        QCOMPARE(image.size(), QSize(size, size));
    }
    QString error;
    const QString decoded = decode(r.image, svg, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(decoded, content);
}

void TestQrEncoder::pngSize_data()
{
    QTest::addColumn<int>("size");
    for (int size : {64, 65, 100, 299, 300, 301, 512, 1000, 2048})
        QTest::addRow("%d", size) << size;
}

void TestQrEncoder::pngSize()
{
    QFETCH(int, size);
    const QString content =
        QStringLiteral("https://mid.example.com/approve/cons_0123456789abcdefghij");
    const QrEncoder::Result r = QrEncoder::png(content, size, QrEncoder::EcLevel::M);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QVERIFY(r.image.startsWith("\x89PNG\r\n\x1a\n"));
    const QImage image = QImage::fromData(r.image, "PNG");
    QCOMPARE(image.width(), size);
    QCOMPARE(image.height(), size);
    QString error;
    const QString decoded = decode(r.image, false, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(decoded, content);
}

// The largest integer scale, centred, quiet zone white, each module one solid square.
void TestQrEncoder::pngModulesMatchMatrix()
{
    const QString content = QStringLiteral("https://mid.example.com/approve/cons_x");
    const int size = 300;
    QrEncoder::Result r;
    const auto matrix = QrEncoder::encode(content.toUtf8(), QrEncoder::EcLevel::M, &r);
    QVERIFY(matrix);
    const int modules = matrix->minimumSize();
    const int scale = size / modules;
    QVERIFY(scale >= 1);
    QVERIFY(size - modules * scale < modules); // no larger integer scale would fit
    const int origin = (size - modules * scale) / 2 + QrEncoder::kQuietZone * scale;

    const QImage image = QImage::fromData(QrEncoder::png(content, size).image, "PNG")
                             .convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < size; ++y) {
        for (int x = 0; x < size; ++x) {
            const int mx = x - origin < 0 ? -1 : (x - origin) / scale;
            const int my = y - origin < 0 ? -1 : (y - origin) / scale;
            const bool inSymbol = mx >= 0 && my >= 0 && mx < matrix->width && my < matrix->width;
            const bool dark = inSymbol && matrix->isDark(mx, my);
            const QRgb want = dark ? qRgb(0, 0, 0) : qRgb(255, 255, 255);
            if (image.pixel(x, y) != want)
                QFAIL(qPrintable(QStringLiteral("pixel %1,%2 is wrong").arg(x).arg(y)));
        }
    }
}

void TestQrEncoder::svgShape()
{
    const QrEncoder::Result r = QrEncoder::svg(QStringLiteral("hello"), 256, QrEncoder::EcLevel::Q);
    QVERIFY2(r.ok(), qPrintable(r.message));
    const QString svg = QString::fromUtf8(r.image);
    QVERIFY(svg.contains(QStringLiteral("width=\"256\" height=\"256\"")));
    QVERIFY(svg.contains(QStringLiteral("shape-rendering=\"crispEdges\"")));
    QVERIFY(svg.contains(QRegularExpression(QStringLiteral("viewBox=\"0 0 (\\d+) \\1\""))));
    QCOMPARE(svg.count(QStringLiteral("<path")), 1);
}

void TestQrEncoder::svgPathMatchesMatrix()
{
    const QString content = QStringLiteral("mobid://auth?session=cons_0123456789abcdefghij");
    QrEncoder::Result r;
    const auto matrix = QrEncoder::encode(content.toUtf8(), QrEncoder::EcLevel::H, &r);
    QVERIFY(matrix);
    const QByteArray svg = QrEncoder::svg(content, 300, QrEncoder::EcLevel::H).image;
    QVERIFY(svg.contains("viewBox=\"0 0 " + QByteArray::number(matrix->minimumSize()) + ' '));
    QCOMPARE(svgModules(svg, matrix->width), matrix->dark);
}

void TestQrEncoder::tooLong_data()
{
    QTest::addColumn<int>("length");
    QTest::addColumn<QrEncoder::EcLevel>("level");
    QTest::addColumn<bool>("fits");
    // Version 40 holds 2953 bytes at L and 1273 at H in 8-bit mode.
    QTest::newRow("1273 H") << 1273 << QrEncoder::EcLevel::H << true;
    QTest::newRow("1274 H") << 1274 << QrEncoder::EcLevel::H << false;
    QTest::newRow("1500 L") << 1500 << QrEncoder::EcLevel::L << true;
    QTest::newRow("2953 L") << 2953 << QrEncoder::EcLevel::L << true;
    QTest::newRow("2954 L") << 2954 << QrEncoder::EcLevel::L << false;
    QTest::newRow("5000 M") << 5000 << QrEncoder::EcLevel::M << false;
}

void TestQrEncoder::tooLong()
{
    QFETCH(int, length);
    QFETCH(QrEncoder::EcLevel, level);
    QFETCH(bool, fits);
    const QString content = longText(length);
    for (const auto &r :
         {QrEncoder::png(content, 2048, level), QrEncoder::svg(content, 2048, level)}) {
        QCOMPARE(r.ok(), fits);
        if (!fits) {
            QCOMPARE(r.error, QrEncoder::Error::TooLong);
            QVERIFY(r.image.isEmpty());
            QVERIFY(r.message.contains(QStringLiteral("too long")));
        }
    }
}

void TestQrEncoder::sizeTooSmall()
{
    // Version 40 is 177 modules + 8 of quiet zone: it cannot fit 100 pixels.
    const QString content = longText(1000);
    for (const auto &r : {QrEncoder::png(content, 100), QrEncoder::svg(content, 100)}) {
        QCOMPARE(r.error, QrEncoder::Error::SizeTooSmall);
        QVERIFY(r.image.isEmpty());
    }
}

void TestQrEncoder::empty()
{
    QCOMPARE(QrEncoder::png(QString(), 300).error, QrEncoder::Error::Empty);
    QCOMPARE(QrEncoder::svg(QString(), 300).error, QrEncoder::Error::Empty);
}

void TestQrEncoder::levels()
{
    for (const QString &name : QrEncoder::levelNames()) {
        const auto level = QrEncoder::parseLevel(name);
        QVERIFY(level);
        QCOMPARE(QrEncoder::levelName(*level), name);
    }
    QVERIFY(QrEncoder::parseLevel(QStringLiteral("q")) == QrEncoder::EcLevel::Q);
    QVERIFY(!QrEncoder::parseLevel(QStringLiteral("X")));
    QVERIFY(!QrEncoder::parseLevel(QString()));
    // Higher levels need more modules for the same content.
    QrEncoder::Result r;
    const QByteArray content = longText(200).toUtf8();
    QVERIFY(QrEncoder::encode(content, QrEncoder::EcLevel::L, &r)->width <
            QrEncoder::encode(content, QrEncoder::EcLevel::H, &r)->width);
}

QTEST_GUILESS_MAIN(TestQrEncoder)
#include "tst_qrencoder.moc"
