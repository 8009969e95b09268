#include "core/engine/engine.h"

#include "core/engine/retrypolicy.h"
#include "core/engine/scheduler.h"

#include "core/http/httpheaders.h"
#include "core/http/jobproxyfactory.h"
#include "core/http/networkmanager.h"
#include "core/http/proxychoice.h"
#include "core/model/errorcodes.h"
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

namespace {

constexpr int TickMs = 250;

QString sha256OfFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray buffer(1024 * 1024, Qt::Uninitialized);
    for (;;) {
        const qint64 n = file.read(buffer.data(), buffer.size());
        if (n < 0)
            return QString();
        if (n == 0)
            break;
        hash.addData(QByteArrayView(buffer.constData(), n));
    }
    return QString::fromLatin1(hash.result().toHex());
}

// Renames without ever replacing an existing file: renameat2(RENAME_NOREPLACE) where the
// filesystem has it, link + unlink otherwise. Returns 0 or an errno value.
int renameNoReplace(const QString &from, const QString &to)
{
    const QByteArray f = QFile::encodeName(from);
    const QByteArray t = QFile::encodeName(to);
#ifdef SYS_renameat2
    if (::syscall(SYS_renameat2, AT_FDCWD, f.constData(), AT_FDCWD, t.constData(),
            1U /* RENAME_NOREPLACE */)
        == 0)
        return 0;
    if (errno != EINVAL && errno != ENOSYS)
        return errno;
#endif
    if (::link(f.constData(), t.constData()) == 0) {
        ::unlink(f.constData());
        return 0;
    }
    return errno;
}

// Acknowledged and Cancelled jobs accept no state-changing call (jobs.md).
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

// The keychain entry of one credential of a job.
QString credentialKey(const QUuid &job, int target, int scheme)
{
    return QStringLiteral("%1/%2/%3")
        .arg(job.toString(QUuid::WithoutBraces))
        .arg(target)
        .arg(scheme);
}

} // namespace

template<typename F> auto Engine::onEngineThread(F &&f) const
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

template<typename F> void Engine::queueOnEngineThread(F &&f) const
{
    if (QThread::currentThread() == m_thread)
        f();
    else
        QMetaObject::invokeMethod(m_context, std::forward<F>(f), Qt::QueuedConnection);
}

Engine::Engine(QObject *parent)
    : Engine(Settings(), parent)
{ }

Engine::Engine(Settings settings, QObject *parent)
    : QObject(parent)
    , m_thread(new QThread)
    , m_context(new QObject)
    , m_store(std::make_unique<JobStore>())
    , m_settings(settings)
    , m_globalLimiter(settings.globalRateLimit)
{
    qRegisterMetaType<JobError>("JobError");
    m_thread->setObjectName(QStringLiteral("HaulEngine"));
    m_context->moveToThread(m_thread);
    m_thread->start();
    onEngineThread([this] {
        m_syncTimer = new QTimer(m_context);
        m_syncTimer->setSingleShot(true);
        m_syncTimer->setInterval(100);
        connect(
            m_syncTimer, &QTimer::timeout, m_context, [this] { syncFinishedFilesInBackground(); });
        m_vault = new CredentialVault(m_context); // works on the main thread, answers here
        m_tick = new QTimer(m_context);
        m_tick->setInterval(TickMs);
        connect(m_tick, &QTimer::timeout, m_context, [this] { onTick(); });
    });
}

QNetworkAccessManager *Engine::createNetwork(const ProxyChoice &choice, const QUuid &owner)
{
    auto *network = new NetworkManager(m_context);
    // A job's own proxy credentials beat a user:password in the environment's proxy URL.
    auto *factory = new JobProxyFactory(choice, owner.isNull());
    network->setProxyFactory(factory);
    connect(network, &QNetworkAccessManager::authenticationRequired, m_context,
        [this](QNetworkReply *reply, QAuthenticator *auth) {
            if (m_authTried.contains(reply))
                return; // those credentials were refused: let the 401 through
            for (auto it = m_transfers.constBegin(); it != m_transfers.constEnd(); ++it) {
                if (!it.value()->ownsReply(reply))
                    continue;
                // Credentials are for the server the user gave them for: a redirect to
                // another host (or scheme, or port) gets none.
                if (!HttpHeaders::sameOrigin(it.value()->file().remoteUrl, reply->url()))
                    return;
                for (const Credential &c : m_credentials.value(it.key())) {
                    if (c.target == CredentialTarget::Server) {
                        auth->setUser(c.user);
                        auth->setPassword(c.secret);
                        m_authTried.insert(reply);
                        connect(reply, &QObject::destroyed, m_context,
                            [this, reply] { m_authTried.remove(reply); });
                        return;
                    }
                }
            }
        });
    connect(network, &QNetworkAccessManager::proxyAuthenticationRequired, m_context,
        [this, factory, owner](const QNetworkProxy &proxy, QAuthenticator *auth) {
            // Only a proxy this manager chose for its jobs hears a password: the owner's
            // own proxy credentials, else those of the proxy's URL in the environment.
            const std::optional<QNetworkProxy> used = factory->handedOut(proxy);
            if (!used)
                return;
            QString user = used->user();
            QString secret = used->password();
            for (const Credential &c : m_credentials.value(owner)) {
                if (c.target == CredentialTarget::Proxy) {
                    user = c.user;
                    secret = c.secret;
                    break;
                }
            }
            // The same pair again means the proxy refused it: let the 407 through.
            if (user.isEmpty() || (auth->user() == user && auth->password() == secret))
                return;
            auth->setUser(user);
            auth->setPassword(secret);
        });
    m_networks.append(network);
    return network;
}

