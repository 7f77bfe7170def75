#include "BodyReader.h"

#include <algorithm>

#include "ServiceError.h"

namespace mid {

namespace {
QJsonObject detail(const QString &field, const QString &issue)
{
    return {{QStringLiteral("field"), field}, {QStringLiteral("issue"), issue}};
}
} // namespace

bool BodyReader::has(const QString &field) const
{
    const auto v = m_body.value(field);
    return !v.isUndefined() && !v.isNull();
}

bool BodyReader::isNull(const QString &field) const
{
    return m_body.contains(field) && m_body.value(field).isNull();
}

std::optional<QString> BodyReader::string(const QString &field, bool required, qsizetype maxLength)
{
    const QJsonValue v = m_body.value(field);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            invalid(field, QStringLiteral("required"), field + QStringLiteral(" is required"));
        return std::nullopt;
    }
    if (!v.isString()) {
        wrongType(field, QStringLiteral("a string"));
        return std::nullopt;
    }
    QString text = v.toString();
    if (text.size() > maxLength)
        invalid(field, QStringLiteral("length"),
                QStringLiteral("%1 is at most %2 characters").arg(field).arg(maxLength));
    return text;
}

std::optional<qint64> BodyReader::integer(const QString &field, bool required)
{
    const QJsonValue v = m_body.value(field);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            invalid(field, QStringLiteral("required"), field + QStringLiteral(" is required"));
        return std::nullopt;
    }
    const double d = v.toDouble();
    if (!v.isDouble() || d != static_cast<double>(static_cast<qint64>(d))) {
        wrongType(field, QStringLiteral("an integer"));
        return std::nullopt;
    }
    return static_cast<qint64>(d);
}

std::optional<bool> BodyReader::boolean(const QString &field)
{
    const QJsonValue v = m_body.value(field);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isBool()) {
        wrongType(field, QStringLiteral("a boolean"));
        return std::nullopt;
    }
    return v.toBool();
}

std::optional<QStringList> BodyReader::stringList(const QString &field)
{
    const QJsonValue v = m_body.value(field);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isArray()) {
        wrongType(field, QStringLiteral("an array of strings"));
        return std::nullopt;
    }
    const QJsonArray items = v.toArray();
    QStringList out;
    for (const QJsonValue &item : items) {
        if (!item.isString()) {
            wrongType(field, QStringLiteral("an array of strings"));
            return std::nullopt;
        }
        out << item.toString();
    }
    const bool itemTooLong = std::any_of(out.cbegin(), out.cend(), [](const QString &item) {
        return item.size() > kMaxListItemLength;
    });
    if (items.size() > kMaxListItems || itemTooLong) {
        invalid(field, QStringLiteral("length"),
                QStringLiteral("%1 takes at most %2 items of at most %3 characters each")
                    .arg(field)
                    .arg(kMaxListItems)
                    .arg(kMaxListItemLength));
        return std::nullopt;
    }
    return out;
}

std::optional<QJsonObject> BodyReader::object(const QString &field)
{
    const QJsonValue v = m_body.value(field);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isObject()) {
        wrongType(field, QStringLiteral("an object"));
        return std::nullopt;
    }
    return v.toObject();
}

void BodyReader::invalid(const QString &field, const QString &issue, const QString &message)
{
    if (m_firstRuleMessage.isEmpty())
        m_firstRuleMessage = message;
    m_ruleErrors.append(detail(field, issue));
}

void BodyReader::wrongType(const QString &field, const QString &expected)
{
    if (m_firstTypeMessage.isEmpty())
        m_firstTypeMessage = field + QStringLiteral(" must be ") + expected;
    m_typeErrors.append(detail(field, QStringLiteral("type")));
}

void BodyReader::finish() const
{
    if (!m_typeErrors.isEmpty())
        throw ServiceError(ServiceError::Kind::Malformed, m_firstTypeMessage, m_typeErrors);
    if (!m_ruleErrors.isEmpty())
        throw ServiceError(ServiceError::Kind::Invalid, m_firstRuleMessage, m_ruleErrors);
}

} // namespace mid
