#include "PhoneScreen.h"

namespace mid::ui {

PhoneScreen::PhoneScreen(PhoneModel &model, PhoneModel::Step step, QWidget *parent)
    : QWidget(parent), m_phone(model), m_step(step)
{
    setObjectName(QStringLiteral("phonePage")); // transparent over the phone's glass (qss)
    connect(&model, &PhoneModel::stepChanged, this, [this](PhoneModel::Step now) {
        if (now == m_step)
            entered();
    });
    connect(&model, &PhoneModel::busyChanged, this, [this](bool busy) {
        if (m_phone.step() == m_step)
            showBusy(busy);
    });
    connect(&model, &PhoneModel::failed, this, [this](PhoneModel::Step at, const QString &message) {
        if (at == m_step)
            showFailure(message);
    });
}

} // namespace mid::ui
