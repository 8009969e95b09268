#include "credentialvault.h"

#include <qt6keychain/keychain.h>

CredentialVault::CredentialVault(QObject *parent)
    : QObject(parent)
{ }

QString CredentialVault::service()
{
    const QString custom = qEnvironmentVariable("HAUL_KEYCHAIN_SERVICE");
    return custom.isEmpty() ? QStringLiteral("io.github.haul.Haul") : custom;
}

void CredentialVault::probe(std::function<void()> done)
{
    auto *job = new QKeychain::ReadPasswordJob(service(), this);
    job->setAutoDelete(true);
    job->setKey(QStringLiteral("probe"));
    connect(job, &QKeychain::Job::finished, this, [this, done](QKeychain::Job *j) {
        const bool answers
            = j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound;
        m_availability = answers ? Availability::Available : Availability::Unavailable;
        if (answers)
            m_problem.clear();
        else if (j->error() == QKeychain::NoBackendAvailable || j->error() == QKeychain::OtherError)
            m_problem = QStringLiteral("no Secret Service or KWallet answered on the session bus");
        else
            m_problem = j->errorString();
        if (done)
            done();
    });
    job->start();
}

void CredentialVault::save(
    const QString &key, const QByteArray &data, std::function<void(bool, QString)> done)
{
    auto *job = new QKeychain::WritePasswordJob(service(), this);
    job->setAutoDelete(true);
    job->setKey(key);
    job->setBinaryData(data);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *j) {
        if (done)
            done(j->error() == QKeychain::NoError, j->errorString());
    });
    job->start();
}

void CredentialVault::load(const QString &key, std::function<void(bool, QByteArray)> done)
{
    auto *job = new QKeychain::ReadPasswordJob(service(), this);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *j) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(j);
        if (done)
            done(read->error() == QKeychain::NoError, read->binaryData());
    });
    job->start();
}

void CredentialVault::remove(const QString &key)
{
    auto *job = new QKeychain::DeletePasswordJob(service(), this);
    job->setAutoDelete(true);
    job->setKey(key);
    job->start();
}
