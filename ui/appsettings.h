#pragma once

#include <QString>

// The window's settings, kept with QSettings. The engine's own settings (parallel jobs,
// stall timeout) are applied to it by the window; retry delay and no-progress timeout are
// the defaults of new jobs.
struct AppSettings
{
    QString defaultFolder;
    int parallelJobs = 4;
    int retryDelay = 10;
    int noProgressTimeout = 86400;
    int stallTimeout = 60;
    int connections = 4; // per file, for new jobs
    int filesAtOnce = 4; // files of one job transferring together
    int speedLimitKiB = 0; // for every download together, KiB/s; 0 = none
    bool notifications = true;
    bool closeToTray = false;
    QString language; // empty: the system's; else "en", "es", "fr", "ru"

    static AppSettings load();
    void save() const;
    static QString lastFolder(); // the Add dialog's folder, remembered
    static void setLastFolder(const QString &folder);
};
