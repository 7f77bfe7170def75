// Mrz: ICAO 9303 TD3 machine readable zones (passports), their check digits, and matching the
// name a client claims against the document's.
#include "domain/Mrz.h"

#include <QtTest>

using namespace mid;

namespace {

// ICAO 9303 Part 4, Appendix A: Anna Maria Eriksson's passport from Utopia.
const QString ErikssonLine1 = QStringLiteral("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<");
const QString ErikssonLine2 = QStringLiteral("L898902C36UTO7408122F1204159ZE184226B<<<<<10");
const QDate Today(2024, 6, 1);

QString withCharacter(QString line, qsizetype index, QChar c)
{
    line[index] = c;
    return line;
}

QString withText(QString line, qsizetype index, const QString &text)
{
    return line.replace(index, text.size(), text);
}

// Line 1 of a passport from Utopia with this name field (padded with fillers, cut at 44).
QString line1WithName(const QString &name)
{
    return (QStringLiteral("P<UTO") + name).leftJustified(44, u'<', true);
}

Mrz::Td3 parsed(const QString &line1, const QString &line2)
{
    QString error;
    const auto td3 = Mrz::parseTd3(QStringList{line1, line2}, Today, &error);
    if (!td3)
        qFatal("refused: %s", qPrintable(error));
    return *td3;
}

} // namespace

class TestMrz : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void checkDigit_data();
    void checkDigit();
    void eriksson();
    void lineSeparators_data();
    void lineSeparators();
    void brokenChecks_data();
    void brokenChecks();
    void unusedPersonalNumber_data();
    void unusedPersonalNumber();
    void refused_data();
    void refused();
    void century_data();
    void century();
    void sexAndCodes();
    void names_data();
    void names();
    void fullNames_data();
    void fullNames();
};

void TestMrz::checkDigit_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("digit");
    // Part 3 §4.9's worked examples, then the fields of the Eriksson passport.
    QTest::newRow("date 520727") << QStringLiteral("520727") << 3;
    QTest::newRow("number AB2134<<<") << QStringLiteral("AB2134<<<") << 5;
    QTest::newRow("document number") << QStringLiteral("L898902C3") << 6;
    QTest::newRow("birth date") << QStringLiteral("740812") << 2;
    QTest::newRow("expiry date") << QStringLiteral("120415") << 9;
    QTest::newRow("personal number") << QStringLiteral("ZE184226B<<<<<") << 1;
    QTest::newRow("composite") << QStringLiteral("L898902C367408122120415"
                                                 "9ZE184226B<<<<<1")
                               << 0;
    QTest::newRow("fillers") << QStringLiteral("<<<<<<<<<<<<<<") << 0;
    QTest::newRow("empty") << QString() << 0;
    QTest::newRow("lowercase") << QStringLiteral("ab2134") << -1;
    QTest::newRow("diacritic") << QStringLiteral("É") << -1;
    QTest::newRow("space") << QStringLiteral("AB 2134") << -1;
}

void TestMrz::checkDigit()
{
    QFETCH(QString, field);
    QFETCH(int, digit);
    QCOMPARE(Mrz::checkDigit(field), digit);
}

void TestMrz::eriksson()
{
    const Mrz::Td3 td3 = parsed(ErikssonLine1, ErikssonLine2);
    QCOMPARE(td3.documentCode, QStringLiteral("P"));
    QCOMPARE(td3.issuingState, QStringLiteral("UTO"));
    QCOMPARE(td3.surname, QStringLiteral("ERIKSSON"));
    QCOMPARE(td3.givenNames, QStringLiteral("ANNA MARIA"));
    QCOMPARE(td3.documentNumber, QStringLiteral("L898902C3"));
    QCOMPARE(td3.nationality, QStringLiteral("UTO"));
    QCOMPARE(td3.birthDate, QDate(1974, 8, 12));
    QCOMPARE(td3.sex, QStringLiteral("F"));
    QCOMPARE(td3.expiryDate, QDate(2012, 4, 15));
    QCOMPARE(td3.personalNumber, QStringLiteral("ZE184226B"));
    QVERIFY(td3.checkDigitsValid());
    QCOMPARE(td3.failedChecks(), QStringList());

    QCOMPARE(td3.checks.size(), 5);
    const QStringList names{QStringLiteral("documentNumber"), QStringLiteral("birthDate"),
                            QStringLiteral("expiryDate"), QStringLiteral("personalNumber"),
                            QStringLiteral("composite")};
    const QStringList digits{QStringLiteral("6"), QStringLiteral("2"), QStringLiteral("9"),
                             QStringLiteral("1"), QStringLiteral("0")};
    for (qsizetype i = 0; i < td3.checks.size(); ++i) {
        QCOMPARE(td3.checks[i].name, names[i]);
        QCOMPARE(td3.checks[i].expected, digits[i]);
        QCOMPARE(td3.checks[i].found, digits[i]);
        QVERIFY(td3.checks[i].valid);
    }
    QCOMPARE(td3.checks[0].field, QStringLiteral("L898902C3"));
    QCOMPARE(td3.checks[3].field, QStringLiteral("ZE184226B<<<<<"));
    QCOMPARE(td3.checks[4].field, QStringLiteral("L898902C367408122120415"
                                                 "9ZE184226B<<<<<1"));
}

