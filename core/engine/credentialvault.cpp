#include "core/engine/credentialvault.h"

#include <QCoreApplication>
#include <QThread>
#include <qt6keychain/keychain.h>

namespace {
// A keychain job lives until libsecret answers, even when the vault that asked is gone:
// deleting it earlier (as the vault's child) left libsecret calling back into freed memory.
// Its connections to the vault end with the vault, so a late answer reaches no one.
QObject *keychainJobParent()
{
    return QCoreApplication::instance();
}
} // namespace

CredentialVault::CredentialVault(QObject *replyContext)
    : m_replyContext(replyContext)
{
    if (QCoreApplication::instance())
        moveToThread(QCoreApplication::instance()->thread());
}

QString CredentialVault::service()
{
    const QString custom = qEnvironmentVariable("HAUL_KEYCHAIN_SERVICE");
    return custom.isEmpty() ? QStringLiteral("io.github.haul.Haul") : custom;
}

QString CredentialVault::problem() const
{
    QMutexLocker lock(&m_mutex);
    return m_problem == QKeychain::NoError ? QString() : reasonFor(m_problem);
}

QString CredentialVault::reasonFor(int keychainError)
{
    switch (keychainError) {
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
        return QString();
    case QKeychain::AccessDeniedByUser:
        return QCoreApplication::translate("CredentialVault", "access to the keychain was refused");
    case QKeychain::AccessDenied:
        return QCoreApplication::translate(
            "CredentialVault", "the keychain refused access, it may be locked");
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return QCoreApplication::translate(
            "CredentialVault", "no Secret Service or KWallet answered on the session bus");
    default:
        break;
    }
    // OtherError: with the Secret Service, most often a locked keyring or one without a
    // default collection ("Object does not exist at path …").
    return QCoreApplication::translate("CredentialVault",
        "the keychain did not store them; it may be locked or have no default keyring");
}

void CredentialVault::markUnavailable(int keychainError)
{
    QMutexLocker lock(&m_mutex);
    m_problem = keychainError == QKeychain::NoError ? int(QKeychain::OtherError) : keychainError;
    m_availability = Availability::Unavailable;
}

void CredentialVault::reply(std::function<void()> f)
{
    QObject *context = m_replyContext.data();
    if (context)
        QMetaObject::invokeMethod(context, std::move(f), Qt::QueuedConnection);
}

void CredentialVault::probe(std::function<void()> done)
{
    QMetaObject::invokeMethod(this, [this, done] {
        auto *job = new QKeychain::ReadPasswordJob(service(), keychainJobParent());
        job->setAutoDelete(true);
        job->setKey(QStringLiteral("probe"));
        connect(job, &QKeychain::Job::finished, this, [this, done](QKeychain::Job *j) {
            const bool answers
                = j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound;
            if (!answers)
                qInfo("haul: no keychain: %s", qPrintable(j->errorString()));
            {
                QMutexLocker lock(&m_mutex);
                // A probe that gets no answer at all is a missing service, not a refusal.
                m_problem = answers                       ? int(QKeychain::NoError)
                    : j->error() == QKeychain::OtherError ? int(QKeychain::NoBackendAvailable)
                                                          : int(j->error());
                m_availability = answers ? Availability::Available : Availability::Unavailable;
            }
            if (done)
                reply(done);
        });
        job->start();
    });
}

void CredentialVault::save(
    const QString &key, const QByteArray &data, std::function<void(bool, int)> done)
{
    QMetaObject::invokeMethod(this, [this, key, data, done] {
        auto *job = new QKeychain::WritePasswordJob(service(), keychainJobParent());
        job->setAutoDelete(true);
        job->setKey(key);
        job->setBinaryData(data);
        connect(job, &QKeychain::Job::finished, this, [this, done](QKeychain::Job *j) {
            const bool ok = j->error() == QKeychain::NoError;
            if (!ok)
                qWarning(
                    "haul: the keychain refused the credentials: %s", qPrintable(j->errorString()));
            const int error = int(j->error());
            if (done)
                reply([done, ok, error] { done(ok, error); });
        });
        job->start();
    });
}

void CredentialVault::load(const QString &key, std::function<void(bool, QByteArray)> done)
{
    QMetaObject::invokeMethod(this, [this, key, done] {
        auto *job = new QKeychain::ReadPasswordJob(service(), keychainJobParent());
        job->setAutoDelete(true);
        job->setKey(key);
        connect(job, &QKeychain::Job::finished, this, [this, done](QKeychain::Job *j) {
            auto *read = static_cast<QKeychain::ReadPasswordJob *>(j);
            const bool found = read->error() == QKeychain::NoError;
            const QByteArray data = read->binaryData();
            if (done)
                reply([done, found, data] { done(found, data); });
        });
        job->start();
    });
}

void CredentialVault::remove(const QString &key)
{
    QMetaObject::invokeMethod(this, [this, key] {
        auto *job = new QKeychain::DeletePasswordJob(service(), keychainJobParent());
        job->setAutoDelete(true);
        job->setKey(key);
        job->start();
    });
}
