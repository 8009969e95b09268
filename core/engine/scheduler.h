#pragma once

#include "core/model/jobtypes.h"

#include <QList>
#include <QUuid>
#include <functional>

// Which jobs may move: a pure policy over the jobs in their queue order, tested alone
// (tests/tst_scheduler.cpp). Foreground jobs always run; of the others at most
// maxBackground at once, by priority, and among equals a moving job keeps its place
// before a waiting one. A job whose finished file is being hashed counts as running. A
// queued job that may not start yet (mayStart: its servers' connections are all in use,
// or they asked to wait) is passed over and takes no place.
namespace Scheduler {

struct Candidate
{
    QUuid id;
    JobPriority priority = JobPriority::Normal;
    bool active = false; // Connecting or Transferring (else Queued)
    bool hashing = false; // a finished file is being checked
};

struct Plan
{
    QList<QUuid> start; // Queued jobs that go now
    QList<QUuid> preempt; // moving jobs that wait for higher-priority work
};

// mayStart is asked only of the Queued jobs the plan would start (none: every one may).
Plan plan(const QList<Candidate> &inQueueOrder, int maxBackground,
    const std::function<bool(const QUuid &)> &mayStart = nullptr);

} // namespace Scheduler
