#pragma once

#include "simulator/PhoneModel.h"

#include <QWidget>

namespace mid::ui {

// One screen of the simulated phone: the page shown at one step of the phone's state machine.
// It hears of the model only what concerns its own step.
class PhoneScreen : public QWidget
{
    Q_OBJECT
public:
    PhoneScreen(PhoneModel &model, PhoneModel::Step step, QWidget *parent = nullptr);

    PhoneModel::Step step() const { return m_step; }

protected:
    // The phone moved to this screen's step: show it afresh.
    virtual void entered() {}
    // The phone waits for the server's answer at this step (or no longer does).
    virtual void showBusy(bool busy) { Q_UNUSED(busy) }
    // What went wrong at this step.
    virtual void showFailure(const QString &message) { Q_UNUSED(message) }

    PhoneModel &m_phone;

private:
    PhoneModel::Step m_step;
};

} // namespace mid::ui
