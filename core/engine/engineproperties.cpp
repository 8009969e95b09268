// Engine, part two: job properties, credentials, addresses, destinations and the
// certificates the user trusts.
#include "core/engine/engine.h"

#include "core/engine/certificatetrust.h"
#include "core/engine/credentialstore.h"
#include "core/engine/engineprivate.h"
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
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <type_traits>
#include <unistd.h>

using namespace EngineDetail;

bool EnginePrivate::pathTaken(const QString &path) const
{
    if (QFileInfo::exists(path) || QFileInfo::exists(path + QStringLiteral(".haul-part")))
        return true;
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

CallResult EnginePrivate::setDisplayName(const QUuid &id, const QString &name)
{
    return HAUL_EDIT(id, {
        job.displayName = name;
        return {};
    });
}

CallResult EnginePrivate::setDescription(const QUuid &id, const QString &description)
{
    return HAUL_EDIT(id, {
        job.description = description;
        return {};
    });
}

CallResult EnginePrivate::setPriority(const QUuid &id, JobPriority priority)
{
    CallResult r = HAUL_EDIT(id, {
        job.priority = priority;
        return {};
    });
    onEngineThread([this] { requestSchedule(); });
    return r;
}

CallResult EnginePrivate::setNotifyFlags(const QUuid &id, quint32 flags)
{
    return HAUL_EDIT(id, {
        job.notifyFlags = flags & 0x1F;
        return {};
    });
}

CallResult EnginePrivate::setMinimumRetryDelay(const QUuid &id, int seconds)
{
    return HAUL_EDIT(id, {
        if (seconds < 0)
            return CallResult { ErrorCode::E_InvalidArg };
        job.minimumRetryDelay = std::max(1, seconds);
        job.currentRetryDelay = 0;
        return {};
    });
}

CallResult EnginePrivate::setNoProgressTimeout(const QUuid &id, int seconds)
{
    return HAUL_EDIT(id, {
        if (seconds < 0)
            return CallResult { ErrorCode::E_InvalidArg };
        job.noProgressTimeout = seconds;
        return {};
    });
}

CallResult EnginePrivate::setHeaders(
    const QUuid &id, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    for (const auto &[name, value] : headers)
        if (!HttpHeaders::isSendable(name, value))
            return CallResult { ErrorCode::E_InvalidArg, -1,
                QStringLiteral("header %1: a line break or NUL, or a name that is no token")
                    .arg(QString::fromLatin1(name.left(40).toPercentEncoding())) };
    return HAUL_EDIT(id, {
        job.headers = headers;
        return {};
    });
}

CallResult EnginePrivate::setConnections(const QUuid &id, int connections)
{
    return HAUL_EDIT(id, {
        if (connections < 1 || connections > 16)
            return CallResult { ErrorCode::E_InvalidArg };
        job.connections = connections;
        return {};
    });
}

CallResult EnginePrivate::setRateLimit(const QUuid &id, qint64 bytesPerSecond)
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

void EnginePrivate::setFilesAtOnce(int count)
{
    queueOnEngineThread([=] {
        m_settings.filesAtOnce = std::clamp(count, 1, 32);
        for (const QUuid &id : m_transfers.uniqueKeys()) {
            if (Job *job = find(id))
                startJob(*job);
        }
    });
}

void EnginePrivate::setGlobalRateLimit(qint64 bytesPerSecond)
{
    queueOnEngineThread([=] {
        m_settings.globalRateLimit = std::max<qint64>(0, bytesPerSecond);
        m_globalLimiter.setRate(m_settings.globalRateLimit);
        applyScheduleLimit(); // the schedule's limit never goes above it
    });
}

void EnginePrivate::setDefaultProxy(const ProxySettings &proxy)
{
    queueOnEngineThread([=] { m_settings.defaultProxy = proxy; });
}

CallResult EnginePrivate::setProxy(const QUuid &id, const ProxySettings &proxy)
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

CallResult EnginePrivate::setCredentials(const QUuid &id, CredentialTarget target,
    CredentialScheme scheme, const QString &user, const QString &secret)
{
    return onEngineThread([=] {
        const Job *job = find(id);
        if (const CallResult check = checkChangeable(job); !check.ok())
            return check;
        // Once the keychain keeps it, the store names it, so that it comes back.
        m_credentials->set(id, { target, scheme, user, secret }, [this, id, target, scheme] {
            if (m_jobs.contains(id))
                m_store->addCredentialRef({ id, int(target), int(scheme) });
        });
        return CallResult {};
    });
}

QString EnginePrivate::credentialsMemoryOnlyReason() const
{
    return onEngineThread([this] { return m_credentials->memoryOnlyReason(); });
}

void EnginePrivate::forgetCredentials(const QUuid &id)
{
    m_credentials->forget(id);
    m_store->removeCredentialRefs(id);
    if (!m_transfers.contains(id))
        dropNetworksOf(id);
}

CallResult EnginePrivate::removeCredentials(
    const QUuid &id, CredentialTarget target, CredentialScheme scheme)
{
    return onEngineThread([=] {
        const Job *job = find(id);
        if (const CallResult check = checkChangeable(job); !check.ok())
            return check;
        m_credentials->remove(id, target, scheme);
        return CallResult {};
    });
}

CallResult EnginePrivate::setRemoteUrl(const QUuid &id, int fileIndex, const QUrl &url)
{
    return onEngineThread([=] {
        const Job *job = find(id);
        if (job && (fileIndex < 0 || fileIndex >= job->files.size()))
            return CallResult { ErrorCode::E_InvalidArg, fileIndex };
        const CallResult check = Intake::checkRemoteUrl(url);
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

CallResult EnginePrivate::replaceRemotePrefix(
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
                    CallResult check = Intake::checkRemoteUrl(replaced);
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

CallResult EnginePrivate::trustCertificate(const QUuid &id, CertificateInfo *trusted)
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
        if (const CallResult r = m_trust->trust(certificate); !r.ok())
            return r;
        if (trusted)
            *trusted = certificate;
        return CallResult {};
    });
}

QList<CertificateInfo> EnginePrivate::trustedCertificates() const
{
    return onEngineThread([this] { return m_trust->list(); });
}

CallResult EnginePrivate::revokeCertificate(const QString &host, const QString &sha256)
{
    return onEngineThread([=] {
        if (const CallResult r = m_trust->revoke(host, sha256); !r.ok())
            return r;
        // Connections kept alive were accepted under the old trust: drop them.
        for (QNetworkAccessManager *network : std::as_const(m_networks))
            network->clearConnectionCache();
        return CallResult {};
    });
}

CallResult EnginePrivate::setDestination(const QUuid &id, int fileIndex, const QString &folder)
{
    return onEngineThread([=] {
        const Job *job = find(id);
        if (job && (fileIndex < 0 || fileIndex >= job->files.size()))
            return CallResult { ErrorCode::E_InvalidArg, fileIndex };
        const QFileInfo dir(folder);
        if (!dir.isDir())
            return CallResult { ErrorCode::E_LocalPathInvalid, fileIndex, folder };
        CallResult check = Intake::checkLocalPath(dir.absoluteFilePath());
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
                const QString newPath = FileNameSanitizer::uniquePath(
                    newFolder, name, [this](const QString &path) { return pathTaken(path); });
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

QList<JobEvent> EnginePrivate::history(const QUuid &id)
{
    return onEngineThread([=] { return m_store->loadEvents(id); });
}

void EnginePrivate::replayNotifications()
{
    queueOnEngineThread([this] {
        for (const QUuid &id : m_order) {
            const Job &job = m_jobs[id];
            if (job.notifyFlags & NotifyFlag::Disable)
                continue;
            if (job.state == JobState::Error && job.error && (job.notifyFlags & NotifyFlag::Error))
                emit q->jobError(id, *job.error);
            else if (job.state == JobState::Transferred
                && (job.notifyFlags & NotifyFlag::Transferred))
                emit q->jobTransferred(id);
        }
    });
}

Engine::Settings EnginePrivate::settings() const
{
    return onEngineThread([this] { return m_settings; });
}

void EnginePrivate::setMaxBackgroundJobs(int count)
{
    queueOnEngineThread([this, count] {
        m_settings.maxBackgroundJobs = std::max(1, count);
        requestSchedule();
    });
}

void EnginePrivate::setStallTimeout(int seconds)
{
    queueOnEngineThread([this, seconds] { m_settings.stallTimeoutSeconds = std::max(1, seconds); });
}
