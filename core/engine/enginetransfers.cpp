// Engine, part four: the scheduler's moves, each file's transfer, finished files made
// durable in batches, retries and giving up, checkpoints.
#include "core/engine/engine.h"

#include "core/engine/certificatetrust.h"
#include "core/engine/credentialstore.h"
#include "core/engine/engineprivate.h"
#include "core/engine/retrypolicy.h"
#include "core/engine/scheduler.h"
#include "core/http/httpheaders.h"
#include "core/http/jobproxyfactory.h"
#include "core/http/networkmanager.h"
#include "core/http/proxychoice.h"
#include "core/model/errorcodes.h"
#include "core/store/durability.h"
#include "core/store/jobstore.h"
#include "core/transfer/filenamesanitizer.h"
#include "core/transfer/filetransfer.h"

#include <QAuthenticator>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QThread>
#include <QTimer>
#include <QtConcurrent>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <type_traits>
#include <unistd.h>

using namespace EngineDetail;

void EnginePrivate::requestSchedule()
{
    if (m_scheduleRequested)
        return;
    m_scheduleRequested = true;
    QMetaObject::invokeMethod(
        m_context, [this] { schedule(); }, Qt::QueuedConnection);
}

void EnginePrivate::schedule()
{
    m_scheduleRequested = false;
    if (!m_open || !m_running)
        return;
    holdBySchedule(); // background jobs wait while the schedule holds them (engineschedule.cpp)
    QList<Scheduler::Candidate> candidates;
    for (const QUuid &id : std::as_const(m_order)) {
        const Job &job = m_jobs[id];
        if ((job.state == JobState::Queued || JobTypes::isActive(job.state))
            && !heldBySchedule(job))
            candidates.append(
                { id, job.priority, JobTypes::isActive(job.state), m_hashing.contains(id) });
    }
    const Scheduler::Plan plan = Scheduler::plan(candidates, m_settings.maxBackgroundJobs,
        [this](const QUuid &id) { return filesLeft(m_jobs[id]) != FilesLeft::Waiting; });
    for (const QUuid &id : plan.preempt) {
        stopTransfer(id);
        setState(m_jobs[id], JobState::Queued); // preempted by higher-priority work
    }
    for (const QUuid &id : plan.start) {
        if (Job *job = find(id); job && job->state == JobState::Queued)
            startJob(*job);
    }
    // Moving jobs whose files waited for a connection to their server start them now.
    for (const QUuid &id : std::as_const(m_order)) {
        Job &job = m_jobs[id];
        if (JobTypes::isActive(job.state) && m_transfers.count(id) < m_settings.filesAtOnce
            && filesLeft(job) == FilesLeft::MayStart)
            startJob(job);
    }
}

EnginePrivate::FilesLeft EnginePrivate::filesLeft(const Job &job) const
{
    QSet<int> moving = m_hashing.value(job.id);
    for (const FileTransfer *t : m_transfers.values(job.id))
        moving.insert(t->index());
    FilesLeft left = FilesLeft::None;
    QUrl waits; // the server of the last file that may not start: its other files neither
    for (int index = 0; index < job.files.size(); ++index) {
        const JobFile &file = job.files.at(index);
        if (file.transferred || moving.contains(index))
            continue;
        if (left == FilesLeft::None || !ServerLimits::sameServer(file.remoteUrl, waits)) {
            if (m_serverLimits.mayStart(file.remoteUrl))
                return FilesLeft::MayStart;
            waits = file.remoteUrl;
        }
        left = FilesLeft::Waiting;
    }
    return left;
}

