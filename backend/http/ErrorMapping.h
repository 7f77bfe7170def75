#pragma once

#include "ApiError.h"

#include <exception>

namespace mid {

class ServiceError;

// Where what the use cases, the database and core's request readers report becomes the HTTP
// answer of §0. The HTTP server renders every failure through here; nothing else turns a
// ServiceError into a status.
namespace ErrorMapping {

// The one table: a ServiceError's kind picks the §0 row (status and `type`); message,
// details and fields are kept. A Limited error also gets seed 000's top-level fields
// (retryAfter, resetTime, limit, remaining) and Retry-After, and, when the caller's request
// quota refused, the X-RateLimit-* headers that say so. A StorageError is a ServiceError of
// kind Unavailable (503) or Internal (500) whose message never quotes the driver.
ApiError toApiError(const ServiceError &error);

// Whatever a handler threw, as the answer: an ApiError as it is, a ServiceError through the
// table, anything else a 500 that says nothing more (logged with `where`).
ApiError answerFor(const std::exception &thrown, const QString &where);

} // namespace ErrorMapping

} // namespace mid
