#include "core/engine/engine.h"
#include "core/model/errorcodes.h"
#include "core/model/jobjson.h"
#include "tests/support/testhelpers.h"
#include "tests/support/testserver.h"
#include "tests/support/transferfixture.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSslCertificate>
#include <QTest>

using namespace TestHelpers;

// A download's requests and where they go (jobs.md): the plain case, redirects, https and
// the trust of one certificate, credentials and proxies kept to their own servers, extra
// headers, the speed limit, the checksum.
class TestTransfer : public QObject, private TransferFixture
{
    Q_OBJECT
private slots:
    void initTestCase() { startServersAndEngine(2); }

    void cleanupTestCase() { stopEngine(); }

    void plainDownload()
    {
        m_http->setRoute("/plain.bin", route(1234567));
        const QString path = download(m_http->url(QStringLiteral("/plain.bin")), folder());
        QCOMPARE(QFileInfo(path).fileName(), QStringLiteral("plain.bin"));
        QCOMPARE(readFile(path), TestServer::body(1, 1234567));
        const auto req = m_http->requests("/plain.bin").first();
        QCOMPARE(req.headers.value("accept-encoding"), QByteArray("identity"));
        QVERIFY(req.headers.value("user-agent").startsWith("Haul/"));
        QVERIFY(!req.headers.contains("range"));
    }

    void noContentLengthAndChunked()
    {
        TestServer::Route r = route(777777);
        r.noContentLength = true;
        m_http->setRoute("/nolength", r);
        QUuid id;
        QString path = download(m_http->url(QStringLiteral("/nolength")), folder(), &id);
        QCOMPARE(readFile(path), TestServer::body(1, 777777));
        QVERIFY(!job(*m_engine, id).files[0].resumable);
        QCOMPARE(job(*m_engine, id).files[0].bytesTotal, 777777);

        r = route(555555);
        r.chunked = true;
        m_http->setRoute("/chunked", r);
        path = download(m_http->url(QStringLiteral("/chunked")), folder(), &id);
        QCOMPARE(readFile(path), TestServer::body(1, 555555));
        QVERIFY(!job(*m_engine, id).files[0].resumable);
    }

    void redirectsAreFollowed()
    {
        TestServer::Route a;
        a.redirectTo = "/hop2";
        m_http->setRoute("/hop1", a);
        TestServer::Route b;
        b.redirectTo = m_http->url(QStringLiteral("/target.iso")).toEncoded();
        b.redirectStatus = 301;
        m_http->setRoute("/hop2", b);
        m_http->setRoute("/target.iso", route(4096));
        const QString path = download(m_http->url(QStringLiteral("/hop1")), folder());
        QCOMPARE(QFileInfo(path).fileName(), QStringLiteral("target.iso"));
        QCOMPARE(readFile(path), TestServer::body(1, 4096));
    }

