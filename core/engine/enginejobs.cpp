// EnginePrivate, part one: its thread, its store, the jobs and the commands on them.
// Properties, the network and the transfers live in the other engine*.cpp (see
// engineprivate.h); the facade in engine.cpp.
#include "core/engine/engine.h"

#include "core/engine/certificatetrust.h"
#include "core/engine/credentialstore.h"
#include "core/engine/credentialvault.h"
#include "core/engine/engineprivate.h"
#include "core/http/tlsdefaults.h"
#include "core/engine/intake.h"
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

namespace EngineDetail {

CallResult checkChangeable(const Job *job)
{
    if (!job)
        return { ErrorCode::E_NotFound };
    if (JobTypes::isFinal(job->state))
        return { ErrorCode::E_InvalidState };
    return {};
}

bool isHex64(const QString &text)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-fA-F]{64}$"));
    return hex.match(text).hasMatch();
}

} // namespace EngineDetail

EnginePrivate::EnginePrivate(Engine *q, Settings settings)
    : q(q)
    , m_thread(new QThread)
    , m_context(new QObject)
    , m_store(std::make_unique<JobStore>())
    , m_settings(settings)
    , m_globalLimiter(settings.globalRateLimit)
    , m_trust(std::make_unique<CertificateTrust>(*m_store))
{
    TlsDefaults::applyOnce();
    m_thread->setObjectName(QStringLiteral("HaulEngine"));
    m_context->moveToThread(m_thread);
    m_thread->start();
    onEngineThread([this] {
        m_syncTimer = new QTimer(m_context);
        m_syncTimer->setSingleShot(true);
        m_syncTimer->setInterval(100);
        QObject::connect(
            m_syncTimer, &QTimer::timeout, m_context, [this] { syncFinishedFilesInBackground(); });
        m_vault = new CredentialVault(m_context); // works on the main thread, answers here
        m_credentials = std::make_unique<CredentialStore>(m_vault);
        m_tick = new QTimer(m_context);
        m_tick->setInterval(TickMs);
        QObject::connect(m_tick, &QTimer::timeout, m_context, [this] { onTick(); });
        m_serverLimits.setConnectionsPerHost(m_settings.connectionsPerHost);
        m_serverLimits.onConnectionsFreed = [this] { requestSchedule(); };
    });
}

void EnginePrivate::stop()
{
    onEngineThread([this] {
        closeOnThread();
        qDeleteAll(m_context->children());
        m_networks.clear();
        m_networksByKey.clear();
        m_tick = nullptr;
    });
    m_vault->deleteLater(); // on the main thread, where its keychain jobs run
    m_thread->quit();
    m_thread->wait();
    delete m_context;
    delete m_thread;
}

EnginePrivate::~EnginePrivate() = default;

Engine::OpenResult EnginePrivate::open(const QString &storePath, OpenMode mode)
{
    return onEngineThread([this, storePath, mode] {
        closeOnThread();
        OpenResult result = m_store->open(storePath);
        if (!result.ok())
            return result;
        QString problem;
        const QList<Job> loaded = m_store->loadJobs(&problem);
        if (!problem.isEmpty())
            qWarning("haul: some jobs in the store could not be read: %s", qPrintable(problem));
        for (Job job : loaded) {
            // A job that was moving when the last engine stopped continues from the bytes
            // really on disk, validated by If-Range.
            if (JobTypes::isActive(job.state)) {
                job.state = JobState::Queued;
                m_store->saveJob(job);
            }
            m_order.append(job.id);
            m_jobs.insert(job.id, job);
        }
        m_trust->reload();
        if (mode == OpenMode::Run) {
            // Credentials kept in the keychain come back, once it answers.
            QList<CredentialStore::Key> keys;
            for (const JobStore::CredentialRef &ref : m_store->credentialRefs())
                keys.append(
                    { ref.jobId, CredentialTarget(ref.target), CredentialScheme(ref.scheme) });
            m_credentials->restore(keys, [this](const QUuid &job) { return m_jobs.contains(job); });
        }
        m_open = true;
        m_running = mode == OpenMode::Run;
        m_lastCheckpoint = QDateTime::currentMSecsSinceEpoch();
        if (m_running) {
            m_tick->start();
            requestSchedule();
        }
        return result;
    });
}

void EnginePrivate::close()
{
    onEngineThread([this] { closeOnThread(); });
}

