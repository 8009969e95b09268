#pragma once

#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QString>
#include <atomic>
#include <functional>

// The system keychain, through QtKeychain (the Secret Service or KWallet on Linux, the
// Credential Manager on Windows), for the credentials of jobs. QtKeychain runs its jobs
// through one process-wide executor, so the vault does all its keychain work on the
// application's main thread, whatever thread calls it; answers come back on the thread
// of `replyContext` (the engine's), and not at all once that object is gone. Nothing is
// ever written anywhere else; where no keychain answers, callers keep credentials in
// memory only and say so.
class CredentialVault : public QObject
{
    Q_OBJECT
public:
    enum class Availability
    {
        Unknown, // the probe has not answered yet
        Available,
        Unavailable,
    };

    explicit CredentialVault(QObject *replyContext);

    // Finds out whether a keychain answers; `done` runs once it is known.
    void probe(std::function<void()> done = {});
    Availability availability() const { return m_availability.load(); }
    // Why not, in the user's language: a clause for a translated sentence. The keychain's
    // own text (English, "Object does not exist at path …") only goes to the log.
    QString problem() const;
    // The clause for a QtKeychain error code (QKeychain::Error).
    static QString reasonFor(int keychainError);
    // A save failed although the probe answered (a locked keyring, a missing collection):
    // from now on the keychain counts as unavailable, for that QKeychain::Error.
    void markUnavailable(int keychainError);
    // `done(ok, keychainError)`.
    void save(const QString &key, const QByteArray &data, std::function<void(bool, int)> done);
    void load(const QString &key, std::function<void(bool found, QByteArray data)> done);
    void remove(const QString &key);
    // "io.github.haul.Haul", or $HAUL_KEYCHAIN_SERVICE (tests use their own).
    static QString service();

private:
    void reply(std::function<void()> f); // runs f on the reply context's thread

    QPointer<QObject> m_replyContext;
    std::atomic<Availability> m_availability { Availability::Unknown };
    mutable QMutex m_mutex;
    int m_problem = 0; // QKeychain::Error, NoError while none
};
