#pragma once

// Engine's private implementation: every member and helper of the facade in engine.h.
// engine.cpp (the facade and the thread), enginejobs.cpp (the jobs, their store and their
// commands), engineproperties.cpp (job properties, credentials, addresses, certificates),
// enginenetwork.cpp (network managers, proxies, authentication) and enginetransfers.cpp
// (the scheduler's moves, transfers, retries, checkpoints) and enginequeue.cpp (the queue's
// order, Restart) implement it. Not installed:
// nothing outside core/engine includes it.
#include "core/engine/engine.h"
#include "core/engine/serverlimits.h"
#include "core/transfer/ratelimiter.h"

#include <QHash>
#include <QMetaObject>
#include <QSet>
#include <QThread>
#include <memory>
#include <type_traits>

class CertificateTrust;
class CredentialStore;
class CredentialVault;
class FileTransfer;
class JobStore;
class ProxyChoice;
class QNetworkAccessManager;
template<typename T> class QFutureWatcher;
class QTimer;

namespace EngineDetail {
constexpr int TickMs = 250;
// Acknowledged and Cancelled jobs accept no state-changing call (jobs.md).
CallResult checkChangeable(const Job *job);
bool isHex64(const QString &text);
} // namespace EngineDetail

// Lives with the Engine object; its members are used on the engine thread only (the
// public methods below hop there themselves, as Engine's did).
class EnginePrivate
{
public:
    using Settings = EngineSettings;
    using OpenMode = Engine::OpenMode;
    using OpenResult = Engine::OpenResult;
    using FileToAdd = Engine::FileToAdd;

    EnginePrivate(Engine *q, Settings settings);
    // Closes the store and ends the thread; ~Engine calls it while `d` still answers the
    // work queued before.
    void stop();
    ~EnginePrivate(); // where the store and trust stores are complete types
    QObject *context() const { return m_context; }

    // Engine's public calls, as documented in engine.h; each hops to the engine thread
    // itself (or runs there at once when called from it).

    OpenResult open(const QString &storePath, OpenMode mode = OpenMode::Run);
    void close(); // checkpoints and stops every transfer, keeps states; closes the store
    Settings settings() const;
    void setMaxBackgroundJobs(int count);
    void setStallTimeout(int seconds);
    void setGlobalRateLimit(qint64 bytesPerSecond); // takes effect at once
    void setFilesAtOnce(int count);
    void setConnectionsPerHost(int count); // enginetransfers.cpp
    void setDefaultProxy(const ProxySettings &proxy); // for jobs created from now on

    CallResult createJob(const QString &displayName, JobPriority priority, QUuid *id);
    CallResult addFile(const QUuid &id, const QUrl &remoteUrl, const QString &localPath,
        const QString &expectedSha256 = QString());
    CallResult addFiles(const QUuid &id, const QList<FileToAdd> &files);
    CallResult resume(const QUuid &id);
    CallResult suspend(const QUuid &id);
    CallResult cancel(const QUuid &id);
    CallResult complete(const QUuid &id);
    CallResult removeJob(const QUuid &id); // from the history; Acknowledged/Cancelled only
    CallResult moveInQueue(const QUuid &id, QueueMove move); // enginequeue.cpp
    CallResult restart(const QUuid &id); // enginequeue.cpp

    std::optional<Job> job(const QUuid &id) const;
    QList<Job> jobs() const;
    QList<JobEvent> history(const QUuid &id); // state changes and errors, oldest first
    CallResult error(const QUuid &id, JobError *error) const;

