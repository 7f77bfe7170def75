#pragma once

#include "simulator/PhoneScreen.h"

#include <QHash>
#include <QJsonObject>
#include <QTimer>

class QLabel;
class QVBoxLayout;

namespace mid::ui {

class ClientDirectory;
class ConsentRequestCard;

// The registered phone: its state, and the consent requests sent to its number as cards to
// approve or reject, the newest on top, with a few decided ones kept as a short history.
class HomeScreen : public PhoneScreen
{
    Q_OBJECT
public:
    // `clients` names the tenants that send requests.
    HomeScreen(PhoneModel &model, ClientDirectory &clients, QWidget *parent = nullptr);

    // The request card of a consent session, or null.
    ConsentRequestCard *card(const QString &sessionId) const { return m_cards.value(sessionId); }

Q_SIGNALS:
    // Once a second while a request is open (its countdown runs): the phone's clock may move.
    void ticked();

protected:
    void entered() override { refresh(); }

private:
    QWidget *buildRequestList();
    void refresh();
    void addOrUpdate(const QJsonObject &consent);
    void update(const QJsonObject &consent);
    void dropOldFinished();
    void clear();
    void tick();
    void nameClients();

    ClientDirectory &m_clients;
    QTimer m_countdown; // repaints the cards' time left once a second while any is open
    QLabel *m_status;
    QLabel *m_number;
    QLabel *m_identity; // the MPin identity a verification link activated, if any
    QLabel *m_blockedBanner;
    QLabel *m_noRequests = nullptr;
    QVBoxLayout *m_list = nullptr;
    QHash<QString, ConsentRequestCard *> m_cards;
};

} // namespace mid::ui
