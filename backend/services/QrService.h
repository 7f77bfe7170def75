#pragma once

#include "domain/Client.h"
#include "domain/QrCode.h"
#include "qr/QrEncoder.h"
#include "storage/QrStore.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace mid {

class BodyReader;
class ConsentService;
class Database;

// POST /v1/qr/generate as read from the body; unset members take the defaults of QrRules.
struct QrRequest
{
    QString type;
    std::optional<QString> sessionId;
    std::optional<QString> data;
    std::optional<int> expiresIn;
    std::optional<QString> format;
    std::optional<int> size;
    std::optional<QString> ecLevel;
};

namespace QrRules {
const QStringList &types();        // auth, sign, enroll, custom
const QStringList &sessionTypes(); // the types a consent session can have a QR of
const QStringList &formats();      // png, svg
constexpr int kMinSize = 64;
constexpr int kMaxSize = 2048;
constexpr int kDefaultSize = 300;
constexpr int kMinExpiresIn = 30;
constexpr int kMaxExpiresIn = 86400;
constexpr int kDefaultExpiresIn = 300;
constexpr int kMaxDataLength = 2048;
} // namespace QrRules

// QR codes of §7: generated for a consent session of the caller (encoding what the consent's
// own QR encodes, expiring with it) or for free data; read back scoped to their tenant;
// rendered on demand; counted as scanned when the session's approver page is opened.
class QrService
{
public:
    QrService(Database &db, ConsentService &consents, QString publicUrl);

    // Reads and checks a generate body, recording every problem in `body` (call finish()).
    static QrRequest read(BodyReader &body);

    // A session id must name a consent of `client` (another tenant's → 404) that is still
    // pending (else 409); its content and expiry are the consent's, and `expiresIn` is
    // ignored. Throws 422 when the content does not fit a QR code at the level and size.
    QrCode generate(const Client &client, const QrRequest &request);
    // Another tenant's QR code is reported exactly like a missing one (404).
    QrCode get(const QString &clientId, const QString &id);
    std::optional<QrCode> find(const QString &id);
    // Every QR of the session counts one more scan; the first scan's time is kept.
    void markScanned(const QString &sessionId);

    // The image of `content` in `format` (png|svg) at `ecLevel` (L|M|Q|H). Throws 422 naming
    // `size` when the symbol does not fit that many pixels, or `contentField` when the
    // content is too long for the level.
    static QByteArray render(const QString &content, const QString &format, int size,
                             const QString &ecLevel,
                             const QString &contentField = QStringLiteral("ecLevel"));
    static QByteArray contentType(const QString &format);

    QJsonObject toJson(const QrCode &qr) const;
    QString imageUrl(const QString &id) const;

private:
    // Throws the 422 of render() without drawing anything.
    static void checkFits(const QString &content, int size, const QString &ecLevel,
                          const QString &contentField);

    QrStore m_store;
    ConsentService &m_consents;
    QString m_publicUrl;
};

} // namespace mid
