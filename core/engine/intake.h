#pragma once

#include "core/engine/engine.h"

#include <QString>
#include <QUrl>

// The checks an address and a destination pass on the way in, before any job holds them:
// the same rules for the engine, the command line, the window and the fuzz target.
class Intake
{
public:
    // http(s) with a host, and no user:password (those belong in the keychain).
    static CallResult checkRemoteUrl(const QUrl &url);
    // An absolute path: a writable folder, or a file (or a name still free) in one.
    static CallResult checkLocalPath(const QString &path);
};
