#include "PhoneNumber.h"

namespace mid::PhoneNumber {

bool isE164(const QString &number)
{
    if (number.size() < 9 || number.size() > 16 || number.at(0) != QLatin1Char('+'))
        return false;
    if (number.at(1) < QLatin1Char('1') || number.at(1) > QLatin1Char('9'))
        return false;
    for (qsizetype i = 2; i < number.size(); ++i) {
        const QChar c = number.at(i);
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

QString masked(const QString &number)
{
    const qsizetype keep = qMin<qsizetype>(4, number.size());
    const bool plus = number.startsWith(QLatin1Char('+'));
    const qsizetype hidden = qMax<qsizetype>(0, number.size() - keep - (plus ? 1 : 0));
    return (plus ? QStringLiteral("+") : QString()) + QString(hidden, QChar(0x2022)) +
           number.right(keep);
}

} // namespace mid::PhoneNumber