    CallResult setDisplayName(const QUuid &id, const QString &name);
    CallResult setDescription(const QUuid &id, const QString &description);
    CallResult setPriority(const QUuid &id, JobPriority priority);
    CallResult setNotifyFlags(const QUuid &id, quint32 flags);
    CallResult setMinimumRetryDelay(const QUuid &id, int seconds);
    CallResult setNoProgressTimeout(const QUuid &id, int seconds);
    CallResult setHeaders(const QUuid &id, const QList<QPair<QByteArray, QByteArray>> &headers);
    CallResult setNotifyCmdLine(const QUuid &id, const QString &program,
        const QStringList &arguments); // enginenotify.cpp
    CallResult setConnections(const QUuid &id, int connections);
    CallResult setRateLimit(const QUuid &id, qint64 bytesPerSecond);
    CallResult setProxy(const QUuid &id, const ProxySettings &proxy);
    CallResult setCredentials(const QUuid &id, CredentialTarget target, CredentialScheme scheme,
        const QString &user, const QString &secret);
    CallResult removeCredentials(const QUuid &id, CredentialTarget target, CredentialScheme scheme);
    QString credentialsMemoryOnlyReason() const;
    CallResult setRemoteUrl(const QUuid &id, int fileIndex, const QUrl &url);
    CallResult replaceRemotePrefix(
        const QUuid &id, const QString &oldPrefix, const QString &newPrefix);
    CallResult setDestination(const QUuid &id, int fileIndex, const QString &folder);
    CallResult trustCertificate(const QUuid &id, CertificateInfo *trusted = nullptr);
    QList<CertificateInfo> trustedCertificates() const;
    CallResult revokeCertificate(const QString &host, const QString &sha256);

    // engineschedule.cpp
    void setSchedule(const Schedule &schedule);
    Schedule currentSchedule() const; // schedule() is the scheduler's run
    Schedule::State scheduleState() const;
    qint64 backgroundRateLimit() const;
    void setClock(std::shared_ptr<ScheduleClock> clock);
    void recheckSchedule();
    bool scheduleSet() const { return m_scheduleSet; }

    void replayNotifications();

    void stallForTest(int ms);

private:
    template<typename F> auto onEngineThread(F &&f) const;
    template<typename F> void queueOnEngineThread(F &&f) const;

    Engine *q; // the facade: its signals
    QNetworkAccessManager *createNetwork(const ProxyChoice &choice, const QUuid &owner);
    QNetworkAccessManager *networkFor(
        const QString &key, const ProxyChoice &choice, const QUuid &owner, int connection);
    void dropNetworksOf(const QUuid &id); // the managers kept for one job's proxy password

    // All below run on the engine thread.
    Job *find(const QUuid &id);
    const Job *find(const QUuid &id) const;
    bool persist(const Job &job, int onlyFile = -1);
    bool persistFile(const Job &job, int index); // that file's row only
    bool claimName(const Job &job, int index); // that file's local name only
    void syncFinishedFiles(); // makes the finished files durable at once, then records them
    void syncFinishedFilesInBackground(); // the same on a worker thread (the timer's way)
    void recordDurableFiles(const QList<QPair<QUuid, int>> &files, const QList<bool> &durable);
    void takeBackgroundSync(); // records the batch synced in the background, if any
    // Empties the finished files waiting for a sync: appends them to `files`, returns
    // their temporary files in the same order.
    QStringList takeUnsynced(QList<QPair<QUuid, int>> *files);
    CallResult commit(Job &&updated, int onlyFile = -1);
    void touch(Job &job);
    void setState(Job &job, JobState state, bool filesUnchanged = false);
    void notifyModified(const QUuid &id);
    void record(const Job &job);
    void requestSchedule();
    void schedule();
    void startJob(Job &job);
    // The files of a job left to start: none, some that may start now, or only some that
    // wait for their server (its connections all in use, or it asked to wait).
    enum class FilesLeft
    {
        None,
        MayStart,
        Waiting
    };
    FilesLeft filesLeft(const Job &job) const;
    void watchTransfer(const QUuid &id, FileTransfer *transfer); // m_transfers, ServerLimits
    bool holdForServer(Job &job); // a retry waits for its server's Retry-After: changed?
    void stopTransfer(const QUuid &id, bool keepData = true);
    void onTick();
    void checkpoint(bool force);
    void onFileChanged(const QUuid &id, FileTransfer *transfer);
    void onBodyStarted(const QUuid &id);
    void onFileFinished(const QUuid &id, FileTransfer *transfer);
    void onFileVerified(const QUuid &id, int index, const QString &digest);
    void finishFile(Job &job, int index);
    void onTransferFailed(const QUuid &id, FileTransfer *transfer, JobError error, int retryAfter);
    void enterError(Job &job, const JobError &error);
    void runNotifyProgram(const Job &job); // enginenotify.cpp: it entered Transferred or Error
    // A final path is taken when a file or a .haul-part is there, or an unfinished job
    // will write it: the one rule for every name Haul chooses.
    bool pathTaken(const QString &path) const;
    void closeOnThread();
    // engineschedule.cpp: held background jobs back to Queued; true for a job it holds.
    void holdBySchedule();
    bool heldBySchedule(const Job &job) const;
    RateLimiter *globalLimiterFor(const Job &job); // the schedule's for background jobs
    void applyScheduleLimit(); // the global limit or the schedule's changed

