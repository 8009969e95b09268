#pragma once

#include <QString>

namespace StoreLocation {
// --store, else $HAUL_STORE, else AppDataLocation/jobs.sqlite; always absolute.
QString resolve(const QString &option);
} // namespace StoreLocation
