#include "RegisterScreen.h"

#include "simulator/PhoneWidgets.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace mid::ui {

RegisterScreen::RegisterScreen(PhoneModel &model, QWidget *parent)
    : PhoneScreen(model, PhoneModel::Step::Register, parent),
      m_error(phone::errorLabel(tr("Registration error"), this)),
      m_register(phone::primaryButton(tr("Register passkey"), this))
{
    auto *check = new QLabel(QStringLiteral("✓"), this);
    check->setObjectName(QStringLiteral("bigCheck"));
    check->setFixedSize(64, 64);
    check->setAlignment(Qt::AlignCenter);
    auto *title = phone::title(tr("Number verified"), this);
    title->setAlignment(Qt::AlignCenter);
    auto *intro = phone::hint(tr("Now create a passkey on this phone. Its private key never "
                                 "leaves the phone: you approve requests by signing them with "
                                 "it."),
                              this);
    intro->setAlignment(Qt::AlignCenter);
    m_register->setToolTip(tr("Create a FIDO2 credential and register it with the server"));
    auto *back = phone::linkButton(tr("Use another number"), this);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(check, 0, Qt::AlignHCenter);
    layout->addSpacing(8);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addSpacing(24);
    layout->addWidget(m_error);
    layout->addWidget(m_register);
    layout->addWidget(back, 0, Qt::AlignHCenter);
    layout->addStretch(3);

    connect(m_register, &QPushButton::clicked, &model, &PhoneModel::registerPasskey);
    connect(back, &QPushButton::clicked, &model, &PhoneModel::switchNumber);
}

void RegisterScreen::entered()
{
    phone::showError(m_error, {});
    showBusy(false);
    m_register->setFocus(); // Enter or Space goes on
}

void RegisterScreen::showBusy(bool busy)
{
    m_register->setEnabled(!busy);
    m_register->setText(busy ? tr("Creating passkey…") : tr("Register passkey"));
}

void RegisterScreen::showFailure(const QString &message)
{
    phone::showError(m_error, message);
}

} // namespace mid::ui
