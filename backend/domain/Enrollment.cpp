#include "Enrollment.h"

namespace mid::EnrollmentRules {

bool isCodeShaped(const QString &code)
{
    if (code.size() != kCodeDigits)
        return false;
    for (const QChar c : code) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

} // namespace mid::EnrollmentRules