    void redirectFaults_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<quint32>("code");
        QTest::newRow("loop") << QByteArray("/loop") << ErrorCode::E_TooManyRedirects;
        QTest::newRow("to ftp") << QByteArray("/toftp") << ErrorCode::E_RedirectRefused;
        QTest::newRow("to file") << QByteArray("/tofile") << ErrorCode::E_RedirectRefused;
    }

    void redirectFaults()
    {
        QFETCH(QByteArray, path);
        QFETCH(quint32, code);
        TestServer::Route loop;
        loop.redirectTo = "/loop";
        m_http->setRoute("/loop", loop);
        TestServer::Route ftp;
        ftp.redirectTo = "ftp://127.0.0.1/x";
        m_http->setRoute("/toftp", ftp);
        TestServer::Route file;
        file.redirectTo = "file:///etc/passwd";
        m_http->setRoute("/tofile", file);
        const QUuid id = startJob(*m_engine, m_http->url(QString::fromLatin1(path)), folder());
        QTRY_COMPARE_WITH_TIMEOUT(state(*m_engine, id), JobState::Error, 5000);
        const JobError e = errorOf(id);
        QCOMPARE(e.code, code);
        QCOMPARE(e.context, ErrorContext::RemoteFile);
        QCOMPARE(job(*m_engine, id).errorCount, 1);
        QTRY_COMPARE(m_events->count(m_events->errors, id), 1);
    }

    void httpsToHttpRedirectIsRefused()
    {
        m_http->setRoute("/plain-target", route(100));
        TestServer::Route down;
        down.redirectTo = m_http->url(QStringLiteral("/plain-target")).toEncoded();
        m_https->setRoute("/downgrade", down);
        const QUuid id = startJob(*m_engine, m_https->url(QStringLiteral("/downgrade")), folder());
        QTRY_COMPARE_WITH_TIMEOUT(state(*m_engine, id), JobState::Error, 5000);
        QCOMPARE(errorOf(id).code, ErrorCode::E_RedirectRefused);
        QCOMPARE(errorOf(id).protocol, QStringLiteral("https"));
        QVERIFY(m_http->requests("/plain-target").isEmpty());
    }

    void trustingTheExactCertificateLetsItThrough()
    {
        m_selfSigned->setRoute("/pinned", route(50000));
        QFile pem(QStringLiteral(HAUL_TEST_CERTS "/selfsigned.pem"));
        QVERIFY(pem.open(QIODevice::ReadOnly));
        const QSslCertificate cert(&pem, QSsl::Pem);
        const QString sha = QString::fromLatin1(cert.digest(QCryptographicHash::Sha256).toHex());
        const QUrl url = m_selfSigned->url(QStringLiteral("/pinned"));
        const QUuid id = startJob(*m_engine, url, folder());
        QTRY_COMPARE_WITH_TIMEOUT(state(*m_engine, id), JobState::Error, 5000);
        // The error carries the certificate: who, by whom, how long, which exactly.
        const JobError e = errorOf(id);
        QCOMPARE(e.context, ErrorContext::ServerCertificate);
        QCOMPARE(e.certificate.sha256, sha);
        QCOMPARE(e.certificate.host, url.host());
        QVERIFY(!e.certificate.subject.isEmpty());
        QVERIFY(e.certificate.subject.contains(cert.subjectDisplayName()));
        QVERIFY(!e.certificate.issuer.isEmpty());
        QVERIFY(e.certificate.issuer.contains(cert.issuerDisplayName()));
        QCOMPARE(e.certificate.notBefore, cert.effectiveDate());
        QCOMPARE(e.certificate.notAfter, cert.expiryDate());
        QCOMPARE(e.certificate.fingerprint().size(), 32 * 3 - 1);
        // ...and keeps all of it through the store's and the command line's JSON.
        const CertificateInfo back = JobJson::toError(JobJson::fromError(e)).certificate;
        QCOMPARE(back.sha256, sha);
        QCOMPARE(back.subject, e.certificate.subject);
        QCOMPARE(back.issuer, e.certificate.issuer);
        QCOMPARE(back.notBefore, e.certificate.notBefore);
        QCOMPARE(back.notAfter, e.certificate.notAfter);
        // Nothing to trust on a job without a certificate error.
        m_http->setRoute("/plain-ok", route(10));
        const QUuid plain = startJob(*m_engine, m_http->url(QStringLiteral("/plain-ok")), folder());
        QCOMPARE(m_engine->trustCertificate(plain).code, ErrorCode::E_InvalidState);
        // Trusted for this host: Resume passes, with the right bytes.
        CertificateInfo trusted;
        QVERIFY(m_engine->trustCertificate(id, &trusted).ok());
        QCOMPARE(trusted.sha256, sha);
        QCOMPARE(m_engine->trustedCertificates().size(), 1);
        QVERIFY(m_engine->resume(id).ok());
        QTRY_COMPARE_WITH_TIMEOUT(state(*m_engine, id), JobState::Transferred, 5000);
        QVERIFY(m_engine->complete(id).ok());
        QCOMPARE(readFile(job(*m_engine, id).files[0].localPath), TestServer::body(1, 50000));
        // The same certificate under another name of the host is still refused.
        QUrl other = url;
        other.setHost(QStringLiteral("localhost"));
        const QUuid elsewhere = startJob(*m_engine, other, folder());
        QTRY_COMPARE_WITH_TIMEOUT(state(*m_engine, elsewhere), JobState::Error, 5000);
        QCOMPARE(errorOf(elsewhere).context, ErrorContext::ServerCertificate);
        // Revoked: refused again.
        QVERIFY(m_engine->revokeCertificate(url.host(), sha).ok());
        QCOMPARE(m_engine->revokeCertificate(url.host(), sha).code, ErrorCode::E_NotFound);
        QVERIFY(m_engine->trustedCertificates().isEmpty());
        const QUuid again = startJob(*m_engine, url, folder());
        QTRY_COMPARE_WITH_TIMEOUT(state(*m_engine, again), JobState::Error, 5000);
        QCOMPARE(errorOf(again).certificate.sha256, sha);
    }

    void trustedHttpsDownloads()
    {
        m_https->setRoute("/secure.bin", route(300000));
        const QString path = download(m_https->url(QStringLiteral("/secure.bin")), folder());
        QCOMPARE(readFile(path), TestServer::body(1, 300000));
    }

    void selfSignedCertificateIsAServerCertificateError()
    {
        m_selfSigned->setRoute("/x", route(100));
        const QString out = folder();
        const QUuid id = startJob(*m_engine, m_selfSigned->url(QStringLiteral("/x")), out);
        QTRY_COMPARE_WITH_TIMEOUT(state(*m_engine, id), JobState::Error, 5000);
        const JobError e = errorOf(id);
        QCOMPARE(e.context, ErrorContext::ServerCertificate);
        QCOMPARE(e.code, ErrorCode::E_CertificateRejected);
        QCOMPARE(e.protocol, QStringLiteral("https"));
        QVERIFY(!e.details.isEmpty());
        QVERIFY(m_selfSigned->requests("/x").isEmpty()); // nothing was sent
        QVERIFY(QDir(out).entryList(QDir::Files).isEmpty());
    }

    void credentialsAnswerA401()
    {
        TestServer::Route r = route(1000);
        r.basicUser = "alice";
        r.basicPassword = "s3cret";
        m_http->setRoute("/private", r);
        const QUuid id = startJob(*m_engine, m_http->url(QStringLiteral("/private")), folder());
        QTRY_COMPARE_WITH_TIMEOUT(state(*m_engine, id), JobState::Error, 5000);
        QCOMPARE(errorOf(id).code, 0x80190191u);
        QCOMPARE(errorOf(id).context, ErrorContext::RemoteFile);
        QCOMPARE(errorOf(id).httpStatus, 401);

        QVERIFY(m_engine
                    ->setCredentials(id, CredentialTarget::Server, CredentialScheme::Basic,
                        QStringLiteral("alice"), QStringLiteral("wrong"))
                    .ok());
        QVERIFY(m_engine->resume(id).ok());
        QTRY_COMPARE_WITH_TIMEOUT(job(*m_engine, id).errorCount, 2, 5000);
        QCOMPARE(state(*m_engine, id), JobState::Error);

        QVERIFY(m_engine
                    ->setCredentials(id, CredentialTarget::Server, CredentialScheme::Basic,
                        QStringLiteral("alice"), QStringLiteral("s3cret"))
                    .ok());
        QVERIFY(m_engine->resume(id).ok());
        QTRY_COMPARE_WITH_TIMEOUT(state(*m_engine, id), JobState::Transferred, 5000);
        QVERIFY(m_engine->complete(id).ok());
        QCOMPARE(readFile(job(*m_engine, id).files[0].localPath), TestServer::body(1, 1000));
    }

    void credentialsAreNotSentToAnotherHostAfterARedirect()
    {
        // The user's credentials are for the first server; it redirects to another one
        // (another port: another origin) that asks for a password. That one gets nothing.
        TestServer other;
        TestServer::Route secret = route(1000);
        secret.basicUser = "alice";
        secret.basicPassword = "s3cret";
        other.setRoute("/elsewhere", secret);
        TestServer::Route hop;
        hop.redirectTo = other.url(QStringLiteral("/elsewhere")).toEncoded();
        m_http->setRoute("/hop", hop);
        const QUuid id = startJob(*m_engine, m_http->url(QStringLiteral("/hop")), folder(), false);
        QVERIFY(m_engine
                    ->setCredentials(id, CredentialTarget::Server, CredentialScheme::Basic,
                        QStringLiteral("alice"), QStringLiteral("s3cret"))
                    .ok());
        QVERIFY(m_engine->resume(id).ok());
        QTRY_COMPARE_WITH_TIMEOUT(state(*m_engine, id), JobState::Error, 5000);
        QCOMPARE(errorOf(id).httpStatus, 401);
        const auto asked = other.requests("/elsewhere");
        QVERIFY(!asked.isEmpty());
        for (const auto &request : asked)
            QVERIFY(!request.headers.contains("authorization"));
    }

    void credentialHeadersStayBehindAfterARedirect()
    {
        // Authorization and Cookie given as headers are for the server the user named; a
        // redirect to another origin gets the other headers, not those.
        TestServer other;
        other.setRoute("/landing", route(1000));
        TestServer::Route hop;
        hop.redirectTo = other.url(QStringLiteral("/landing")).toEncoded();
        m_http->setRoute("/hop-headers", hop);
        const QUuid id
            = startJob(*m_engine, m_http->url(QStringLiteral("/hop-headers")), folder(), false);
        QVERIFY(m_engine
                    ->setHeaders(id,
                        { { "Authorization", "Bearer TOPSECRET" }, { "Cookie", "session=42" },
                            { "X-Trace", "kept" } })
                    .ok());
        QVERIFY(m_engine->resume(id).ok());
        QTRY_COMPARE_WITH_TIMEOUT(state(*m_engine, id), JobState::Transferred, 5000);
        const auto first = m_http->requests("/hop-headers");
        QVERIFY(!first.isEmpty());
        QCOMPARE(first.first().headers.value("authorization"), QByteArray("Bearer TOPSECRET"));
        QCOMPARE(first.first().headers.value("cookie"), QByteArray("session=42"));
        const auto landed = other.requests("/landing");
        QVERIFY(!landed.isEmpty());
        for (const auto &request : landed) {
            QVERIFY(!request.headers.contains("authorization"));
            QVERIFY(!request.headers.contains("cookie"));
            QCOMPARE(request.headers.value("x-trace"), QByteArray("kept"));
        }
    }

    void proxyWithCredentials()
    {
        TestServer::Route r = route(4000);
        r.proxyUser = "bob";
        r.proxyPassword = "pr0xy";
        m_http->setRoute("/via-proxy.bin", r);
        QUuid id;
        m_engine->createJob(QString(), JobPriority::Normal, &id);
        // The host does not exist: only the proxy can answer for it.
        QVERIFY(m_engine
                    ->addFile(id, QUrl(QStringLiteral("http://haul-test.invalid/via-proxy.bin")),
                        folder())
                    .ok());
        ProxySettings proxy;
        proxy.mode = ProxySettings::Mode::Override;
        proxy.proxies = { QStringLiteral("http://127.0.0.1:%1").arg(m_http->port()) };
        QVERIFY(m_engine->setProxy(id, proxy).ok());
        QVERIFY(m_engine->resume(id).ok());
        QTRY_COMPARE_WITH_TIMEOUT(state(*m_engine, id), JobState::Error, 5000);
        const JobError e = errorOf(id);
        QCOMPARE(e.code, 0x80190197u);
        QCOMPARE(e.context, ErrorContext::GeneralTransport);
        QCOMPARE(e.httpStatus, 407);

        QVERIFY(m_engine
                    ->setCredentials(id, CredentialTarget::Proxy, CredentialScheme::Basic,
                        QStringLiteral("bob"), QStringLiteral("pr0xy"))
                    .ok());
        QVERIFY(m_engine->resume(id).ok());
        QTRY_COMPARE_WITH_TIMEOUT(state(*m_engine, id), JobState::Transferred, 5000);
        const auto reqs = m_http->requests("/via-proxy.bin");
        QVERIFY(!reqs.isEmpty());
        QCOMPARE(reqs.last().path, QByteArray("http://haul-test.invalid/via-proxy.bin"));
        QVERIFY(m_engine->complete(id).ok());
        QCOMPARE(readFile(job(*m_engine, id).files[0].localPath), TestServer::body(1, 4000));
    }

    void aProxyPasswordGoesOnlyToTheJobsProxy()
    {
        // Job A goes through proxy A with bob's password and is still transferring when job
        // B's proxy (another one) asks for a password: B gets its 407, and proxy B never
        // sees bob's.
        TestServer proxyB;
        TestServer::Route slow = route(8 * 1024 * 1024);
        slow.rate = 512 * 1024;
        slow.proxyUser = "bob";
        slow.proxyPassword = "pr0xy";
        m_http->setRoute("/proxied-a.bin", slow);
        TestServer::Route other = route(4000);
        other.proxyUser = "eve";
        other.proxyPassword = "3ve";
        proxyB.setRoute("/proxied-b.bin", other);
        auto makeJob = [&](const QString &url, quint16 proxyPort) {
            QUuid id;
            m_engine->createJob(QString(), JobPriority::Normal, &id);
            m_engine->addFile(id, QUrl(url), folder());
            ProxySettings proxy;
            proxy.mode = ProxySettings::Mode::Override;
            proxy.proxies = { QStringLiteral("http://127.0.0.1:%1").arg(proxyPort) };
            m_engine->setProxy(id, proxy);
            return id;
        };
        const QUuid a
            = makeJob(QStringLiteral("http://haul-test.invalid/proxied-a.bin"), m_http->port());
        QVERIFY(m_engine
                    ->setCredentials(a, CredentialTarget::Proxy, CredentialScheme::Basic,
                        QStringLiteral("bob"), QStringLiteral("pr0xy"))
                    .ok());
        QVERIFY(m_engine->resume(a).ok());
        QTRY_COMPARE_WITH_TIMEOUT(state(*m_engine, a), JobState::Transferring, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(job(*m_engine, a).progress().bytesTransferred > 0, 5000);

        const QUuid b
            = makeJob(QStringLiteral("http://haul-test.invalid/proxied-b.bin"), proxyB.port());
        QVERIFY(m_engine->resume(b).ok());
        QTRY_COMPARE_WITH_TIMEOUT(state(*m_engine, b), JobState::Error, 5000);
        QCOMPARE(errorOf(b).httpStatus, 407);
        QCOMPARE(state(*m_engine, a), JobState::Transferring);
        const QByteArray bobs = "Basic " + QByteArray("bob:pr0xy").toBase64();
        const auto asked = proxyB.requests("/proxied-b.bin");
        QVERIFY(!asked.isEmpty());
        for (const auto &request : asked)
            QVERIFY(request.headers.value("proxy-authorization") != bobs);
        QVERIFY(m_engine->cancel(a).ok());
        QVERIFY(m_engine->cancel(b).ok());
    }

    void checksumVerified()
    {
        m_http->setRoute("/sum.bin", route(300000));
        const QString out = folder();
        QUuid id;
        m_engine->createJob(QString(), JobPriority::Normal, &id);
        QVERIFY(m_engine
                    ->addFile(id, m_http->url(QStringLiteral("/sum.bin")), out,
                        QString::fromLatin1(TestServer::bodySha256(1, 300000)))
                    .ok());
        QVERIFY(m_engine->resume(id).ok());
        QTRY_COMPARE_WITH_TIMEOUT(state(*m_engine, id), JobState::Transferred, 5000);
        QVERIFY(m_engine->complete(id).ok());

        m_http->clearRequests();
        QUuid bad;
        m_engine->createJob(QString(), JobPriority::Normal, &bad);
        QVERIFY(m_engine
                    ->addFile(bad, m_http->url(QStringLiteral("/sum.bin")), out,
                        QString(64, QLatin1Char('0')))
                    .ok());
        QVERIFY(m_engine->resume(bad).ok());
        QTRY_COMPARE_WITH_TIMEOUT(state(*m_engine, bad), JobState::Error, 5000);
        JobError e = errorOf(bad);
        QCOMPARE(e.code, ErrorCode::E_ChecksumMismatch);
        QCOMPARE(e.context, ErrorContext::RemoteFile);
        QCOMPARE(e.fileIndex, 0);
        QVERIFY(e.details.contains(QString::fromLatin1(TestServer::bodySha256(1, 300000))));
        QCOMPARE(job(*m_engine, bad).files[0].bytesTransferred, 0);
        // Resume fetches that file again from 0.
        QVERIFY(m_engine->resume(bad).ok());
        QTRY_COMPARE_WITH_TIMEOUT(job(*m_engine, bad).errorCount, 2, 5000);
        const auto reqs = m_http->requests("/sum.bin");
        QCOMPARE(reqs.size(), 2);
        QVERIFY(!reqs[1].headers.contains("range"));
        QCOMPARE(reqs[1].bodyBytesSent, 300000);
        QVERIFY(m_engine->cancel(bad).ok());
    }

    void extraHeadersAreSent()
    {
        m_http->setRoute("/hdr", route(10));
        const QUuid id = startJob(*m_engine, m_http->url(QStringLiteral("/hdr")), folder(), false);
        QVERIFY(m_engine->setHeaders(id, { { "X-Api-Key", "k1" }, { "Cookie", "a=b" } }).ok());
        QVERIFY(m_engine->resume(id).ok());
        QTRY_COMPARE_WITH_TIMEOUT(state(*m_engine, id), JobState::Transferred, 5000);
        const auto req = m_http->requests("/hdr").first();
        QCOMPARE(req.headers.value("x-api-key"), QByteArray("k1"));
        QCOMPARE(req.headers.value("cookie"), QByteArray("a=b"));
        QVERIFY(m_engine->complete(id).ok());
    }

    void headersThatWouldSplitOnTheWireAreRefused()
    {
        const QUuid id = startJob(*m_engine, m_http->url(QStringLiteral("/hdr")), folder(), false);
        QVERIFY(m_engine->setHeaders(id, { { "X-Kept", "yes" } }).ok());
        const QList<QPair<QByteArray, QByteArray>> hostile[] = {
            { { "X-A", "b\r\nX-Evil: 1" } },
            { { "X-A", "b\nX-Evil: 1" } },
            { { "X-A", QByteArray("b\0c", 3) } },
            { { "X-A: b\r\nX-Evil", "1" } },
            { { "", "empty name" } },
            { { "X A", "space in the name" } },
        };
        for (const auto &headers : hostile)
            QCOMPARE(m_engine->setHeaders(id, headers).code, ErrorCode::E_InvalidArg);
        // Nothing changed: the headers set before are still the job's.
        QCOMPARE(job(*m_engine, id).headers.size(), 1);
        QCOMPARE(job(*m_engine, id).headers.first().first, QByteArray("X-Kept"));
        QVERIFY(m_engine->cancel(id).ok());
    }

    void rateLimitHoldsTheTransferBack()
    {
        // Only a lower bound: a limited transfer can never be faster than its limit.
        m_http->setRoute("/limited.bin", route(500000));
        const QUuid id
            = startJob(*m_engine, m_http->url(QStringLiteral("/limited.bin")), folder(), false);
        QVERIFY(m_engine->setRateLimit(id, 200000).ok());
        QCOMPARE(m_engine->setRateLimit(id, -1).code, ErrorCode::E_InvalidArg);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(m_engine->resume(id).ok());
        QTRY_COMPARE_WITH_TIMEOUT(state(*m_engine, id), JobState::Transferred, 10000);
        QVERIFY2(clock.elapsed() >= 2000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(m_engine->complete(id).ok());
        QCOMPARE(readFile(job(*m_engine, id).files[0].localPath), TestServer::body(1, 500000));
    }
};

QTEST_GUILESS_MAIN(TestTransfer)
#include "tst_transfer.moc"
