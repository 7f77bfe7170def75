#include "WelcomeScreen.h"

#include "simulator/PhoneWidgets.h"

#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mid::ui {

WelcomeScreen::WelcomeScreen(PhoneModel &model, QWidget *parent)
    : PhoneScreen(model, PhoneModel::Step::Welcome, parent), m_number(new QLineEdit(this)),
      m_error(phone::errorLabel(tr("Number error"), this)),
      m_enroll(phone::primaryButton(tr("Enroll"), this))
{
    auto *logo = new QLabel(this);
    logo->setPixmap(QIcon(QStringLiteral(":/ui/icons/app.svg")).pixmap(64, 64));
    logo->setAlignment(Qt::AlignCenter);
    auto *title = phone::title(tr("MID"), this);
    title->setAlignment(Qt::AlignCenter);
    auto *intro = phone::hint(tr("Link this phone to your mobile identity. We send a 6-digit "
                                 "code by SMS to check the number is yours."),
                              this);
    intro->setAlignment(Qt::AlignCenter);

    auto *label = new QLabel(tr("&Mobile number"), this);
    m_number->setAccessibleName(tr("Phone number"));
    m_number->setPlaceholderText(tr("+447700900123"));
    m_number->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    label->setBuddy(m_number);
    m_enroll->setToolTip(tr("Start the enrollment: the server sends a code by SMS"));
    auto *activate = phone::linkButton(tr("Activate with a verification link"), this);
    activate->setToolTip(tr("A service sent you a link to activate this phone"));

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(logo);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addSpacing(24);
    layout->addWidget(label);
    layout->addWidget(m_number);
    layout->addWidget(m_error);
    layout->addSpacing(8);
    layout->addWidget(m_enroll);
    layout->addWidget(activate, 0, Qt::AlignHCenter);
    layout->addStretch(3);

    connect(m_enroll, &QPushButton::clicked, this, &WelcomeScreen::enroll);
    connect(activate, &QPushButton::clicked, &model, &PhoneModel::startActivation);
    connect(m_number, &QLineEdit::returnPressed, this, &WelcomeScreen::enroll);
    connect(m_number, &QLineEdit::textEdited, this, [this] { phone::showError(m_error, {}); });
    connect(&model, &PhoneModel::numberOffered, m_number, &QLineEdit::setText);
}

void WelcomeScreen::enroll()
{
    phone::showError(m_error, {});
    m_phone.enroll(m_number->text());
}

void WelcomeScreen::entered()
{
    showBusy(false);
    m_number->setFocus();
}

void WelcomeScreen::showBusy(bool busy)
{
    m_enroll->setEnabled(!busy);
    m_enroll->setText(busy ? tr("Sending code…") : tr("Enroll"));
}

void WelcomeScreen::showFailure(const QString &message)
{
    phone::showError(m_error, message);
    m_number->setFocus();
}

} // namespace mid::ui
