#include "Reply.h"

#include "core/Workers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mid {

Reply Reply::ok(const QJsonValue &data, const QString &message)
{
    Reply r;
    r.data = data;
    r.message = message;
    return r;
}

Reply Reply::okJson(const QByteArray &dataJson, const QString &message)
{
    Reply r;
    r.dataJson = dataJson;
    r.message = message;
    return r;
}

Reply Reply::created(const QJsonValue &data, const QString &message)
{
    Reply r = ok(data, message);
    r.status = 201;
    return r;
}

Reply Reply::plainJson(const QJsonValue &body, int status)
{
    const QJsonDocument doc =
        body.isArray() ? QJsonDocument(body.toArray()) : QJsonDocument(body.toObject());
    return bytes(doc.toJson(QJsonDocument::Compact), "application/json", status);
}

Reply Reply::bytes(const QByteArray &body, const QByteArray &contentType, int status)
{
    Reply r;
    r.status = status;
    r.enveloped = false;
    r.raw = body;
    r.contentType = contentType;
    return r;
}

Reply Reply::streamed(const QByteArray &contentType, std::function<void(QTcpSocket *)> stream)
{
    Reply r = bytes({}, contentType);
    r.stream = std::move(stream);
    return r;
}

Reply Reply::later(std::function<void(Finish finish)> start)
{
    Reply r;
    r.deferred = std::move(start);
    return r;
}

Reply Reply::fromWorker(std::function<Build()> work)
{
    return later([work = std::move(work)](const Finish &finish) {
        workerPool().start([work, finish] {
            Build build;
            try {
                build = work();
            } catch (...) {
                build = [failure = std::current_exception()]() -> Reply {
                    std::rethrow_exception(failure);
                };
            }
            finish(build);
        });
    });
}

} // namespace mid
