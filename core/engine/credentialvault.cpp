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
    return m_problem;
}

void CredentialVault::markUnavailable(const QString &why)
{
    QMutexLocker lock(&m_mutex);
    m_problem = why;
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
            {
                QMutexLocker lock(&m_mutex);
                if (answers)
                    m_problem.clear();
                else if (j->error() == QKeychain::NoBackendAvailable
                    || j->error() == QKeychain::OtherError)
                    m_problem = QStringLiteral(
                        "no Secret Service or KWallet answered on the session bus");
                else
                    m_problem = j->errorString();
                m_availability = answers ? Availability::Available : Availability::Unavailable;
            }
            if (done)
                reply(done);
        });
        job->start();
    });
}

void CredentialVault::save(
    const QString &key, const QByteArray &data, std::function<void(bool, QString)> done)
{
    QMetaObject::invokeMethod(this, [this, key, data, done] {
        auto *job = new QKeychain::WritePasswordJob(service(), keychainJobParent());
        job->setAutoDelete(true);
        job->setKey(key);
        job->setBinaryData(data);
        connect(job, &QKeychain::Job::finished, this, [this, done](QKeychain::Job *j) {
            const bool ok = j->error() == QKeychain::NoError;
            const QString why = j->errorString();
            if (done)
                reply([done, ok, why] { done(ok, why); });
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
