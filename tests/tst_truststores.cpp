// The credential store and the certificate trust alone: credentials in memory (no
// keychain), and trusted certificates in a real SQLite store in a temporary folder.
#include "core/engine/certificatetrust.h"
#include "core/engine/credentialstore.h"
#include "core/model/errorcodes.h"
#include "core/store/jobstore.h"

#include <QTemporaryDir>
#include <QTest>

namespace {
const QUuid JobA = QUuid(1u, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
const QUuid JobB = QUuid(2u, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

Credential server(const QString &user, CredentialScheme scheme = CredentialScheme::Basic)
{
    return { CredentialTarget::Server, scheme, user, QStringLiteral("secret-") + user };
}

Credential proxy(const QString &user)
{
    return { CredentialTarget::Proxy, CredentialScheme::Basic, user, QStringLiteral("p") };
}

CertificateInfo certificate(const QString &host, QChar digit)
{
    CertificateInfo c;
    c.host = host;
    c.subject = QStringLiteral("CN=") + host;
    c.sha256 = QString(64, digit);
    return c;
}
} // namespace

class TestTrustStores : public QObject
{
    Q_OBJECT

private slots:
    void aCredentialReplacesTheOneOfTheSameTargetAndScheme()
    {
        CredentialStore store;
        store.set(JobA, server(QStringLiteral("ann")));
        store.set(JobA, server(QStringLiteral("bob")));
        store.set(JobA, server(QStringLiteral("cid"), CredentialScheme::Digest));
        const QList<Credential> list = store.of(JobA);
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).user, QStringLiteral("bob"));
        QCOMPARE(list.at(1).user, QStringLiteral("cid"));
    }

    void eachJobHasItsOwnCredentials()
    {
        CredentialStore store;
        store.set(JobA, server(QStringLiteral("ann")));
        store.set(JobB, proxy(QStringLiteral("bob")));
        QVERIFY(store.has(JobA, CredentialTarget::Server));
        QVERIFY(!store.has(JobA, CredentialTarget::Proxy));
        QVERIFY(store.has(JobB, CredentialTarget::Proxy));
        QCOMPARE(store.find(JobB, CredentialTarget::Proxy)->user, QStringLiteral("bob"));
        QVERIFY(!store.find(JobB, CredentialTarget::Server));
    }

    void removingOneCredentialKeepsTheOthers()
    {
        CredentialStore store;
        store.set(JobA, server(QStringLiteral("ann")));
        store.set(JobA, proxy(QStringLiteral("bob")));
        store.remove(JobA, CredentialTarget::Server, CredentialScheme::Basic);
        QVERIFY(!store.has(JobA, CredentialTarget::Server));
        QVERIFY(store.has(JobA, CredentialTarget::Proxy));
    }

    void aForgottenJobHasNoCredentialsLeft()
    {
        CredentialStore store;
        store.set(JobA, server(QStringLiteral("ann")));
        store.set(JobB, server(QStringLiteral("bob")));
        store.forget(JobA);
        QVERIFY(store.of(JobA).isEmpty());
        QCOMPARE(store.of(JobB).size(), 1);
        store.clear();
        QVERIFY(store.of(JobB).isEmpty());
    }

    void aKeychainEntryComesBackUnlessSetAgainMeanwhile()
    {
        CredentialStore store;
        const CredentialStore::Key key { JobA, CredentialTarget::Server, CredentialScheme::Basic };
        QVERIFY(store.restoreEntry(key, CredentialStore::encode(server(QStringLiteral("ann")))));
        QCOMPARE(store.find(JobA, CredentialTarget::Server)->secret, QStringLiteral("secret-ann"));

        store.set(JobB, server(QStringLiteral("new")));
        const CredentialStore::Key other { JobB, CredentialTarget::Server,
            CredentialScheme::Basic };
        QVERIFY(!store.restoreEntry(other, CredentialStore::encode(server(QStringLiteral("old")))));
        QCOMPARE(store.of(JobB).size(), 1);
        QCOMPARE(store.of(JobB).at(0).user, QStringLiteral("new"));
    }

    void theKeychainKeyNamesJobTargetAndScheme()
    {
        const CredentialStore::Key key { JobA, CredentialTarget::Proxy, CredentialScheme::Ntlm };
        QCOMPARE(CredentialStore::keychainKey(key),
            JobA.toString(QUuid::WithoutBraces) + QStringLiteral("/1/2"));
    }

    void withoutAKeychainCredentialsAreSaidToLiveInMemory()
    {
        CredentialStore store;
        QVERIFY(!store.memoryOnlyReason().isEmpty());
    }

    void aTrustedCertificateIsTrustedForItsHostOnly()
    {
        QTemporaryDir dir;
        JobStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("s.sqlite"))).ok());
        CertificateTrust trust(store);
        trust.reload();
        const CertificateInfo c = certificate(QStringLiteral("a.example"), QLatin1Char('a'));
        QVERIFY(!trust.isTrusted(c.host, c.sha256));
        QVERIFY(trust.trust(c).ok());
        QVERIFY(trust.isTrusted(c.host, c.sha256));
        QVERIFY(!trust.isTrusted(QStringLiteral("b.example"), c.sha256));
        QVERIFY(!trust.isTrusted(c.host, QString(64, QLatin1Char('b'))));
        QCOMPARE(trust.list().size(), 1);
        QCOMPARE(trust.list().at(0).subject, c.subject);
    }

    void theTrustOutlivesTheProcessInTheStore()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.sqlite"));
        const CertificateInfo c = certificate(QStringLiteral("a.example"), QLatin1Char('a'));
        {
            JobStore store;
            QVERIFY(store.open(path).ok());
            CertificateTrust trust(store);
            QVERIFY(trust.trust(c).ok());
        }
        JobStore store;
        QVERIFY(store.open(path).ok());
        CertificateTrust trust(store);
        QVERIFY(!trust.isTrusted(c.host, c.sha256)); // not read yet
        trust.reload();
        QVERIFY(trust.isTrusted(c.host, c.sha256));
    }

    void aRevokedCertificateIsNoLongerTrusted()
    {
        QTemporaryDir dir;
        JobStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("s.sqlite"))).ok());
        CertificateTrust trust(store);
        const CertificateInfo c = certificate(QStringLiteral("a.example"), QLatin1Char('a'));
        QCOMPARE(trust.revoke(c.host, c.sha256).code, ErrorCode::E_NotFound);
        QVERIFY(trust.trust(c).ok());
        QVERIFY(trust.revoke(c.host, c.sha256).ok());
        QVERIFY(!trust.isTrusted(c.host, c.sha256));
        QVERIFY(trust.list().isEmpty());
        QCOMPARE(trust.revoke(c.host, c.sha256).code, ErrorCode::E_NotFound);
    }
};

QTEST_GUILESS_MAIN(TestTrustStores)
#include "tst_truststores.moc"
