#include "Mrz.h"

#include <algorithm>

namespace mid::Mrz {

namespace {

constexpr qsizetype LineLength = 44;
constexpr qsizetype NameLength = 39;
constexpr QChar Filler = u'<';

// Why the MRZ is refused: thrown by the field readers, caught by parseTd3.
struct Refusal
{
    QString reason;
};

[[noreturn]] void refuse(const QString &reason)
{
    throw Refusal{reason};
}

bool isMrzLetter(QChar c)
{
    return c >= u'A' && c <= u'Z';
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

int characterValue(QChar c)
{
    if (isDigit(c))
        return c.unicode() - u'0';
    if (isMrzLetter(c))
        return c.unicode() - u'A' + 10;
    return c == Filler ? 0 : -1;
}

// A character as an error shows it: quoted when printable, else its code point (a tab or a NUL
// would not be seen), a surrogate pair as the one character it encodes.
QString describe(QStringView line, qsizetype index)
{
    char32_t code = line[index].unicode();
    if (line[index].isHighSurrogate() && index + 1 < line.size() &&
        line[index + 1].isLowSurrogate())
        code = QChar::surrogateToUcs4(line[index], line[index + 1]);
    if (QChar::isPrint(code))
        return u'\'' + QString::fromUcs4(&code, 1) + u'\'';
    return QStringLiteral("U+") + QString::number(uint(code), 16).toUpper().rightJustified(4, u'0');
}

void checkLine(QStringView line, int number)
{
    if (line.size() != LineLength)
        refuse(QStringLiteral("line %1 has %2 characters, a TD3 line has %3")
                   .arg(number)
                   .arg(line.size())
                   .arg(LineLength));
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (characterValue(line[i]) >= 0)
            continue;
        const bool lowercase = line[i] >= u'a' && line[i] <= u'z';
        refuse(QStringLiteral("character %1 at line %2 position %3 %4 (A–Z, 0–9, <)")
                   .arg(describe(line, i), QString::number(number), QString::number(i + 1),
                        lowercase ? QStringLiteral("is lowercase: an MRZ is written in capitals")
                                  : QStringLiteral("is not allowed in an MRZ")));
    }
}

QString withoutTrailingFillers(QStringView field)
{
    while (field.endsWith(Filler))
        field.chop(1);
    return field.toString();
}

// A code of letters padded with fillers: the document code, the issuing state, the nationality.
QString readCode(QStringView field, const QString &what)
{
    const QString code = withoutTrailingFillers(field);
    if (code.isEmpty() || !std::all_of(code.cbegin(), code.cend(), isMrzLetter))
        refuse(QStringLiteral("%1 %2 must be letters followed by fillers (<)")
                   .arg(what, field.toString()));
    return code;
}

QString nameWords(QStringView identifier)
{
    return identifier.toString().replace(Filler, u' ').simplified();
}

// Line 1 from position 6: SURNAME<<GIVEN<NAMES<<<, the given names absent when there are none.
void readName(QStringView field, Td3 &td3)
{
    const auto digit = std::find_if(field.cbegin(), field.cend(), isDigit);
    if (digit != field.cend())
        refuse(QStringLiteral("the name (line 1 from position 6) has a digit at position %1")
                   .arg(6 + (digit - field.cbegin())));
    const qsizetype separator = field.indexOf(u"<<");
    td3.surname = nameWords(separator < 0 ? field : field.left(separator));
    td3.givenNames = separator < 0 ? QString() : nameWords(field.mid(separator + 2));
    if (td3.surname.isEmpty())
        refuse(QStringLiteral("the name has no surname (primary identifier)"));
}

// The latest date spelled `yymmdd` that is not after `latest`: a two-digit year leaves the century
// open, and the latest date a field can mean settles it (see parseTd3).
QDate readDate(QStringView yymmdd, QDate latest, const QString &what)
{
    const auto notADate = [&] {
        refuse(QStringLiteral("%1 %2 is not a date (YYMMDD)").arg(what, yymmdd.toString()));
    };
    if (!std::all_of(yymmdd.cbegin(), yymmdd.cend(), isDigit))
        notADate();
    const int yy = yymmdd.left(2).toInt();
    const int month = yymmdd.mid(2, 2).toInt();
    const int day = yymmdd.mid(4, 2).toInt();
    const int year = latest.year() - (latest.year() - yy) % 100;
    QDate date(year, month, day);
    if (!date.isValid() || date > latest)
        date = QDate(year - 100, month, day);
    if (!date.isValid())
        notADate();
    return date;
}

QString readSex(QChar sex)
{
    if (sex == u'M' || sex == u'F')
        return QString(sex);
    if (sex == Filler)
        return QStringLiteral("X");
    refuse(QStringLiteral("sex %1 at line 2 position 21 must be M, F or <").arg(sex));
}

Check check(const char *name, const QString &field, QChar found, bool fillerAllowed = false)
{
    Check result{QString::fromLatin1(name), field, false, QString::number(checkDigit(field)),
                 QString(found)};
    result.valid = result.found == result.expected || (fillerAllowed && found == Filler);
    return result;
}

QList<Check> readChecks(const QString &line2)
{
    const QString personalNumber = line2.mid(28, 14);
    // ICAO 9303 Part 4 lets an unused personal number field have a filler for its check digit;
    // the composite counts that filler as 0 anyway.
    const bool unused = withoutTrailingFillers(personalNumber).isEmpty();
    return {check("documentNumber", line2.left(9), line2[9]),
            check("birthDate", line2.mid(13, 6), line2[19]),
            check("expiryDate", line2.mid(21, 6), line2[27]),
            check("personalNumber", personalNumber, line2[42], unused),
            check("composite", line2.left(10) + line2.mid(13, 7) + line2.mid(21, 22), line2[43])};
}

Td3 readTd3(const QString &line1, const QString &line2, QDate today)
{
    checkLine(line1, 1);
    checkLine(line2, 2);
    if (line1[0] != u'P')
        refuse(QStringLiteral("line 1 must start with P (a passport), found %1").arg(line1[0]));
    Td3 td3;
    td3.documentCode = readCode(QStringView(line1).left(2), QStringLiteral("document code"));
    td3.issuingState = readCode(QStringView(line1).mid(2, 3), QStringLiteral("issuing state"));
    readName(QStringView(line1).mid(5), td3);
    td3.documentNumber = withoutTrailingFillers(QStringView(line2).left(9));
    if (td3.documentNumber.isEmpty())
        refuse(QStringLiteral("the document number is empty"));
    td3.nationality = readCode(QStringView(line2).mid(10, 3), QStringLiteral("nationality"));
    td3.birthDate = readDate(QStringView(line2).mid(13, 6), today, QStringLiteral("birth date"));
    td3.sex = readSex(line2[20]);
    td3.expiryDate =
        readDate(QStringView(line2).mid(21, 6), today.addYears(50), QStringLiteral("expiry date"));
    td3.personalNumber = withoutTrailingFillers(QStringView(line2).mid(28, 14));
    td3.checks = readChecks(line2);
    return td3;
}

// A name as an MRZ may spell it: words, each a list of letters, each letter the list of its
// possible spellings.
using Letter = QStringList;
using Word = QList<Letter>;

// ICAO 9303 Part 3 §6's letters that do not simply lose their diacritic, with the spellings
// issuers print: the recommended one first, then the base letter or the older "XX" form.
// The others (É, Ç, Ő, ...) lose their diacritic by Unicode decomposition.
struct Transliteration
{
    char16_t letter;
    const char *spellings;
};
constexpr Transliteration Transliterations[] = {
    {u'Ä', "AE A"}, {u'Å', "AA A"}, {u'Æ', "AE"},       {u'Ð', "D DH"}, {u'Ñ', "N NXX"},
    {u'Ö', "OE O"}, {u'Ø', "OE O"}, {u'Ü', "UE U UXX"}, {u'Þ', "TH"},   {u'ß', "SS"},
    {u'ẞ', "SS"},   {u'Đ', "D"},    {u'Ħ', "H"},        {u'Ĳ', "IJ"},   {u'Ŀ', "L"},
    {u'Ł', "L"},    {u'Ŋ', "N"},    {u'Œ', "OE"},
};

// Empty when the character has no MRZ spelling.
Letter spellings(QChar c)
{
    const QChar upper = c.toUpper();
    if (isMrzLetter(upper))
        return {QString(upper)};
    for (const Transliteration &t : Transliterations) {
        if (t.letter == upper.unicode())
            return QString::fromLatin1(t.spellings).split(u' ');
    }
    const QString decomposed = QString(upper).normalized(QString::NormalizationForm_D);
    if (isMrzLetter(decomposed[0]) &&
        std::all_of(decomposed.cbegin() + 1, decomposed.cend(), [](QChar m) { return m.isMark(); }))
        return {QString(decomposed[0])};
    return {};
}

bool separatesWords(QChar c)
{
    return c.isSpace() || c == Filler || c.category() == QChar::Punctuation_Dash;
}

bool isDropped(QChar c)
{
    return c == u'\'' || c == u'’' || c == u'ʼ' || c == u'‘' || c == u'.';
}

// nullopt when the name has a character that the MRZ cannot spell.
std::optional<QList<Word>> spelledWords(const QString &name)
{
    QList<Word> words;
    bool wordEnded = true;
    for (const QChar c : name) {
        if (separatesWords(c)) {
            wordEnded = true;
            continue;
        }
        if (isDropped(c))
            continue;
        Letter letter = spellings(c);
        if (letter.isEmpty())
            return std::nullopt;
        if (wordEnded)
            words.append(Word());
        words.last().append(std::move(letter));
        wordEnded = false;
    }
    return words;
}

// The claimed name laid out as the MRZ's name field: SURNAME<<GIVEN<NAMES, or SURNAME.
Word asNameField(const QList<Word> &surname, const QList<Word> &givenNames)
{
    Word field;
    const auto append = [&field](const QList<Word> &words) {
        for (qsizetype i = 0; i < words.size(); ++i) {
            if (i > 0)
                field.append(Letter{QString(Filler)});
            field += words[i];
        }
    };
    append(surname);
    if (!givenNames.isEmpty())
        field.append(Letter{QStringLiteral("<<")});
    append(givenNames);
    return field;
}

// Whether some spelling of `claimed` is `mrz` or, when the MRZ was cut, starts with it. Follows
// every spelling at once: the set of positions in `mrz` that the letters read so far can reach.
bool spells(const Word &claimed, QStringView mrz, bool truncated)
{
    QList<bool> reached(mrz.size() + 1, false);
    reached[0] = true;
    for (const Letter &letter : claimed) {
        QList<bool> next(mrz.size() + 1, false);
        for (qsizetype at = 0; at <= mrz.size(); ++at) {
            if (!reached[at])
                continue;
            const QStringView rest = mrz.mid(at);
            for (const QString &spelling : letter) {
                if (rest.startsWith(spelling))
                    next[at + spelling.size()] = true;
                else if (truncated && QStringView(spelling).startsWith(rest))
                    return true; // the MRZ ends within or right before this letter
            }
        }
        reached = std::move(next);
    }
    return reached[mrz.size()];
}

// The MRZ's name field without its trailing fillers, from the names parseTd3 read in it (one space
// for one filler): all 39 characters when the field is full.
QString nameField(const QString &surname, const QString &givenNames)
{
    QString field = givenNames.isEmpty() ? surname : surname + QStringLiteral("<<") + givenNames;
    return field.replace(u' ', Filler);
}

bool wordsMatch(const QString &mrzSurname, const QString &mrzGivenNames, const QList<Word> &surname,
                const QList<Word> &givenNames)
{
    const QString field = nameField(mrzSurname, mrzGivenNames);
    return !surname.isEmpty() &&
           spells(asNameField(surname, givenNames), field, field.size() == NameLength);
}

} // namespace

bool Td3::checkDigitsValid() const
{
    return std::all_of(checks.cbegin(), checks.cend(), [](const Check &c) { return c.valid; });
}

QStringList Td3::failedChecks() const
{
    QStringList names;
    for (const Check &c : checks) {
        if (!c.valid)
            names.append(c.name);
    }
    return names;
}

int checkDigit(QStringView field)
{
    static constexpr int Weights[] = {7, 3, 1};
    int sum = 0;
    for (qsizetype i = 0; i < field.size(); ++i) {
        const int value = characterValue(field[i]);
        if (value < 0)
            return -1;
        sum = (sum + value * Weights[i % 3]) % 10;
    }
    return sum;
}

std::optional<Td3> parseTd3(const QString &mrz, QDate today, QString *error)
{
    const QString trimmed = mrz.trimmed();
    return parseTd3(trimmed.isEmpty() ? QStringList() : trimmed.split(u'\n'), today, error);
}

std::optional<Td3> parseTd3(const QStringList &lines, QDate today, QString *error)
{
    try {
        if (lines.size() != 2)
            refuse(QStringLiteral("a TD3 MRZ has 2 lines, found %1").arg(lines.size()));
        return readTd3(lines[0].trimmed(), lines[1].trimmed(), today);
    } catch (const Refusal &refusal) {
        if (error)
            *error = refusal.reason;
        return std::nullopt;
    }
}

bool namesMatch(const QString &mrzSurname, const QString &mrzGivenNames,
                const QString &claimedSurname, const QString &claimedGivenNames)
{
    const auto surname = spelledWords(claimedSurname);
    const auto givenNames = spelledWords(claimedGivenNames);
    return surname && givenNames && wordsMatch(mrzSurname, mrzGivenNames, *surname, *givenNames);
}

bool fullNameMatches(const QString &mrzSurname, const QString &mrzGivenNames,
                     const QString &claimedFullName)
{
    const qsizetype comma = claimedFullName.indexOf(u',');
    if (comma >= 0)
        return namesMatch(mrzSurname, mrzGivenNames, claimedFullName.left(comma),
                          claimedFullName.mid(comma + 1));
    const auto words = spelledWords(claimedFullName);
    const qsizetype surnameWords = mrzSurname.count(u' ') + 1;
    if (!words || words->size() < surnameWords)
        return false;
    return wordsMatch(mrzSurname, mrzGivenNames, words->last(surnameWords),
                      words->first(words->size() - surnameWords));
}

} // namespace mid::Mrz