// Qt opens at most 6 HTTP/1.1 connections per host and QNetworkAccessManager: connection k
// of a segmented file uses manager k / 6 of the job's way out, all of them set up alike.
QNetworkAccessManager *Engine::networkFor(
    const QString &key, const ProxyChoice &choice, const QUuid &owner, int connection)
{
    const int index = std::max(0, connection) / 6;
    QList<QNetworkAccessManager *> &networks = m_networksByKey[key];
    while (networks.size() <= index)
        networks.append(createNetwork(choice, owner));
    return networks.at(index);
}

void Engine::dropNetworksOf(const QUuid &id)
{
    const QString suffix = QStringLiteral("|job:") + id.toString(QUuid::WithoutBraces);
    for (auto it = m_networksByKey.begin(); it != m_networksByKey.end();) {
        if (!it.key().endsWith(suffix)) {
            ++it;
            continue;
        }
        for (QNetworkAccessManager *network : std::as_const(*it)) {
            m_networks.removeAll(network);
            network->deleteLater();
        }
        it = m_networksByKey.erase(it);
    }
}

Engine::~Engine()
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

Engine::OpenResult Engine::open(const QString &storePath, OpenMode mode)
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
        m_trusted.clear();
        for (const CertificateInfo &c : m_store->trustedCertificates())
            m_trusted.insert({ c.host, c.sha256 });
        if (mode == OpenMode::Run) {
            // Credentials kept in the keychain come back, once it answers.
            const QList<JobStore::CredentialRef> refs = m_store->credentialRefs();
            m_vault->probe([this, refs] {
                for (const JobStore::CredentialRef &ref : refs) {
                    const QString key = credentialKey(ref.jobId, ref.target, ref.scheme);
                    m_vault->load(key, [this, ref](bool found, const QByteArray &data) {
                        if (!found || !m_jobs.contains(ref.jobId))
                            return;
                        const QJsonObject o = QJsonDocument::fromJson(data).object();
                        QList<Credential> &list = m_credentials[ref.jobId];
                        for (const Credential &c : list) {
                            if (int(c.target) == ref.target && int(c.scheme) == ref.scheme)
                                return; // set again meanwhile: that one wins
                        }
                        list.append({ CredentialTarget(ref.target), CredentialScheme(ref.scheme),
                            o.value(QStringLiteral("user")).toString(),
                            o.value(QStringLiteral("secret")).toString() });
                    });
                }
            });
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

void Engine::close()
{
    onEngineThread([this] { closeOnThread(); });
}

void Engine::closeOnThread()
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
    m_credentials.clear();
    m_open = false;
    m_running = false;
}

Engine::Settings Engine::settings() const
{
    return onEngineThread([this] { return m_settings; });
}

void Engine::setMaxBackgroundJobs(int count)
{
    queueOnEngineThread([this, count] {
        m_settings.maxBackgroundJobs = std::max(1, count);
        requestSchedule();
    });
}

void Engine::setStallTimeout(int seconds)
{
    queueOnEngineThread([this, seconds] { m_settings.stallTimeoutSeconds = std::max(1, seconds); });
}

Job *Engine::find(const QUuid &id)
{
    auto it = m_jobs.find(id);
    return it == m_jobs.end() ? nullptr : &it.value();
}

const Job *Engine::find(const QUuid &id) const
{
    auto it = m_jobs.constFind(id);
    return it == m_jobs.constEnd() ? nullptr : &it.value();
}

bool Engine::persistFile(const Job &job, int index)
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

bool Engine::claimName(const Job &job, int index)
{
    // The row exists since the file was added; the whole row is written when it does not.
    return m_store->saveFileName(job.id, index, job.files.at(index).localPath)
        || persistFile(job, index);
}

bool Engine::persist(const Job &job, int onlyFile)
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

void Engine::touch(Job &job)
{
    // UTC: the time is stored and shown through toUTC() / toLocalTime(), and a local "now"
    // reads the time zone file again on every call (several times for every file).
    job.modificationTime = QDateTime::currentDateTimeUtc();
}

CallResult Engine::commit(Job &&updated, int onlyFile)
{
    touch(updated);
    if (!persist(updated, onlyFile))
        return { ErrorCode::E_StoreFailed, -1, m_store->lastError() };
    const QUuid id = updated.id;
    m_jobs[id] = std::move(updated);
    notifyModified(id);
    return {};
}

