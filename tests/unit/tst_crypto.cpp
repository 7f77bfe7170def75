// Crypto primitives: SHA-256, HMAC-SHA256 (RFC 4231), AES-256-GCM (NIST GCM spec vectors,
// seal/open, tampering), PBKDF2-HMAC-SHA256 (RFC 7914 §11), Random, and key files (0600).
#include "crypto/AesGcm.h"
#include "crypto/Hash.h"
#include "crypto/KeyFiles.h"
#include "crypto/Random.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace mid;

namespace {
QByteArray hex(const char *text)
{
    return QByteArray::fromHex(QByteArray(text));
}

int fileMode(const QString &path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 0777);
}

const QByteArray kKey = hex("feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308");
} // namespace

class TestCrypto : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sha256_data();
    void sha256();
    void hmacRfc4231_data();
    void hmacRfc4231();
    void equalConstantTime_data();
    void equalConstantTime();
    void pbkdf2_data();
    void pbkdf2();
    void random();

    void gcmVectors_data();
    void gcmVectors();
    void sealOpen_data();
    void sealOpen();
    void sealIsRandomized();
    void tamper_data();
    void tamper();

    void writePrivate();
    void writePrivateReplacesLooserFile();
    void dataKeyCreatedOnce();
    void dataKeyFromEnvironment_data();
    void dataKeyFromEnvironment();
    void dataKeyFileCorrupt();
};

void TestCrypto::sha256_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("digest");
    QTest::newRow("empty")
        << QByteArray() << hex("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    QTest::newRow("abc") << QByteArray("abc")
                         << hex("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    QTest::newRow("448 bits")
        << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
        << hex("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    QTest::newRow("million a")
        << QByteArray(1000000, 'a')
        << hex("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

void TestCrypto::sha256()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, digest);
    QCOMPARE(Hash::sha256(input).toHex(), digest.toHex());
}

void TestCrypto::hmacRfc4231_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QByteArray>("mac"); // compared on its length (case 5 is truncated to 128 bits)
    QTest::newRow("case 1")
        << QByteArray(20, '\x0b') << QByteArray("Hi There")
        << hex("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
    QTest::newRow("case 2")
        << QByteArray("Jefe") << QByteArray("what do ya want for nothing?")
        << hex("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    QTest::newRow("case 3")
        << QByteArray(20, '\xaa') << QByteArray(50, '\xdd')
        << hex("773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe");
    QTest::newRow("case 4")
        << hex("0102030405060708090a0b0c0d0e0f10111213141516171819") << QByteArray(50, '\xcd')
        << hex("82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b");
    QTest::newRow("case 5 (truncated)")
        << QByteArray(20, '\x0c') << QByteArray("Test With Truncation")
        << hex("a3b6167473100ee06e0c796c2955552b");
    QTest::newRow("case 6")
        << QByteArray(131, '\xaa')
        << QByteArray("Test Using Larger Than Block-Size Key - Hash Key First")
        << hex("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
    QTest::newRow("case 7")
        << QByteArray(131, '\xaa')
        << QByteArray(
               "This is a test using a larger than block-size key and a larger than block-size "
               "data. The key needs to be hashed before being used by the HMAC algorithm.")
        << hex("9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2");
}

void TestCrypto::hmacRfc4231()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, mac);
    const QByteArray out = Hash::hmacSha256(key, data);
    QCOMPARE(out.size(), 32);
    QCOMPARE(out.left(mac.size()).toHex(), mac.toHex());
}

void TestCrypto::equalConstantTime_data()
{
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");
    QTest::addColumn<bool>("equal");
    QTest::newRow("same") << QByteArray("secret-value") << QByteArray("secret-value") << true;
    QTest::newRow("both empty") << QByteArray() << QByteArray() << true;
    QTest::newRow("last byte") << QByteArray("secret-value") << QByteArray("secret-valuf") << false;
    QTest::newRow("first byte") << QByteArray("secret-value") << QByteArray("Secret-value")
                                << false;
    QTest::newRow("prefix") << QByteArray("secret") << QByteArray("secret-value") << false;
    QTest::newRow("one empty") << QByteArray() << QByteArray("x") << false;
}

void TestCrypto::equalConstantTime()
{
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    QFETCH(bool, equal);
    QCOMPARE(Hash::equalConstantTime(a, b), equal);
    QCOMPARE(Hash::equalConstantTime(b, a), equal);
}

void TestCrypto::pbkdf2_data()
{
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<QByteArray>("salt");
    QTest::addColumn<int>("iterations");
    QTest::addColumn<QByteArray>("derived");
    // RFC 7914 §11 (PBKDF2-HMAC-SHA256 test vectors).
    QTest::newRow("passwd/salt/1")
        << QByteArray("passwd") << QByteArray("salt") << 1
        << hex("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
               "49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783");
    QTest::newRow("Password/NaCl/80000")
        << QByteArray("Password") << QByteArray("NaCl") << 80000
        << hex("4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56"
               "a1d425a1225833549adb841b51c9b3176a272bdebba1d078478f62b397f33c8d");
}

void TestCrypto::pbkdf2()
{
    QFETCH(QByteArray, password);
    QFETCH(QByteArray, salt);
    QFETCH(int, iterations);
    QFETCH(QByteArray, derived);
    QCOMPARE(Hash::pbkdf2Sha256(password, salt, iterations, int(derived.size())).toHex(),
             derived.toHex());
    // The default length is 32 bytes: the first half of the same stream.
    QCOMPARE(Hash::pbkdf2Sha256(password, salt, iterations).toHex(), derived.left(32).toHex());
}

void TestCrypto::random()
{
    QCOMPARE(Random::bytes(0).size(), 0);
    const QByteArray a = Random::bytes(32);
    const QByteArray b = Random::bytes(32);
    QCOMPARE(a.size(), 32);
    QVERIFY(a != b);
    QVERIFY(a != QByteArray(32, '\0'));
}

void TestCrypto::gcmVectors_data()
{
    // "The Galois/Counter Mode of Operation (GCM)", McGrew & Viega, test cases 13, 14, 16.
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("iv");
    QTest::addColumn<QByteArray>("plaintext");
    QTest::addColumn<QByteArray>("aad");
    QTest::addColumn<QByteArray>("ciphertext");
    QTest::addColumn<QByteArray>("tag");
    QTest::newRow("case 13") << QByteArray(32, '\0') << QByteArray(12, '\0') << QByteArray()
                             << QByteArray() << QByteArray()
                             << hex("530f8afbc74536b9a963b4f1c4cb738b");
    QTest::newRow("case 14") << QByteArray(32, '\0') << QByteArray(12, '\0') << QByteArray(16, '\0')
                             << QByteArray() << hex("cea7403d4d606b6e074ec5d3baf39d18")
                             << hex("d0d1c8a799996bf0265b98b5d48ab919");
    QTest::newRow("case 16") << kKey << hex("cafebabefacedbaddecaf888")
                             << hex("d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a"
                                    "721c3c0c95956809532fcf0e24"
                                    "49a6b525b16aedf5aa0de657ba637b39")
                             << hex("feedfacedeadbeeffeedfacedeadbeefabaddad2")
                             << hex("522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1"
                                    "aa8cb08e48590dbb3da7b08b"
                                    "1056828838c5f61e6393ba7a0abcc9f662")
                             << hex("76fc6ece0f4e1768cddf8853bb2d551b");
}

void TestCrypto::gcmVectors()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, iv);
    QFETCH(QByteArray, plaintext);
    QFETCH(QByteArray, aad);
    QFETCH(QByteArray, ciphertext);
    QFETCH(QByteArray, tag);
    const AesGcm::Parts parts = AesGcm::encrypt(key, iv, plaintext, aad);
    QCOMPARE(parts.iv.toHex(), iv.toHex());
    QCOMPARE(parts.ciphertext.toHex(), ciphertext.toHex());
    QCOMPARE(parts.tag.toHex(), tag.toHex());
    const auto plain = AesGcm::decrypt(key, {iv, ciphertext, tag}, aad);
    QVERIFY(plain.has_value());
    QCOMPARE(plain->toHex(), plaintext.toHex());
    // Sealed layout: iv ‖ ciphertext ‖ tag opens the same way.
    const auto opened = AesGcm::open(key, iv + ciphertext + tag, aad);
    QVERIFY(opened.has_value());
    QCOMPARE(*opened, plaintext);
}

