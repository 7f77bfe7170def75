#pragma once

#include <QStringList>

namespace mid {

// The events a webhook endpoint may subscribe to (§9 of the API). The console reads them
// from /admin/v1/overview, so it never keeps a list of its own.
const QStringList &webhookEventNames();

} // namespace mid