    QThread *m_thread;
    QObject *m_context; // lives on m_thread; parent of every engine-thread object
    QList<QNetworkAccessManager *> m_networks; // every manager, of every way out
    QHash<QString, QList<QNetworkAccessManager *>> m_networksByKey; // by the jobs' way out
    QTimer *m_tick = nullptr;
    std::unique_ptr<JobStore> m_store;
    EngineSettings m_settings;
    RateLimiter m_globalLimiter;
    ServerLimits m_serverLimits; // connections per server, and servers that asked for fewer
    QHash<QUuid, Job> m_jobs;
    QList<QUuid> m_order; // the queue's order (Job::queuePosition): its tie-break
    QMultiHash<QUuid, FileTransfer *> m_transfers; // up to filesAtOnce per job
    QHash<QUuid, QSet<int>> m_hashing; // files being verified, per job
    QHash<QUuid, QSet<int>> m_unsynced; // finished files not yet durable nor recorded
    QSet<QUuid> m_unrecorded; // jobs with a finished file that could not be made durable or saved
    QTimer *m_syncTimer = nullptr;
    QFutureWatcher<QList<bool>> *m_syncWatcher = nullptr; // a batch being synced
    QList<QPair<QUuid, int>> m_syncing; // the files of that batch
    QHash<QUuid, std::shared_ptr<RateLimiter>> m_jobLimiters; // one per job, for all its files
    std::unique_ptr<CredentialStore> m_credentials; // in memory, and in the keychain
    std::unique_ptr<CertificateTrust> m_trust;
    CredentialVault *m_vault = nullptr;
    void forgetCredentials(const QUuid &id); // the job ended: memory, keychain and store
    QSet<QObject *> m_authTried;
    QSet<QUuid> m_modified;
    QSet<QUuid> m_changed;
    qint64 m_lastCheckpoint = 0;
    bool m_scheduleRequested = false;
    Schedule m_schedule; // engineschedule.cpp
    Schedule::State m_scheduleState;
    std::shared_ptr<ScheduleClock> m_clock;
    QTimer *m_scheduleTimer = nullptr; // to the schedule's next edge
    RateLimiter m_scheduleLimiter; // background jobs together while the schedule limits
    bool m_scheduleSet = false;
    bool m_open = false;
    bool m_running = false; // OpenMode::Run
};

template<typename F> auto EnginePrivate::onEngineThread(F &&f) const
{
    using R = std::invoke_result_t<F>;
    if (QThread::currentThread() == m_thread)
        return f();
    if constexpr (std::is_void_v<R>) {
        QMetaObject::invokeMethod(m_context, std::forward<F>(f), Qt::BlockingQueuedConnection);
    } else {
        R result {};
        QMetaObject::invokeMethod(
            m_context, std::forward<F>(f), Qt::BlockingQueuedConnection, &result);
        return result;
    }
}

template<typename F> void EnginePrivate::queueOnEngineThread(F &&f) const
{
    if (QThread::currentThread() == m_thread)
        f();
    else
        QMetaObject::invokeMethod(m_context, std::forward<F>(f), Qt::QueuedConnection);
}
