// ICAO 9303 TD3 machine readable zones as a client sends them (domain/Mrz): the input, read as
// UTF-8, is parsed against the fixed clock's date; an accepted zone has its five check digits,
// dates within their centuries' windows, and a name that matches itself. The same text is also
// claimed as a name against the zone (or a fixed one), which runs the transliteration and the
// matching on arbitrary text.
#include "domain/Mrz.h"
#include "support/Check.h"
#include "support/FuzzSupport.h"

#include <QDateTime>

using namespace mid;

namespace {

void checkAccepted(const Mrz::Td3 &td3, QDate today)
{
    MID_FUZZ_CHECK(td3.checks.size() == 5, "an accepted MRZ without its five check digits");
    MID_FUZZ_CHECK(td3.checkDigitsValid() == td3.failedChecks().isEmpty(),
                   "checkDigitsValid and failedChecks disagree");
    for (const Mrz::Check &check : td3.checks)
        MID_FUZZ_CHECK(Mrz::checkDigit(check.field) >= 0, "a check over characters of no value");
    MID_FUZZ_CHECK(td3.birthDate.isValid() && td3.birthDate <= today, "a birth date after today");
    MID_FUZZ_CHECK(td3.expiryDate.isValid() && td3.expiryDate <= today.addYears(50) &&
                       td3.expiryDate > today.addYears(-50),
                   "an expiry date outside its window");
    MID_FUZZ_CHECK(!td3.surname.isEmpty(), "an accepted MRZ without a surname");
    MID_FUZZ_CHECK(Mrz::namesMatch(td3.surname, td3.givenNames, td3.surname, td3.givenNames),
                   "an MRZ's names do not match themselves");
    MID_FUZZ_CHECK(Mrz::fullNameMatches(td3.surname, td3.givenNames,
                                        td3.givenNames + QLatin1Char(' ') + td3.surname),
                   "an MRZ's full name does not match itself");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QDate today =
        QDateTime::fromSecsSinceEpoch(fuzz::Fixed::kNowSeconds, Qt::UTC).date();

    const QString text = QString::fromUtf8(fuzz::bytes(data, size));
    QString error;
    const auto td3 = Mrz::parseTd3(text, today, &error);
    if (td3)
        checkAccepted(*td3, today);
    else
        MID_FUZZ_CHECK(!error.isEmpty(), "an MRZ refused without a reason");
    fuzz::say(td3 ? QStringLiteral("accepted, failed checks: ") + td3->failedChecks().join(u' ')
                  : QStringLiteral("refused: ") + error);

    const QString surname = td3 ? td3->surname : QStringLiteral("ERIKSSON");
    const QString givenNames = td3 ? td3->givenNames : QStringLiteral("ANNA MARIA");
    const qsizetype half = text.size() / 2;
    Mrz::namesMatch(surname, givenNames, text.left(half), text.mid(half));
    Mrz::fullNameMatches(surname, givenNames, text);
    return 0;
}
