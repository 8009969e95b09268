#include "core/model/jobtypes.h"

#include <QCoreApplication>

namespace JobTypes {

QString stateName(JobState state)
{
    switch (state) {
    case JobState::Queued:
        return QStringLiteral("Queued");
    case JobState::Connecting:
        return QStringLiteral("Connecting");
    case JobState::Transferring:
        return QStringLiteral("Transferring");
    case JobState::Suspended:
        return QStringLiteral("Suspended");
    case JobState::Error:
        return QStringLiteral("Error");
    case JobState::TransientError:
        return QStringLiteral("TransientError");
    case JobState::Transferred:
        return QStringLiteral("Transferred");
    case JobState::Acknowledged:
        return QStringLiteral("Acknowledged");
    case JobState::Cancelled:
        return QStringLiteral("Cancelled");
    }
    return QString();
}

QString stateDisplayName(JobState state)
{
    switch (state) {
    case JobState::Queued:
        return QCoreApplication::translate("JobState", "Queued");
    case JobState::Connecting:
        return QCoreApplication::translate("JobState", "Connecting");
    case JobState::Transferring:
        return QCoreApplication::translate("JobState", "Transferring");
    case JobState::Suspended:
        return QCoreApplication::translate("JobState", "Suspended");
    case JobState::Error:
        return QCoreApplication::translate("JobState", "Error");
    case JobState::TransientError:
        return QCoreApplication::translate("JobState", "Transient error");
    case JobState::Transferred:
        return QCoreApplication::translate("JobState", "Transferred");
    case JobState::Acknowledged:
        return QCoreApplication::translate("JobState", "Completed");
    case JobState::Cancelled:
        return QCoreApplication::translate("JobState", "Cancelled");
    }
    return QString();
}

QString priorityName(JobPriority priority)
{
    switch (priority) {
    case JobPriority::Foreground:
        return QStringLiteral("foreground");
    case JobPriority::High:
        return QStringLiteral("high");
    case JobPriority::Normal:
        return QStringLiteral("normal");
    case JobPriority::Low:
        return QStringLiteral("low");
    }
    return QString();
}

QString priorityDisplayName(JobPriority priority)
{
    switch (priority) {
    case JobPriority::Foreground:
        return QCoreApplication::translate("JobPriority", "Foreground");
    case JobPriority::High:
        return QCoreApplication::translate("JobPriority", "High");
    case JobPriority::Normal:
        return QCoreApplication::translate("JobPriority", "Normal");
    case JobPriority::Low:
        return QCoreApplication::translate("JobPriority", "Low");
    }
    return QString();
}

bool priorityFromName(const QString &name, JobPriority *priority)
{
    const QString lower = name.trimmed().toLower();
    for (JobPriority p :
        { JobPriority::Foreground, JobPriority::High, JobPriority::Normal, JobPriority::Low }) {
        if (lower == priorityName(p) || lower == QString::number(int(p))) {
            *priority = p;
            return true;
        }
    }
    return false;
}

QString contextName(ErrorContext context)
{
    switch (context) {
    case ErrorContext::None:
        return QStringLiteral("None");
    case ErrorContext::Unknown:
        return QStringLiteral("Unknown");
    case ErrorContext::GeneralQueueManager:
        return QStringLiteral("GeneralQueueManager");
    case ErrorContext::QueueManagerNotification:
        return QStringLiteral("QueueManagerNotification");
    case ErrorContext::LocalFile:
        return QStringLiteral("LocalFile");
    case ErrorContext::RemoteFile:
        return QStringLiteral("RemoteFile");
    case ErrorContext::GeneralTransport:
        return QStringLiteral("GeneralTransport");
    case ErrorContext::RemoteApplication:
        return QStringLiteral("RemoteApplication");
    case ErrorContext::ServerCertificate:
        return QStringLiteral("ServerCertificate");
    }
    return QString();
}

bool stateFromName(const QString &name, JobState *state)
{
    for (int s = int(JobState::Queued); s <= int(JobState::Cancelled); ++s) {
        if (stateName(JobState(s)) == name) {
            *state = JobState(s);
            return true;
        }
    }
    return false;
}

bool isFinal(JobState state)
{
    return state == JobState::Acknowledged || state == JobState::Cancelled;
}

bool isActive(JobState state)
{
    return state == JobState::Connecting || state == JobState::Transferring;
}

bool canResume(JobState state)
{
    return state == JobState::Suspended || state == JobState::Error
        || state == JobState::TransientError;
}

bool canSuspend(JobState state)
{
    return !isFinal(state) && state != JobState::Suspended;
}

bool canComplete(JobState state, int filesTransferred)
{
    return !isFinal(state) && filesTransferred > 0;
}

} // namespace JobTypes
