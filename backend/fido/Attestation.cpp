#include "Attestation.h"

#include "VerificationError.h"

namespace mid::fido {

QString attestationTypeName(AttestationType type)
{
    switch (type) {
    case AttestationType::None:
        return QStringLiteral("none");
    case AttestationType::Self:
        return QStringLiteral("self");
    case AttestationType::Basic:
        return QStringLiteral("basic");
    case AttestationType::BasicUntrusted:
        return QStringLiteral("basic-untrusted");
    }
    return {};
}

namespace {
// The format name comes from the authenticator: keep it short and free of control
// characters before it reaches a message, a log line or an audit row.
QString printable(const QString &text)
{
    constexpr qsizetype kMaxShown = 64;
    QString out = text.left(kMaxShown);
    for (QChar &ch : out) {
        if (!ch.isPrint())
            ch = QLatin1Char('?');
    }
    return out;
}
} // namespace

namespace Attestation {

QStringList supportedFormats()
{
    return {QStringLiteral("none"), QStringLiteral("packed"), QStringLiteral("fido-u2f")};
}

AttestationResult verify(const AttestationInput &input)
{
    const QString &format = input.object.format;
    if (format == QLatin1String("none"))
        return verifyNone(input);
    if (format == QLatin1String("packed"))
        return verifyPacked(input);
    if (format == QLatin1String("fido-u2f"))
        return verifyFidoU2f(input);
    throw VerificationError(
        Step::AttestationFormat,
        QStringLiteral("attestation format \"%1\" is not supported "
                       "(supported: %2)")
            .arg(printable(format), supportedFormats().join(QLatin1String(", "))));
}

AttestationResult verifyNone(const AttestationInput &input)
{
    if (!input.object.statement.isEmpty())
        throw VerificationError(Step::AttestationStatement,
                                QStringLiteral("\"none\" attestation must have an empty attStmt"));
    return {};
}

} // namespace Attestation

} // namespace mid::fido