void EnginePrivate::closeOnThread()
{
    if (!m_open)
        return;
    const QList<QUuid> running = m_transfers.uniqueKeys();
    for (const QUuid &id : running)
        stopTransfer(id);
    syncFinishedFiles();
    for (const QUuid &id : running) {
        if (const Job *job = find(id))
            persist(*job);
    }
    m_tick->stop();
    m_store->close();
    m_jobs.clear();
    m_order.clear();
    m_hashing.clear();
    m_unsynced.clear();
    m_syncing.clear();
    m_jobLimiters.clear();
    m_modified.clear();
    m_credentials->clear();
    m_open = false;
    m_running = false;
}

Job *EnginePrivate::find(const QUuid &id)
{
    auto it = m_jobs.find(id);
    return it == m_jobs.end() ? nullptr : &it.value();
}

const Job *EnginePrivate::find(const QUuid &id) const
{
    auto it = m_jobs.constFind(id);
    return it == m_jobs.constEnd() ? nullptr : &it.value();
}

bool EnginePrivate::persistFile(const Job &job, int index)
{
    for (FileTransfer *t : m_transfers.values(job.id)) {
        if (t->index() == index)
            t->checkpoint(); // bytes counted in the store must already be on disk
    }
    if (m_store->saveFile(job.id, index, job.files.at(index)))
        return true;
    qWarning("haul: could not save a file of job %s: %s", qPrintable(job.id.toString()),
        qPrintable(m_store->lastError()));
    return false;
}

bool EnginePrivate::claimName(const Job &job, int index)
{
    // The row exists since the file was added; the whole row is written when it does not.
    return m_store->saveFileName(job.id, index, job.files.at(index).localPath)
        || persistFile(job, index);
}

bool EnginePrivate::persist(const Job &job, int onlyFile)
{
    // Bytes counted in the store must already be on disk.
    for (FileTransfer *t : m_transfers.values(job.id)) {
        if (onlyFile == -1 || t->index() == onlyFile)
            t->checkpoint();
    }
    if (m_store->saveJob(job, onlyFile))
        return true;
    qWarning("haul: could not save job %s: %s", qPrintable(job.id.toString()),
        qPrintable(m_store->lastError()));
    return false;
}

void EnginePrivate::touch(Job &job)
{
    // UTC: the time is stored and shown through toUTC() / toLocalTime(), and a local "now"
    // reads the time zone file again on every call (several times for every file).
    job.modificationTime = QDateTime::currentDateTimeUtc();
}

CallResult EnginePrivate::commit(Job &&updated, int onlyFile)
{
    touch(updated);
    if (!persist(updated, onlyFile))
        return { ErrorCode::E_StoreFailed, -1, m_store->lastError() };
    const QUuid id = updated.id;
    m_jobs[id] = std::move(updated);
    notifyModified(id);
    return {};
}

void EnginePrivate::record(const Job &job)
{
    JobEvent event;
    event.time = job.modificationTime;
    event.state = job.state;
    if ((job.state == JobState::Error || job.state == JobState::TransientError) && job.error) {
        event.code = job.error->code;
        event.context = job.error->context;
        event.fileIndex = job.error->fileIndex;
    }
    if (!m_store->appendEvent(job.id, event))
        qWarning("haul: could not record the history of job %s: %s", qPrintable(job.id.toString()),
            qPrintable(m_store->lastError()));
}

void EnginePrivate::notifyModified(const QUuid &id)
{
    m_changed.insert(id);
    const Job *job = find(id);
    if (job && (job->notifyFlags & NotifyFlag::Modification)
        && !(job->notifyFlags & NotifyFlag::Disable))
        m_modified.insert(id);
}

void EnginePrivate::setState(Job &job, JobState state, bool filesUnchanged)
{
    if (job.state == state)
        return;
    if (state == JobState::Acknowledged || state == JobState::Cancelled)
        forgetCredentials(job.id); // a finished job needs no password any more
    job.state = state;
    touch(job);
    if (state == JobState::Transferred)
        job.transferCompletionTime = job.modificationTime;
    // A move between Queued, Connecting and Transferring changes no file: the job's row
    // suffices, which keeps a job of thousands of files from rewriting them all.
    persist(job, filesUnchanged ? JobStore::JobOnly : -1);
    record(job);
    m_changed.insert(job.id);
    runNotifyProgram(job); // once per arrival in Transferred or Error, never on a reload
    const bool enabled = !(job.notifyFlags & NotifyFlag::Disable);
    if (state == JobState::Error && job.error) {
        if (enabled && (job.notifyFlags & NotifyFlag::Error))
            emit q->jobError(job.id, *job.error);
    } else if (state == JobState::Transferred) {
        if (enabled && (job.notifyFlags & NotifyFlag::Transferred))
            emit q->jobTransferred(job.id);
    } else {
        notifyModified(job.id);
    }
}

