#pragma once

#include <QSqlDatabase>
#include <QString>

// The job store's tables, version by version: a store of an older version is brought up
// to Current step by step (PRAGMA user_version), inside the caller's transaction.
namespace StoreSchema {
constexpr int Current = 8;
bool migrate(QSqlDatabase &db, int from, QString *error);
} // namespace StoreSchema
