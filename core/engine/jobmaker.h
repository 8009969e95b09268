#pragma once

#include "core/engine/engine.h"
#include "core/engine/enginepreferences.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QUuid>

// A new job as the window, the browser hand-over and `haul serve` make one: its files, the
// user's defaults for new jobs, extra request headers (the browser's Referer, User-Agent
// and cookies: secret ones stay in memory). Made whole or not at all, then started.
struct NewJob
{
    QList<Engine::FileToAdd> files;
    QString name;
    JobPriority priority = JobPriority::Normal;
    bool startPaused = false;
    QList<QPair<QByteArray, QByteArray>> headers;
    int connections = 0; // per file; 0 = the user's default
    qint64 rateLimit = 0; // bytes per second; 0 = none
};

namespace JobMaker {

// On the engine thread (inside Engine::post): the new job's id, or the error with nothing
// left behind.
QPair<CallResult, QUuid> make(Engine &engine, const NewJob &job, const EnginePreferences &defaults);

} // namespace JobMaker