void TestMrz::lineSeparators_data()
{
    QTest::addColumn<QString>("mrz");
    QTest::newRow("\\n") << ErikssonLine1 + u'\n' + ErikssonLine2;
    QTest::newRow("\\r\\n") << ErikssonLine1 + QStringLiteral("\r\n") + ErikssonLine2;
    QTest::newRow("surrounding whitespace") << QStringLiteral("\n  ") + ErikssonLine1 +
                                                   QStringLiteral(" \r\n\t") + ErikssonLine2 +
                                                   QStringLiteral("\r\n\n");
}

void TestMrz::lineSeparators()
{
    QFETCH(QString, mrz);
    QString error;
    const auto td3 = Mrz::parseTd3(mrz, Today, &error);
    QVERIFY2(td3, qPrintable(error));
    QCOMPARE(td3->documentNumber, QStringLiteral("L898902C3"));
    QVERIFY(td3->checkDigitsValid());
}

void TestMrz::brokenChecks_data()
{
    QTest::addColumn<qsizetype>("index");
    QTest::addColumn<QChar>("character");
    QTest::addColumn<QStringList>("failed");
    // A check digit is itself covered by the composite (except the composite's own), so
    // breaking one breaks the composite too; a changed data character breaks its field's check
    // and the composite. Nationality and sex are covered by no check digit.
    const QString composite = QStringLiteral("composite");
    const auto row = [&](const char *name, qsizetype index, QChar c, const QStringList &failed) {
        QTest::newRow(name) << index << c << failed;
    };
    row("documentNumber digit", 9, u'7', {QStringLiteral("documentNumber"), composite});
    row("birthDate digit", 19, u'3', {QStringLiteral("birthDate"), composite});
    row("expiryDate digit", 27, u'8', {QStringLiteral("expiryDate"), composite});
    row("personalNumber digit", 42, u'2', {QStringLiteral("personalNumber"), composite});
    row("composite digit", 43, u'1', {composite});
    row("documentNumber digit filler", 9, u'<', {QStringLiteral("documentNumber"), composite});
    // The composite reads G as 16, which adds up as the 6 it replaces: only the letter's check
    // fails.
    row("documentNumber digit letter", 9, u'G', {QStringLiteral("documentNumber")});
    row("documentNumber data", 1, u'9', {QStringLiteral("documentNumber"), composite});
    row("birthDate data", 18, u'3', {QStringLiteral("birthDate"), composite});
    row("expiryDate data", 26, u'6', {QStringLiteral("expiryDate"), composite});
    row("personalNumber data", 28, u'Y', {QStringLiteral("personalNumber"), composite});
    row("personalNumber filler", 40, u'B', {QStringLiteral("personalNumber"), composite});
    row("nationality", 12, u'P', {});
    row("sex", 20, u'M', {});
}

void TestMrz::brokenChecks()
{
    QFETCH(qsizetype, index);
    QFETCH(QChar, character);
    QFETCH(QStringList, failed);
    const Mrz::Td3 td3 = parsed(ErikssonLine1, withCharacter(ErikssonLine2, index, character));
    QCOMPARE(td3.failedChecks(), failed);
    QCOMPARE(td3.checkDigitsValid(), failed.isEmpty());
    QCOMPARE(td3.checks.size(), 5);
}

