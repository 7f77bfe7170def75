#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

// The machine readable zone of a passport (ICAO Doc 9303, TD3: two lines of 44 characters), as a
// client sends it after reading the document: its fields, its check digits, and whether the name
// it holds is the one the client claims. Depends on QtCore only.
namespace mid::Mrz {

// One check digit of the MRZ.
struct Check
{
    QString name;  // "documentNumber", "birthDate", "expiryDate", "personalNumber", "composite"
    QString field; // the characters it covers, as printed (fillers included)
    bool valid = false;
    QString expected; // the digit computed over `field`
    QString found;    // the character printed in the check digit's place
};

struct Td3
{
    QString documentCode;   // "P", or "P" and the issuer's type letter ("PD")
    QString issuingState;   // ICAO 9303 Part 3 code, fillers stripped ("UTO", "D")
    QString surname;        // primary identifier, words separated by one space
    QString givenNames;     // secondary identifier, likewise; empty when the holder has none
    QString documentNumber; // trailing fillers stripped
    QString nationality;    // like issuingState
    QDate birthDate;        // the latest date with these YYMMDD that is not after `today`
    QString sex;            // "M", "F" or "X" (printed "<": unspecified)
    QDate expiryDate;       // the latest date with these YYMMDD not after today + 50 years
    QString personalNumber; // optional data, trailing fillers stripped; often empty
    QList<Check> checks;    // the five check digits in MRZ order, valid or not

    bool checkDigitsValid() const;
    QStringList failedChecks() const; // names of the failing checks, in MRZ order
};

// ICAO 9303 Part 3 §4.9: weights 7, 3, 1 repeated; 0-9 their value, A-Z 10 to 35, '<' 0. -1 when
// the field has any other character.
int checkDigit(QStringView field);

// Reads a TD3 MRZ: two lines joined by "\n" or "\r\n", or the two lines; whitespace around the
// MRZ and around each line is ignored. Lowercase is refused rather than uppercased: an MRZ is
// printed in capitals, so lowercase means the client mangled it. On refusal, nullopt and *error
// (when given) says what is wrong, with 1-based line and character positions. Wrong check digits
// are no refusal: `checks` reports them, so the caller decides. Years are two digits: the birth
// date is taken in the century that puts it on or before `today` (a valid date), the expiry date
// in the one that puts it on or before today + 50 years (no passport is valid that long, so a
// later reading is last century's expired document).
std::optional<Td3> parseTd3(const QString &mrz, QDate today, QString *error = nullptr);
std::optional<Td3> parseTd3(const QStringList &lines, QDate today, QString *error = nullptr);

// Whether the name a client claims is the one an MRZ holds (Td3::surname and givenNames). The
// claimed name is written as ICAO 9303 Part 3 §6 writes names in an MRZ: case ignored; spaces,
// hyphens and '<' separate words (runs count as one); apostrophes and full stops are dropped;
// Latin letters with diacritics become their base letter, and those with a transliteration of
// their own may take it or the base letter (Ä: AE or A, Ö and Ø: OE or O, Ü: UE, U or UXX, Å: AA
// or A, Ñ: N or NXX, ß: SS, Æ: AE, Þ: TH, ...), letter by letter. Any other character (a digit, a
// non-Latin letter) makes it no match. The surname and the given names must then each be
// spelled exactly as in the MRZ, all given names in order. When the MRZ's name field is full
// ("SURNAME<<GIVEN<NAMES" is 39 characters), the issuer may have cut the name at the end of the
// field, so the MRZ's name need only be the start of the claimed one. Issuers who shorten names
// otherwise (initials, per word) give no match.
bool namesMatch(const QString &mrzSurname, const QString &mrzGivenNames,
                const QString &claimedSurname, const QString &claimedGivenNames);

// The same for a name in one string: "Given Names Surname", the surname being as many last words
// as the MRZ's surname has, or "Surname, Given Names" (the comma marks that order).
bool fullNameMatches(const QString &mrzSurname, const QString &mrzGivenNames,
                     const QString &claimedFullName);

} // namespace mid::Mrz
