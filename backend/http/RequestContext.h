#pragma once

#include "services/Principal.h"

#include <QHash>
#include <QHttpServerRequest>
#include <QJsonObject>
#include <QString>
#include <QUrlQuery>

#include <any>

namespace mid {

// What is known of a request once it is routed and authenticated, as plain values: a reply
// that comes later (Reply::later) keeps these after the request object itself is gone.
struct RequestFacts
{
    QString requestId;
    QHash<QString, QString> params;
    QUrlQuery query;
    Principal principal;
    QString ip;
    QString userAgent;
    qint64 startedAtMs = 0;

    // Filled by handlers for the audit row: the resource acted on and safe details.
    QString auditResource;
    QJsonObject auditDetails;

    QString param(const QString &name) const { return params.value(name); }
    QString queryValue(const QString &name) const;
    // Integer query parameter with bounds; 422 naming the parameter when out of range.
    int queryInt(const QString &name, int defaultValue, int min, int max) const;
    // RFC 3339 query parameter as ms since the epoch; 0 when absent, 422 when malformed.
    qint64 queryTime(const QString &name) const;
};

// One request as a handler sees it: the facts above and the live request (headers, body),
// which lives only while the server handles it. Never copied: copy its RequestFacts.
class RequestContext : public RequestFacts
{
public:
    explicit RequestContext(const QHttpServerRequest &request) : http(request) {}
    RequestContext(const RequestContext &) = delete;
    RequestContext &operator=(const RequestContext &) = delete;

    const QHttpServerRequest &http;

    // What a ProviderSigned row's verifier established about the request (its provider's
    // verdict and decoded event), for the row's handler to act on; empty for other rows.
    std::any verified;

    QByteArray header(QByteArrayView name) const;

    // The body as a JSON object; 400 when it is not one. Empty body reads as {}.
    const QJsonObject &json();
    // Form fields of an application/x-www-form-urlencoded body.
    QUrlQuery form() const;
    bool isForm() const;

private:
    bool m_parsed = false;
    QJsonObject m_json;
    QString m_parseError; // a body that is not a JSON object stays an error on every call
};

} // namespace mid
