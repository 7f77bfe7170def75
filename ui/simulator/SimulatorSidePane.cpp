#include "SimulatorSidePane.h"

#include "simulator/PhoneModel.h"
#include "simulator/PhoneWidgets.h"
#include "widgets/PanelParts.h"
#include "widgets/StatusDelegate.h"

#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTime>
#include <QVBoxLayout>

namespace mid::ui {

namespace {

constexpr int kActivityKept = 200;

QString algorithmName(int cose)
{
    return cose == -7   ? QStringLiteral("ES256")
           : cose == -8 ? QStringLiteral("EdDSA")
                        : QStringLiteral("RS256");
}

} // namespace

SimulatorSidePane::SimulatorSidePane(PhoneModel &model, QWidget *parent)
    : QWidget(parent), m_phone(model), m_reset(new QPushButton(tr("Reset phone…"), this))
{
    setFixedWidth(380);
    auto *about = phone::hint(
        tr("A phone inside the console. It speaks to the server only through the public API, "
           "exactly as the MID app does: enrollment with an SMS code, a FIDO2 passkey with "
           "real keys and attestation, and approvals signed with real assertions."),
        this);
    m_reset->setAccessibleName(tr("Reset phone…"));
    m_reset->setToolTip(tr("Forget this number's passkey and ids on the simulated phone"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 24, 0, 0);
    layout->addWidget(phone::title(tr("Device simulator"), this));
    layout->addWidget(about);
    layout->addSpacing(18);
    layout->addWidget(createSectionTitle(tr("This phone"), this));
    layout->addWidget(buildPhoneFacts());
    layout->addWidget(m_reset, 0, Qt::AlignLeft);
    layout->addSpacing(18);
    layout->addWidget(createSectionTitle(tr("Activity"), this));
    layout->addWidget(buildActivity(), 1);

    connect(m_reset, &QPushButton::clicked, this, &SimulatorSidePane::confirmReset);
    connect(&model, &PhoneModel::changed, this, &SimulatorSidePane::showPhone);
    connect(&model, &PhoneModel::logged, this, &SimulatorSidePane::log);
    showPhone();
}

QWidget *SimulatorSidePane::buildPhoneFacts()
{
    auto *box = new QWidget(this);
    auto *form = new QFormLayout(box);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_number = addFact(form, tr("Number"));
    m_device = addFact(form, tr("Device ID"));
    m_passkey = addFact(form, tr("Passkey"));
    m_identity = addFact(form, tr("Identity"));
    m_state = addFact(form, tr("State"));
    return box;
}

QLabel *SimulatorSidePane::addFact(QFormLayout *form, const QString &label)
{
    auto *value = new QLabel(form->parentWidget());
    value->setAccessibleName(label);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    form->addRow(tr("%1:").arg(label), value);
    return value;
}

QWidget *SimulatorSidePane::buildActivity()
{
    m_activity = new QListWidget(this);
    m_activity->setObjectName(QStringLiteral("activity"));
    m_activity->setAccessibleName(tr("Phone activity"));
    m_activity->setWordWrap(true);
    m_activity->setSelectionMode(QAbstractItemView::NoSelection);
    m_activity->setFocusPolicy(Qt::NoFocus);
    m_activity->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_activity->setResizeMode(QListView::Adjust);
    m_activityEmpty = createEmptyState(m_activity, QString()); // read out by its text
    m_activityEmpty->setText(tr("Nothing yet.\nEvery step the phone takes (enrollment, passkey, "
                                "approvals) is listed here."));
    return m_activity;
}

void SimulatorSidePane::showPhone()
{
    m_number->setText(m_phone.mobile().isEmpty() ? tr("—") : m_phone.mobile());
    m_device->setText(m_phone.isRegistered() ? m_phone.deviceId() : tr("Not registered"));
    const auto passkey = m_phone.passkey();
    m_passkey->setText(passkey ? tr("%1 · sign count %2")
                                     .arg(algorithmName(passkey->algorithm))
                                     .arg(passkey->signCount)
                               : tr("None"));
    m_identity->setText(m_phone.mpinUserId().isEmpty() ? tr("None")
                                                       : tr("%1 (MPin)").arg(m_phone.mpinUserId()));
    m_identity->setToolTip(m_phone.hashMPinId());
    m_state->setText(stateText());
    m_reset->setEnabled(m_phone.isRegistered());
}

QString SimulatorSidePane::stateText() const
{
    switch (m_phone.step()) {
    case PhoneModel::Step::Welcome:
        return tr("Not enrolled");
    case PhoneModel::Step::Code:
        return tr("Waiting for the SMS code");
    case PhoneModel::Step::Register:
        return tr("Verified, no passkey yet");
    case PhoneModel::Step::Activate:
        return tr("Activating with a verification link");
    case PhoneModel::Step::Home:
        break;
    }
    return m_phone.isBlocked() ? tr("Blocked by an operator") : tr("Registered");
}

void SimulatorSidePane::log(const QString &line, bool error)
{
    auto *item = new QListWidgetItem(QStringLiteral("%1  %2").arg(
        QTime::currentTime().toString(QStringLiteral("HH:mm:ss")), line));
    if (error)
        item->setForeground(StatusDelegate::colorFor(QStringLiteral("rejected")));
    m_activity->insertItem(0, item);
    m_activityEmpty->hide();
    while (m_activity->count() > kActivityKept)
        delete m_activity->takeItem(m_activity->count() - 1);
}

void SimulatorSidePane::confirmReset()
{
    const QString mobile = m_phone.mobile();
    confirmDestructive(
        this, tr("Reset phone"),
        tr("Forget the passkey and ids this simulated phone keeps for %1?\n\nThe private key is "
           "destroyed: this phone can no longer approve anything for the number. The server "
           "still lists the device until an operator deregisters it (Devices panel).")
            .arg(mobile),
        tr("Reset"), tr("Cancel"), [this, mobile] {
            if (m_phone.mobile() == mobile) // still the phone asked about
                m_phone.forget();
        });
}

} // namespace mid::ui
