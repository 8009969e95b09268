// The Engine facade: each call hands over to EnginePrivate (engineprivate.h), which hops
// to the engine thread where it must; nothing here holds state of its own.
#include "core/engine/engine.h"

#include "core/engine/engineprivate.h"

Engine::Engine(QObject *parent)
    : Engine(Settings(), parent)
{ }

Engine::Engine(Settings settings, QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<JobError>("JobError");
    d = std::make_unique<EnginePrivate>(this, settings);
}

Engine::~Engine()
{
    d->stop(); // before `d` goes: work queued earlier still runs through it
}

QObject *Engine::engineContext() const
{
    return d->context();
}

Engine::OpenResult Engine::open(const QString &storePath, OpenMode mode)
{
    // The user's schedule holds from the first moment: no held job starts in between.
    if (mode == OpenMode::Run && !d->scheduleSet())
        d->setSchedule(Schedule::load());
    return d->open(storePath, mode);
}

void Engine::close()
{
    d->close();
}

Engine::Settings Engine::settings() const
{
    return d->settings();
}

void Engine::setMaxBackgroundJobs(int count)
{
    d->setMaxBackgroundJobs(count);
}

void Engine::setStallTimeout(int seconds)
{
    d->setStallTimeout(seconds);
}

void Engine::setGlobalRateLimit(qint64 bytesPerSecond)
{
    d->setGlobalRateLimit(bytesPerSecond);
}

void Engine::setFilesAtOnce(int count)
{
    d->setFilesAtOnce(count);
}

void Engine::setConnectionsPerHost(int count)
{
    d->setConnectionsPerHost(count);
}

void Engine::setDefaultProxy(const ProxySettings &proxy)
{
    d->setDefaultProxy(proxy);
}

CallResult Engine::createJob(const QString &displayName, JobPriority priority, QUuid *id)
{
    return d->createJob(displayName, priority, id);
}

CallResult Engine::addFile(
    const QUuid &id, const QUrl &remoteUrl, const QString &localPath, const QString &expectedSha256)
{
    return d->addFile(id, remoteUrl, localPath, expectedSha256);
}

CallResult Engine::addFiles(const QUuid &id, const QList<FileToAdd> &files)
{
    return d->addFiles(id, files);
}

CallResult Engine::resume(const QUuid &id)
{
    return d->resume(id);
}

CallResult Engine::suspend(const QUuid &id)
{
    return d->suspend(id);
}

CallResult Engine::moveInQueue(const QUuid &id, QueueMove move)
{
    return d->moveInQueue(id, move);
}

CallResult Engine::restart(const QUuid &id)
{
    return d->restart(id);
}

CallResult Engine::cancel(const QUuid &id)
{
    return d->cancel(id);
}

CallResult Engine::complete(const QUuid &id)
{
    return d->complete(id);
}

CallResult Engine::removeJob(const QUuid &id)
{
    return d->removeJob(id);
}

std::optional<Job> Engine::job(const QUuid &id) const
{
    return d->job(id);
}

QList<Job> Engine::jobs() const
{
    return d->jobs();
}

QList<JobEvent> Engine::history(const QUuid &id)
{
    return d->history(id);
}

CallResult Engine::error(const QUuid &id, JobError *error) const
{
    return d->error(id, error);
}

CallResult Engine::setDisplayName(const QUuid &id, const QString &name)
{
    return d->setDisplayName(id, name);
}

CallResult Engine::setDescription(const QUuid &id, const QString &description)
{
    return d->setDescription(id, description);
}

CallResult Engine::setPriority(const QUuid &id, JobPriority priority)
{
    return d->setPriority(id, priority);
}

CallResult Engine::setNotifyFlags(const QUuid &id, quint32 flags)
{
    return d->setNotifyFlags(id, flags);
}

CallResult Engine::setMinimumRetryDelay(const QUuid &id, int seconds)
{
    return d->setMinimumRetryDelay(id, seconds);
}

CallResult Engine::setNoProgressTimeout(const QUuid &id, int seconds)
{
    return d->setNoProgressTimeout(id, seconds);
}

CallResult Engine::setHeaders(const QUuid &id, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    return d->setHeaders(id, headers);
}

CallResult Engine::setConnections(const QUuid &id, int connections)
{
    return d->setConnections(id, connections);
}

CallResult Engine::setRateLimit(const QUuid &id, qint64 bytesPerSecond)
{
    return d->setRateLimit(id, bytesPerSecond);
}

CallResult Engine::setProxy(const QUuid &id, const ProxySettings &proxy)
{
    return d->setProxy(id, proxy);
}

CallResult Engine::setCredentials(const QUuid &id, CredentialTarget target, CredentialScheme scheme,
    const QString &user, const QString &secret)
{
    return d->setCredentials(id, target, scheme, user, secret);
}

CallResult Engine::removeCredentials(
    const QUuid &id, CredentialTarget target, CredentialScheme scheme)
{
    return d->removeCredentials(id, target, scheme);
}

QString Engine::credentialsMemoryOnlyReason() const
{
    return d->credentialsMemoryOnlyReason();
}

CallResult Engine::setRemoteUrl(const QUuid &id, int fileIndex, const QUrl &url)
{
    return d->setRemoteUrl(id, fileIndex, url);
}

CallResult Engine::replaceRemotePrefix(
    const QUuid &id, const QString &oldPrefix, const QString &newPrefix)
{
    return d->replaceRemotePrefix(id, oldPrefix, newPrefix);
}

CallResult Engine::setDestination(const QUuid &id, int fileIndex, const QString &folder)
{
    return d->setDestination(id, fileIndex, folder);
}

CallResult Engine::trustCertificate(const QUuid &id, CertificateInfo *trusted)
{
    return d->trustCertificate(id, trusted);
}

QList<CertificateInfo> Engine::trustedCertificates() const
{
    return d->trustedCertificates();
}

CallResult Engine::revokeCertificate(const QString &host, const QString &sha256)
{
    return d->revokeCertificate(host, sha256);
}

void Engine::replayNotifications()
{
    d->replayNotifications();
}

void Engine::stallForTest(int ms)
{
    d->stallForTest(ms);
}
