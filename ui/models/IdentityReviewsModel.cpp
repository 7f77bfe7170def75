#include "IdentityReviewsModel.h"

#include "client/EventStream.h"
#include "models/JsonText.h"
#include "models/WebhookDeliveriesModel.h"
#include "widgets/StatusDelegate.h"

#include <QDateTime>
#include <QFontDatabase>
#include <QJsonArray>
#include <QLocale>

namespace mid::ui {

IdentityReviewsModel::IdentityReviewsModel(AdminClient &api, ClientDirectory &clients,
                                           QObject *parent)
    : StatusRecordsModel(ColumnCount, api, clients, parent)
{
}

void IdentityReviewsModel::list(const AdminClient::StatusQuery &query, AdminClient::Callback done)
{
    m_api.listIdentityReviews(query, this, std::move(done));
}

void IdentityReviewsModel::read(const QString &id, AdminClient::Callback done)
{
    m_api.getIdentityReview(id, this, std::move(done));
}

QString IdentityReviewsModel::recordIdOf(const StreamEvent &event) const
{
    if (!event.type.startsWith(QLatin1String("verification.")))
        return {};
    const QString id = jsonText(event.data, "verificationId");
    return id.isEmpty() ? jsonText(event.data, "id") : id;
}

QString IdentityReviewsModel::typeLabel(const QString &type)
{
    if (type == QLatin1String("passport"))
        return tr("Passport");
    if (type == QLatin1String("id_card"))
        return tr("ID card");
    if (type == QLatin1String("driving_licence"))
        return tr("Driving licence");
    if (type == QLatin1String("residence_permit"))
        return tr("Residence permit");
    return type;
}

QString IdentityReviewsModel::subjectOf(const QJsonObject &v)
{
    const QString mobile = jsonText(v, "mobile");
    return mobile.isEmpty() ? jsonText(v, "userId") : mobile;
}

QString IdentityReviewsModel::claimedNameOf(const QJsonObject &v)
{
    const QJsonObject name = v.value(QStringLiteral("claimedName")).toObject();
    const QString full = jsonText(name, "fullName");
    if (!full.isEmpty())
        return full;
    return QStringList{jsonText(name, "givenNames"), jsonText(name, "surname")}
        .join(QLatin1Char(' '))
        .trimmed();
}

QString IdentityReviewsModel::checkLabel(const QString &name)
{
    if (name == QLatin1String("mrz.checkDigits"))
        return tr("MRZ check digits");
    if (name == QLatin1String("document.expiry"))
        return tr("Document expiry");
    if (name == QLatin1String("name.match"))
        return tr("Name match");
    // The MRZ's own five check digits.
    if (name == QLatin1String("documentNumber"))
        return tr("Document number");
    if (name == QLatin1String("birthDate"))
        return tr("Date of birth");
    if (name == QLatin1String("expiryDate"))
        return tr("Expiry date");
    if (name == QLatin1String("personalNumber"))
        return tr("Personal number");
    if (name == QLatin1String("composite"))
        return tr("Composite");
    return name;
}

QString IdentityReviewsModel::checksSummary(const QJsonObject &v)
{
    int passed = 0, failed = 0, skipped = 0;
    for (const QJsonValue &c : v.value(QStringLiteral("checks")).toArray()) {
        const QString status = jsonText(c.toObject(), "status");
        passed += status == QLatin1String("passed");
        failed += status == QLatin1String("failed");
        skipped += status == QLatin1String("skipped");
    }
    QStringList parts;
    if (failed > 0)
        parts << tr("%n failed", nullptr, failed);
    if (passed > 0)
        parts << tr("%n passed", nullptr, passed);
    if (skipped > 0)
        parts << tr("%n skipped", nullptr, skipped);
    return parts.isEmpty() ? tr("No checks") : parts.join(tr(", "));
}

QString IdentityReviewsModel::checksOutcome(const QJsonObject &v)
{
    const QJsonArray checks = v.value(QStringLiteral("checks")).toArray();
    if (checks.isEmpty())
        return {};
    bool allPassed = true;
    for (const QJsonValue &c : checks) {
        const QString status = jsonText(c.toObject(), "status");
        if (status == QLatin1String("failed"))
            return status;
        allPassed = allPassed && status == QLatin1String("passed");
    }
    return allPassed ? QStringLiteral("passed") : QStringLiteral("skipped");
}

QVariant IdentityReviewsModel::displayValue(const QJsonObject &v, int column) const
{
    switch (column) {
    case Created:
        return WebhookDeliveriesModel::compactTime(jsonText(v, "createdAt"));
    case Tenant:
        return tenantOf(v);
    case Type:
        return typeLabel(jsonText(v, "type"));
    case Subject:
        return subjectOf(v);
    case Status:
        return jsonText(v, "status");
    case Checks:
        return checksSummary(v);
    default:
        return {};
    }
}

QVariant IdentityReviewsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const QJsonObject &v = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(v, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Created)
            return QLocale().toString(
                QDateTime::fromString(jsonText(v, "createdAt"), Qt::ISODateWithMs).toLocalTime(),
                QLocale::LongFormat);
        if (index.column() == Subject && !claimedNameOf(v).isEmpty())
            return tr("%1 — claims to be %2").arg(subjectOf(v), claimedNameOf(v));
        if (index.column() == Status)
            return StatusDelegate::label(jsonText(v, "status"));
        return displayValue(v, index.column());
    case Qt::ForegroundRole:
        if (index.column() == Checks && !checksOutcome(v).isEmpty())
            return StatusDelegate::colorFor(checksOutcome(v));
        return {};
    case Qt::FontRole:
        if (index.column() == Subject)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        return {};
    case SortRole:
        if (index.column() == Created)
            return jsonText(v, "createdAt") +
                   QStringLiteral("/%1").arg(999999 - index.row(), 6, 10, QLatin1Char('0'));
        return displayValue(v, index.column());
    case IdRole:
        return idOf(v);
    case RecordRole:
        return v;
    default:
        return {};
    }
}

QVariant IdentityReviewsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Created:
        return tr("Created");
    case Tenant:
        return tr("Tenant");
    case Type:
        return tr("Document");
    case Subject:
        return tr("Mobile / user");
    case Status:
        return tr("Status");
    case Checks:
        return tr("Checks");
    default:
        return {};
    }
}

} // namespace mid::ui
