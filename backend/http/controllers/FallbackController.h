#pragma once

#include "http/Controller.h"

namespace mid {

// Paths no row serves. Each area's fallback row answers 404 in that area's dialect and under
// its limits, so an unknown /v1 path still carries X-RateLimit-* like every /v1 answer.
class FallbackController : public Controller
{
public:
    void registerRoutes(Router &router) override;
};

} // namespace mid
