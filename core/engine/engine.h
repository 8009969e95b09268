#pragma once

#include "core/engine/credential.h"
#include "core/engine/schedule.h"
#include "core/model/job.h"
#include "core/model/jobevent.h"
#include "core/store/storeopenresult.h"

#include <QObject>
#include <QPointer>
#include <QUuid>
#include <memory>
#include <optional>
#include <utility>

class EnginePrivate;
class ScheduleClock;

// The outcome of an Engine call: an HRESULT-style code (ErrorCode) plus, when useful, the
// file concerned and a human detail.
struct CallResult
{
    CallResult() = default;
    CallResult(quint32 code, int fileIndex = -1, QString details = QString())
        : code(code)
        , fileIndex(fileIndex)
        , details(std::move(details))
    { }
    quint32 code = 0;
    int fileIndex = -1;
    QString details;
    bool ok() const { return (code & 0x80000000) == 0; }
};

// Where Engine::moveInQueue puts a job among the unfinished jobs of its priority.
enum class QueueMove
{
    Up,
    Down,
    Top,
    Bottom
};

struct EngineSettings
{
    int maxBackgroundJobs = 4;
    int stallTimeoutSeconds = 60;
    int checkpointIntervalMs = 1000;
    int filesAtOnce = 4; // files of one job transferring at the same time
    qint64 globalRateLimit = 0; // bytes per second for every job together, 0 = unlimited
    int connectionsPerHost = 8; // to one server (origin), every job's files together
    ProxySettings defaultProxy; // the proxy setting a new job starts with
};

// The download engine. It owns the jobs, the scheduler, the retry timers and the job
// store, and runs with its network managers on its own thread. Signals are emitted on the
// engine thread (queued to listeners on other threads) and carry job snapshots.
//
// Two ways in. post() never waits: the window uses it, and only it, so the GUI thread
// never stops for the engine thread (which may be in an fdatasync). The other public
// methods run on the engine thread and wait for the answer: for the command line and
// servers, whose main thread shows no window, and for tests. The void setters do not
// wait; they take effect in the order they were called.
class Engine : public QObject
{
    Q_OBJECT
public:
    using Settings = EngineSettings;

    explicit Engine(QObject *parent = nullptr);
    explicit Engine(Settings settings, QObject *parent = nullptr);
    ~Engine() override;

    enum class OpenMode
    {
        Run, // the owner of the store: jobs move
        EditOnly, // a short-lived editor (a CLI verb with no owner): nothing is transferred
    };
    using OpenResult = StoreOpenResult;
    OpenResult open(const QString &storePath, OpenMode mode = OpenMode::Run);
    void close(); // checkpoints and stops every transfer, keeps states; closes the store
    Settings settings() const;
    void setMaxBackgroundJobs(int count);
    void setStallTimeout(int seconds);
    void setGlobalRateLimit(qint64 bytesPerSecond); // takes effect at once
    void setFilesAtOnce(int count);
    void setConnectionsPerHost(int count); // 1 to 64; files over it wait for a free one
    void setDefaultProxy(const ProxySettings &proxy); // for jobs created from now on

    // The schedule (engineschedule.cpp): background jobs it holds stay Queued (running ones
    // go back to Queued, keeping their bytes); its limit is for background jobs together,
    // under the global limit. Foreground jobs ignore it. A Run engine opened with none set
    // uses the user's (Schedule::load), so a restart inside a window stays held.
    void setSchedule(const Schedule &schedule); // takes effect at once
    Schedule schedule() const;
    Schedule::State scheduleState() const; // what applies now, and until when
    qint64 backgroundRateLimit() const; // bytes/s background jobs share now, 0 = none
    void setClock(std::shared_ptr<ScheduleClock> clock); // tests; default the system's
    void recheckSchedule(); // the clock jumped (or a test moved it): apply what holds now

    // Jobs (IBackgroundCopyManager / IBackgroundCopyJob)
    CallResult createJob(const QString &displayName, JobPriority priority, QUuid *id);
    CallResult addFile(const QUuid &id, const QUrl &remoteUrl, const QString &localPath,
        const QString &expectedSha256 = QString());
    // Several files at once (IBackgroundCopyJob::AddFileSet): all or none, in one write to
    // the store. A refused file is named by its position in `files`.
    struct FileToAdd
    {
        QUrl remoteUrl;
        QString localPath;
        QString expectedSha256;
    };
    CallResult addFiles(const QUuid &id, const QList<FileToAdd> &files);
    CallResult resume(const QUuid &id);
    CallResult suspend(const QUuid &id);
    CallResult cancel(const QUuid &id);
    CallResult complete(const QUuid &id);
    CallResult removeJob(const QUuid &id); // from the history; Acknowledged/Cancelled only
    // The queue: among the unfinished jobs of its priority, a job earlier in the queue starts
    // first. The order is kept in the store (Job::queuePosition); jobs() lists in it.
    CallResult moveInQueue(const QUuid &id, QueueMove move);
    // From zero: the partial data (.haul-part) and the progress of every file not made final
    // by Complete are dropped, then the job is queued. E_InvalidState for Acknowledged and
    // Cancelled jobs. A completed final file is never deleted.
    CallResult restart(const QUuid &id);

