#pragma once

#include "core/model/jobtypes.h"

#include <QDateTime>

// One line of a job's history: the state it entered and, for Error and TransientError,
// the error that caused it. Kept in the store so that the window can show it after a restart.
struct JobEvent
{
    QDateTime time;
    JobState state = JobState::Suspended;
    quint32 code = 0; // 0 when the state change is not an error
    ErrorContext context = ErrorContext::None;
    int fileIndex = -1;
};
