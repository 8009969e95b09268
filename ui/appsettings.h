#pragma once

#include "core/model/job.h"

#include <QString>

class Engine;

// The window's settings, kept with QSettings. The engine's own settings (parallel jobs,
// stall timeout, files at once, the global speed limit) apply to every engine of the user:
// the window's, `haul transfer`'s and `haul serve`'s (applyTo). Retry delay, no-progress
// timeout and connections are the defaults of jobs made in the window; the proxy setting
// is the default of every new job (the window's, and haul transfer's and serve's through
// applyTo).
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
    ProxySettings defaultProxy; // System: the environment's, else the desktop's
    bool notifications = true;
    bool closeToTray = false;
    QString language; // empty: the system's; else "en", "es", "fr", "ru"

    static AppSettings load();
    void save() const;
    void applyTo(Engine *engine) const;
    static QString lastFolder(); // the Add dialog's folder, remembered
    static void setLastFolder(const QString &folder);
};
