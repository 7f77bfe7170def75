#include "MpinIdentityActions.h"

#include "ServerSession.h"
#include "models/JsonText.h"
#include "models/MpinIdentitiesModel.h"
#include "widgets/PanelParts.h"

#include <QAbstractItemView>
#include <QClipboard>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QMenu>
#include <QPushButton>
#include <QStyle>

namespace mid::ui {

namespace {
constexpr int kMaxDeviceName = 200; // MpinRules::kMaxDeviceNameLength
constexpr int kMaxReason = 500;     // MpinRules::kMaxReasonLength
} // namespace

MpinIdentityActions::MpinIdentityActions(ServerSession &session, QWidget *owner)
    : QObject(owner), m_session(session), m_owner(owner),
      m_rename(new QPushButton(tr("Rename…"), owner)),
      m_revoke(new QPushButton(tr("Revoke…"), owner))
{
    m_rename->setAccessibleName(tr("Rename…"));
    m_revoke->setAccessibleName(tr("Revoke…"));
    m_revoke->setIcon(owner->style()->standardIcon(QStyle::SP_BrowserStop));
    connect(m_rename, &QPushButton::clicked, this, &MpinIdentityActions::rename);
    connect(m_revoke, &QPushButton::clicked, this, &MpinIdentityActions::revoke);
    updateButtons();
}

void MpinIdentityActions::setIdentity(const QJsonObject &identity)
{
    m_identity = identity;
    updateButtons();
}

void MpinIdentityActions::updateButtons()
{
    const bool write = m_session.canWrite();
    const bool selected = !MpinIdentitiesModel::idOf(m_identity).isEmpty();
    const bool revoked = MpinIdentitiesModel::stateOf(m_identity) == QLatin1String("revoked");
    const QString readOnly = tr("Auditors can only read: an operator renames and revokes "
                                "identities.");
    m_rename->setEnabled(write && selected);
    m_rename->setToolTip(write ? tr("Change the device name the identity's project sees")
                               : readOnly);
    m_revoke->setEnabled(write && selected && !revoked);
    m_revoke->setToolTip(!write    ? readOnly
                         : revoked ? tr("This identity is already revoked.")
                                   : tr("End the identity for good: its passkey can no longer "
                                        "authenticate or sign"));
}

void MpinIdentityActions::attachTo(QAbstractItemView *view)
{
    view->installEventFilter(this); // the view's own Ctrl+C copies the shortened text
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this, [this, view](const QPoint &at) {
        if (MpinIdentitiesModel::idOf(m_identity).isEmpty())
            return;
        QMenu menu(view);
        menu.addAction(tr("Copy MPin ID"), this, &MpinIdentityActions::copyId);
        menu.addSeparator();
        menu.addAction(m_rename->text(), this, &MpinIdentityActions::rename)
            ->setEnabled(m_rename->isEnabled());
        menu.addAction(m_revoke->text(), this, &MpinIdentityActions::revoke)
            ->setEnabled(m_revoke->isEnabled());
        menu.exec(view->viewport()->mapToGlobal(at));
    });
}

bool MpinIdentityActions::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->matches(QKeySequence::Copy) &&
        !MpinIdentitiesModel::idOf(m_identity).isEmpty()) {
        copyId();
        return true;
    }
    return QObject::eventFilter(watched, event);
}

void MpinIdentityActions::copyId() const
{
    const QString id = MpinIdentitiesModel::idOf(m_identity);
    if (!id.isEmpty())
        QGuiApplication::clipboard()->setText(id);
}

void MpinIdentityActions::rename()
{
    if (!m_rename->isEnabled())
        return;
    const QString id = MpinIdentitiesModel::idOf(m_identity);
    TextPrompt prompt;
    prompt.title = tr("Rename identity");
    prompt.text = tr("The name of the device, as the project sees it, for the identity of %1 "
                     "(MPin ID %2).")
                      .arg(jsonText(m_identity, "userId"), shortId(id, 8, 4));
    prompt.fieldLabel = tr("&Device name:");
    prompt.fieldName = tr("Device name");
    prompt.placeholder = tr("e.g. Work phone");
    prompt.initial = jsonText(m_identity, "deviceName");
    prompt.action = tr("Rename");
    prompt.cancelName = tr("Cancel");
    prompt.maxLength = kMaxDeviceName;
    prompt.required = true;
    askForText(m_owner, prompt, [this, id](const QString &name) {
        m_session.api().renameMpinIdentity(id, name, this, [this](const ApiResult &r) {
            answered(r, tr("The identity could not be renamed."));
        });
    });
}

void MpinIdentityActions::revoke()
{
    if (!m_revoke->isEnabled())
        return;
    const QString id = MpinIdentitiesModel::idOf(m_identity);
    TextPrompt prompt;
    prompt.title = tr("Revoke identity");
    const QString deviceName = jsonText(m_identity, "deviceName");
    prompt.text =
        tr("Revoke the MPin identity of %1 (%2) on the device “%3”?\n\nIts passkey "
           "is revoked with it: it can no longer authenticate, sign a DVS request or "
           "approve anything. This cannot be undone; the user must activate the "
           "device again.")
            .arg(jsonText(m_identity, "userId"), MpinIdentitiesModel::projectOf(m_identity),
                 deviceName.isEmpty() ? jsonText(m_identity, "deviceId") : deviceName);
    prompt.fieldLabel = tr("&Reason (optional):");
    prompt.fieldName = tr("Reason");
    prompt.placeholder = tr("e.g. device replaced");
    prompt.action = tr("Revoke");
    prompt.cancelName = tr("Cancel");
    prompt.maxLength = kMaxReason;
    prompt.destructive = true;
    askForText(m_owner, prompt, [this, id](const QString &reason) {
        m_session.api().revokeMpinIdentity(id, reason, this, [this](const ApiResult &r) {
            answered(r, tr("The identity could not be revoked."));
        });
    });
}

void MpinIdentityActions::answered(const ApiResult &result, const QString &failure)
{
    if (!result.ok()) {
        reportApiError(m_owner, tr("MPin identities"), failure, result, tr("Error"));
        return;
    }
    const QJsonObject identity = result.object();
    if (MpinIdentitiesModel::idOf(identity) == MpinIdentitiesModel::idOf(m_identity))
        setIdentity(identity);
    Q_EMIT changed(identity);
}

} // namespace mid::ui