void EnginePrivate::startJob(Job &job)
{
    const QUuid id = job.id;
    // Files of a job transfer several at a time; the scheduler counts the job once.
    QSet<int> busy = m_hashing.value(id);
    for (const FileTransfer *t : m_transfers.values(id))
        busy.insert(t->index());
    if (job.currentFileIndex() < 0 && busy.isEmpty()) {
        setState(job, JobState::Transferred);
        return;
    }
    if (job.state == JobState::Queued) {
        // A job none of whose files may start yet (their servers' connections are all in
        // use, or a server asked to wait) stays Queued: waiting is no failure.
        if (filesLeft(job) == FilesLeft::Waiting)
            return;
        setState(job, JobState::Connecting, true);
    }
    std::shared_ptr<RateLimiter> &limiter = m_jobLimiters[id];
    if (!limiter)
        limiter = std::make_shared<RateLimiter>();
    limiter->setRate(job.rateLimit);
    // Network managers are keyed by the job's way out (its proxy choice), and by the job
    // when it has proxy credentials, so Qt's credential cache never answers another job.
    const ProxyChoice choice
        = ProxyChoice::forJob(job.proxy, QProcessEnvironment::systemEnvironment());
    const bool ownProxyCredentials = m_credentials->has(id, CredentialTarget::Proxy);
    // Plain http may use Haul's own client, except where a 401 needs an answer from Qt's.
    const bool directHttp = !m_credentials->has(id, CredentialTarget::Server);
    const QUuid owner = ownProxyCredentials ? id : QUuid();
    const QString key = ownProxyCredentials
        ? choice.key() + QStringLiteral("|job:") + id.toString(QUuid::WithoutBraces)
        : choice.key();
    int running = int(m_transfers.count(id));
    QUrl waits; // the server of the last file that may not start: its other files neither
    for (int index = 0; index < job.files.size() && running < m_settings.filesAtOnce; ++index) {
        const QUrl &url = job.files.at(index).remoteUrl;
        if (job.files.at(index).transferred || busy.contains(index)
            || (!waits.isEmpty() && ServerLimits::sameServer(url, waits)))
            continue;
        if (!m_serverLimits.mayStart(url)) {
            waits = url;
            continue;
        }
        FileTransfer::Options options;
        options.headers = job.headers;
        options.rateLimit = job.rateLimit;
        options.jobLimiter = limiter;
        options.stallTimeoutMs = m_settings.stallTimeoutSeconds * 1000;
        options.pathTaken = [this](const QString &path) { return pathTaken(path); };
        options.connections = job.connections;
        options.serverLimits = &m_serverLimits;
        options.trusted = [this](const QString &host, const QString &sha256) {
            return m_trust->isTrusted(host, sha256);
        };
        options.globalLimiter = globalLimiterFor(job); // the schedule's, for background jobs
        options.networkFor = [this, key, choice, owner](int connection) {
            return networkFor(key, choice, owner, connection);
        };
        options.deferSync = true;
        options.directHttp = directHttp;
        options.http2 = job.files.size() > 1;
        auto *transfer = new FileTransfer(
            networkFor(key, choice, owner, 0), job.files.at(index), index, options, m_context);
        ++running;
        watchTransfer(id, transfer);
        transfer->start();
        if (!m_transfers.contains(id, transfer))
            break; // it failed at once and the job stopped
        Job *current = find(id);
        if (!current || !JobTypes::isActive(current->state))
            break;
    }
}

void EnginePrivate::watchTransfer(const QUuid &id, FileTransfer *transfer)
{
    m_transfers.insert(id, transfer);
    // Its connections count against its server's until it is taken off m_transfers.
    m_serverLimits.attach(transfer, [transfer] {
        return ServerLimits::Usage { transfer->currentUrl(), transfer->activeConnections() };
    });
    QObject::connect(transfer, &FileTransfer::fileChanged, m_context,
        [this, id, transfer] { onFileChanged(id, transfer); });
    QObject::connect(
        transfer, &FileTransfer::bodyStarted, m_context, [this, id] { onBodyStarted(id); });
    QObject::connect(transfer, &FileTransfer::finished, m_context,
        [this, id, transfer] { onFileFinished(id, transfer); });
    QObject::connect(transfer, &FileTransfer::failed, m_context,
        [this, id, transfer](const JobError &error, int retryAfter) {
            onTransferFailed(id, transfer, error, retryAfter);
        });
}

void EnginePrivate::stopTransfer(const QUuid &id, bool keepData)
{
    m_hashing.remove(id);
    const QList<FileTransfer *> transfers = m_transfers.values(id);
    m_transfers.remove(id);
    for (FileTransfer *transfer : transfers) {
        m_serverLimits.detach(transfer);
        transfer->disconnect(m_context);
        transfer->abort();
        if (Job *job = find(id); job && keepData)
            job->files[transfer->index()] = transfer->file();
        transfer->deleteLater();
    }
}

void EnginePrivate::onFileChanged(const QUuid &id, FileTransfer *transfer)
{
    Job *job = find(id);
    if (!job || !m_transfers.contains(id, transfer))
        return;
    JobFile &file = job->files[transfer->index()];
    const bool progressed = transfer->file().bytesTransferred > file.bytesTransferred;
    const bool named = file.localPath != transfer->file().localPath;
    file = transfer->file();
    if (progressed) {
        job->firstTransientErrorTime = QDateTime();
        job->currentRetryDelay = 0;
    }
    touch(*job);
    if (named)
        claimName(*job, transfer->index()); // the name is claimed at once
    notifyModified(id);
}

