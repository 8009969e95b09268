#include "core/engine/credentialstore.h"

#include "core/engine/credentialvault.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

CredentialStore::CredentialStore(CredentialVault *vault)
    : m_vault(vault)
{ }

QString CredentialStore::keychainKey(const Key &key)
{
    return QStringLiteral("%1/%2/%3")
        .arg(key.job.toString(QUuid::WithoutBraces))
        .arg(int(key.target))
        .arg(int(key.scheme));
}

QByteArray CredentialStore::encode(const Credential &credential)
{
    return QJsonDocument(QJsonObject { { QStringLiteral("user"), credential.user },
                             { QStringLiteral("secret"), credential.secret } })
        .toJson(QJsonDocument::Compact);
}

void CredentialStore::set(
    const QUuid &job, const Credential &credential, const std::function<void()> &saved)
{
    remove(job, credential.target, credential.scheme);
    m_credentials[job].append(credential);
    if (!m_vault || m_vault->availability() != CredentialVault::Availability::Available)
        return;
    const QString key = keychainKey({ job, credential.target, credential.scheme });
    m_vault->save(key, encode(credential), [vault = m_vault, saved](bool ok, int error) {
        if (!ok) {
            // The vault logged the keychain's own words; the credentials stay in memory.
            vault->markUnavailable(error);
            return;
        }
        if (saved)
            saved();
    });
}

void CredentialStore::remove(const QUuid &job, CredentialTarget target, CredentialScheme scheme)
{
    QList<Credential> &list = m_credentials[job];
    list.erase(std::remove_if(list.begin(), list.end(),
                   [&](const Credential &c) { return c.target == target && c.scheme == scheme; }),
        list.end());
}

void CredentialStore::forget(const QUuid &job)
{
    if (m_vault) {
        for (const Credential &c : m_credentials.value(job))
            m_vault->remove(keychainKey({ job, c.target, c.scheme }));
    }
    m_credentials.remove(job);
}

void CredentialStore::clear()
{
    m_credentials.clear();
}

QList<Credential> CredentialStore::of(const QUuid &job) const
{
    return m_credentials.value(job);
}

std::optional<Credential> CredentialStore::find(const QUuid &job, CredentialTarget target) const
{
    for (const Credential &c : m_credentials.value(job)) {
        if (c.target == target)
            return c;
    }
    return std::nullopt;
}

void CredentialStore::restore(
    const QList<Key> &keys, const std::function<bool(const QUuid &)> &wanted)
{
    if (!m_vault)
        return;
    m_vault->probe([this, keys, wanted] {
        for (const Key &key : keys) {
            m_vault->load(
                keychainKey(key), [this, key, wanted](bool found, const QByteArray &data) {
                    if (found && wanted(key.job))
                        restoreEntry(key, data);
                });
        }
    });
}

bool CredentialStore::restoreEntry(const Key &key, const QByteArray &data)
{
    QList<Credential> &list = m_credentials[key.job];
    for (const Credential &c : list) {
        if (c.target == key.target && c.scheme == key.scheme)
            return false; // set again meanwhile: that one wins
    }
    const QJsonObject o = QJsonDocument::fromJson(data).object();
    list.append({ key.target, key.scheme, o.value(QStringLiteral("user")).toString(),
        o.value(QStringLiteral("secret")).toString() });
    return true;
}

QString CredentialStore::memoryOnlyReason() const
{
    // Clauses for the caller's translated sentence ("No keychain is available (%1): …").
    if (!m_vault)
        return QCoreApplication::translate("CredentialVault", "this Haul runs without one");
    switch (m_vault->availability()) {
    case CredentialVault::Availability::Available:
        return QString();
    case CredentialVault::Availability::Unknown:
        return QCoreApplication::translate("CredentialVault", "the keychain has not answered yet");
    case CredentialVault::Availability::Unavailable:
        break;
    }
    const QString why = m_vault->problem();
    return why.isEmpty()
        ? QCoreApplication::translate("CredentialVault", "this Haul runs without one")
        : why;
}