void TestMrz::unusedPersonalNumber_data()
{
    QTest::addColumn<QChar>("digit");
    QTest::addColumn<bool>("valid");
    QTest::newRow("filler") << QChar(u'<') << true;
    QTest::newRow("zero") << QChar(u'0') << true;
    QTest::newRow("one") << QChar(u'1') << false;
}

void TestMrz::unusedPersonalNumber()
{
    QFETCH(QChar, digit);
    QFETCH(bool, valid);
    // A German passport: a one-letter state code, no personal number. '<' and '0' are both 0 in
    // the composite, which covers the personal number's check digit.
    const QString line1 =
        line1WithName(QStringLiteral("MUSTERMANN<<ERIKA")).replace(2, 3, QStringLiteral("D<<"));
    const QString line2 =
        withCharacter(QStringLiteral("C01X00T478D<<6408125F2702283<<<<<<<<<<<<<<<4"), 42, digit);
    const Mrz::Td3 td3 = parsed(line1, line2);
    QCOMPARE(td3.issuingState, QStringLiteral("D"));
    QCOMPARE(td3.nationality, QStringLiteral("D"));
    QCOMPARE(td3.personalNumber, QString());
    QCOMPARE(td3.checks[3].expected, QStringLiteral("0"));
    QCOMPARE(td3.checks[3].valid, valid);
    QCOMPARE(td3.checks[4].valid, valid);
}

void TestMrz::refused_data()
{
    QTest::addColumn<QString>("mrz");
    QTest::addColumn<QString>("error");
    const QString eriksson = ErikssonLine1 + u'\n' + ErikssonLine2;
    const auto row = [](const char *name, const QString &mrz, const char *error) {
        QTest::newRow(name) << mrz << QString::fromUtf8(error);
    };
    const auto line1 = [&](const QString &line) { return line + u'\n' + ErikssonLine2; };
    const auto line2 = [&](const QString &line) { return ErikssonLine1 + u'\n' + line; };

    row("empty", QStringLiteral(" \n "), "a TD3 MRZ has 2 lines, found 0");
    row("one line", ErikssonLine1, "a TD3 MRZ has 2 lines, found 1");
    row("joined", ErikssonLine1 + ErikssonLine2, "a TD3 MRZ has 2 lines, found 1");
    row("three lines", eriksson + u'\n' + ErikssonLine2, "a TD3 MRZ has 2 lines, found 3");
    row("blank line between", ErikssonLine1 + QStringLiteral("\n\n") + ErikssonLine2,
        "a TD3 MRZ has 2 lines, found 3");
    row("line 2 short", line2(ErikssonLine2.left(43)),
        "line 2 has 43 characters, a TD3 line has 44");
    row("line 1 long", line1(ErikssonLine1 + u'<'), "line 1 has 45 characters, a TD3 line has 44");
    row("TD1 line", line1(ErikssonLine1.left(30)), "line 1 has 30 characters, a TD3 line has 44");
    row("lowercase", eriksson.toLower(),
        "character 'p' at line 1 position 1 is lowercase: an MRZ is written in capitals "
        "(A–Z, 0–9, <)");
    row("lowercase in line 2", line2(withCharacter(ErikssonLine2, 36, u'b')),
        "character 'b' at line 2 position 37 is lowercase: an MRZ is written in capitals "
        "(A–Z, 0–9, <)");
    row("diacritic", line2(withCharacter(ErikssonLine2, 4, u'é')),
        "character 'é' at line 2 position 5 is not allowed in an MRZ (A–Z, 0–9, <)");
    row("space", line1(withCharacter(ErikssonLine1, 13, u' ')),
        "character ' ' at line 1 position 14 is not allowed in an MRZ (A–Z, 0–9, <)");
    row("tab", line1(withCharacter(ErikssonLine1, 13, u'\t')),
        "character U+0009 at line 1 position 14 is not allowed in an MRZ (A–Z, 0–9, <)");
    row("emoji", line1(withText(ErikssonLine1, 20, QStringLiteral("😀"))),
        "character '😀' at line 1 position 21 is not allowed in an MRZ (A–Z, 0–9, <)");
    row("identity card", line1(withCharacter(ErikssonLine1, 0, u'I')),
        "line 1 must start with P (a passport), found I");
    row("visa", line1(withCharacter(ErikssonLine1, 0, u'V')),
        "line 1 must start with P (a passport), found V");
    row("document type digit", line1(withCharacter(ErikssonLine1, 1, u'1')),
        "document code P1 must be letters followed by fillers (<)");
    row("issuing state digit", line1(withCharacter(ErikssonLine1, 3, u'1')),
        "issuing state U1O must be letters followed by fillers (<)");
    row("issuing state filler inside", line1(withCharacter(ErikssonLine1, 3, u'<')),
        "issuing state U<O must be letters followed by fillers (<)");
    row("issuing state fillers", line1(withText(ErikssonLine1, 2, QStringLiteral("<<<"))),
        "issuing state <<< must be letters followed by fillers (<)");
    row("name digit", line1(withCharacter(ErikssonLine1, 7, u'1')),
        "the name (line 1 from position 6) has a digit at position 8");
    row("no surname", line1(line1WithName(QStringLiteral("<<ANNA<MARIA"))),
        "the name has no surname (primary identifier)");
    row("no name", line1(line1WithName(QString())), "the name has no surname (primary identifier)");
    row("no document number", line2(withText(ErikssonLine2, 0, QStringLiteral("<<<<<<<<<"))),
        "the document number is empty");
    row("nationality digit", line2(withCharacter(ErikssonLine2, 12, u'0')),
        "nationality UT0 must be letters followed by fillers (<)");
    row("birth month 13", line2(withText(ErikssonLine2, 13, QStringLiteral("741312"))),
        "birth date 741312 is not a date (YYMMDD)");
    row("birth day 0", line2(withText(ErikssonLine2, 13, QStringLiteral("740800"))),
        "birth date 740800 is not a date (YYMMDD)");
    row("birth 29 February 2023", line2(withText(ErikssonLine2, 13, QStringLiteral("230229"))),
        "birth date 230229 is not a date (YYMMDD)");
    row("birth day unknown", line2(withText(ErikssonLine2, 13, QStringLiteral("7408<<"))),
        "birth date 7408<< is not a date (YYMMDD)");
    row("birth letter", line2(withCharacter(ErikssonLine2, 14, u'O')),
        "birth date 7O0812 is not a date (YYMMDD)");
    row("expiry 31 April", line2(withText(ErikssonLine2, 21, QStringLiteral("120431"))),
        "expiry date 120431 is not a date (YYMMDD)");
    row("sex X", line2(withCharacter(ErikssonLine2, 20, u'X')),
        "sex X at line 2 position 21 must be M, F or <");
    row("sex digit", line2(withCharacter(ErikssonLine2, 20, u'1')),
        "sex 1 at line 2 position 21 must be M, F or <");
}

