#pragma once

#include "simulator/PhoneScreen.h"

class QLabel;
class QLineEdit;
class QPushButton;

namespace mid::ui {

// Activation with a service's verification link (§8): paste the link; the phone redeems it and
// registers a passkey for that MPin identity. A link whose user id is not a phone number also
// needs this phone's number.
class ActivateScreen : public PhoneScreen
{
    Q_OBJECT
public:
    explicit ActivateScreen(PhoneModel &model, QWidget *parent = nullptr);

protected:
    void entered() override;
    void showBusy(bool busy) override;
    void showFailure(const QString &message) override;

private:
    void activate();
    void linkEdited();

    QLineEdit *m_link;
    QLabel *m_numberLabel;
    QLineEdit *m_number;
    QLabel *m_error;
    QPushButton *m_activate;
};

} // namespace mid::ui
