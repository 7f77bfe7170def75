#include "Base64Url.h"

#include <array>

namespace mid::Base64Url {

namespace {
constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
constexpr qint8 kInvalid = -1;

constexpr std::array<qint8, 256> makeTable()
{
    std::array<qint8, 256> t{};
    for (auto &v : t)
        v = kInvalid;
    for (int i = 0; i < 64; ++i)
        t[static_cast<unsigned char>(kAlphabet[i])] = static_cast<qint8>(i);
    return t;
}
constexpr std::array<qint8, 256> kTable = makeTable();

// Strips up to two '=' and checks that padding, when present, completes a 4-character group.
std::optional<QByteArrayView> unpadded(QByteArrayView text)
{
    qsizetype end = text.size();
    while (end > 0 && text[end - 1] == '=' && text.size() - end < 2)
        --end;
    const bool padded = end != text.size();
    if (padded && text.size() % 4 != 0)
        return std::nullopt;
    return text.first(end);
}
} // namespace

QByteArray encode(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

std::optional<QByteArray> decode(QByteArrayView text)
{
    const auto body = unpadded(text);
    if (!body || body->size() % 4 == 1)
        return std::nullopt;
    QByteArray out;
    out.reserve(body->size() * 3 / 4);
    quint32 acc = 0;
    int bits = 0;
    for (const char ch : *body) {
        const qint8 v = kTable[static_cast<unsigned char>(ch)];
        if (v == kInvalid)
            return std::nullopt;
        acc = (acc << 6) | quint32(v);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out.append(char((acc >> bits) & 0xff));
        }
    }
    // The 2 or 4 bits left over from a short final group must be zero.
    if ((acc & ((1u << bits) - 1)) != 0)
        return std::nullopt;
    return out;
}

} // namespace mid::Base64Url
