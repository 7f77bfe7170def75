#include "Ids.h"

#include "Time.h"
#include "crypto/Random.h"

namespace mid::Ids {

namespace {
constexpr char kAlphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
constexpr unsigned kAlphabetSize = 62;
// 248 is the largest multiple of 62 below 256: bytes at or above it are redrawn.
constexpr unsigned kRejectFrom = 248;
} // namespace

QString base62(int length)
{
    QString out;
    out.reserve(length);
    while (out.size() < length) {
        const QByteArray pool = Random::bytes(length * 2);
        for (char c : pool) {
            const auto byte = static_cast<unsigned char>(c);
            if (byte >= kRejectFrom)
                continue;
            out.append(QLatin1Char(kAlphabet[byte % kAlphabetSize]));
            if (out.size() == length)
                break;
        }
    }
    return out;
}

QString make(const QString &prefix, int length)
{
    return prefix + QLatin1Char('_') + base62(length);
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
    return prefix + QLatin1Char('_') + QLatin1String(time, kTimeDigits) + base62(16);
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
