#pragma once

#include "core/engine/enginepreferences.h"

#include <QString>

// The window's settings, kept with QSettings, beside the engine's (EnginePreferences, with
// the defaults of new jobs), which every engine of the user shares.
struct AppSettings : EnginePreferences
{
    bool notifications = true;
    bool browserAddAtOnce = false; // a download from the browser skips the Add dialog
    bool closeToTray = false;
    bool clipboardCapture = false; // offer copied links to files (Settings, Folders)
    QString language; // empty: the system's; else "en", "es", "fr", "ru"

    static AppSettings load();
    void save() const;
    static QString lastFolder(); // the Add dialog's folder, remembered
    static void setLastFolder(const QString &folder);
    // The Add dialog's "one download" box for several addresses: off unless the user chose it.
    static bool oneDownloadForMany();
    static void setOneDownloadForMany(bool one);
};
