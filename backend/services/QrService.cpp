#include "QrService.h"

#include "ConsentService.h"
#include "core/BodyReader.h"
#include "core/Ids.h"
#include "core/ServiceError.h"
#include "core/Time.h"

namespace mid {

namespace {
QrEncoder::EcLevel levelOf(const QString &name)
{
    return QrEncoder::parseLevel(name).value_or(QrEncoder::EcLevel::M);
}

std::optional<int> readInt(BodyReader &body, const QString &field, int min, int max)
{
    const auto v = body.integer(field);
    if (!v)
        return std::nullopt;
    if (*v < min || *v > max) {
        body.invalid(field, QStringLiteral("range"),
                     QStringLiteral("%1 must be from %2 to %3").arg(field).arg(min).arg(max));
        return std::nullopt;
    }
    return int(*v);
}

std::optional<QString> readEnum(BodyReader &body, const QString &field, const QStringList &allowed,
                                bool required = false)
{
    const auto v = body.string(field, required);
    if (v && !allowed.contains(*v)) {
        body.invalid(
            field, QStringLiteral("enum"),
            QStringLiteral("%1 must be one of: %2").arg(field, allowed.join(QStringLiteral(", "))));
        return std::nullopt;
    }
    return v;
}
} // namespace

namespace QrRules {
const QStringList &types()
{
    static const QStringList t{QStringLiteral("auth"), QStringLiteral("sign"),
                               QStringLiteral("enroll"), QStringLiteral("custom")};
    return t;
}

const QStringList &sessionTypes()
{
    static const QStringList t{QStringLiteral("auth"), QStringLiteral("sign"),
                               QStringLiteral("enroll")};
    return t;
}

const QStringList &formats()
{
    static const QStringList f{QStringLiteral("png"), QStringLiteral("svg")};
    return f;
}
} // namespace QrRules

QrService::QrService(Database &db, ConsentService &consents, QString publicUrl)
    : m_store(db), m_consents(consents), m_publicUrl(std::move(publicUrl))
{
}

QrRequest QrService::read(BodyReader &body)
{
    QrRequest r;
    r.type = readEnum(body, QStringLiteral("type"), QrRules::types(), true).value_or(QString());
    r.sessionId = body.string(QStringLiteral("sessionId"));
    r.data = body.string(QStringLiteral("data"));
    if (r.sessionId && r.data)
        body.invalid(QStringLiteral("data"), QStringLiteral("conflict"),
                     QStringLiteral("Give either sessionId or data, not both"));
    else if (!r.sessionId && !r.data)
        body.invalid(QStringLiteral("data"), QStringLiteral("required"),
                     QStringLiteral("data is required when no sessionId is given"));
    if (r.sessionId && r.type == QLatin1String("custom"))
        body.invalid(QStringLiteral("type"), QStringLiteral("conflict"),
                     QStringLiteral("custom QR codes carry data, not a session"));
    if (r.data && r.data->isEmpty())
        body.invalid(QStringLiteral("data"), QStringLiteral("required"),
                     QStringLiteral("data must not be empty"));
    if (r.data && r.data->size() > QrRules::kMaxDataLength)
        body.invalid(
            QStringLiteral("data"), QStringLiteral("length"),
            QStringLiteral("data must be at most %1 characters").arg(QrRules::kMaxDataLength));
    r.expiresIn =
        readInt(body, QStringLiteral("expiresIn"), QrRules::kMinExpiresIn, QrRules::kMaxExpiresIn);
    r.format = readEnum(body, QStringLiteral("format"), QrRules::formats());
    r.size = readInt(body, QStringLiteral("size"), QrRules::kMinSize, QrRules::kMaxSize);
    r.ecLevel = readEnum(body, QStringLiteral("ecLevel"), QrEncoder::levelNames());
    return r;
}

QrCode QrService::generate(const Client &client, const QrRequest &request)
{
    QrCode qr;
    qr.id = Ids::make(QStringLiteral("qr"));
    qr.clientId = client.clientId;
    qr.type = request.type;
    qr.format = request.format.value_or(QStringLiteral("png"));
    qr.size = request.size.value_or(QrRules::kDefaultSize);
    qr.ecLevel = request.ecLevel.value_or(QStringLiteral("M"));
    qr.createdAt = Time::nowMs();
    if (request.sessionId) {
        const Consent consent = m_consents.get(client.clientId, *request.sessionId);
        if (consent.status != ConsentStatus::Pending || consent.expiresAt <= qr.createdAt)
            throw ServiceError::conflict(
                QStringLiteral("Consent session is %1; QR codes are made only for pending sessions")
                    .arg(consent.expiresAt <= qr.createdAt
                             ? QStringLiteral("expired")
                             : ConsentRules::statusName(consent.status)));
        qr.sessionId = consent.id;
        qr.content = m_consents.qrContent(consent);
        qr.expiresAt = consent.expiresAt;
    } else {
        qr.content = request.data.value_or(QString());
        qr.expiresAt =
            qr.createdAt + qint64(request.expiresIn.value_or(QrRules::kDefaultExpiresIn)) * 1000;
    }
    checkFits(qr.content, qr.size, qr.ecLevel,
              request.sessionId ? QStringLiteral("sessionId") : QStringLiteral("data"));

    m_store.insert(qr);
    return qr;
}

std::optional<QrCode> QrService::find(const QString &id)
{
    if (!Ids::looksLike(id, QStringLiteral("qr")))
        return std::nullopt;
    return m_store.find(id);
}

QrCode QrService::get(const QString &clientId, const QString &id)
{
    const auto qr = find(id);
    if (!qr || (!clientId.isEmpty() && qr->clientId != clientId))
        throw ServiceError::notFound(QStringLiteral("QR code"));
    return *qr;
}

void QrService::markScanned(const QString &sessionId)
{
    if (sessionId.isEmpty())
        return;
    m_store.markScanned(sessionId, Time::nowMs());
}

void QrService::checkFits(const QString &content, int size, const QString &ecLevel,
                          const QString &contentField)
{
    QrEncoder::Result error;
    const auto matrix = QrEncoder::encode(content.toUtf8(), levelOf(ecLevel), &error);
    if (!matrix) {
        if (error.error == QrEncoder::Error::TooLong || error.error == QrEncoder::Error::Empty)
            throw ServiceError::invalid(contentField, QStringLiteral("length"), error.message);
        throw ServiceError::internal(QStringLiteral("QR encoding failed"));
    }
    if (size < matrix->minimumSize())
        throw ServiceError::invalid(
            QStringLiteral("size"), QStringLiteral("range"),
            QStringLiteral("size must be at least %1 pixels for this content at level %2")
                .arg(matrix->minimumSize())
                .arg(ecLevel));
}

QByteArray QrService::render(const QString &content, const QString &format, int size,
                             const QString &ecLevel, const QString &contentField)
{
    const QrEncoder::EcLevel level = levelOf(ecLevel);
    const QrEncoder::Result r = format == QLatin1String("svg")
                                    ? QrEncoder::svg(content, size, level)
                                    : QrEncoder::png(content, size, level);
    switch (r.error) {
    case QrEncoder::Error::None:
        return r.image;
    case QrEncoder::Error::SizeTooSmall:
        throw ServiceError::invalid(QStringLiteral("size"), QStringLiteral("range"), r.message);
    case QrEncoder::Error::TooLong:
    case QrEncoder::Error::Empty:
        throw ServiceError::invalid(contentField, QStringLiteral("length"), r.message);
    case QrEncoder::Error::Failed:
        break;
    }
    throw ServiceError::internal(QStringLiteral("QR encoding failed"));
}

QByteArray QrService::contentType(const QString &format)
{
    return format == QLatin1String("svg") ? QByteArrayLiteral("image/svg+xml")
                                          : QByteArrayLiteral("image/png");
}

QString QrService::imageUrl(const QString &id) const
{
    return m_publicUrl + QStringLiteral("/v1/qr/") + id + QStringLiteral("/image");
}

QJsonObject QrService::toJson(const QrCode &qr) const
{
    QJsonObject o{
        {QStringLiteral("qrId"), qr.id},
        {QStringLiteral("id"), qr.id},
        {QStringLiteral("type"), qr.type},
        {QStringLiteral("content"), qr.content},
        {QStringLiteral("imageUrl"), imageUrl(qr.id)},
        {QStringLiteral("status"), qr.status(Time::nowMs())},
        {QStringLiteral("scanCount"), qr.scanCount},
        {QStringLiteral("expiresAt"), Time::rfc3339Ms(qr.expiresAt)},
        {QStringLiteral("createdAt"), Time::rfc3339Ms(qr.createdAt)},
        {QStringLiteral("format"), qr.format},
        {QStringLiteral("size"), qr.size},
        {QStringLiteral("ecLevel"), qr.ecLevel},
    };
    if (!qr.sessionId.isEmpty())
        o.insert(QStringLiteral("sessionId"), qr.sessionId);
    if (qr.scannedAt)
        o.insert(QStringLiteral("scannedAt"), Time::rfc3339Ms(qr.scannedAt));
    return o;
}

} // namespace mid
