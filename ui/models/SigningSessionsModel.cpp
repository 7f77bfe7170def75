#include "SigningSessionsModel.h"

#include "client/EventStream.h"
#include "models/ConsentsModel.h"
#include "models/JsonText.h"
#include "models/WebhookDeliveriesModel.h"
#include "widgets/StatusDelegate.h"

#include <QDateTime>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

#include <algorithm>

namespace mid::ui {

SigningSessionsModel::SigningSessionsModel(AdminClient &api, ClientDirectory &clients,
                                           QObject *parent)
    : StatusRecordsModel(ColumnCount, api, clients, parent)
{
}

void SigningSessionsModel::list(const AdminClient::StatusQuery &query, AdminClient::Callback done)
{
    m_api.listSigningSessions(query, this, std::move(done));
}

void SigningSessionsModel::read(const QString &id, AdminClient::Callback done)
{
    m_api.getSigningSession(id, this, std::move(done));
}

QString SigningSessionsModel::recordIdOf(const StreamEvent &event) const
{
    if (event.type.startsWith(QLatin1String("signing.")) ||
        event.type == QLatin1String("mandate.signed")) {
        const QString id = jsonText(event.data, "signingSessionId");
        return id.isEmpty() ? jsonText(event.data, "id") : id;
    }
    if (!event.type.startsWith(QLatin1String("consent.")))
        return {};
    // A signing session's consent: its metadata names the session; a listed session also
    // knows its consent.
    const QString named =
        jsonText(event.data.value(QStringLiteral("metadata")).toObject(), "signingSessionId");
    if (!named.isEmpty())
        return named;
    const QString consentId = ConsentsModel::idOf(event.data);
    const auto it = std::find_if(m_rows.cbegin(), m_rows.cend(), [&](const QJsonObject &s) {
        return !consentId.isEmpty() && jsonText(s, "consentId") == consentId;
    });
    return it == m_rows.cend() ? QString() : idOf(*it);
}

QString SigningSessionsModel::intentLabel(const QString &intent)
{
    if (intent == QLatin1String("signing"))
        return tr("Signature");
    if (intent == QLatin1String("mandate"))
        return tr("Mandate");
    return intent;
}

QVariant SigningSessionsModel::displayValue(const QJsonObject &s, int column) const
{
    switch (column) {
    case Created:
        return WebhookDeliveriesModel::compactTime(jsonText(s, "createdAt"));
    case Tenant:
        return tenantOf(s);
    case Signer:
        return jsonText(s, "signer");
    case Intent:
        return intentLabel(jsonText(s, "intent"));
    case Document:
        return jsonText(s, "documentName");
    case Status:
        return jsonText(s, "status");
    case SignedAt:
        return jsonText(s, "signedAt").isEmpty()
                   ? QStringLiteral("—")
                   : WebhookDeliveriesModel::compactTime(jsonText(s, "signedAt"));
    default:
        return {};
    }
}

QVariant SigningSessionsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const QJsonObject &s = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(s, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Created || index.column() == SignedAt) {
            const char *key = index.column() == Created ? "createdAt" : "signedAt";
            const QDateTime t = QDateTime::fromString(jsonText(s, key), Qt::ISODateWithMs);
            return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::LongFormat)
                               : QString();
        }
        if (index.column() == Document)
            return tr("%1\nSHA-256 %2")
                .arg(jsonText(s, "documentName"), jsonText(s, "documentSha256"));
        if (index.column() == Status)
            return StatusDelegate::label(jsonText(s, "status"));
        return displayValue(s, index.column());
    case Qt::ForegroundRole:
        if (index.column() == SignedAt && jsonText(s, "signedAt").isEmpty())
            return QGuiApplication::palette().color(QPalette::PlaceholderText);
        return {};
    case Qt::FontRole:
        if (index.column() == Signer)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        return {};
    case SortRole:
        if (index.column() == Created)
            return jsonText(s, "createdAt") +
                   QStringLiteral("/%1").arg(999999 - index.row(), 6, 10, QLatin1Char('0'));
        if (index.column() == SignedAt)
            return jsonText(s, "signedAt");
        return displayValue(s, index.column());
    case IdRole:
        return idOf(s);
    case RecordRole:
        return s;
    default:
        return {};
    }
}

QVariant SigningSessionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Created:
        return tr("Created");
    case Tenant:
        return tr("Tenant");
    case Signer:
        return tr("Signer");
    case Intent:
        return tr("Intent");
    case Document:
        return tr("Document");
    case Status:
        return tr("Status");
    case SignedAt:
        return tr("Signed at");
    default:
        return {};
    }
}

} // namespace mid::ui