void Engine::record(const Job &job)
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

void Engine::notifyModified(const QUuid &id)
{
    m_changed.insert(id);
    const Job *job = find(id);
    if (job && (job->notifyFlags & NotifyFlag::Modification)
        && !(job->notifyFlags & NotifyFlag::Disable))
        m_modified.insert(id);
}

void Engine::setState(Job &job, JobState state, bool filesUnchanged)
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
    const bool enabled = !(job.notifyFlags & NotifyFlag::Disable);
    if (state == JobState::Error && job.error) {
        if (enabled && (job.notifyFlags & NotifyFlag::Error))
            emit jobError(job.id, *job.error);
    } else if (state == JobState::Transferred) {
        if (enabled && (job.notifyFlags & NotifyFlag::Transferred))
            emit jobTransferred(job.id);
    } else {
        notifyModified(job.id);
    }
}

CallResult Engine::checkRemoteUrl(const QUrl &url)
{
    if (!url.isValid() || url.isRelative() || url.host().isEmpty()) {
        // QUrl's explanation quotes the whole address, a password included.
        const QString why = url.errorString();
        const bool quotesCredentials = !url.userInfo().isEmpty() || why.contains(QLatin1Char('@'));
        return { ErrorCode::E_MalformedUrl, -1, quotesCredentials ? QString() : why };
    }
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return { ErrorCode::E_UnsupportedScheme, -1, url.scheme() };
    // A password in the address would be kept in the job list and shown with the job: it
    // belongs in setCredentials (the keychain). The message never repeats it.
    if (!url.userInfo().isEmpty())
        return { ErrorCode::E_CredentialsInUrl, -1, url.toString(QUrl::RemoveUserInfo) };
    return {};
}

CallResult Engine::checkLocalPath(const QString &path)
{
    if (path.isEmpty() || QDir::isRelativePath(path))
        return { ErrorCode::E_LocalPathInvalid, -1, path };
    const QFileInfo info(path);
    if (info.isDir()) {
        if (!info.isWritable())
            return { ErrorCode::E_LocalPathInvalid, -1, path };
        return {};
    }
    if (path.endsWith(QLatin1Char('/')) || (info.exists() && !info.isFile()))
        return { ErrorCode::E_LocalPathInvalid, -1, path };
    const QFileInfo parent(info.absolutePath());
    if (!parent.isDir() || !parent.isWritable())
        return { ErrorCode::E_LocalPathInvalid, -1, info.absolutePath() };
    return {};
}

bool Engine::pathTaken(const QString &path) const
{
    for (const Job &job : m_jobs) {
        if (JobTypes::isFinal(job.state))
            continue;
        for (const JobFile &f : job.files) {
            if (f.localPath == path)
                return true;
        }
    }
    return false;
}

CallResult Engine::createJob(const QString &displayName, JobPriority priority, QUuid *id)
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

CallResult Engine::addFile(
    const QUuid &id, const QUrl &remoteUrl, const QString &localPath, const QString &expectedSha256)
{
    return addFiles(id, { FileToAdd { remoteUrl, localPath, expectedSha256 } });
}

CallResult Engine::addFiles(const QUuid &id, const QList<FileToAdd> &files)
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
            check = checkRemoteUrl(add.remoteUrl);
            const bool sameFolder = !checkedFolder.isEmpty() && add.localPath == checkedFolder;
            if (check.ok() && !sameFolder)
                check = checkLocalPath(add.localPath);
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
                file.localPath = FileNameSanitizer::uniquePath(
                    file.folder, info.fileName(), [this](const QString &path) {
                        return QFileInfo::exists(path)
                            || QFileInfo::exists(path + QStringLiteral(".haul-part"))
                            || pathTaken(path);
                    });
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

CallResult Engine::resume(const QUuid &id)
{
    return onEngineThread([=] {
        Job *job = find(id);
        if (const CallResult check = checkChangeable(job); !check.ok())
            return check;
        if (job->files.isEmpty())
            return CallResult { ErrorCode::E_Empty };
        // Otherwise already moving, or Transferred: nothing to do.
        if (JobTypes::canResume(job->state)) {
            job->firstTransientErrorTime = QDateTime();
            job->currentRetryDelay = 0;
            job->retryAt = QDateTime();
            // Its files were saved when it stopped, and every change since saved its own.
            setState(*job, JobState::Queued, true);
            requestSchedule();
        }
        return CallResult {};
    });
}

CallResult Engine::suspend(const QUuid &id)
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

CallResult Engine::cancel(const QUuid &id)
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

