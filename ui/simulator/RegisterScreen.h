#pragma once

#include "simulator/PhoneScreen.h"

class QLabel;
class QPushButton;

namespace mid::ui {

// The number is verified: create the passkey and register it with the server.
class RegisterScreen : public PhoneScreen
{
    Q_OBJECT
public:
    explicit RegisterScreen(PhoneModel &model, QWidget *parent = nullptr);

protected:
    void entered() override;
    void showBusy(bool busy) override;
    void showFailure(const QString &message) override;

private:
    QLabel *m_error;
    QPushButton *m_register;
};

} // namespace mid::ui