void TestMrz::refused()
{
    QFETCH(QString, mrz);
    QFETCH(QString, error);
    QString actual;
    QVERIFY(!Mrz::parseTd3(mrz, Today, &actual));
    QCOMPARE(actual, error);
    QVERIFY(!Mrz::parseTd3(mrz, Today)); // no error wanted: still refused
}

void TestMrz::century_data()
{
    QTest::addColumn<qsizetype>("index");
    QTest::addColumn<QString>("yymmdd");
    QTest::addColumn<QDate>("date");
    // Today is 1 June 2024: no birth after it, no expiry after 1 June 2074.
    const auto birth = [](const char *name, const char *yymmdd, QDate date) {
        QTest::newRow(name) << qsizetype(13) << QString::fromLatin1(yymmdd) << date;
    };
    const auto expiry = [](const char *name, const char *yymmdd, QDate date) {
        QTest::newRow(name) << qsizetype(21) << QString::fromLatin1(yymmdd) << date;
    };
    birth("born today", "240601", QDate(2024, 6, 1));
    birth("born tomorrow: a century ago", "240602", QDate(1924, 6, 2));
    birth("born 2000", "000101", QDate(2000, 1, 1));
    birth("born 29 February 2000", "000229", QDate(2000, 2, 29));
    birth("born 1999", "991231", QDate(1999, 12, 31));
    birth("born 1930", "300101", QDate(1930, 1, 1));
    expiry("expired 2010", "100101", QDate(2010, 1, 1));
    expiry("expires 2034", "340101", QDate(2034, 1, 1));
    expiry("expires in 50 years", "740601", QDate(2074, 6, 1));
    expiry("one day later: last century", "740602", QDate(1974, 6, 2));
    expiry("expired 1999", "990101", QDate(1999, 1, 1));
}

