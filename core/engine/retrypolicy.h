#pragma once

#include <QDateTime>

// When a job that met a transient error tries again, and when Haul stops trying: pure,
// tested alone (tests/tst_scheduler.cpp). The delay starts at the job's minimum retry delay
// and doubles up to MaxDelay; a server's Retry-After wins; after the no-progress timeout
// counted from the first transient error without progress since, Haul gives up.
namespace RetryPolicy {

constexpr int MaxDelaySeconds = 600;

struct Next
{
    int waitSeconds = 0; // before the next try
    int nextDelaySeconds = 0; // the job's current delay after this one
};

// current: the job's current delay (0: none yet); retryAfter: the server's, or -1.
Next next(int current, int minimum, int retryAfter);

bool givesUp(const QDateTime &firstTransientError, const QDateTime &now, int noProgressTimeout);

} // namespace RetryPolicy
