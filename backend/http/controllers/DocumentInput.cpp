#include "DocumentInput.h"

#include "core/BodyReader.h"
#include "core/ServiceError.h"
#include "domain/IdentityDocument.h"
#include "http/ApiError.h"
#include "http/Multipart.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace mid::DocumentInput {

namespace {
// ICAO 9303 TD3: two lines of 44; a little room for CR LF and spaces around them.
constexpr qsizetype kMaxMrzLength = 200;

DocumentUpload fromMultipart(const QByteArray &contentType, const QByteArray &bytes)
{
    QString error;
    const auto parts = parseMultipart(contentType, bytes, &error);
    if (!parts)
        throw ApiError::badRequest(QStringLiteral("The multipart body cannot be read: ") + error);
    DocumentUpload upload;
    bool haveFile = false;
    for (const MultipartPart &part : *parts) {
        if (part.name == "file") {
            haveFile = true;
            upload.bytes = part.body;
            upload.filename = QString::fromUtf8(part.filename);
        } else if (part.name == "mrz") {
            if (part.body.size() > kMaxMrzLength)
                throw ServiceError::invalid(QStringLiteral("mrz"), QStringLiteral("length"),
                                            QStringLiteral("mrz is longer than two TD3 lines"));
            upload.mrz = QString::fromUtf8(part.body);
        }
    }
    if (!haveFile)
        throw ServiceError::invalid(QStringLiteral("file"), QStringLiteral("required"),
                                    QStringLiteral("the multipart body has no part named "
                                                   "\"file\""));
    return upload;
}

DocumentUpload fromJson(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !json.isObject())
        throw ApiError::badRequest(QStringLiteral("The body must be a JSON object"));
    BodyReader body(json.object());
    const auto content =
        body.string(QStringLiteral("content"), true, IdentityRules::kMaxDocumentBytes * 4 / 3 + 4);
    const auto filename = body.string(QStringLiteral("filename"));
    body.string(QStringLiteral("contentType")); // read for its type only: never trusted
    std::optional<QString> mrz;
    if (body.body().value(QStringLiteral("mrz")).isArray()) {
        if (const auto lines = body.stringList(QStringLiteral("mrz")))
            mrz = lines->join(QLatin1Char('\n'));
    } else {
        mrz = body.string(QStringLiteral("mrz"), false, kMaxMrzLength);
    }
    DocumentUpload upload;
    if (content) {
        // Standard or URL-safe alphabet, with or without padding.
        const auto decoded = QByteArray::fromBase64Encoding(
            content->toLatin1(),
            QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
        const auto decodedUrl =
            decoded ? decoded
                    : QByteArray::fromBase64Encoding(content->toLatin1(),
                                                     QByteArray::Base64UrlEncoding |
                                                         QByteArray::AbortOnBase64DecodingErrors);
        if (!decodedUrl || decodedUrl.decoded.isEmpty())
            body.invalid(QStringLiteral("content"), QStringLiteral("format"),
                         QStringLiteral("content must be the file's bytes in base64"));
        else
            upload.bytes = decodedUrl.decoded;
    }
    body.finish();
    upload.filename = filename.value_or(QString());
    upload.mrz = mrz.value_or(QString());
    return upload;
}
} // namespace

DocumentUpload read(const QByteArray &contentType, const QByteArray &body, const QString &purpose)
{
    DocumentUpload upload = contentType.toLower().startsWith("multipart/form-data")
                                ? fromMultipart(contentType, body)
                                : fromJson(body);
    upload.purpose = purpose;
    return upload;
}

} // namespace mid::DocumentInput
