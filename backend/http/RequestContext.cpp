#include "RequestContext.h"

#include "ApiError.h"
#include "core/ServiceError.h"
#include "core/Time.h"

#include <QDateTime>

#include <QJsonDocument>
#include <QJsonParseError>

namespace mid {

QString RequestFacts::queryValue(const QString &name) const
{
    return query.queryItemValue(name, QUrl::FullyDecoded);
}

QByteArray RequestContext::header(QByteArrayView name) const
{
    // Read several times per request: the name is compared in place, never copied.
    for (const auto &h : http.headers()) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

const QJsonObject &RequestContext::json()
{
    if (m_parsed) {
        if (!m_parseError.isEmpty())
            throw ApiError::badRequest(m_parseError);
        return m_json;
    }
    m_parsed = true;
    const QByteArray body = http.body();
    if (body.trimmed().isEmpty())
        return m_json;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        m_parseError = QStringLiteral("Malformed JSON body at offset %1: %2")
                           .arg(error.offset)
                           .arg(error.errorString());
    else if (!doc.isObject())
        m_parseError = QStringLiteral("The JSON body must be an object");
    if (!m_parseError.isEmpty())
        throw ApiError::badRequest(m_parseError);
    m_json = doc.object();
    return m_json;
}

bool RequestContext::isForm() const
{
    return header("content-type").toLower().startsWith("application/x-www-form-urlencoded");
}

QUrlQuery RequestContext::form() const
{
    QByteArray body = http.body();
    body.replace('+', ' ');
    return QUrlQuery(QString::fromUtf8(body));
}

int RequestFacts::queryInt(const QString &name, int defaultValue, int min, int max) const
{
    if (!query.hasQueryItem(name))
        return defaultValue;
    bool ok = false;
    const int v = queryValue(name).toInt(&ok);
    if (!ok || v < min || v > max)
        throw ServiceError::invalid(
            name, QStringLiteral("range"),
            QStringLiteral("%1 must be an integer from %2 to %3").arg(name).arg(min).arg(max));
    return v;
}

qint64 RequestFacts::queryTime(const QString &name) const
{
    const QString v = queryValue(name);
    if (v.isEmpty())
        return 0;
    const QDateTime t = Time::parseRfc3339(v);
    if (!t.isValid())
        throw ServiceError::invalid(name, QStringLiteral("format"),
                                    name + QStringLiteral(" must be an RFC 3339 time"));
    return t.toMSecsSinceEpoch();
}

} // namespace mid
