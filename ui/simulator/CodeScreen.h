#pragma once

#include "simulator/PhoneScreen.h"

class QLabel;
class QLineEdit;
class QPushButton;

namespace mid::ui {

// The SMS with the code arrives as a bubble; the person types the code and verifies.
class CodeScreen : public PhoneScreen
{
    Q_OBJECT
public:
    explicit CodeScreen(PhoneModel &model, QWidget *parent = nullptr);

protected:
    void entered() override;
    void showBusy(bool busy) override;
    void showFailure(const QString &message) override;

private:
    QLineEdit *codeField();
    void showSms(const QString &body);
    void verify();

    QLabel *m_intro;
    QLabel *m_sender;
    QLabel *m_sms;
    QLineEdit *m_code;
    QLabel *m_error;
    QPushButton *m_verify;
};

} // namespace mid::ui
