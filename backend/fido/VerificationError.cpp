#include "VerificationError.h"

namespace mid::fido {

VerificationError::VerificationError(const char *step, const QString &detail)
    : m_step(QString::fromLatin1(step)), m_message(m_step + QLatin1String(": ") + detail),
      m_what(m_message.toUtf8())
{
}

VerificationError VerificationError::cloneWarning(quint32 storedCount, quint32 receivedCount)
{
    VerificationError error(Step::AuthDataSignCount,
                            QStringLiteral("signature counter %1 is not above the stored %2; "
                                           "the authenticator may have been cloned")
                                .arg(receivedCount)
                                .arg(storedCount));
    error.m_cloneWarning = true;
    return error;
}

} // namespace mid::fido
