#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>

#include <functional>

class QTcpSocket;

namespace mid {

// What a handler answers. Enveloped JSON by default (§0); raw bytes for images, documents
// and the few endpoints whose seed fixes another shape (OAuth token, MPin).
struct Reply
{
    int status = 200;
    QString message;
    QJsonValue data;
    QByteArray dataJson; // when set: `data` already serialized, embedded as it is
    bool enveloped = true;
    QByteArray raw;
    QByteArray contentType;
    QList<QPair<QByteArray, QByteArray>> headers;
    // A streamed answer (Server-Sent Events): the server writes a chunked 200 head with this
    // content type, then hands the socket to `stream`, which keeps writing chunks.
    std::function<void(QTcpSocket *)> stream;

    static Reply ok(const QJsonValue &data, const QString &message = QStringLiteral("OK"));
    static Reply okJson(const QByteArray &dataJson, const QString &message);
    static Reply created(const QJsonValue &data, const QString &message);
    // JSON without the envelope.
    static Reply plainJson(const QJsonValue &body, int status = 200);
    void addHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append({name, value});
    }
    static Reply bytes(const QByteArray &body, const QByteArray &contentType, int status = 200);
    static Reply streamed(const QByteArray &contentType, std::function<void(QTcpSocket *)> stream);
};

} // namespace mid
