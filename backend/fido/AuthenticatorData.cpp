#include "AuthenticatorData.h"

#include "Cbor.h"
#include "VerificationError.h"

#include <QtEndian>

#include <limits>

namespace mid::fido {

namespace {
constexpr qsizetype kRpIdHashLength = 32;
constexpr qsizetype kHeaderLength = kRpIdHashLength + 1 + 4; // rpIdHash, flags, signCount
constexpr qsizetype kAaguidLength = 16;
// §7.1 step 25: longer ids are refused so no authenticator can make the RP store megabytes.
constexpr qsizetype kMaxCredentialIdLength = 1023;
constexpr qint64 kCoseKeyAlgLabel = 3;

// Reads fixed-length fields front to back; any read past the end is "truncated".
class Reader
{
public:
    explicit Reader(const QByteArray &data) : m_data(data) {}

    QByteArray take(qsizetype count, const char *what)
    {
        if (count > m_data.size() - m_offset)
            throw VerificationError(
                Step::AuthDataTruncated,
                QStringLiteral("authenticator data ends inside %1").arg(QLatin1String(what)));
        const QByteArray out = m_data.mid(m_offset, count);
        m_offset += count;
        return out;
    }
    quint16 takeUint16(const char *what)
    {
        return qFromBigEndian<quint16>(take(2, what).constData());
    }
    quint32 takeUint32(const char *what)
    {
        return qFromBigEndian<quint32>(take(4, what).constData());
    }

    // The item and, in *raw, its exact encoding.
    QCborValue takeCbor(const char *step, QByteArray *raw = nullptr)
    {
        qsizetype end = 0;
        QCborValue value = Cbor::decodeItem(m_data, m_offset, &end, step, Step::AuthDataTruncated);
        if (raw)
            *raw = m_data.mid(m_offset, end - m_offset);
        m_offset = end;
        return value;
    }

    qsizetype remaining() const { return m_data.size() - m_offset; }

private:
    const QByteArray &m_data;
    qsizetype m_offset = 0;
};

AttestedCredential readAttestedCredential(Reader &reader)
{
    AttestedCredential credential;
    credential.aaguid = reader.take(kAaguidLength, "aaguid");
    const quint16 idLength = reader.takeUint16("credentialIdLength");
    if (idLength == 0 || idLength > kMaxCredentialIdLength)
        throw VerificationError(
            Step::AuthDataAttestedCredential,
            QStringLiteral("credential id length %1 is outside 1..1023").arg(idLength));
    credential.credentialId = reader.take(idLength, "credentialId");

    const QCborValue key =
        reader.takeCbor(Step::AuthDataAttestedCredential, &credential.publicKeyCose);
    if (!key.isMap())
        throw VerificationError(Step::AuthDataAttestedCredential,
                                QStringLiteral("credential public key is not a COSE_Key map"));
    credential.publicKey = key.toMap();
    Cbor::requireUniqueKeys(credential.publicKey, Step::AuthDataAttestedCredential);
    const QCborValue alg = credential.publicKey.value(kCoseKeyAlgLabel);
    if (!alg.isInteger() || alg.toInteger() < std::numeric_limits<int>::min() ||
        alg.toInteger() > std::numeric_limits<int>::max())
        throw VerificationError(Step::AuthDataAttestedCredential,
                                QStringLiteral("credential public key has no integer alg"));
    credential.algorithm = int(alg.toInteger());
    return credential;
}
} // namespace

AuthenticatorData AuthenticatorData::parse(const QByteArray &bytes)
{
    if (bytes.size() < kHeaderLength)
        throw VerificationError(
            Step::AuthDataTruncated,
            QStringLiteral("authenticator data is %1 bytes, at least 37 needed").arg(bytes.size()));
    AuthenticatorData data;
    data.raw = bytes;
    Reader reader(bytes);
    data.rpIdHash = reader.take(kRpIdHashLength, "rpIdHash");
    data.flags.raw = quint8(reader.take(1, "flags").at(0));
    data.signCount = reader.takeUint32("signCount");

    if (data.flags.has(AuthenticatorFlags::AttestedCredentialData))
        data.attestedCredential = readAttestedCredential(reader);
    if (data.flags.has(AuthenticatorFlags::ExtensionData)) {
        const QCborValue extensions = reader.takeCbor(Step::AuthDataExtensions);
        if (!extensions.isMap())
            throw VerificationError(Step::AuthDataExtensions,
                                    QStringLiteral("extensions are not a CBOR map"));
        data.extensions = extensions.toMap();
    }
    if (reader.remaining() != 0)
        throw VerificationError(
            Step::AuthDataTrailingBytes,
            QStringLiteral("%1 unexpected bytes after authenticator data").arg(reader.remaining()));
    return data;
}

} // namespace mid::fido
