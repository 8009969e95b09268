#pragma once

#include <QMetaType>
#include <QString>

// Values follow BITS (BG_JOB_STATE, BG_JOB_PRIORITY, BG_ERROR_CONTEXT) so that anyone who
// knows bitsadmin or the COM API recognises them.
enum class JobState
{
    Queued = 0,
    Connecting = 1,
    Transferring = 2,
    Suspended = 3,
    Error = 4,
    TransientError = 5,
    Transferred = 6,
    Acknowledged = 7,
    Cancelled = 8,
};

enum class JobPriority
{
    Foreground = 0,
    High = 1,
    Normal = 2,
    Low = 3,
};

enum class ErrorContext
{
    None = 0,
    Unknown = 1,
    GeneralQueueManager = 2,
    QueueManagerNotification = 3,
    LocalFile = 4,
    RemoteFile = 5,
    GeneralTransport = 6,
    RemoteApplication = 7,
    ServerCertificate = 8,
};

namespace NotifyFlag {
constexpr quint32 Transferred = 0x1;
constexpr quint32 Error = 0x2;
constexpr quint32 Disable = 0x4;
constexpr quint32 Modification = 0x8;
constexpr quint32 FileTransferred = 0x10;
constexpr quint32 Default = Transferred | Error;
} // namespace NotifyFlag

namespace JobTypes {
// Untranslated names, as used by --json and the store.
QString stateName(JobState state);
QString priorityName(JobPriority priority);
QString contextName(ErrorContext context);
// Localized names for people.
QString stateDisplayName(JobState state);
QString priorityDisplayName(JobPriority priority);
bool stateFromName(const QString &name, JobState *state); // false, untouched, when unknown
bool priorityFromName(const QString &name, JobPriority *priority);
bool isFinal(JobState state);
bool isActive(JobState state);
// What a job in this state accepts, for the engine and for the window's buttons alike.
bool canResume(JobState state); // Suspended, Error and TransientError
bool canSuspend(JobState state); // any state but Suspended and the final ones
// Complete keeps the files transferred so far; with none it would only drop them all.
bool canComplete(JobState state, int filesTransferred);
} // namespace JobTypes

Q_DECLARE_METATYPE(JobState)
Q_DECLARE_METATYPE(JobPriority)
Q_DECLARE_METATYPE(ErrorContext)
