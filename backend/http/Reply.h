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
    // An answer that comes later, from work done off the server thread (password hashing, a
    // walk over millions of audit rows), so the server keeps answering meanwhile. `start`
    // gets `finish`; call it once with a function that builds the real
    // reply (it may throw like any handler). `finish` may be called from any thread
    // (typically a workerPool() task); `build` then runs on the server thread. The request
    // object is gone by then: capture what the reply needs.
    using Build = std::function<Reply()>;
    using Finish = std::function<void(Build build)>;
    std::function<void(Finish finish)> deferred;

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
    static Reply later(std::function<void(Finish finish)> start);
    // later() for work on the worker pool: `work` runs there and returns the builder of the
    // reply. Whatever it throws (a database failure, say) that builder rethrows on the server
    // thread, where it is answered like any failure: an exception that left a pool thread
    // would end the server.
    static Reply fromWorker(std::function<Build()> work);
};

} // namespace mid
