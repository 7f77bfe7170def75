#pragma once

#include "http/Controller.h"

namespace mid {

class MessageChannel;

// The outbound message log (enrollment codes sent by SMS) for operators.
class MessagesController : public Controller
{
public:
    explicit MessagesController(MessageChannel &messages) : m_messages(messages) {}
    void registerRoutes(Router &router) override;

private:
    Reply list(RequestContext &ctx);

    MessageChannel &m_messages;
};

} // namespace mid
