#pragma once

#include <QWidget>

class QFormLayout;
class QLabel;
class QListWidget;
class QPushButton;

namespace mid::ui {

class PhoneModel;

// Beside the phone: what the simulator is, what this phone holds (number, device, passkey,
// state), a reset, and the activity log of every step the phone takes.
class SimulatorSidePane : public QWidget
{
    Q_OBJECT
public:
    explicit SimulatorSidePane(PhoneModel &model, QWidget *parent = nullptr);

private:
    QWidget *buildPhoneFacts();
    QLabel *addFact(QFormLayout *form, const QString &label);
    QWidget *buildActivity();
    void showPhone();
    QString stateText() const;
    void log(const QString &line, bool error);
    void confirmReset();

    PhoneModel &m_phone;
    QLabel *m_number = nullptr;
    QLabel *m_device = nullptr;
    QLabel *m_passkey = nullptr;
    QLabel *m_identity = nullptr;
    QLabel *m_state = nullptr;
    QPushButton *m_reset;
    QListWidget *m_activity = nullptr;
    QLabel *m_activityEmpty = nullptr;
};

} // namespace mid::ui
