// Engine, the program a job runs when it is done (bitsadmin /SetNotifyCmdLine).
#include "core/engine/engine.h"

#include "core/engine/engineprivate.h"
#include "core/model/errorcodes.h"
#include "core/store/jobstore.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>

using namespace EngineDetail;

namespace {
// A path (absolute, or relative to the current folder) to an executable file, or a name
// found on PATH; empty when it is neither.
QString resolveProgram(const QString &program)
{
    if (program.contains(QLatin1Char('/'))) {
        const QFileInfo info(QDir::current(), program);
        return info.isFile() && info.isExecutable() ? info.absoluteFilePath() : QString();
    }
    return QStandardPaths::findExecutable(program);
}
} // namespace

CallResult Engine::setNotifyCmdLine(
    const QUuid &id, const QString &program, const QStringList &arguments)
{
    return d->setNotifyCmdLine(id, program, arguments);
}

CallResult EnginePrivate::setNotifyCmdLine(
    const QUuid &id, const QString &program, const QStringList &arguments)
{
    // Resolved here, by the caller's current folder and PATH, so that a mistake is told at
    // once and not when the job ends, perhaps hours later with nobody watching.
    const QString resolved = program.isEmpty() ? QString() : resolveProgram(program);
    if (!program.isEmpty() && resolved.isEmpty())
        return CallResult { ErrorCode::E_NotifyProgram, -1,
            QStringLiteral("%1: no such executable file").arg(program) };
    return onEngineThread([=] {
        const Job *job = find(id);
        if (const CallResult check = checkChangeable(job); !check.ok())
            return check;
        Job copy = *job;
        copy.notifyProgram = resolved;
        copy.notifyArguments = resolved.isEmpty() ? QStringList() : arguments;
        return commit(std::move(copy), JobStore::JobOnly);
    });
}

void EnginePrivate::runNotifyProgram(const Job &job)
{
    // Only the owner of the store runs jobs' programs; an editor (a verb with no owner)
    // never moves a job into these states anyway.
    if (!m_running || job.notifyProgram.isEmpty())
        return;
    const bool transferred = job.state == JobState::Transferred;
    if (!transferred && job.state != JobState::Error)
        return;
    // As BITS: the program answers the notifications the job asks for.
    const quint32 wanted = transferred ? NotifyFlag::Transferred : NotifyFlag::Error;
    if ((job.notifyFlags & NotifyFlag::Disable) || !(job.notifyFlags & wanted))
        return;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HAUL_JOB_ID"), job.id.toString(QUuid::WithoutBraces));
    environment.insert(QStringLiteral("HAUL_JOB_STATE"), JobTypes::stateName(job.state));
    environment.insert(QStringLiteral("HAUL_STORE"), QFileInfo(m_store->path()).absoluteFilePath());
    QProcess process;
    process.setProgram(job.notifyProgram);
    process.setArguments(job.notifyArguments);
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(QDir::homePath());
    qint64 pid = 0;
    if (process.startDetached(&pid))
        return;
    qWarning("haul: job %s: could not start %s: %s", qPrintable(job.id.toString()),
        qPrintable(job.notifyProgram), qPrintable(process.errorString()));
    // Its history says so; the job's state is the transfer's, and stays.
    JobEvent event;
    event.time = QDateTime::currentDateTime();
    event.state = job.state;
    event.code = ErrorCode::E_NotifyProgram;
    event.context = ErrorContext::QueueManagerNotification;
    if (!m_store->appendEvent(job.id, event))
        qWarning("haul: could not record the history of job %s: %s", qPrintable(job.id.toString()),
            qPrintable(m_store->lastError()));
}