CallResult Engine::complete(const QUuid &id)
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
            int err = renameNoReplace(f.tempPath(), target);
            if (err == EEXIST) {
                const QFileInfo chosen(f.localPath);
                const QString folder = chosen.absolutePath();
                const QString name = chosen.fileName();
                for (int attempt = 0; attempt < 1000 && err == EEXIST; ++attempt) {
                    target = FileNameSanitizer::uniquePath(folder, name, [](const QString &path) {
                        return QFileInfo::exists(path) || QFileInfo(path).isSymLink();
                    });
                    err = renameNoReplace(f.tempPath(), target);
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

CallResult Engine::removeJob(const QUuid &id)
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

std::optional<Job> Engine::job(const QUuid &id) const
{
    return onEngineThread([=]() -> std::optional<Job> {
        const Job *job = find(id);
        if (!job)
            return std::nullopt;
        return *job;
    });
}

QList<Job> Engine::jobs() const
{
    return onEngineThread([=] {
        QList<Job> list;
        for (const QUuid &id : m_order)
            list.append(m_jobs.value(id));
        return list;
    });
}

CallResult Engine::error(const QUuid &id, JobError *error) const
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

namespace {
// Runs `change` on a copy of a non-final job and commits it: a failing call changes nothing.
template<typename Change>
CallResult editJob(const Job *job, Change change, const std::function<CallResult(Job &&)> &commit)
{
    if (const CallResult check = checkChangeable(job); !check.ok())
        return check;
    Job copy = *job;
    CallResult r = change(copy);
    if (!r.ok())
        return r;
    return commit(std::move(copy));
}
} // namespace

#define HAUL_EDIT(id, body)                                                                        \
    onEngineThread([=] {                                                                           \
        return editJob(find(id), [&](Job & job) -> CallResult body,                                \
            [this](Job &&j) { return commit(std::move(j), JobStore::JobOnly); });                  \
    })

CallResult Engine::setDisplayName(const QUuid &id, const QString &name)
{
    return HAUL_EDIT(id, {
        job.displayName = name;
        return {};
    });
}

CallResult Engine::setDescription(const QUuid &id, const QString &description)
{
    return HAUL_EDIT(id, {
        job.description = description;
        return {};
    });
}

CallResult Engine::setPriority(const QUuid &id, JobPriority priority)
{
    CallResult r = HAUL_EDIT(id, {
        job.priority = priority;
        return {};
    });
    onEngineThread([this] { requestSchedule(); });
    return r;
}

CallResult Engine::setNotifyFlags(const QUuid &id, quint32 flags)
{
    return HAUL_EDIT(id, {
        job.notifyFlags = flags & 0x1F;
        return {};
    });
}

CallResult Engine::setMinimumRetryDelay(const QUuid &id, int seconds)
{
    return HAUL_EDIT(id, {
        if (seconds < 0)
            return CallResult { ErrorCode::E_InvalidArg };
        job.minimumRetryDelay = std::max(1, seconds);
        job.currentRetryDelay = 0;
        return {};
    });
}

CallResult Engine::setNoProgressTimeout(const QUuid &id, int seconds)
{
    return HAUL_EDIT(id, {
        if (seconds < 0)
            return CallResult { ErrorCode::E_InvalidArg };
        job.noProgressTimeout = seconds;
        return {};
    });
}

CallResult Engine::setHeaders(const QUuid &id, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    return HAUL_EDIT(id, {
        job.headers = headers;
        return {};
    });
}

CallResult Engine::setConnections(const QUuid &id, int connections)
{
    return HAUL_EDIT(id, {
        if (connections < 1 || connections > 16)
            return CallResult { ErrorCode::E_InvalidArg };
        job.connections = connections;
        return {};
    });
}

CallResult Engine::setRateLimit(const QUuid &id, qint64 bytesPerSecond)
{
    const CallResult r = HAUL_EDIT(id, {
        if (bytesPerSecond < 0)
            return CallResult { ErrorCode::E_InvalidArg };
        job.rateLimit = bytesPerSecond;
        return {};
    });
    if (r.ok()) {
        onEngineThread([=] {
            if (const auto limiter = m_jobLimiters.value(id))
                limiter->setRate(bytesPerSecond);
            for (FileTransfer *transfer : m_transfers.values(id))
                transfer->setRateLimit(bytesPerSecond); // takes effect at once
        });
    }
    return r;
}

void Engine::setFilesAtOnce(int count)
{
    queueOnEngineThread([=] {
        m_settings.filesAtOnce = std::clamp(count, 1, 32);
        for (const QUuid &id : m_transfers.uniqueKeys()) {
            if (Job *job = find(id))
                startJob(*job);
        }
    });
}

void Engine::setGlobalRateLimit(qint64 bytesPerSecond)
{
    queueOnEngineThread([=] {
        m_settings.globalRateLimit = std::max<qint64>(0, bytesPerSecond);
        m_globalLimiter.setRate(m_settings.globalRateLimit);
    });
}

void Engine::setDefaultProxy(const ProxySettings &proxy)
{
    queueOnEngineThread([=] { m_settings.defaultProxy = proxy; });
}

CallResult Engine::setProxy(const QUuid &id, const ProxySettings &proxy)
{
    for (const QString &text : proxy.proxies) {
        if (!ProxyChoice::parseProxyUrl(text, false))
            return { ErrorCode::E_InvalidArg, -1, text };
    }
    if (proxy.mode == ProxySettings::Mode::Override && proxy.proxies.isEmpty())
        return { ErrorCode::E_InvalidArg };
    return HAUL_EDIT(id, {
        job.proxy = proxy;
        return {};
    });
}

CallResult Engine::setCredentials(const QUuid &id, CredentialTarget target, CredentialScheme scheme,
    const QString &user, const QString &secret)
{
    return onEngineThread([=] {
        const Job *job = find(id);
        if (const CallResult check = checkChangeable(job); !check.ok())
            return check;
        QList<Credential> &list = m_credentials[id];
        list.erase(
            std::remove_if(list.begin(), list.end(),
                [&](const Credential &c) { return c.target == target && c.scheme == scheme; }),
            list.end());
        list.append({ target, scheme, user, secret });
        if (m_vault->availability() != CredentialVault::Availability::Available)
            return CallResult {};
        const QString key = credentialKey(id, int(target), int(scheme));
        const QByteArray data = QJsonDocument(
            QJsonObject { { QStringLiteral("user"), user },
                { QStringLiteral("secret"),
                    secret } }).toJson(QJsonDocument::Compact);
        m_vault->save(key, data, [this, id, target, scheme](bool ok, const QString &why) {
            if (!ok) {
                qWarning("haul: the keychain refused the credentials (%s); they stay in memory",
                    qPrintable(why));
                m_vault->markUnavailable(why);
                return;
            }
            if (m_jobs.contains(id))
                m_store->addCredentialRef({ id, int(target), int(scheme) });
        });
        return CallResult {};
    });
}

QString Engine::credentialsMemoryOnlyReason() const
{
    return onEngineThread([this] {
        switch (m_vault->availability()) {
        case CredentialVault::Availability::Available:
            return QString();
        case CredentialVault::Availability::Unknown:
            return QStringLiteral("the keychain has not answered yet");
        case CredentialVault::Availability::Unavailable:
            break;
        }
        return m_vault->problem().isEmpty() ? QStringLiteral("no keychain is available")
                                            : m_vault->problem();
    });
}

void Engine::forgetCredentials(const QUuid &id)
{
    for (const Credential &c : m_credentials.value(id))
        m_vault->remove(credentialKey(id, int(c.target), int(c.scheme)));
    m_credentials.remove(id);
    m_store->removeCredentialRefs(id);
    if (!m_transfers.contains(id))
        dropNetworksOf(id);
}

CallResult Engine::removeCredentials(
    const QUuid &id, CredentialTarget target, CredentialScheme scheme)
{
    return onEngineThread([=] {
        const Job *job = find(id);
        if (const CallResult check = checkChangeable(job); !check.ok())
            return check;
        QList<Credential> &list = m_credentials[id];
        list.erase(
            std::remove_if(list.begin(), list.end(),
                [&](const Credential &c) { return c.target == target && c.scheme == scheme; }),
            list.end());
        return CallResult {};
    });
}

CallResult Engine::setRemoteUrl(const QUuid &id, int fileIndex, const QUrl &url)
{
    return onEngineThread([=] {
        const Job *job = find(id);
        if (job && (fileIndex < 0 || fileIndex >= job->files.size()))
            return CallResult { ErrorCode::E_InvalidArg, fileIndex };
        const CallResult check = checkRemoteUrl(url);
        if (!check.ok())
            return check;
        const bool wasMoving = job && m_transfers.contains(id);
        CallResult r = editJob(
            job,
            [&](Job &j) {
                // The next request carries If-Range with the old validator: the same entity
                // continues from the same offset, another one restarts from 0.
                j.files[fileIndex].remoteUrl = url;
                return CallResult {};
            },
            [this](Job &&j) { return commit(std::move(j)); });
        if (r.ok() && wasMoving) {
            stopTransfer(id);
            setState(m_jobs[id], JobState::Queued);
            requestSchedule();
        }
        return r;
    });
}

CallResult Engine::replaceRemotePrefix(
    const QUuid &id, const QString &oldPrefix, const QString &newPrefix)
{
    return onEngineThread([=] {
        const Job *job = find(id);
        const bool wasMoving = job && m_transfers.contains(id);
        CallResult r = editJob(
            job,
            [&](Job &j) {
                if (oldPrefix.isEmpty())
                    return CallResult { ErrorCode::E_InvalidArg };
                for (int i = 0; i < j.files.size(); ++i) {
                    const QString url = j.files[i].remoteUrl.toString();
                    if (!url.startsWith(oldPrefix))
                        continue;
                    const QUrl replaced(newPrefix + url.mid(oldPrefix.size()), QUrl::StrictMode);
                    CallResult check = checkRemoteUrl(replaced);
                    if (!check.ok()) {
                        check.fileIndex = i;
                        return check;
                    }
                    j.files[i].remoteUrl = replaced;
                }
                return CallResult {};
            },
            [this](Job &&j) { return commit(std::move(j)); });
        if (r.ok() && wasMoving) {
            stopTransfer(id);
            setState(m_jobs[id], JobState::Queued);
            requestSchedule();
        }
        return r;
    });
}

CallResult Engine::trustCertificate(const QUuid &id, CertificateInfo *trusted)
{
    return onEngineThread([=] {
        Job *job = find(id);
        if (!job)
            return CallResult { ErrorCode::E_NotFound };
        if (!job->error || job->error->context != ErrorContext::ServerCertificate
            || job->error->certificate.isNull())
            return CallResult { ErrorCode::E_InvalidState, -1,
                QStringLiteral("the job has no certificate error") };
        const CertificateInfo certificate = job->error->certificate;
        if (!m_store->addTrustedCertificate(certificate))
            return CallResult { ErrorCode::E_StoreFailed, -1, m_store->lastError() };
        m_trusted.insert({ certificate.host, certificate.sha256 });
        if (trusted)
            *trusted = certificate;
        return CallResult {};
    });
}

QList<CertificateInfo> Engine::trustedCertificates() const
{
    return onEngineThread([this] { return m_store->trustedCertificates(); });
}

CallResult Engine::revokeCertificate(const QString &host, const QString &sha256)
{
    return onEngineThread([=] {
        if (!m_trusted.contains({ host, sha256 }))
            return CallResult { ErrorCode::E_NotFound };
        if (!m_store->removeTrustedCertificate(host, sha256))
            return CallResult { ErrorCode::E_StoreFailed, -1, m_store->lastError() };
        m_trusted.remove({ host, sha256 });
        // Connections kept alive were accepted under the old trust: drop them.
        for (QNetworkAccessManager *network : std::as_const(m_networks))
            network->clearConnectionCache();
        return CallResult {};
    });
}

CallResult Engine::setDestination(const QUuid &id, int fileIndex, const QString &folder)
{
    return onEngineThread([=] {
        const Job *job = find(id);
        if (job && (fileIndex < 0 || fileIndex >= job->files.size()))
            return CallResult { ErrorCode::E_InvalidArg, fileIndex };
        const QFileInfo dir(folder);
        if (!dir.isDir())
            return CallResult { ErrorCode::E_LocalPathInvalid, fileIndex, folder };
        CallResult check = checkLocalPath(dir.absoluteFilePath());
        if (!check.ok())
            return check;
        const bool wasMoving = job && m_transfers.contains(id);
        if (wasMoving)
            stopTransfer(id);
        job = find(id);
        QString restartReason;
        CallResult r = editJob(
            job,
            [&](Job &j) {
                JobFile &file = j.files[fileIndex];
                if (file.completed)
                    return CallResult { ErrorCode::E_InvalidState, fileIndex };
                const QString newFolder = QDir::cleanPath(dir.absoluteFilePath());
                const QString oldTemp = file.tempPath();
                file.folder = newFolder;
                if (file.localPath.isEmpty())
                    return CallResult {}; // the name still comes from the server
                const QString name = QFileInfo(file.localPath).fileName();
                const QString newPath
                    = FileNameSanitizer::uniquePath(newFolder, name, [this](const QString &path) {
                          return QFileInfo::exists(path)
                              || QFileInfo::exists(path + QStringLiteral(".haul-part"))
                              || pathTaken(path);
                      });
                file.localPath = newPath;
                if (!QFileInfo::exists(oldTemp))
                    return CallResult {};
                // rename() within a filesystem, a copy across them; a copy that fails
                // leaves nothing behind and the file starts over in its new folder.
                if (QFile::rename(oldTemp, file.tempPath()))
                    return CallResult {};
                if (QFile::copy(oldTemp, file.tempPath())) {
                    QFile::remove(oldTemp);
                    return CallResult {};
                }
                QFile::remove(file.tempPath());
                restartReason = QStringLiteral("partial data could not be moved");
                file.bytesTransferred = 0;
                file.transferred = false;
                return CallResult {};
            },
            [this](Job &&j) { return commit(std::move(j)); });
        if (r.ok() && !restartReason.isEmpty())
            r.details = restartReason;
        if (wasMoving) {
            setState(m_jobs[id], JobState::Queued);
            requestSchedule();
        }
        return r;
    });
}

QList<JobEvent> Engine::history(const QUuid &id)
{
    return onEngineThread([=] { return m_store->loadEvents(id); });
}

void Engine::replayNotifications()
{
    queueOnEngineThread([this] {
        for (const QUuid &id : m_order) {
            const Job &job = m_jobs[id];
            if (job.notifyFlags & NotifyFlag::Disable)
                continue;
            if (job.state == JobState::Error && job.error && (job.notifyFlags & NotifyFlag::Error))
                emit jobError(id, *job.error);
            else if (job.state == JobState::Transferred
                && (job.notifyFlags & NotifyFlag::Transferred))
                emit jobTransferred(id);
        }
    });
}

void Engine::requestSchedule()
{
    if (m_scheduleRequested)
        return;
    m_scheduleRequested = true;
    QMetaObject::invokeMethod(
        m_context, [this] { schedule(); }, Qt::QueuedConnection);
}

void Engine::schedule()
{
    m_scheduleRequested = false;
    if (!m_open || !m_running)
        return;
    QList<Scheduler::Candidate> candidates;
    for (const QUuid &id : std::as_const(m_order)) {
        const Job &job = m_jobs[id];
        if (job.state == JobState::Queued || JobTypes::isActive(job.state))
            candidates.append(
                { id, job.priority, JobTypes::isActive(job.state), m_hashing.contains(id) });
    }
    const Scheduler::Plan plan = Scheduler::plan(candidates, m_settings.maxBackgroundJobs);
    for (const QUuid &id : plan.preempt) {
        stopTransfer(id);
        setState(m_jobs[id], JobState::Queued); // preempted by higher-priority work
    }
    for (const QUuid &id : plan.start) {
        if (Job *job = find(id); job && job->state == JobState::Queued)
            startJob(*job);
    }
}

void Engine::startJob(Job &job)
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
    if (job.state == JobState::Queued)
        setState(job, JobState::Connecting, true);
    std::shared_ptr<RateLimiter> &limiter = m_jobLimiters[id];
    if (!limiter)
        limiter = std::make_shared<RateLimiter>();
    limiter->setRate(job.rateLimit);
    // Network managers are keyed by the job's way out (its proxy choice), and by the job
    // when it has proxy credentials, so Qt's credential cache never answers another job.
    const ProxyChoice choice
        = ProxyChoice::forJob(job.proxy, QProcessEnvironment::systemEnvironment());
    const QList<Credential> credentials = m_credentials.value(id);
    const bool ownProxyCredentials = std::any_of(credentials.cbegin(), credentials.cend(),
        [](const Credential &c) { return c.target == CredentialTarget::Proxy; });
    const QUuid owner = ownProxyCredentials ? id : QUuid();
    const QString key = ownProxyCredentials
        ? choice.key() + QStringLiteral("|job:") + id.toString(QUuid::WithoutBraces)
        : choice.key();
    int running = int(m_transfers.count(id));
    for (int index = 0; index < job.files.size() && running < m_settings.filesAtOnce; ++index) {
        if (job.files.at(index).transferred || busy.contains(index))
            continue;
        FileTransfer::Options options;
        options.headers = job.headers;
        options.rateLimit = job.rateLimit;
        options.jobLimiter = limiter;
        options.stallTimeoutMs = m_settings.stallTimeoutSeconds * 1000;
        options.pathTaken = [this](const QString &path) { return pathTaken(path); };
        options.connections = job.connections;
        options.serverLimits = &m_serverLimits;
        options.trusted = [this](const QString &host, const QString &sha256) {
            return m_trusted.contains({ host, sha256 });
        };
        options.globalLimiter = &m_globalLimiter;
        options.networkFor = [this, key, choice, owner](int connection) {
            return networkFor(key, choice, owner, connection);
        };
        options.deferSync = true;
        options.directHttp = std::none_of(credentials.cbegin(), credentials.cend(),
            [](const Credential &c) { return c.target == CredentialTarget::Server; });
        auto *transfer = new FileTransfer(
            networkFor(key, choice, owner, 0), job.files.at(index), index, options, m_context);
        m_transfers.insert(id, transfer);
        ++running;
        connect(transfer, &FileTransfer::fileChanged, m_context,
            [this, id, transfer] { onFileChanged(id, transfer); });
        connect(transfer, &FileTransfer::bodyStarted, m_context, [this, id] { onBodyStarted(id); });
        connect(transfer, &FileTransfer::finished, m_context,
            [this, id, transfer] { onFileFinished(id, transfer); });
        connect(transfer, &FileTransfer::failed, m_context,
            [this, id, transfer](const JobError &error, int retryAfter) {
                onTransferFailed(id, transfer, error, retryAfter);
            });
        transfer->start();
        if (!m_transfers.contains(id, transfer))
            break; // it failed at once and the job stopped
        Job *current = find(id);
        if (!current || !JobTypes::isActive(current->state))
            break;
    }
}

void Engine::stopTransfer(const QUuid &id, bool keepData)
{
    m_hashing.remove(id);
    const QList<FileTransfer *> transfers = m_transfers.values(id);
    m_transfers.remove(id);
    for (FileTransfer *transfer : transfers) {
        transfer->disconnect(m_context);
        transfer->abort();
        if (Job *job = find(id); job && keepData)
            job->files[transfer->index()] = transfer->file();
        transfer->deleteLater();
    }
}

void Engine::onFileChanged(const QUuid &id, FileTransfer *transfer)
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

void Engine::onBodyStarted(const QUuid &id)
{
    Job *job = find(id);
    if (!job)
        return;
    job->error.reset(); // the error object lives until the job next transfers
    if (job->state != JobState::Transferring)
        setState(*job, JobState::Transferring, true);
}

void Engine::onFileFinished(const QUuid &id, FileTransfer *transfer)
{
    Job *job = find(id);
    if (!job || !m_transfers.contains(id, transfer))
        return;
    m_transfers.remove(id, transfer);
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
    connect(watcher, &QFutureWatcher<QString>::finished, m_context, [this, watcher, id, index] {
        const QString digest = watcher->result();
        watcher->deleteLater();
        onFileVerified(id, index, digest);
    });
    watcher->setFuture(QtConcurrent::run(sha256OfFile, file.tempPath()));
    startJob(*job); // the next file meanwhile
}

void Engine::onFileVerified(const QUuid &id, int index, const QString &digest)
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

void Engine::finishFile(Job &job, int index)
{
    job.files[index].transferred = true;
    touch(job);
    // Recorded once durable: finished files are synced together, a tenth of a second later
    // (or now, when the job is done), so a thousand small files are not a thousand syncs.
    m_unsynced[job.id].insert(index);
    if (!m_syncTimer->isActive())
        m_syncTimer->start();
    if (!(job.notifyFlags & NotifyFlag::Disable) && (job.notifyFlags & NotifyFlag::FileTransferred))
        emit fileTransferred(job.id, index);
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

namespace {
// Makes each temporary file durable: one syncfs per filesystem, fdatasync where syncfs
// fails. A temp file already gone was completed or cancelled: nothing to make durable.
QList<bool> makeDurable(const QStringList &temps)
{
    QSet<dev_t> synced;
    QList<bool> durable;
    durable.reserve(temps.size());
    for (const QString &temp : temps) {
        const QByteArray path = QFile::encodeName(temp);
        struct stat st
        {
        };
        bool done = false;
        if (::stat(path.constData(), &st) != 0) {
            done = errno == ENOENT;
        } else if (synced.contains(st.st_dev)) {
            done = true;
        } else {
            const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
            if (fd >= 0) {
                if (::syncfs(fd) == 0) {
                    synced.insert(st.st_dev);
                    done = true;
                } else {
                    done = ::fdatasync(fd) == 0;
                }
                ::close(fd);
            }
        }
        durable.append(done);
    }
    return durable;
}
} // namespace

void Engine::recordDurableFiles(const QList<QPair<QUuid, int>> &files, const QList<bool> &durable)
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

void Engine::takeBackgroundSync()
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

QStringList Engine::takeUnsynced(QList<QPair<QUuid, int>> *files)
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

void Engine::syncFinishedFilesInBackground()
{
    // A sync takes as long as the disk needs for everything written before it: the engine
    // thread goes on meanwhile, and the files are recorded once it returns.
    if (m_syncWatcher || m_unsynced.isEmpty())
        return;
    const QStringList temps = takeUnsynced(&m_syncing);
    m_syncWatcher = new QFutureWatcher<QList<bool>>(m_context);
    connect(m_syncWatcher, &QFutureWatcher<QList<bool>>::finished, m_context, [this] {
        takeBackgroundSync();
        if (!m_unsynced.isEmpty() && !m_syncTimer->isActive())
            m_syncTimer->start();
    });
    m_syncWatcher->setFuture(QtConcurrent::run(makeDurable, temps));
}

void Engine::syncFinishedFiles()
{
    m_syncTimer->stop();
    takeBackgroundSync();
    if (m_unsynced.isEmpty())
        return;
    QList<QPair<QUuid, int>> files;
    const QStringList temps = takeUnsynced(&files);
    recordDurableFiles(files, makeDurable(temps));
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

void Engine::enterError(Job &job, const JobError &error)
{
    job.error = error;
    job.retryAt = QDateTime();
    setState(job, JobState::Error);
}

void Engine::onTransferFailed(
    const QUuid &id, FileTransfer *transfer, JobError error, int retryAfter)
{
    Job *job = find(id);
    if (!job || !m_transfers.contains(id, transfer))
        return;
    m_transfers.remove(id, transfer);
    job->files[transfer->index()] = transfer->file();
    transfer->disconnect(m_context);
    transfer->deleteLater();
    stopTransfer(id); // the first error stops the job's other files, keeping their bytes
    ++job->errorCount;

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
    setState(*job, JobState::TransientError);
    requestSchedule();
}

void Engine::onTick()
{
    const QDateTime now = QDateTime::currentDateTime();
    for (const QUuid &id : m_order) {
        Job &job = m_jobs[id];
        if (job.state != JobState::TransientError)
            continue;
        if (job.error
            && RetryPolicy::givesUp(job.firstTransientErrorTime, now, job.noProgressTimeout)) {
            enterError(job, givenUp(*job.error, now));
        } else if (!job.retryAt.isValid() || job.retryAt <= now) {
            setState(job, JobState::Queued);
            requestSchedule();
        }
    }
    checkpoint(false);
    const QSet<QUuid> modified = std::exchange(m_modified, {});
    for (const QUuid &id : modified)
        emit jobModification(id);
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
        emit jobsChanged(snapshots, removed);
    }
}

void Engine::checkpoint(bool force)
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
        connect(watcher, &QFutureWatcher<bool>::finished, m_context,
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

void Engine::stallForTest(int ms)
{
    queueOnEngineThread([ms] { QThread::msleep(ulong(ms)); });
}