void TestCrypto::sealOpen_data()
{
    QTest::addColumn<QByteArray>("plaintext");
    QTest::addColumn<QByteArray>("aad");
    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("short") << QByteArray("mid_cs_secret") << QByteArray();
    QTest::newRow("with aad") << QByteArray("mid_cs_secret")
                              << QByteArray("mid_client_abcdefghijkl");
    QTest::newRow("binary 64 KiB") << Random::bytes(65536) << QByteArray("doc_1");
}

void TestCrypto::sealOpen()
{
    QFETCH(QByteArray, plaintext);
    QFETCH(QByteArray, aad);
    const QByteArray sealed = AesGcm::seal(kKey, plaintext, aad);
    QCOMPARE(sealed.size(), plaintext.size() + 12 + 16);
    if (!plaintext.isEmpty())
        QVERIFY(!sealed.contains(plaintext));
    const auto opened = AesGcm::open(kKey, sealed, aad);
    QVERIFY(opened.has_value());
    QCOMPARE(*opened, plaintext);
}

void TestCrypto::sealIsRandomized()
{
    const QByteArray a = AesGcm::seal(kKey, "same text");
    const QByteArray b = AesGcm::seal(kKey, "same text");
    QVERIFY(a.left(12) != b.left(12)); // fresh IV each time
    QVERIFY(a != b);
}

void TestCrypto::tamper_data()
{
    QTest::addColumn<QString>("what");
    for (const char *w : {"iv", "ciphertext", "tag", "truncated", "extended", "wrong key",
                          "wrong aad", "missing aad", "short key", "too short"})
        QTest::newRow(w) << QString::fromLatin1(w);
}

