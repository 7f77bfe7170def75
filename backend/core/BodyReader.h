#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace mid {

// Reads the fields of a JSON request body and gathers every problem before failing, so a
// client learns all that is wrong at once. Wrong JSON types are Malformed (HTTP answers 400
// bad_request), values of the right type that break a rule are Invalid (422
// validation_error); both carry `details`. Services read their input with it too, so it
// reports a ServiceError like them, never an HTTP type.
class BodyReader
{
public:
    explicit BodyReader(QJsonObject body) : m_body(std::move(body)) {}

    bool has(const QString &field) const;
    // Strings are bounded too: one longer than maxLength characters is a rule violation
    // (issue "length"). Fields with a rule of their own check it after reading.
    static constexpr qsizetype kMaxStringLength = 16 * 1024;
    std::optional<QString> string(const QString &field, bool required = false,
                                  qsizetype maxLength = kMaxStringLength);
    std::optional<qint64> integer(const QString &field, bool required = false);
    std::optional<bool> boolean(const QString &field);
    // Arrays are bounded wherever they are read: more than kMaxListItems items, or an item
    // longer than kMaxListItemLength characters, is a rule violation (issue "length").
    static constexpr int kMaxListItems = 100;
    static constexpr int kMaxListItemLength = 2048;
    std::optional<QStringList> stringList(const QString &field);
    std::optional<QJsonObject> object(const QString &field);
    // True when the field is present and explicitly null.
    bool isNull(const QString &field) const;

    // Records a rule violation (422) for a field read earlier.
    void invalid(const QString &field, const QString &issue, const QString &message);

    // Throws a ServiceError when anything was wrong; type errors (Malformed) take precedence.
    void finish() const;

    const QJsonObject &body() const { return m_body; }

private:
    void wrongType(const QString &field, const QString &expected);

    QJsonObject m_body;
    QJsonArray m_typeErrors;
    QJsonArray m_ruleErrors;
    QString m_firstTypeMessage;
    QString m_firstRuleMessage;
};

} // namespace mid
