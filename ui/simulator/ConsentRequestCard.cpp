#include "ConsentRequestCard.h"

#include "models/JsonText.h"
#include "widgets/StatusDelegate.h"

#include <QDateTime>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace mid::ui {

QString ConsentRequestCard::intentLabel(const QString &intent)
{
    if (intent == QLatin1String("transaction"))
        return tr("Confirm a transaction");
    if (intent == QLatin1String("data_sharing"))
        return tr("Share your data");
    if (intent == QLatin1String("identity_verification"))
        return tr("Verify your identity");
    if (intent == QLatin1String("signing"))
        return tr("Sign a document");
    if (intent == QLatin1String("mandate"))
        return tr("Approve a mandate");
    return tr("Sign in");
}

QString ConsentRequestCard::requestLabel(const QJsonObject &consent)
{
    const QString intent = jsonText(consent, "intent");
    const QString document =
        jsonText(consent.value(QStringLiteral("metadata")).toObject(), "documentName");
    if (document.isEmpty() ||
        (intent != QLatin1String("signing") && intent != QLatin1String("mandate")))
        return intentLabel(intent);
    return intent == QLatin1String("mandate") ? tr("Sign mandate %1").arg(document)
                                              : tr("Sign %1").arg(document);
}

ConsentRequestCard::ConsentRequestCard(const QJsonObject &consent, const QString &clientName,
                                       QWidget *parent)
    : QFrame(parent), m_client(new QLabel(this)), m_intent(new QLabel(this)),
      m_scope(new QLabel(this)), m_reason(new QLabel(this)), m_sha256(new QLabel(this)),
      m_countdown(new QLabel(this)), m_outcome(new QLabel(this)),
      m_approve(new QPushButton(tr("Approve"), this)), m_reject(new QPushButton(tr("Reject"), this))
{
    m_id = jsonText(consent, "id").isEmpty() ? jsonText(consent, "sessionId")
                                             : jsonText(consent, "id");
    setObjectName(m_id);
    setProperty("requestCard", true);
    setAccessibleName(tr("Consent request"));
    setAccessibleDescription(m_id);

    QFont heading = m_client->font();
    heading.setWeight(QFont::DemiBold);
    heading.setPointSizeF(heading.pointSizeF() * 1.1);
    m_client->setFont(heading);
    m_client->setAccessibleName(tr("Requested by"));
    m_intent->setAccessibleName(tr("Request"));
    m_scope->setAccessibleName(tr("Scope"));
    m_scope->setWordWrap(true);
    m_scope->setForegroundRole(QPalette::PlaceholderText);
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setWordWrap(true);
    m_reason->hide();
    m_sha256->setAccessibleName(tr("Document SHA-256"));
    m_sha256->setObjectName(QStringLiteral("documentSha256"));
    m_sha256->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_sha256->setForegroundRole(QPalette::PlaceholderText);
    m_sha256->hide();
    m_countdown->setAccessibleName(tr("Time left"));
    m_countdown->setForegroundRole(QPalette::PlaceholderText);
    m_outcome->setAccessibleName(tr("Outcome"));
    m_outcome->setWordWrap(true);
    m_outcome->hide();
    m_approve->setAccessibleName(tr("Approve"));
    m_approve->setObjectName(QStringLiteral("approve"));
    m_approve->setToolTip(tr("Approve with this phone's passkey"));
    m_reject->setAccessibleName(tr("Reject"));
    m_reject->setObjectName(QStringLiteral("reject"));
    m_reject->setToolTip(tr("Reject, signed with this phone's passkey"));
    for (QPushButton *b : {m_approve, m_reject})
        b->setCursor(Qt::PointingHandCursor);

    auto *top = new QHBoxLayout;
    top->addWidget(m_client, 1);
    top->addWidget(m_countdown, 0, Qt::AlignRight | Qt::AlignVCenter);
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(8);
    buttons->addWidget(m_reject, 1);
    buttons->addWidget(m_approve, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 12, 14, 12);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(m_intent);
    layout->addWidget(m_scope);
    layout->addWidget(m_reason);
    layout->addWidget(m_sha256);
    layout->addSpacing(6);
    layout->addLayout(buttons);
    layout->addWidget(m_outcome);

    connect(m_approve, &QPushButton::clicked, this,
            [this] { Q_EMIT decisionRequested(m_id, true); });
    connect(m_reject, &QPushButton::clicked, this,
            [this] { Q_EMIT decisionRequested(m_id, false); });

    setClientName(jsonText(consent, "clientName").isEmpty() ? clientName
                                                            : jsonText(consent, "clientName"));
    update(consent);
}

