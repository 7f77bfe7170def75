#pragma once

#include "simulator/PhoneScreen.h"

class QLabel;
class QLineEdit;
class QPushButton;

namespace mid::ui {

// The phone's first screen: type the mobile number and enroll.
class WelcomeScreen : public PhoneScreen
{
    Q_OBJECT
public:
    explicit WelcomeScreen(PhoneModel &model, QWidget *parent = nullptr);

protected:
    void entered() override;
    void showBusy(bool busy) override;
    void showFailure(const QString &message) override;

private:
    void enroll();

    QLineEdit *m_number;
    QLabel *m_error;
    QPushButton *m_enroll;
};

} // namespace mid::ui