void TestCrypto::tamper()
{
    QFETCH(QString, what);
    const QByteArray aad = "mid_client_abcdefghijkl";
    QByteArray sealed = AesGcm::seal(kKey, "the client secret", aad);
    QByteArray key = kKey;
    QByteArray usedAad = aad;
    if (what == QLatin1String("iv"))
        sealed[0] = char(sealed[0] ^ 0x01);
    else if (what == QLatin1String("ciphertext"))
        sealed[14] = char(sealed[14] ^ 0x80);
    else if (what == QLatin1String("tag"))
        sealed[sealed.size() - 1] = char(sealed[sealed.size() - 1] ^ 0x01);
    else if (what == QLatin1String("truncated"))
        sealed.chop(1);
    else if (what == QLatin1String("extended"))
        sealed.append('\0');
    else if (what == QLatin1String("wrong key"))
        key[5] = char(key[5] ^ 0x20);
    else if (what == QLatin1String("wrong aad"))
        usedAad = "mid_client_abcdefghijkm";
    else if (what == QLatin1String("missing aad"))
        usedAad.clear();
    else if (what == QLatin1String("short key"))
        key.chop(16);
    else if (what == QLatin1String("too short"))
        sealed = sealed.left(27);
    QVERIFY(!AesGcm::open(key, sealed, usedAad).has_value());
}

void TestCrypto::writePrivate()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("admin-token"));
    QString error;
    QVERIFY2(KeyFiles::writePrivate(path, "token\n", &error), qPrintable(error));
    QCOMPARE(fileMode(path), 0600);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("token\n"));

    QVERIFY(!KeyFiles::writePrivate(dir.filePath(QStringLiteral("no/such/dir/file")), "x", &error));
    QVERIFY(!error.isEmpty());
}

void TestCrypto::writePrivateReplacesLooserFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("secret"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("old");
    }
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                            QFileDevice::ReadGroup | QFileDevice::ReadOther));
    QCOMPARE(fileMode(path), 0644);
    QString error;
    QVERIFY2(KeyFiles::writePrivate(path, "new", &error), qPrintable(error));
    QCOMPARE(fileMode(path), 0600);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("new"));
}

void TestCrypto::dataKeyCreatedOnce()
{
    QTemporaryDir dir;
    QString error;
    const QByteArray first = KeyFiles::loadOrCreateDataKey(dir.path(), {}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(first.size(), 32);
    const QString path = QDir(dir.path()).filePath(QStringLiteral("data.key"));
    QCOMPARE(fileMode(path), 0600);
    QCOMPARE(QFileInfo(path).size(), 32);
    const QByteArray second = KeyFiles::loadOrCreateDataKey(dir.path(), {}, &error);
    QCOMPARE(second, first);

    QTemporaryDir other;
    QVERIFY(KeyFiles::loadOrCreateDataKey(other.path(), {}, &error) != first);
}

void TestCrypto::dataKeyFromEnvironment_data()
{
    QTest::addColumn<QString>("base64");
    QTest::addColumn<bool>("accepted");
    const QByteArray key = QByteArray(32, '\x42');
    QTest::newRow("32 bytes") << QString::fromLatin1(key.toBase64()) << true;
    QTest::newRow("16 bytes") << QString::fromLatin1(QByteArray(16, 'k').toBase64()) << false;
    QTest::newRow("33 bytes") << QString::fromLatin1(QByteArray(33, 'k').toBase64()) << false;
    QTest::newRow("not base64") << QStringLiteral("this is *not* base64 at all!!!!!!!!!!!!!!!!!")
                                << false;
}

void TestCrypto::dataKeyFromEnvironment()
{
    QFETCH(QString, base64);
    QFETCH(bool, accepted);
    QTemporaryDir dir;
    QString error;
    const QByteArray key = KeyFiles::loadOrCreateDataKey(dir.path(), base64, &error);
    QCOMPARE(!key.isEmpty(), accepted);
    QCOMPARE(error.isEmpty(), accepted);
    if (accepted)
        QCOMPARE(key, QByteArray::fromBase64(base64.toLatin1()));
    else
        QVERIFY2(error.contains(QLatin1String("MID_MASTER_KEY")), qPrintable(error));
    // A key from the environment is never written to disk.
    QVERIFY(!QFile::exists(QDir(dir.path()).filePath(QStringLiteral("data.key"))));
}

void TestCrypto::dataKeyFileCorrupt()
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("data.key"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(31, 'x'));
    }
    QString error;
    QVERIFY(KeyFiles::loadOrCreateDataKey(dir.path(), {}, &error).isEmpty());
    QVERIFY2(error.contains(QLatin1String("32-byte")), qPrintable(error));
    // The unusable file is left alone rather than replaced by a new key.
    QCOMPARE(QFileInfo(path).size(), 31);
}

QTEST_GUILESS_MAIN(TestCrypto)
#include "tst_crypto.moc"
