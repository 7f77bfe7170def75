#include "ActivateScreen.h"

#include "simulator/PhoneWidgets.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mid::ui {

ActivateScreen::ActivateScreen(PhoneModel &model, QWidget *parent)
    : PhoneScreen(model, PhoneModel::Step::Activate, parent), m_link(new QLineEdit(this)),
      m_numberLabel(new QLabel(tr("This phone's &mobile number"), this)),
      m_number(new QLineEdit(this)), m_error(phone::errorLabel(tr("Activation error"), this)),
      m_activate(phone::primaryButton(tr("Activate"), this))
{
    auto *title = phone::title(tr("Activate with a link"), this);
    auto *intro = phone::hint(tr("Paste the verification link a service gave you. The phone "
                                 "uses it once to create a passkey for your identity with that "
                                 "service."),
                              this);
    auto *linkLabel = new QLabel(tr("&Verification link"), this);
    linkLabel->setBuddy(m_link);
    m_link->setAccessibleName(tr("Verification link"));
    m_link->setPlaceholderText(tr("https://…/verification/confirmation?…"));
    m_link->setClearButtonEnabled(true);
    m_numberLabel->setBuddy(m_number);
    m_number->setAccessibleName(tr("This phone's mobile number"));
    m_number->setPlaceholderText(tr("+447700900123"));
    m_number->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_activate->setToolTip(tr("Redeem the link and register a passkey for its identity"));
    auto *back = phone::linkButton(tr("Back"), this);

    auto *layout = new QVBoxLayout(this);
    layout->addSpacing(12);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addSpacing(24);
    layout->addWidget(linkLabel);
    layout->addWidget(m_link);
    layout->addWidget(m_numberLabel);
    layout->addWidget(m_number);
    layout->addWidget(m_error);
    layout->addSpacing(8);
    layout->addWidget(m_activate);
    layout->addWidget(back, 0, Qt::AlignHCenter);
    layout->addStretch(1);

    connect(m_activate, &QPushButton::clicked, this, &ActivateScreen::activate);
    connect(m_link, &QLineEdit::returnPressed, this, &ActivateScreen::activate);
    connect(m_number, &QLineEdit::returnPressed, this, &ActivateScreen::activate);
    connect(m_link, &QLineEdit::textChanged, this, &ActivateScreen::linkEdited);
    connect(m_number, &QLineEdit::textEdited, this, [this] { phone::showError(m_error, {}); });
    connect(back, &QPushButton::clicked, &model, &PhoneModel::switchNumber);
    linkEdited();
}

void ActivateScreen::linkEdited()
{
    phone::showError(m_error, {});
    const bool needsNumber = PhoneModel::linkNeedsNumber(m_link->text());
    m_numberLabel->setVisible(needsNumber);
    m_number->setVisible(needsNumber);
}

void ActivateScreen::activate()
{
    phone::showError(m_error, {});
    m_phone.activate(m_link->text(), m_number->text());
}

void ActivateScreen::entered()
{
    showBusy(false);
    m_link->clear(); // a link works once
    m_link->setFocus();
}

void ActivateScreen::showBusy(bool busy)
{
    m_activate->setEnabled(!busy);
    m_activate->setText(busy ? tr("Activating…") : tr("Activate"));
}

void ActivateScreen::showFailure(const QString &message)
{
    phone::showError(m_error, message);
    m_link->setFocus();
}

} // namespace mid::ui