void TestMrz::century()
{
    QFETCH(qsizetype, index);
    QFETCH(QString, yymmdd);
    QFETCH(QDate, date);
    const Mrz::Td3 td3 = parsed(ErikssonLine1, withText(ErikssonLine2, index, yymmdd));
    QCOMPARE(index == 13 ? td3.birthDate : td3.expiryDate, date);
}

void TestMrz::sexAndCodes()
{
    const QString line1 = withText(ErikssonLine1, 0, QStringLiteral("PD"));
    QCOMPARE(parsed(line1, ErikssonLine2).documentCode, QStringLiteral("PD"));
    QCOMPARE(parsed(ErikssonLine1, withCharacter(ErikssonLine2, 20, u'M')).sex,
             QStringLiteral("M"));
    QCOMPARE(parsed(ErikssonLine1, withCharacter(ErikssonLine2, 20, u'<')).sex,
             QStringLiteral("X"));
}

void TestMrz::names_data()
{
    QTest::addColumn<QString>("nameField");
    QTest::addColumn<QString>("surname");
    QTest::addColumn<QString>("givenNames");
    QTest::addColumn<bool>("match");
    const auto row = [](const char *name, const char *field, const char *surname,
                        const char *givenNames, bool match) {
        QTest::newRow(name) << QString::fromLatin1(field) << QString::fromUtf8(surname)
                            << QString::fromUtf8(givenNames) << match;
    };
    const char *eriksson = "ERIKSSON<<ANNA<MARIA";
    row("as printed", eriksson, "ERIKSSON", "ANNA MARIA", true);
    row("mixed case", eriksson, "Eriksson", "Anna Maria", true);
    row("hyphen and spaces", eriksson, "  eriksson ", "Anna -  Maria", true);
    row("first given name only", eriksson, "Eriksson", "Anna", false);
    row("given names swapped", eriksson, "Eriksson", "Maria Anna", false);
    row("extra given name", eriksson, "Eriksson", "Anna Maria Louise", false);
    row("surname misspelled", eriksson, "Erikson", "Anna Maria", false);
    row("no given names", eriksson, "Eriksson", "", false);
    row("no surname", eriksson, "", "Anna Maria", false);
    row("surname and given swapped", eriksson, "Anna Maria", "Eriksson", false);
    row("digit", eriksson, "Eriksson", "Anna Maria 2", false);
    row("holder without given names", "ERIKSSON", "Eriksson", "", true);
    row("holder without given names, one claimed", "ERIKSSON", "Eriksson", "Anna", false);

    row("umlaut as UE", "MUELLER<<JUERGEN", "Müller", "Jürgen", true);
    row("umlaut as U", "MULLER<<JURGEN", "Müller", "Jürgen", true);
    row("umlaut as UXX", "MUXXLLER<<JURGEN", "Müller", "Jürgen", true);
    row("UE is not U", "MUELLER<<JUERGEN", "Muller", "Juergen", false);
    row("U is not UE", "MULLER<<JURGEN", "Mueller", "Jurgen", false);
    row("uppercase umlaut", "MUELLER<<JUERGEN", "MÜLLER", "JÜRGEN", true);
    row("sharp s", "GOESSMANN<<JOERG", "Gößmann", "Jörg", true);
    row("Finnish", "HAEMAELAEINEN<<AINO", "Hämäläinen", "Aino", true);
    row("Finnish without E", "HAMALAINEN<<AINO", "Hämäläinen", "Aino", true);
    row("Danish", "SOERENSEN<<AASE", "Sørensen", "Åse", true);
    row("Polish", "WALESA<<LECH", "Wałęsa", "Lech", true);
    row("Spanish", "NUNEZ<<JOSE", "Núñez", "José", true);
    row("Spanish NXX", "NUNXXEZ<<JOSE", "Núñez", "José", true);
    row("Icelandic", "THORSDOTTIR<<GUDRUN", "Þórsdóttir", "Guðrún", true);
    row("Irish apostrophe", "OBRIEN<<SEAN", "O’Brien", "Seán", true);
    row("initial with full stop", "SMITH<<JOHN<J", "Smith", "John J.", true);
    row("Cyrillic", "IVANOV<<IVAN", "Иванов", "Иван", false);
    row("hyphenated surname", "GARCIA<MARQUEZ<<GABRIEL", "García-Márquez", "Gabriel", true);
    row("hyphenated surname joined", "GARCIA<MARQUEZ<<GABRIEL", "GarcíaMárquez", "Gabriel", false);

    // Names longer than the 39-character field, cut by the issuer.
    const char *cut = "WOLFESCHLEGELSTEINHAUSENBERGERDORFF<<HUBERT<BLAINE";
    row("cut: full name", cut, "Wolfeschlegelsteinhausenbergerdorff", "Hubert Blaine", true);
    row("cut: as printed", cut, "Wolfeschlegelsteinhausenbergerdorff", "Hu", true);
    row("cut: other given name", cut, "Wolfeschlegelsteinhausenbergerdorff", "Hans", false);
    row("cut: shorter than printed", cut, "Wolfeschlegelsteinhausenbergerdorff", "H", false);
    row("cut: no given names", cut, "Wolfeschlegelsteinhausenbergerdorff", "", false);
    row("cut within a transliteration", "WOLFESCHLEGELSTEINHAUSENBERGERDORFFGROSSMANN",
        "Wolfeschlegelsteinhausenbergerdorffgroßmann", "", true);
    row("cut surname", "ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQ<<ANNA",
        "Abcdefghijklmnopqrstuvwxyzabcdefghijklmnopq", "Anna", true);
    row("cut surname, another", "ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQ<<ANNA",
        "Abcdefghijklmnopqrstuvwxyzabcdefghijklm", "", true);
    row("38 characters: not cut", "WOLFESCHLEGELSTEINHAUSENBERGERDORFF<<H",
        "Wolfeschlegelsteinhausenbergerdorff", "Hubert", false);
    row("full field, not cut", "WOLFESCHLEGELSTEINHAUSEN<<HUBERT<BLAINE",
        "Wolfeschlegelsteinhausen", "Hubert Blaine", true);
}