CallResult EnginePrivate::createJob(const QString &displayName, JobPriority priority, QUuid *id)
{
    QUuid created;
    const CallResult result = onEngineThread([this, &created, displayName, priority] {
        if (!m_open)
            return CallResult { ErrorCode::E_StoreFailed, -1, QString() };
        Job job;
        job.id = QUuid::createUuid();
        job.displayName = displayName;
        job.priority = priority;
        job.proxy = m_settings.defaultProxy;
        job.creationTime = QDateTime::currentDateTime();
        job.modificationTime = job.creationTime;
        // Last in the queue, as the store places a new row.
        job.queuePosition = m_order.isEmpty() ? 1 : m_jobs.value(m_order.last()).queuePosition + 1;
        if (!persist(job))
            return CallResult { ErrorCode::E_StoreFailed, -1, m_store->lastError() };
        m_order.append(job.id);
        m_jobs.insert(job.id, job);
        record(job);
        m_changed.insert(job.id);
        created = job.id;
        return CallResult {};
    });
    if (id)
        *id = created;
    return result;
}

CallResult EnginePrivate::addFile(
    const QUuid &id, const QUrl &remoteUrl, const QString &localPath, const QString &expectedSha256)
{
    return addFiles(id, { FileToAdd { remoteUrl, localPath, expectedSha256 } });
}

CallResult EnginePrivate::addFiles(const QUuid &id, const QList<FileToAdd> &files)
{
    return onEngineThread([=] {
        const Job *current = find(id);
        CallResult check = checkChangeable(current);
        if (!check.ok())
            return check;
        if (files.isEmpty())
            return CallResult { ErrorCode::E_InvalidArg, -1, QString() };
        // In place, and with one file only that file's row saved: adding thousands of
        // files stays linear (a copy of the job per file made two thousand cost millions).
        Job &job = m_jobs[id];
        const qsizetype countBefore = job.files.size();
        const JobState stateBefore = job.state;
        const QDateTime modifiedBefore = job.modificationTime;
        auto rollBack = [&](CallResult result) {
            job.files.resize(countBefore);
            job.state = stateBefore;
            job.modificationTime = modifiedBefore;
            return result;
        };
        // Thousands of files usually go to one folder: it is looked at once (as given, and
        // as it is kept).
        QString checkedFolder;
        QString checkedFolderClean;
        for (int i = 0; i < files.size(); ++i) {
            const FileToAdd &add = files.at(i);
            check = Intake::checkRemoteUrl(add.remoteUrl);
            const bool sameFolder = !checkedFolder.isEmpty() && add.localPath == checkedFolder;
            if (check.ok() && !sameFolder)
                check = Intake::checkLocalPath(add.localPath);
            if (check.ok() && !add.expectedSha256.isEmpty() && !isHex64(add.expectedSha256))
                check = CallResult { ErrorCode::E_InvalidArg, -1, add.expectedSha256 };
            if (!check.ok()) {
                check.fileIndex = files.size() > 1 ? i : check.fileIndex;
                return rollBack(check);
            }
            JobFile file;
            file.remoteUrl = add.remoteUrl;
            file.expectedSha256 = add.expectedSha256.toLower();
            if (sameFolder) {
                file.folder = checkedFolderClean;
                job.files.append(file);
                continue;
            }
            const QFileInfo info(add.localPath);
            if (info.isDir()) {
                file.folder = QDir::cleanPath(info.absoluteFilePath());
                checkedFolder = add.localPath;
                checkedFolderClean = file.folder;
            } else {
                file.nameFromUser = true;
                file.folder = QDir::cleanPath(info.absolutePath());
                // The files added before this one have claimed their names already.
                file.localPath = FileNameSanitizer::uniquePath(file.folder, info.fileName(),
                    [this](const QString &path) { return pathTaken(path); });
            }
            job.files.append(file);
        }
        if (job.state == JobState::Transferred)
            job.state = JobState::Queued;
        touch(job);
        const int last = int(job.files.size()) - 1;
        if (!persist(job, files.size() == 1 ? last : -1))
            return rollBack(CallResult { ErrorCode::E_StoreFailed, -1, m_store->lastError() });
        notifyModified(id);
        requestSchedule();
        return CallResult { 0, last, QString() };
    });
}

CallResult EnginePrivate::resume(const QUuid &id)
{
    return onEngineThread([=] {
        Job *job = find(id);
        if (const CallResult check = checkChangeable(job); !check.ok())
            return check;
        if (job->files.isEmpty())
            return CallResult { ErrorCode::E_Empty };
        // Otherwise already moving, or Transferred: nothing to do.
        if (JobTypes::canResume(job->state)) {
            job->forgetRetries();
            // Its files were saved when it stopped, and every change since saved its own.
            setState(*job, JobState::Queued, true);
            requestSchedule();
        }
        return CallResult {};
    });
}

