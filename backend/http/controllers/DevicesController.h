#pragma once

#include "http/Controller.h"

namespace mid {

class DeviceService;

// Devices (§5): tenants (scope devices) see the devices enrolled through them or that decided
// one of their sessions; operators see all (auditors read only).
class DevicesController : public Controller
{
public:
    explicit DevicesController(DeviceService &devices) : m_devices(devices) {}
    void registerRoutes(Router &router) override;

private:
    Reply create(RequestContext &ctx);
    Reply list(RequestContext &ctx);
    Reply get(RequestContext &ctx);
    Reply deregister(RequestContext &ctx);
    Reply block(RequestContext &ctx);
    Reply unblock(RequestContext &ctx);
    // The client id whose view applies; empty for operators (who see every device).
    static QString viewer(const RequestContext &ctx);

    DeviceService &m_devices;
};

} // namespace mid