void EnginePrivate::onBodyStarted(const QUuid &id)
{
    Job *job = find(id);
    if (!job)
        return;
    job->error.reset(); // the error object lives until the job next transfers
    if (job->state != JobState::Transferring)
        setState(*job, JobState::Transferring, true);
}

void EnginePrivate::onFileFinished(const QUuid &id, FileTransfer *transfer)
{
    Job *job = find(id);
    if (!job || !m_transfers.contains(id, transfer))
        return;
    m_transfers.remove(id, transfer);
    m_serverLimits.detach(transfer);
    const int index = transfer->index();
    job->files[index] = transfer->file();
    transfer->disconnect(m_context);
    transfer->deleteLater();
    const JobFile &file = job->files.at(index);
    if (file.expectedSha256.isEmpty()) {
        finishFile(*job, index);
        return;
    }
    // Hash off the engine thread; the job stays Transferring meanwhile.
    m_hashing[id].insert(index);
    persistFile(*job, index);
    auto *watcher = new QFutureWatcher<QString>(m_context);
    QObject::connect(
        watcher, &QFutureWatcher<QString>::finished, m_context, [this, watcher, id, index] {
            const QString digest = watcher->result();
            watcher->deleteLater();
            onFileVerified(id, index, digest);
        });
    watcher->setFuture(QtConcurrent::run(Durability::sha256OfFile, file.tempPath()));
    startJob(*job); // the next file meanwhile
}

void EnginePrivate::onFileVerified(const QUuid &id, int index, const QString &digest)
{
    Job *job = find(id);
    if (!job || !m_hashing.value(id).contains(index) || !JobTypes::isActive(job->state))
        return;
    m_hashing[id].remove(index);
    if (m_hashing[id].isEmpty())
        m_hashing.remove(id);
    JobFile &file = job->files[index];
    if (digest == file.expectedSha256) {
        finishFile(*job, index);
        requestSchedule();
        return;
    }
    JobError error;
    error.code = ErrorCode::E_ChecksumMismatch;
    error.context = ErrorContext::RemoteFile;
    error.fileIndex = index;
    error.remoteUrl = file.remoteUrl.toString();
    error.localPath = file.localPath;
    error.details = digest.isEmpty()
        ? QStringLiteral("the downloaded data could not be read back")
        : QStringLiteral("expected %1, got %2").arg(file.expectedSha256, digest);
    error.time = QDateTime::currentDateTime();
    stopTransfer(id); // the first fatal error stops the job's other files
    // Resume fetches this file again from 0.
    QFile::remove(file.tempPath());
    file.bytesTransferred = 0;
    file.transferred = false;
    ++job->errorCount;
    enterError(*job, error);
    requestSchedule();
}

void EnginePrivate::finishFile(Job &job, int index)
{
    job.files[index].transferred = true;
    touch(job);
    // Recorded once durable: finished files are synced together, a tenth of a second later
    // (or now, when the job is done), so a thousand small files are not a thousand syncs.
    m_unsynced[job.id].insert(index);
    if (!m_syncTimer->isActive())
        m_syncTimer->start();
    if (!(job.notifyFlags & NotifyFlag::Disable) && (job.notifyFlags & NotifyFlag::FileTransferred))
        emit q->fileTransferred(job.id, index);
    if (job.currentFileIndex() < 0 && !m_transfers.contains(job.id)
        && !m_hashing.contains(job.id)) {
        // Every file's row was written when it became durable (syncFinishedFiles records
        // them): the job's own row is what is left to save, unless a sync or a write failed.
        syncFinishedFiles();
        const bool recorded = !m_unrecorded.remove(job.id);
        setState(job, JobState::Transferred, recorded);
        requestSchedule();
    } else {
        startJob(job);
    }
}

void EnginePrivate::recordDurableFiles(
    const QList<QPair<QUuid, int>> &files, const QList<bool> &durable)
{
    QList<JobStore::FileRow> rows;
    rows.reserve(files.size());
    for (int i = 0; i < files.size() && i < durable.size(); ++i) {
        const Job *job = find(files.at(i).first);
        const int index = files.at(i).second;
        if (!job || index >= job->files.size())
            continue;
        if (!durable.at(i)) {
            m_unrecorded.insert(job->id);
            continue;
        }
        rows.append({ job->id, index, job->files.at(index) });
    }
    if (!rows.isEmpty() && !m_store->saveFiles(rows)) {
        qWarning("haul: could not save finished files: %s", qPrintable(m_store->lastError()));
        for (const JobStore::FileRow &row : std::as_const(rows))
            m_unrecorded.insert(row.jobId);
    }
}