CallResult EnginePrivate::suspend(const QUuid &id)
{
    return onEngineThread([=] {
        Job *job = find(id);
        if (const CallResult check = checkChangeable(job); !check.ok())
            return check;
        if (!JobTypes::canSuspend(job->state))
            return CallResult {};
        stopTransfer(id);
        setState(*job, JobState::Suspended);
        requestSchedule();
        return CallResult {};
    });
}

CallResult EnginePrivate::cancel(const QUuid &id)
{
    return onEngineThread([=] {
        Job *job = find(id);
        if (const CallResult check = checkChangeable(job); !check.ok())
            return check;
        stopTransfer(id);
        for (JobFile &f : job->files) {
            // Files made final by an earlier Complete are the user's.
            if (!f.completed && !f.tempPath().isEmpty())
                QFile::remove(f.tempPath());
        }
        setState(*job, JobState::Cancelled);
        requestSchedule();
        return CallResult {};
    });
}

CallResult EnginePrivate::complete(const QUuid &id)
{
    return onEngineThread([=] {
        Job *job = find(id);
        if (const CallResult check = checkChangeable(job); !check.ok())
            return check;
        stopTransfer(id);
        syncFinishedFiles(); // a finished file is durable before it takes its final name
        bool dropped = false;
        for (int i = 0; i < job->files.size(); ++i) {
            JobFile &f = job->files[i];
            if (f.completed)
                continue;
            if (!f.transferred) {
                dropped = true;
                continue;
            }
            // The chosen name first; only when something took it meanwhile, the next free one
            // (the rename itself never replaces anything).
            QString target = f.localPath;
            int err = Durability::renameNoReplace(f.tempPath(), target);
            if (err == EEXIST) {
                const QFileInfo chosen(f.localPath);
                const QString folder = chosen.absolutePath();
                const QString name = chosen.fileName();
                for (int attempt = 0; attempt < 1000 && err == EEXIST; ++attempt) {
                    target = FileNameSanitizer::uniquePath(folder, name, [](const QString &path) {
                        return QFileInfo::exists(path) || QFileInfo(path).isSymLink();
                    });
                    err = Durability::renameNoReplace(f.tempPath(), target);
                }
            }
            if (err != 0) {
                touch(*job);
                persist(*job);
                notifyModified(id);
                return CallResult { ErrorCode::E_RenameFailed, i,
                    QStringLiteral("%1 -> %2: %3")
                        .arg(f.tempPath(), target, QString::fromLocal8Bit(std::strerror(err))) };
            }
            f.localPath = target;
            f.completed = true;
        }
        for (JobFile &f : job->files) {
            if (!f.completed && !f.tempPath().isEmpty())
                QFile::remove(f.tempPath());
        }
        setState(*job, JobState::Acknowledged);
        requestSchedule();
        return CallResult { dropped ? ErrorCode::S_PartialComplete : ErrorCode::S_Ok };
    });
}

CallResult EnginePrivate::removeJob(const QUuid &id)
{
    return onEngineThread([=] {
        const Job *job = find(id);
        if (!job)
            return CallResult { ErrorCode::E_NotFound };
        if (!JobTypes::isFinal(job->state))
            return CallResult { ErrorCode::E_InvalidState };
        if (!m_store->removeJob(id))
            return CallResult { ErrorCode::E_StoreFailed, -1, m_store->lastError() };
        forgetCredentials(id);
        m_jobs.remove(id);
        m_order.removeAll(id);
        m_jobLimiters.remove(id);
        m_changed.insert(id);
        return CallResult {};
    });
}

std::optional<Job> EnginePrivate::job(const QUuid &id) const
{
    return onEngineThread([=]() -> std::optional<Job> {
        const Job *job = find(id);
        if (!job)
            return std::nullopt;
        return *job;
    });
}

QList<Job> EnginePrivate::jobs() const
{
    return onEngineThread([=] {
        QList<Job> list;
        for (const QUuid &id : m_order)
            list.append(m_jobs.value(id));
        return list;
    });
}

CallResult EnginePrivate::error(const QUuid &id, JobError *error) const
{
    return onEngineThread([=] {
        const Job *job = find(id);
        if (!job)
            return CallResult { ErrorCode::E_NotFound };
        if (!job->error)
            return CallResult { ErrorCode::E_ErrorInformationUnavailable };
        if (error)
            *error = *job->error;
        return CallResult {};
    });
}