    std::optional<Job> job(const QUuid &id) const;
    QList<Job> jobs() const;
    QList<JobEvent> history(const QUuid &id); // state changes and errors, oldest first
    // BG_E_ERROR_INFORMATION_UNAVAILABLE when the job has no error object.
    CallResult error(const QUuid &id, JobError *error) const;

    // Properties and Fix-and-Resume tools
    CallResult setDisplayName(const QUuid &id, const QString &name);
    CallResult setDescription(const QUuid &id, const QString &description);
    CallResult setPriority(const QUuid &id, JobPriority priority);
    CallResult setNotifyFlags(const QUuid &id, quint32 flags);
    CallResult setMinimumRetryDelay(const QUuid &id, int seconds);
    CallResult setNoProgressTimeout(const QUuid &id, int seconds);
    CallResult setHeaders(const QUuid &id, const QList<QPair<QByteArray, QByteArray>> &headers);
    // bitsadmin /SetNotifyCmdLine: `program` (a path, or a name found on PATH) runs, never
    // through a shell, each time the job enters Transferred or Error, with HAUL_JOB_ID,
    // HAUL_JOB_STATE and HAUL_STORE in its environment. E_NotifyProgram when it is not an
    // executable file; an empty program clears it.
    CallResult setNotifyCmdLine(
        const QUuid &id, const QString &program, const QStringList &arguments);
    CallResult setConnections(const QUuid &id, int connections);
    CallResult setRateLimit(const QUuid &id, qint64 bytesPerSecond);
    CallResult setProxy(const QUuid &id, const ProxySettings &proxy);
    CallResult setCredentials(const QUuid &id, CredentialTarget target, CredentialScheme scheme,
        const QString &user, const QString &secret);
    CallResult removeCredentials(const QUuid &id, CredentialTarget target, CredentialScheme scheme);
    // Credentials go to the system keychain when one answers (and come back from it when
    // the store is opened again); otherwise they live in this process's memory only.
    // Empty when a keychain keeps them; else why not (the caller tells the user).
    QString credentialsMemoryOnlyReason() const;
    CallResult setRemoteUrl(const QUuid &id, int fileIndex, const QUrl &url);
    CallResult replaceRemotePrefix(
        const QUuid &id, const QString &oldPrefix, const QString &newPrefix);
    // Haul's fix for LocalFile errors: the file goes into another folder. Its partial data
    // moves along when it can; otherwise the file restarts from 0 (details says why).
    CallResult setDestination(const QUuid &id, int fileIndex, const QString &folder);
    // Haul's fix for ServerCertificate errors: the user trusts the exact certificate the
    // job's error carries, for that host only (pinned by its SHA-256). Resume then passes.
    // E_InvalidState when the job has no certificate error. `trusted` receives it.
    CallResult trustCertificate(const QUuid &id, CertificateInfo *trusted = nullptr);
    QList<CertificateInfo> trustedCertificates() const;
    CallResult revokeCertificate(const QString &host, const QString &sha256);

    // Emits jobError for every job in Error and jobTransferred for every job in
    // Transferred, so that a listener attaching late misses nothing (BITS re-notifies).
    void replayNotifications();

    // Returns at once. `work(engine)` runs on the engine thread, where the blocking methods
    // above answer without waiting; `done(result)` then runs on the thread of this Engine
    // object, and not at all if `context` (living there too) is gone by then.
    template<typename Work, typename Done> void post(QObject *context, Work work, Done done);
    template<typename Work> void post(Work work); // nothing to hear back

    // Tests only: keeps the engine thread busy for `ms`, as a long fdatasync would.
    void stallForTest(int ms);

signals:
    void jobTransferred(const QUuid &id);
    void jobError(const QUuid &id, const JobError &error);
    void jobModification(const QUuid &id);
    void fileTransferred(const QUuid &id, int fileIndex);
    // For views (the window, monitor): the snapshot of every job that changed in any way
    // and the ids of the jobs removed, gathered over a tick. Not subject to notify flags,
    // which belong to the BITS-style callbacks above.
    void jobsChanged(const QList<Job> &changed, const QList<QUuid> &removed);
    // What the schedule does changed: at an edge, or the schedule itself (Schedule::describe).
    void scheduleStateChanged(const Schedule::State &state);

private:
    QObject *engineContext() const; // where post() queues work: lives on the engine thread
    std::unique_ptr<EnginePrivate> d;
};

template<typename Work, typename Done> void Engine::post(QObject *context, Work work, Done done)
{
    Q_ASSERT(context && context->thread() == thread());
    QMetaObject::invokeMethod(
        engineContext(),
        [this, guard = QPointer<QObject>(context), work = std::move(work),
            done = std::move(done)]() mutable {
            auto result = work(*this);
            // Delivered through this object, on its thread, where `guard` is read safely.
            // While this runs, ~Engine waits for the engine thread, so `this` is alive; an
            // answer still queued when it goes is dropped with it.
            QMetaObject::invokeMethod(
                this,
                [guard, done = std::move(done), result = std::move(result)]() mutable {
                    if (guard)
                        done(std::move(result));
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

template<typename Work> void Engine::post(Work work)
{
    QMetaObject::invokeMethod(
        engineContext(), [this, work = std::move(work)]() mutable { work(*this); },
        Qt::QueuedConnection);
}
