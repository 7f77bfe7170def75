#pragma once

#include "http/Controller.h"

namespace mid {

class ConsentService;
class EnrollmentService;

// Enrollments (§4): created by a tenant (scope enrollments) or an operator on a person's
// behalf, or from the web approver page of a consent session for its recipient; verified by
// the device with the code it received (the enrollment id and code are the capability).
class EnrollmentsController : public Controller
{
public:
    EnrollmentsController(EnrollmentService &enrollments, ConsentService &consents)
        : m_enrollments(enrollments), m_consents(consents)
    {
    }
    void registerRoutes(Router &router) override;

private:
    Reply create(RequestContext &ctx);
    Reply verify(RequestContext &ctx);
    Reply get(RequestContext &ctx);
    Reply createForSession(RequestContext &ctx);
    Reply created(RequestContext &ctx, const QJsonObject &data);

    EnrollmentService &m_enrollments;
    ConsentService &m_consents;
};

} // namespace mid