void EnginePrivate::takeBackgroundSync()
{
    if (!m_syncWatcher)
        return;
    QFutureWatcher<QList<bool>> *watcher = std::exchange(m_syncWatcher, nullptr);
    watcher->disconnect(m_context);
    watcher->waitForFinished();
    const QList<bool> durable = watcher->result();
    watcher->deleteLater();
    recordDurableFiles(std::exchange(m_syncing, {}), durable);
}

QStringList EnginePrivate::takeUnsynced(QList<QPair<QUuid, int>> *files)
{
    const QHash<QUuid, QSet<int>> pending = std::exchange(m_unsynced, {});
    QStringList temps;
    for (auto it = pending.constBegin(); it != pending.constEnd(); ++it) {
        const Job *job = find(it.key());
        for (int index : it.value()) {
            if (!job || index >= job->files.size())
                continue;
            files->append({ it.key(), index });
            temps.append(job->files.at(index).tempPath());
        }
    }
    return temps;
}

void EnginePrivate::syncFinishedFilesInBackground()
{
    // A sync takes as long as the disk needs for everything written before it: the engine
    // thread goes on meanwhile, and the files are recorded once it returns.
    if (m_syncWatcher || m_unsynced.isEmpty())
        return;
    const QStringList temps = takeUnsynced(&m_syncing);
    m_syncWatcher = new QFutureWatcher<QList<bool>>(m_context);
    QObject::connect(m_syncWatcher, &QFutureWatcher<QList<bool>>::finished, m_context, [this] {
        takeBackgroundSync();
        if (!m_unsynced.isEmpty() && !m_syncTimer->isActive())
            m_syncTimer->start();
    });
    m_syncWatcher->setFuture(QtConcurrent::run(Durability::makeDurable, temps));
}

void EnginePrivate::syncFinishedFiles()
{
    m_syncTimer->stop();
    takeBackgroundSync();
    if (m_unsynced.isEmpty())
        return;
    QList<QPair<QUuid, int>> files;
    const QStringList temps = takeUnsynced(&files);
    recordDurableFiles(files, Durability::makeDurable(temps));
}

namespace {

// The error a job ends with when the no-progress timeout passes: the last transient
// error's code, context and HTTP status, as BITS keeps them, so the user meets the cause
// (a server that kept answering 500) rather than the timeout. Only a stall, where no
// answer came at all, has no other cause than the silence itself.
JobError givenUp(JobError last, const QDateTime &now)
{
    if (last.code == ErrorCode::E_Stalled) {
        last.details = QStringLiteral("%1 (%2)").arg(last.description(), ErrorCode::hex(last.code));
        last.code = ErrorCode::E_NoProgress;
        last.context = ErrorContext::GeneralTransport;
    }
    last.gaveUp = true;
    last.time = now;
    return last;
}

} // namespace

void EnginePrivate::enterError(Job &job, const JobError &error)
{
    job.error = error;
    job.retryAt = QDateTime();
    setState(job, JobState::Error);
}

void EnginePrivate::onTransferFailed(
    const QUuid &id, FileTransfer *transfer, JobError error, int retryAfter)
{
    Job *job = find(id);
    if (!job || !m_transfers.contains(id, transfer))
        return;
    m_transfers.remove(id, transfer);
    m_serverLimits.detach(transfer);
    job->files[transfer->index()] = transfer->file();
    transfer->disconnect(m_context);
    transfer->deleteLater();
    stopTransfer(id); // the first error stops the job's other files, keeping their bytes
    ++job->errorCount;
    // A server that asks to wait asks every job: nothing new goes to it before then, and
    // the jobs retrying on it wait as long (holdForServer).
    if ((error.httpStatus == 429 || error.httpStatus == 503) && retryAfter > 0)
        m_serverLimits.waitFor(transfer->currentUrl(), retryAfter);

    const QDateTime now = QDateTime::currentDateTime();
    const bool transient = error.isTransient() && job->noProgressTimeout > 0;
    if (!transient) {
        enterError(*job, error);
        requestSchedule();
        return;
    }
    if (!job->firstTransientErrorTime.isValid())
        job->firstTransientErrorTime = now;
    job->error = error;
    if (RetryPolicy::givesUp(job->firstTransientErrorTime, now, job->noProgressTimeout)) {
        enterError(*job, givenUp(error, now));
        requestSchedule();
        return;
    }
    const RetryPolicy::Next next
        = RetryPolicy::next(job->currentRetryDelay, job->minimumRetryDelay, retryAfter);
    job->currentRetryDelay = next.nextDelaySeconds;
    job->retryAt = now.addSecs(next.waitSeconds);
    holdForServer(*job);
    setState(*job, JobState::TransientError);
    requestSchedule();
}

