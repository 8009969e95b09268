#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// What makes a finished file safe: its SHA-256, a rename that never replaces a file the
// user has, and syncing to disk before the store records it.
namespace Durability {
QString sha256OfFile(const QString &path); // empty when it cannot be read
// Renames without ever replacing an existing file. Returns 0 or an errno value.
int renameNoReplace(const QString &from, const QString &to);
// Makes each file durable; true for each that is (or is gone: completed or cancelled).
QList<bool> makeDurable(const QStringList &files);
} // namespace Durability
