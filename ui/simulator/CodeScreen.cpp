#include "CodeScreen.h"

#include "simulator/PhoneWidgets.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace mid::ui {

CodeScreen::CodeScreen(PhoneModel &model, QWidget *parent)
    : PhoneScreen(model, PhoneModel::Step::Code, parent), m_intro(phone::hint(QString(), this)),
      m_sender(new QLabel(this)), m_sms(new QLabel(this)), m_code(codeField()),
      m_error(phone::errorLabel(tr("Code error"), this)),
      m_verify(phone::primaryButton(tr("Verify"), this))
{
    m_sender->setForegroundRole(QPalette::PlaceholderText);
    m_sender->setAccessibleName(tr("SMS sender"));
    QFont small = m_sender->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_sender->setFont(small);
    m_sms->setObjectName(QStringLiteral("smsBubble"));
    m_sms->setAccessibleName(tr("Incoming SMS"));
    m_sms->setWordWrap(true);
    m_sms->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sms->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    auto *label = new QLabel(tr("Verification &code"), this);
    label->setBuddy(m_code);
    auto *back = phone::linkButton(tr("Use another number"), this);

    auto *layout = new QVBoxLayout(this);
    layout->addSpacing(12);
    layout->addWidget(phone::title(tr("Enter the code"), this));
    layout->addWidget(m_intro);
    layout->addSpacing(18);
    layout->addWidget(m_sender);
    auto *bubbleRow = new QHBoxLayout; // an incoming bubble: left, four fifths wide at most
    bubbleRow->addWidget(m_sms, 4);
    bubbleRow->addStretch(1);
    layout->addLayout(bubbleRow);
    layout->addStretch(1);
    layout->addWidget(label);
    layout->addWidget(m_code);
    layout->addWidget(m_error);
    layout->addSpacing(8);
    layout->addWidget(m_verify);
    layout->addWidget(back, 0, Qt::AlignHCenter);
    layout->addSpacing(12);

    connect(m_verify, &QPushButton::clicked, this, &CodeScreen::verify);
    connect(m_code, &QLineEdit::returnPressed, this, &CodeScreen::verify);
    connect(m_code, &QLineEdit::textEdited, this, [this] { phone::showError(m_error, {}); });
    connect(back, &QPushButton::clicked, &model, &PhoneModel::switchNumber);
    connect(&model, &PhoneModel::smsReceived, this, &CodeScreen::showSms);
    connect(&model, &PhoneModel::smsMissing, this, [this] {
        m_sms->setText(tr("No SMS has arrived. The box's message log may be off; go back and "
                          "try again."));
    });
}

// Six digits, large and spaced, as a phone's code field.
QLineEdit *CodeScreen::codeField()
{
    auto *field = new QLineEdit(this);
    field->setAccessibleName(tr("Verification code"));
    field->setPlaceholderText(tr("6 digits"));
    field->setMaxLength(6);
    field->setAlignment(Qt::AlignCenter);
    field->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,6}")), field));
    QFont big = field->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setLetterSpacing(QFont::AbsoluteSpacing, 6);
    field->setFont(big);
    return field;
}

void CodeScreen::entered()
{
    m_intro->setText(tr("We sent a 6-digit code to %1. Type it below.").arg(m_phone.mobile()));
    m_sender->setText(tr("Messages · MID"));
    m_sms->setText(tr("Waiting for the SMS…"));
    m_code->clear();
    phone::showError(m_error, {});
    showBusy(false);
    m_code->setFocus();
}

void CodeScreen::showBusy(bool busy)
{
    m_verify->setEnabled(!busy);
}

void CodeScreen::showFailure(const QString &message)
{
    phone::showError(m_error, message);
}

void CodeScreen::showSms(const QString &body)
{
    m_sender->setText(tr("Messages · MID · %1")
                          .arg(QDateTime::currentDateTime().toString(QStringLiteral("HH:mm"))));
    m_sms->setText(body);
}

void CodeScreen::verify()
{
    m_phone.verifyCode(m_code->text());
}

} // namespace mid::ui
