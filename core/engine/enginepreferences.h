#pragma once

#include "core/model/job.h"

class Engine;

// The preferences every engine of the user runs with, the window's, `haul transfer`'s and
// `haul serve`'s alike, kept with QSettings; the window edits them in its Settings dialog.
// The proxy setting is the default of every new job.
struct EnginePreferences
{
    int parallelJobs = 4;
    int stallTimeout = 60;
    int filesAtOnce = 4; // files of one job transferring together
    int speedLimitKiB = 0; // for every download together, KiB/s; 0 = none
    int connectionsPerHost = 8; // to one server, every download's files together
    ProxySettings defaultProxy; // System: the environment's, else the desktop's
    // The defaults of new jobs, made in the window, handed over by the browser or added
    // to `haul serve`.
    QString defaultFolder; // the desktop's Downloads folder, else the home folder
    int retryDelay = 10;
    int noProgressTimeout = 86400;
    int connections = 4; // per file

    static EnginePreferences load();
    void save() const;
    void applyTo(Engine *engine) const;
};