void TestMrz::names()
{
    QFETCH(QString, nameField);
    QFETCH(QString, surname);
    QFETCH(QString, givenNames);
    QFETCH(bool, match);
    const Mrz::Td3 td3 = parsed(line1WithName(nameField), ErikssonLine2);
    QCOMPARE(Mrz::namesMatch(td3.surname, td3.givenNames, surname, givenNames), match);
}

void TestMrz::fullNames_data()
{
    QTest::addColumn<QString>("nameField");
    QTest::addColumn<QString>("fullName");
    QTest::addColumn<bool>("match");
    const auto row = [](const char *name, const char *field, const char *fullName, bool match) {
        QTest::newRow(name) << QString::fromLatin1(field) << QString::fromUtf8(fullName) << match;
    };
    const char *eriksson = "ERIKSSON<<ANNA<MARIA";
    row("given names first", eriksson, "Anna Maria Eriksson", true);
    row("surname first, comma", eriksson, "Eriksson, Anna Maria", true);
    row("surname first, no comma", eriksson, "Eriksson Anna Maria", false);
    row("first given name only", eriksson, "ANNA ERIKSSON", false);
    row("given names only", eriksson, "Anna Maria", false);
    row("surname only", eriksson, "Eriksson", false);
    row("empty", eriksson, "", false);
    row("two commas", eriksson, "Eriksson, Anna, Maria", false);
    row("hyphenated given name", eriksson, "Anna-Maria Eriksson", true);
    row("holder without given names", "ERIKSSON", "Eriksson", true);
    row("two-word surname", "GARCIA<MARQUEZ<<GABRIEL<JOSE", "Gabriel José García Márquez", true);
    row("two-word surname hyphenated", "GARCIA<MARQUEZ<<GABRIEL<JOSE",
        "Gabriel José García-Márquez", true);
    row("two-word surname, one given", "GARCIA<MARQUEZ<<GABRIEL<JOSE", "Gabriel García Márquez",
        false);
    row("cut", "WOLFESCHLEGELSTEINHAUSENBERGERDORFF<<HUBERT<BLAINE",
        "Hubert Blaine Wolfeschlegelsteinhausenbergerdorff", true);
}

void TestMrz::fullNames()
{
    QFETCH(QString, nameField);
    QFETCH(QString, fullName);
    QFETCH(bool, match);
    const Mrz::Td3 td3 = parsed(line1WithName(nameField), ErikssonLine2);
    QCOMPARE(Mrz::fullNameMatches(td3.surname, td3.givenNames, fullName), match);
}

QTEST_MAIN(TestMrz)
#include "tst_mrz.moc"
