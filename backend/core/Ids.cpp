#include "Ids.h"

#include "Time.h"
#include "crypto/Random.h"

#include <QVarLengthArray>

namespace mid::Ids {

namespace {
constexpr char kAlphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
constexpr unsigned kAlphabetSize = 62;
// 248 is the largest multiple of 62 below 256: bytes at or above it are redrawn.
constexpr unsigned kRejectFrom = 248;
} // namespace

namespace {
// Appends `length` random characters of the alphabet (one append: every request gets an id).
void appendBase62(QString &out, int length)
{
    QVarLengthArray<char, 64> chars;
    while (chars.size() < length) {
        const QByteArray pool = Random::bytes(length * 2);
        for (char c : pool) {
            const auto byte = static_cast<unsigned char>(c);
            if (byte >= kRejectFrom)
                continue;
            chars.append(kAlphabet[byte % kAlphabetSize]);
            if (chars.size() == length)
                break;
        }
    }
    out.append(QLatin1String(chars.constData(), chars.size()));
}
} // namespace

QString base62(int length)
{
    QString out;
    out.reserve(length);
    appendBase62(out, length);
    return out;
}

QString make(const QString &prefix, int length)
{
    QString out;
    out.reserve(prefix.size() + 1 + length);
    out.append(prefix).append(QLatin1Char('_'));
    appendBase62(out, length);
    return out;
}

QString makeOrdered(const QString &prefix)
{
    constexpr int kTimeDigits = 8; // 62^8 ms: until the year 8900
    char time[kTimeDigits];
    quint64 ms = quint64(qMax<qint64>(0, Time::nowMs()));
    for (int i = kTimeDigits - 1; i >= 0; --i) {
        time[i] = kAlphabet[ms % kAlphabetSize];
        ms /= kAlphabetSize;
    }
    QString out;
    out.reserve(prefix.size() + 1 + kTimeDigits + 16);
    out.append(prefix).append(QLatin1Char('_')).append(QLatin1String(time, kTimeDigits));
    appendBase62(out, 16);
    return out;
}

QString clientId()
{
    return QStringLiteral("mid_client_") + base62(12);
}

bool looksLike(const QString &id, const QString &prefix)
{
    if (!id.startsWith(prefix + QLatin1Char('_')) || id.size() > 128)
        return false;
    for (qsizetype i = prefix.size() + 1; i < id.size(); ++i) {
        const QChar c = id.at(i);
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
              (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
              (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))))
            return false;
    }
    return true;
}

} // namespace mid::Ids
