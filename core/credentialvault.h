#pragma once

#include <QObject>
#include <QString>
#include <functional>

// The system keychain, through QtKeychain (the Secret Service or KWallet on Linux, the
// Credential Manager on Windows), for the credentials of jobs. Asynchronous: answers come
// on the thread that owns the vault. Nothing is ever written anywhere else; where no
// keychain answers, callers keep credentials in memory only and say so.
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

    explicit CredentialVault(QObject *parent = nullptr);

    // Finds out whether a keychain answers; `done` runs once it is known.
    void probe(std::function<void()> done = {});
    Availability availability() const { return m_availability; }
    QString problem() const { return m_problem; } // why not, from the keychain
    void save(const QString &key, const QByteArray &data, std::function<void(bool, QString)> done);
    void load(const QString &key, std::function<void(bool found, QByteArray data)> done);
    void remove(const QString &key);
    // "io.github.haul.Haul", or $HAUL_KEYCHAIN_SERVICE (tests use their own).
    static QString service();

private:
    Availability m_availability = Availability::Unknown;
    QString m_problem;
};