bool EnginePrivate::holdForServer(Job &job)
{
    QUrl server = job.error ? QUrl(job.error->remoteUrl) : QUrl();
    if (!server.isValid() && job.currentFileIndex() >= 0)
        server = job.files.at(job.currentFileIndex()).remoteUrl;
    const QDateTime until = m_serverLimits.waitingUntil(server);
    if (!until.isValid() || (job.retryAt.isValid() && job.retryAt >= until))
        return false;
    job.retryAt = until;
    return true;
}

void EnginePrivate::onTick()
{
    const QDateTime now = QDateTime::currentDateTime();
    for (const QUuid &id : m_order) {
        Job &job = m_jobs[id];
        if (job.state != JobState::TransientError)
            continue;
        if (holdForServer(job)) {
            touch(job);
            persist(job);
            notifyModified(id);
        }
        if (job.error
            && RetryPolicy::givesUp(job.firstTransientErrorTime, now, job.noProgressTimeout)) {
            enterError(job, givenUp(*job.error, now));
        } else if (!job.retryAt.isValid() || job.retryAt <= now) {
            setState(job, JobState::Queued);
            requestSchedule();
        }
    }
    if (m_serverLimits.waiting()) {
        // A file waits for its server: look again (a connection freed, a wait ended).
        m_serverLimits.lookedAgain();
        requestSchedule();
    }
    checkpoint(false);
    const QSet<QUuid> modified = std::exchange(m_modified, {});
    for (const QUuid &id : modified)
        emit q->jobModification(id);
    if (!m_changed.isEmpty()) {
        const QSet<QUuid> changed = std::exchange(m_changed, {});
        QList<Job> snapshots;
        QList<QUuid> removed;
        for (const QUuid &id : changed) {
            if (const Job *job = find(id))
                snapshots.append(*job);
            else
                removed.append(id);
        }
        emit q->jobsChanged(snapshots, removed);
    }
}

void EnginePrivate::checkpoint(bool force)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (!force && now - m_lastCheckpoint < m_settings.checkpointIntervalMs)
        return;
    m_lastCheckpoint = now;
    for (auto it = m_transfers.constBegin(); it != m_transfers.constEnd(); ++it) {
        const Job *job = find(it.key());
        if (!job)
            continue;
        if (force) {
            persistFile(*job, it.value()->index()); // flushes the bytes, then records them
            continue;
        }
        // The periodic checkpoint syncs on another thread, so reading never waits for the
        // disk; the store records the bytes once they are durable.
        std::optional<FileTransfer::SyncTicket> ticket = it.value()->beginCheckpoint();
        if (!ticket)
            continue;
        const QUuid id = it.key();
        const int fd = ticket->fd;
        const QPointer<FileTransfer> transfer = it.value();
        auto *watcher = new QFutureWatcher<bool>(m_context);
        QObject::connect(watcher, &QFutureWatcher<bool>::finished, m_context,
            [this, watcher, id, transfer, ticket = std::move(*ticket)] {
                watcher->deleteLater();
                const bool synced = watcher->result();
                if (!transfer || !transfer->endCheckpoint(ticket, synced))
                    return;
                Job *job = find(id);
                if (!job || !m_transfers.contains(id, transfer.data()))
                    return;
                JobFile row = job->files.at(transfer->index());
                row.bytesTransferred = ticket.file.bytesTransferred;
                row.segments = ticket.file.segments;
                if (!m_store->saveFile(id, transfer->index(), row))
                    qWarning("haul: could not save a file of job %s: %s", qPrintable(id.toString()),
                        qPrintable(m_store->lastError()));
            });
        watcher->setFuture(QtConcurrent::run([fd] {
            const bool synced = ::fdatasync(fd) == 0;
            ::close(fd);
            return synced;
        }));
    }
}

void EnginePrivate::stallForTest(int ms)
{
    queueOnEngineThread([ms] { QThread::msleep(ulong(ms)); });
}

void EnginePrivate::setConnectionsPerHost(int count)
{
    queueOnEngineThread([this, count] {
        m_settings.connectionsPerHost = std::clamp(count, 1, 64);
        m_serverLimits.setConnectionsPerHost(m_settings.connectionsPerHost);
        requestSchedule();
    });
}