void ConsentRequestCard::setClientName(const QString &name)
{
    m_client->setText(name);
}

void ConsentRequestCard::update(const QJsonObject &consent)
{
    if (consent.contains(QStringLiteral("intent"))) {
        m_intent->setText(requestLabel(consent));
        showDocument(consent.value(QStringLiteral("metadata")).toObject());
    }
    if (consent.contains(QStringLiteral("scope"))) {
        QStringList scope;
        for (const QJsonValue &s : consent.value(QStringLiteral("scope")).toArray())
            scope << s.toString();
        m_scope->setText(scope.isEmpty() ? QString()
                                         : tr("Access: %1").arg(scope.join(QStringLiteral(", "))));
        m_scope->setVisible(!scope.isEmpty());
    }
    const QDateTime expires =
        QDateTime::fromString(jsonText(consent, "expiresAt"), Qt::ISODateWithMs);
    if (expires.isValid())
        m_expiresMs = expires.toMSecsSinceEpoch();
    const QString status = jsonText(consent, "status");
    if (!status.isEmpty())
        m_status = status;
    m_busy = false;
    showStatus();
}

// A signature's document: the reason given, and its SHA-256 shortened to what a person
// compares at a glance (the whole in the tooltip and for screen readers).
void ConsentRequestCard::showDocument(const QJsonObject &metadata)
{
    const QString reason = jsonText(metadata, "reason");
    m_reason->setText(tr("Reason: %1").arg(reason));
    m_reason->setVisible(!reason.isEmpty());
    const QString sha = jsonText(metadata, "documentSha256");
    m_sha256->setText(sha.size() > 16 ? tr("SHA-256 %1…%2").arg(sha.left(8), sha.right(8)) : sha);
    m_sha256->setToolTip(tr("SHA-256 of the document: %1").arg(sha));
    m_sha256->setAccessibleDescription(sha);
    m_sha256->setVisible(!sha.isEmpty());
}

void ConsentRequestCard::tick()
{
    if (m_status != QLatin1String("pending"))
        return;
    const qint64 left = (m_expiresMs - QDateTime::currentMSecsSinceEpoch()) / 1000;
    if (m_expiresMs > 0 && left < 0) {
        m_status = QStringLiteral("expired"); // the server's event confirms it within 2 s
        showStatus();
        return;
    }
    if (m_expiresMs > 0)
        m_countdown->setText(tr("%1:%2").arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0')));
}

void ConsentRequestCard::setBusy(const QString &what)
{
    m_busy = true;
    m_approve->setEnabled(false);
    m_reject->setEnabled(false);
    m_outcome->setText(what);
    m_outcome->setStyleSheet(QString());
    m_outcome->setForegroundRole(QPalette::PlaceholderText);
    m_outcome->show();
}

void ConsentRequestCard::setError(const QString &message)
{
    m_busy = false;
    m_approve->setEnabled(m_status == QLatin1String("pending"));
    m_reject->setEnabled(m_status == QLatin1String("pending"));
    m_outcome->setText(message);
    m_outcome->setForegroundRole(QPalette::WindowText);
    m_outcome->setStyleSheet(QStringLiteral("color: %1;")
                                 .arg(StatusDelegate::colorFor(QStringLiteral("rejected")).name()));
    m_outcome->show();
}

void ConsentRequestCard::showStatus()
{
    const bool pending = m_status == QLatin1String("pending");
    m_approve->setVisible(pending);
    m_reject->setVisible(pending);
    m_approve->setEnabled(pending);
    m_reject->setEnabled(pending);
    m_countdown->setVisible(pending);
    if (pending) {
        m_outcome->hide();
        tick();
        return;
    }
    QString line;
    if (m_status == QLatin1String("approved"))
        line = tr("Approved ✓");
    else if (m_status == QLatin1String("rejected"))
        line = tr("Rejected ✕");
    else if (m_status == QLatin1String("expired"))
        line = tr("Expired before a decision");
    else if (m_status == QLatin1String("revoked"))
        line = tr("Withdrawn by %1").arg(m_client->text());
    else
        line = StatusDelegate::label(m_status);
    m_outcome->setText(line);
    m_outcome->setForegroundRole(QPalette::WindowText);
    m_outcome->setStyleSheet(QStringLiteral("color: %1; font-weight: 600;")
                                 .arg(StatusDelegate::colorFor(m_status).name()));
    m_outcome->show();
}

} // namespace mid::ui
