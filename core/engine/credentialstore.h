#pragma once

#include "core/engine/credential.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QUuid>
#include <functional>
#include <optional>

class CredentialVault;

// The credentials of jobs, in this process's memory, and their copies in the system
// keychain when one answers (CredentialVault). The memory side is pure and works without a
// vault; the vault's answers arrive on the engine thread, where this object lives.
class CredentialStore
{
public:
    // The keychain entry of one credential, as the job store names it.
    struct Key
    {
        QUuid job;
        CredentialTarget target;
        CredentialScheme scheme;
    };

    explicit CredentialStore(CredentialVault *vault = nullptr);

    // Replaces the job's credential of the same target and scheme. With a keychain, saves
    // it there too; `saved` runs once it is (the caller remembers the key in its store).
    void set(
        const QUuid &job, const Credential &credential, const std::function<void()> &saved = {});
    void remove(const QUuid &job, CredentialTarget target, CredentialScheme scheme);
    // The job ended: from memory and from the keychain.
    void forget(const QUuid &job);
    void clear(); // memory only: the keychain keeps them for the next opening

    QList<Credential> of(const QUuid &job) const;
    // The first credential the job has for `target`.
    std::optional<Credential> find(const QUuid &job, CredentialTarget target) const;
    bool has(const QUuid &job, CredentialTarget target) const
    {
        return find(job, target).has_value();
    }

    // Credentials kept in the keychain come back once it answers, for the jobs `wanted`
    // still names.
    void restore(const QList<Key> &keys, const std::function<bool(const QUuid &)> &wanted);
    // One keychain entry read back; false when the job set that credential again
    // meanwhile (that one wins).
    bool restoreEntry(const Key &key, const QByteArray &data);

    // Empty when a keychain keeps them; else why not (the caller tells the user).
    QString memoryOnlyReason() const;

    static QString keychainKey(const Key &key);
    static QByteArray encode(const Credential &credential);

private:
    QHash<QUuid, QList<Credential>> m_credentials;
    CredentialVault *m_vault;
};
