#pragma once

#include "core/engine/enginepreferences.h"

#include <QString>

// The window's settings, kept with QSettings, beside the engine's (EnginePreferences), which
// every engine of the user shares. Retry delay, no-progress timeout and connections are
// the defaults of jobs made in the window.
struct AppSettings : EnginePreferences
{
    QString defaultFolder;
    int retryDelay = 10;
    int noProgressTimeout = 86400;
    int connections = 4; // per file, for new jobs
    bool notifications = true;
    bool closeToTray = false;
    QString language; // empty: the system's; else "en", "es", "fr", "ru"

    static AppSettings load();
    void save() const;
    static QString lastFolder(); // the Add dialog's folder, remembered
    static void setLastFolder(const QString &folder);
};
