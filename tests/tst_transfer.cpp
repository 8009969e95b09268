#include "core/engine/engine.h"
#include "core/model/errorcodes.h"
#include "core/model/jobjson.h"
#include "core/store/jobstore.h"
#include "core/transfer/filenamesanitizer.h"
#include "tests/support/eventrecorder.h"
#include "tests/support/readonlyfolder.h"
#include "tests/support/smalldisk.h"
#include "tests/support/testhelpers.h"
#include "tests/support/testserver.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace TestHelpers;

// HTTP behaviour of jobs.md against the fault-injecting loopback server.
class TestTransfer : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    TestServer *m_http = nullptr;
    TestServer *m_https = nullptr;
    TestServer *m_selfSigned = nullptr;
    Engine *m_engine = nullptr;
    EventRecorder *m_events = nullptr;
    int m_counter = 0;

    QString folder()
    {
        const QString path = m_dir.filePath(QStringLiteral("out%1").arg(++m_counter));
        QDir().mkpath(path);
        return path;
    }
    TestServer::Route route(qint64 size)
    {
        TestServer::Route r;
        r.size = size;
        return r;
    }
    // Runs one job to Transferred and completes it; returns the final path.
    QString download(const QUrl &url, const QString &into, QUuid *idOut = nullptr)
    {
        const QUuid id = startJob(*m_engine, url, into);
        if (idOut)
            *idOut = id;
        if (!QTest::qWaitFor(
                [&] { return state(*m_engine, id) == JobState::Transferred; }, 15000)) {
            qWarning("job ended in %s", qPrintable(JobTypes::stateName(state(*m_engine, id))));
            return QString();
        }
        if (!m_engine->complete(id).ok())
            return QString();
        return job(*m_engine, id).files.value(0).localPath;
    }
    // A store of its own holding one job with one file, as a crash may have left it.
    QString craftStore(const JobFile &file, JobState jobState, QUuid *id)
    {
        Job crafted;
        crafted.id = QUuid::createUuid();
        crafted.state = jobState;
        crafted.minimumRetryDelay = 1;
        crafted.creationTime = crafted.modificationTime = QDateTime::currentDateTime();
        crafted.files.append(file);
        const QString store = m_dir.filePath(QStringLiteral("crafted%1.sqlite").arg(++m_counter));
        JobStore s;
        if (!s.open(store).ok() || !s.saveJob(crafted))
            return QString();
        *id = crafted.id;
        return store;
    }
    JobError errorOf(const QUuid &id)
    {
        JobError e;
        m_engine->error(id, &e);
        return e;
    }

    QString newSmallStore()
    {
        return m_dir.filePath(QStringLiteral("small-store%1.sqlite").arg(++m_counter));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificate(TestServer::caCertificate());
        QSslConfiguration::setDefaultConfiguration(ssl);
        m_http = new TestServer(TestServer::Tls::None, this);
        m_https = new TestServer(TestServer::Tls::Trusted, this);
        m_selfSigned = new TestServer(TestServer::Tls::SelfSigned, this);
        Engine::Settings settings;
        settings.stallTimeoutSeconds = 2;
        m_engine = new Engine(settings, this);
        QVERIFY(m_engine->open(m_dir.filePath(QStringLiteral("jobs.sqlite"))).ok());
        m_events = new EventRecorder(m_engine);
    }

    void cleanupTestCase()
    {
        delete m_engine;
        m_engine = nullptr;
    }

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

    void resumeAfterACutFetchesOnlyTheRest()
    {
        TestServer::Route r = route(3000000);
        r.cutAfter = 1000000;
        r.cutTimes = 1;
        m_http->setRoute("/cut.bin", r);
        QUuid id;
        const QString path = download(m_http->url(QStringLiteral("/cut.bin")), folder(), &id);
        QCOMPARE(readFile(path), TestServer::body(1, 3000000));
        const auto reqs = m_http->requests("/cut.bin");
        QCOMPARE(reqs.size(), 2);
        QCOMPARE(reqs[1].status, 206);
        const qint64 offset = reqs[1].headers.value("range").mid(6).chopped(1).toLongLong();
        QVERIFY(offset > 0 && offset <= 1000000);
        QCOMPARE(reqs[1].headers.value("if-range"), QByteArray("\"e1-3000000\""));
        QCOMPARE(reqs[1].bodyBytesSent, 3000000 - offset);
        const Job j = job(*m_engine, id);
        QCOMPARE(j.errorCount, 1);
        QVERIFY(j.files[0].resumable);
    }

    void gzipEncodedFileIsSizedAndResumable()
    {
        // Content-Encoding is part of the entity (a .tar.gz served with `AddEncoding gzip`):
        // the size is the Content-Length, a cut is resumed with Range + If-Range, and the
        // bytes saved are the server's, never decoded, so their SHA-256 is what is checked.
        TestServer::Route r = route(3000000);
        r.headers = { { "Content-Encoding", "gzip" }, { "Content-Type", "application/x-tar" } };
        r.cutAfter = 1000000;
        r.cutTimes = 1;
        r.rate = 2000000;
        m_http->setRoute("/bundle.tar", r);
        QUuid id;
        m_engine->createJob(QString(), JobPriority::Normal, &id);
        QVERIFY(m_engine
                    ->addFile(id, m_http->url(QStringLiteral("/bundle.tar")), folder(),
                        QString::fromLatin1(TestServer::bodySha256(1, 3000000)))
                    .ok());
        m_engine->setMinimumRetryDelay(id, 1);
        QVERIFY(m_engine->resume(id).ok());
        QTRY_VERIFY_WITH_TIMEOUT(job(*m_engine, id).files[0].bytesTransferred > 0, 5000);
        QCOMPARE(job(*m_engine, id).files[0].bytesTotal, 3000000);
        QCOMPARE(job(*m_engine, id).progress().bytesTotal, 3000000);
        QVERIFY(job(*m_engine, id).files[0].resumable);
        QTRY_COMPARE_WITH_TIMEOUT(state(*m_engine, id), JobState::Transferred, 15000);
        QVERIFY(m_engine->complete(id).ok());
        QCOMPARE(readFile(job(*m_engine, id).files[0].localPath), TestServer::body(1, 3000000));
        const auto reqs = m_http->requests("/bundle.tar");
        QCOMPARE(reqs.size(), 2);
        QCOMPARE(reqs[0].headers.value("accept-encoding"), QByteArray("identity"));
        QCOMPARE(reqs[1].status, 206);
        const qint64 offset = reqs[1].headers.value("range").mid(6).chopped(1).toLongLong();
        QVERIFY(offset > 0 && offset <= 1000000);
        QCOMPARE(reqs[1].headers.value("if-range"), QByteArray("\"e1-3000000\""));
        QCOMPARE(reqs[1].bodyBytesSent, 3000000 - offset);
    }

    void serverIgnoringRangesRestartsFromZero()
    {
        TestServer::Route r = route(2000000);
        r.ranges = false;
        r.cutAfter = 700000;
        r.cutTimes = 1;
        m_http->setRoute("/norange.bin", r);
        QUuid id;
        const QString path = download(m_http->url(QStringLiteral("/norange.bin")), folder(), &id);
        QCOMPARE(readFile(path), TestServer::body(1, 2000000));
        const auto reqs = m_http->requests("/norange.bin");
        QCOMPARE(reqs.size(), 2);
        QCOMPARE(reqs[1].status, 200);
        QCOMPARE(reqs[1].bodyBytesSent, 2000000);
        QVERIFY(!job(*m_engine, id).files[0].resumable);
    }

    void changedEntityIsNeverSpliced()
    {
        TestServer::Route r = route(2000000);
        r.cutAfter = 800000;
        r.cutTimes = 1;
        r.newEntityEachRequest = true;
        m_http->setRoute("/changing.bin", r);
        const QString path = download(m_http->url(QStringLiteral("/changing.bin")), folder());
        const auto reqs = m_http->requests("/changing.bin");
        QCOMPARE(reqs.size(), 2);
        QVERIFY(reqs[1].headers.contains("if-range"));
        QCOMPARE(reqs[1].status, 200); // If-Range did not match: the whole new entity
        QCOMPARE(readFile(path), TestServer::body(2, 2000000));
    }

    void wrongContentRangeFallsBackToAFullDownload()
    {
        TestServer::Route r = route(1500000);
        r.cutAfter = 500000;
        r.cutTimes = 1;
        r.wrongRangeStart = 0; // answers 206 from byte 0 whatever was asked
        m_http->setRoute("/liar.bin", r);
        const QString path = download(m_http->url(QStringLiteral("/liar.bin")), folder());
        QCOMPARE(readFile(path), TestServer::body(1, 1500000));
        const auto reqs = m_http->requests("/liar.bin");
        QCOMPARE(reqs.size(), 3);
        QVERIFY(reqs[1].headers.contains("range"));
        QVERIFY(!reqs[2].headers.contains("range"));
    }

    void rangeNotSatisfiableOnACompleteFileMeansDone()
    {
        const qint64 size = 50000;
        m_http->setRoute("/done.bin", route(size));
        const QString out = folder();
        // The state a crash leaves after the last byte but before Transferred.
        const QString finalPath = QDir(out).filePath(QStringLiteral("done.bin"));
        QFile temp(finalPath + QStringLiteral(".haul-part"));
        QVERIFY(temp.open(QIODevice::WriteOnly));
        temp.write(TestServer::body(1, size));
        temp.close();
        JobFile f;
        f.remoteUrl = m_http->url(QStringLiteral("/done.bin"));
        f.localPath = finalPath;
        f.folder = out;
        f.bytesTotal = size;
        f.bytesTransferred = size;
        f.etag = QStringLiteral("\"e1-50000\"");
        f.resumable = true;
        QUuid id;
        const QString store = craftStore(f, JobState::Queued, &id);
        QVERIFY(!store.isEmpty());
        Engine engine;
        QVERIFY(engine.open(store).ok());
        QTRY_COMPARE_WITH_TIMEOUT(state(engine, id), JobState::Transferred, 5000);
        const auto reqs = m_http->requests("/done.bin");
        QCOMPARE(reqs.size(), 1);
        QCOMPARE(reqs[0].status, 416);
        QCOMPARE(reqs[0].bodyBytesSent, 0);
        QVERIFY(engine.complete(id).ok());
        QCOMPARE(readFile(finalPath), TestServer::body(1, size));
    }

    void rangeNotSatisfiableOtherwiseRestarts()
    {
        const qint64 size = 40000;
        m_http->setRoute("/odd.bin", route(size));
        const QString out = folder();
        const QString finalPath = QDir(out).filePath(QStringLiteral("odd.bin"));
        QFile temp(finalPath + QStringLiteral(".haul-part"));
        QVERIFY(temp.open(QIODevice::WriteOnly));
        temp.write(QByteArray(size + 100, 'x'));
        temp.close();
        JobFile f;
        f.remoteUrl = m_http->url(QStringLiteral("/odd.bin"));
        f.localPath = finalPath;
        f.folder = out;
        f.bytesTotal = -1;
        f.bytesTransferred = size + 100;
        f.etag = QStringLiteral("\"e1-40000\"");
        f.resumable = true;
        QUuid id;
        const QString store = craftStore(f, JobState::Queued, &id);
        QVERIFY(!store.isEmpty());
        Engine engine;
        QVERIFY(engine.open(store).ok());
        QTRY_COMPARE_WITH_TIMEOUT(state(engine, id), JobState::Transferred, 5000);
        const auto reqs = m_http->requests("/odd.bin");
        QCOMPARE(reqs.size(), 2);
        QCOMPARE(reqs[0].status, 416);
        QCOMPARE(reqs[1].status, 200);
        QVERIFY(engine.complete(id).ok());
        QCOMPARE(readFile(finalPath), TestServer::body(1, size));
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

    void noContentLengthRestartsFromZeroAfterAnInterruption()
    {
        TestServer::Route r = route(600000);
        r.noContentLength = true;
        r.stallAfter = 200000;
        r.stallTimes = 1;
        m_http->setRoute("/dynamic", r);
        const QString path = download(m_http->url(QStringLiteral("/dynamic")), folder());
        QCOMPARE(readFile(path), TestServer::body(1, 600000));
        const auto reqs = m_http->requests("/dynamic");
        QCOMPARE(reqs.size(), 2);
        QVERIFY(!reqs[1].headers.contains("range"));
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

    void contentDispositionNamesTheFileSafely()
    {
        TestServer::Route r = route(10);
        r.contentDisposition = "attachment; filename=\"../../evil.sh\"";
        m_http->setRoute("/cd1", r);
        const QString out = folder();
        QString path = download(m_http->url(QStringLiteral("/cd1")), out);
        QCOMPARE(path, QDir(out).filePath(QStringLiteral("evil.sh")));

        r.contentDisposition
            = "attachment; filename=\"fallback.txt\"; filename*=UTF-8''%D0%BE%D1%82%D1%87%D1%91%D1%82.txt";
        m_http->setRoute("/cd2", r);
        path = download(m_http->url(QStringLiteral("/cd2")), out);
        QCOMPARE(QFileInfo(path).fileName(), QStringLiteral("отчёт.txt"));

        r.contentDisposition = "attachment; filename=\"CON\"";
        m_http->setRoute("/cd3", r);
        path = download(m_http->url(QStringLiteral("/cd3")), out);
        QCOMPARE(QFileInfo(path).fileName(), QStringLiteral("_CON"));
        QCOMPARE(QDir(out).entryList(QDir::Files).size(), 3);

        m_http->setRoute("/", route(10));
        path = download(m_http->url(QStringLiteral("/")), out);
        QCOMPARE(QFileInfo(path).fileName(), QStringLiteral("download"));
    }

    void existingFilesAreNeverOverwritten()
    {
        m_http->setRoute("/report.pdf", route(2000));
        const QString out = folder();
        const QString existing = QDir(out).filePath(QStringLiteral("report.pdf"));
        QFile f(existing);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("the user's own file");
        f.close();
        QString path = download(m_http->url(QStringLiteral("/report.pdf")), out);
        QCOMPARE(QFileInfo(path).fileName(), QStringLiteral("report (1).pdf"));
        QCOMPARE(readFile(existing), QByteArray("the user's own file"));
        // A name given by the user is kept unless taken.
        path = download(m_http->url(QStringLiteral("/report.pdf")), existing);
        QCOMPARE(QFileInfo(path).fileName(), QStringLiteral("report (2).pdf"));
        QCOMPARE(readFile(existing), QByteArray("the user's own file"));
        QCOMPARE(readFile(path), TestServer::body(1, 2000));
    }

    void nameTakenBetweenTransferAndCompleteGetsANewName()
    {
        m_http->setRoute("/race.txt", route(300));
        const QString out = folder();
        const QUuid id = startJob(*m_engine, m_http->url(QStringLiteral("/race.txt")), out);
        QTRY_COMPARE_WITH_TIMEOUT(state(*m_engine, id), JobState::Transferred, 5000);
        const QString planned = job(*m_engine, id).files[0].localPath;
        QFile f(planned);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("appeared meanwhile");
        f.close();
        QVERIFY(m_engine->complete(id).ok());
        const QString final = job(*m_engine, id).files[0].localPath;
        QCOMPARE(QFileInfo(final).fileName(), QStringLiteral("race (1).txt"));
        QCOMPARE(readFile(planned), QByteArray("appeared meanwhile"));
        QCOMPARE(readFile(final), TestServer::body(1, 300));
    }

    void httpErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("403") << 403;
        QTest::newRow("404") << 404;
        QTest::newRow("410") << 410;
        QTest::newRow("400") << 400;
    }

    void httpErrors()
    {
        QFETCH(int, status);
        TestServer::Route r;
        r.status = status;
        const QByteArray path = "/status" + QByteArray::number(status);
        m_http->setRoute(path, r);
        const QUuid id = startJob(*m_engine, m_http->url(QString::fromLatin1(path)), folder());
        QTRY_COMPARE_WITH_TIMEOUT(state(*m_engine, id), JobState::Error, 5000);
        QTRY_COMPARE(m_events->count(m_events->errors, id), 1);
        QCOMPARE(m_events->lastError.code, ErrorCode::fromHttpStatus(status));
        const JobError e = errorOf(id);
        QCOMPARE(e.code, 0x80190000u | quint32(status));
        QCOMPARE(e.context, ErrorContext::RemoteFile);
        QCOMPARE(e.httpStatus, status);
        QCOMPARE(e.fileIndex, 0);
        QCOMPARE(e.remoteUrl, m_http->url(QString::fromLatin1(path)).toString());
        QCOMPARE(e.protocol, QStringLiteral("http"));
        QCOMPARE(job(*m_engine, id).errorCount, 1);
        QCOMPARE(m_http->requests(path).size(), 1); // fatal: not retried
    }

    void completePartialKeepsOnlyFinishedFiles()
    {
        m_http->setRoute("/good.bin", route(5000));
        TestServer::Route gone;
        gone.status = 404;
        m_http->setRoute("/gone.bin", gone);
        const QString out = folder();
        QUuid id;
        m_engine->createJob(QStringLiteral("partial"), JobPriority::Normal, &id);
        QVERIFY(m_engine->addFile(id, m_http->url(QStringLiteral("/good.bin")), out).ok());
        QVERIFY(m_engine->addFile(id, m_http->url(QStringLiteral("/gone.bin")), out).ok());
        // One file at a time, so that the good file is finished when the other fails (in
        // parallel, the first fatal error would stop it half-way).
        m_engine->setFilesAtOnce(1);
        QVERIFY(m_engine->resume(id).ok());
        QTRY_COMPARE_WITH_TIMEOUT(state(*m_engine, id), JobState::Error, 5000);
        m_engine->setFilesAtOnce(4);
        QCOMPARE(errorOf(id).fileIndex, 1);
        QCOMPARE(m_engine->complete(id).code, ErrorCode::S_PartialComplete);
        const Job j = job(*m_engine, id);
        QCOMPARE(j.state, JobState::Acknowledged);
        QVERIFY(j.files[0].completed);
        QVERIFY(!j.files[1].completed);
        QCOMPARE(readFile(j.files[0].localPath), TestServer::body(1, 5000));
        QCOMPARE(QDir(out).entryList(QDir::Files), QStringList { QStringLiteral("good.bin") });
    }

    void filesOfAJobTransferSeveralAtATime()
    {
        TestServer::Route slow = route(200000);
        slow.rate = 200000;
        for (const char *path : { "/p1", "/p2", "/p3", "/p4", "/p5", "/p6" })
            m_http->setRoute(path, slow);
        const QString out = folder();
        QUuid id;
        m_engine->createJob(QStringLiteral("parallel"), JobPriority::Normal, &id);
        for (const char *path : { "/p1", "/p2", "/p3", "/p4", "/p5", "/p6" })
            QVERIFY(m_engine->addFile(id, m_http->url(QString::fromLatin1(path)), out).ok());
        QVERIFY(m_engine->resume(id).ok());
        // Four files move at once (the setting's default), not one after the other.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                int moving = 0;
                for (const JobFile &f : job(*m_engine, id).files)
                    moving += f.bytesTransferred > 0 && !f.transferred ? 1 : 0;
                return moving >= 3;
            }(),
            5000);
        int requested = 0;
        for (const char *path : { "/p1", "/p2", "/p3", "/p4", "/p5", "/p6" })
            requested += m_http->requests(path).isEmpty() ? 0 : 1;
        QVERIFY(requested <= 4);
        QTRY_COMPARE_WITH_TIMEOUT(state(*m_engine, id), JobState::Transferred, 10000);
        QVERIFY(m_engine->complete(id).ok());
        for (const char *path : { "p1", "p2", "p3", "p4", "p5", "p6" })
            QCOMPARE(readFile(QDir(out).filePath(QString::fromLatin1(path))),
                TestServer::body(1, 200000));
    }

    void aFatalErrorStopsTheOtherFiles()
    {
        TestServer::Route slow = route(2000000);
        slow.rate = 500000;
        m_http->setRoute("/long.bin", slow);
        TestServer::Route gone;
        gone.status = 410;
        m_http->setRoute("/gone-now.bin", gone);
        const QString out = folder();
        QUuid id;
        m_engine->createJob(QStringLiteral("stops"), JobPriority::Normal, &id);
        QVERIFY(m_engine->addFile(id, m_http->url(QStringLiteral("/long.bin")), out).ok());
        QVERIFY(m_engine->addFile(id, m_http->url(QStringLiteral("/gone-now.bin")), out).ok());
        QVERIFY(m_engine->setConnections(id, 1).ok());
        QVERIFY(m_engine->resume(id).ok());
        QTRY_COMPARE_WITH_TIMEOUT(state(*m_engine, id), JobState::Error, 5000);
        QCOMPARE(errorOf(id).fileIndex, 1);
        const qint64 had = job(*m_engine, id).files[0].bytesTransferred;
        QVERIFY(had < 2000000);
        QTest::qWait(500);
        QCOMPARE(job(*m_engine, id).files[0].bytesTransferred, had); // it stopped, its bytes kept
        QVERIFY(m_engine->cancel(id).ok());
    }

    void renameFailureKeepsTheJobTransferred()
    {
        m_http->setRoute("/vanish.bin", route(100));
        const QString out = folder();
        const QUuid id = startJob(*m_engine, m_http->url(QStringLiteral("/vanish.bin")), out);
        QTRY_COMPARE_WITH_TIMEOUT(state(*m_engine, id), JobState::Transferred, 5000);
        QVERIFY(QFile::remove(job(*m_engine, id).files[0].tempPath()));
        const CallResult r = m_engine->complete(id);
        QCOMPARE(r.code, ErrorCode::E_RenameFailed);
        QCOMPARE(r.fileIndex, 0);
        QVERIFY(!r.details.isEmpty());
        QCOMPARE(state(*m_engine, id), JobState::Transferred);
        QVERIFY(!job(*m_engine, id).files[0].completed);
        QVERIFY(m_engine->cancel(id).ok());
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

    void connectionRefusedIsTransient()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        const QUuid id = startJob(
            *m_engine, QUrl(QStringLiteral("http://127.0.0.1:%1/x").arg(port)), folder());
        QTRY_COMPARE_WITH_TIMEOUT(state(*m_engine, id), JobState::TransientError, 5000);
        const JobError e = errorOf(id);
        QCOMPARE(e.code, ErrorCode::E_ConnectionRefused);
        QCOMPARE(e.context, ErrorContext::GeneralTransport);
        QCOMPARE(e.protocol, QStringLiteral("http"));
        QVERIFY(m_engine->cancel(id).ok());
    }

    void tlsHandshakeFaults_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<quint32>("code");
        QTest::newRow("closed at once") << QByteArray() << ErrorCode::E_ConnectionClosed;
        QTest::newRow("plain http instead of TLS")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello")
            << ErrorCode::E_TlsHandshake;
        QTest::newRow("garbage") << QByteArray(300, '\x16') << ErrorCode::E_TlsHandshake;
    }

    void tlsHandshakeFaults()
    {
        // An https server that breaks the handshake: a connection fault, retried later (the
        // next try may meet a healthy server), never a certificate to trust.
        QFETCH(QByteArray, answer);
        QFETCH(quint32, code);
        QTcpServer broken;
        QVERIFY(broken.listen(QHostAddress::LocalHost, 0));
        connect(&broken, &QTcpServer::newConnection, &broken, [&broken, answer] {
            while (QTcpSocket *c = broken.nextPendingConnection()) {
                if (!answer.isEmpty())
                    c->write(answer);
                c->flush();
                c->disconnectFromHost();
                connect(c, &QTcpSocket::disconnected, c, &QObject::deleteLater);
            }
        });
        const QUuid id = startJob(*m_engine,
            QUrl(QStringLiteral("https://127.0.0.1:%1/x").arg(broken.serverPort())), folder(), true,
            60);
        QTRY_COMPARE_WITH_TIMEOUT(state(*m_engine, id), JobState::TransientError, 10000);
        const JobError e = errorOf(id);
        QCOMPARE(e.context, ErrorContext::GeneralTransport);
        QCOMPARE(ErrorCode::hex(e.code), ErrorCode::hex(code));
        QVERIFY(e.certificate.isNull());
        QVERIFY(m_engine->cancel(id).ok());
    }

    void unknownHostIsTransient()
    {
        const QUuid id
            = startJob(*m_engine, QUrl(QStringLiteral("http://no-such-host.invalid/x")), folder());
        QTRY_COMPARE_WITH_TIMEOUT(state(*m_engine, id), JobState::TransientError, 10000);
        QCOMPARE(errorOf(id).code, ErrorCode::E_HostNotFound);
        QCOMPARE(errorOf(id).context, ErrorContext::GeneralTransport);
        QVERIFY(m_engine->cancel(id).ok());
    }

    void stallIsATransientErrorThenResumes()
    {
        TestServer::Route r = route(500000);
        r.stallAfter = 100000;
        r.stallTimes = 1;
        m_http->setRoute("/stall", r);
        QUuid id;
        const QString path = download(m_http->url(QStringLiteral("/stall")), folder(), &id);
        QCOMPARE(readFile(path), TestServer::body(1, 500000));
        const auto reqs = m_http->requests("/stall");
        QCOMPARE(reqs.size(), 2);
        QVERIFY(reqs[1].headers.value("range").startsWith("bytes="));
        QCOMPARE(job(*m_engine, id).errorCount, 1);
    }

    void stallReportsItsCode()
    {
        TestServer::Route r = route(500000);
        r.stallAfter = 1000;
        r.stallTimes = -1;
        m_http->setRoute("/stall-forever", r);
        const QUuid id = startJob(
            *m_engine, m_http->url(QStringLiteral("/stall-forever")), folder(), true, 60);
        QTRY_COMPARE_WITH_TIMEOUT(state(*m_engine, id), JobState::TransientError, 6000);
        QCOMPARE(errorOf(id).code, ErrorCode::E_Stalled);
        QCOMPARE(errorOf(id).context, ErrorContext::GeneralTransport);
        QVERIFY(m_engine->cancel(id).ok());
        QVERIFY(!QFileInfo::exists(job(*m_engine, id).files[0].tempPath()));
    }

    void stallBeforeOrInsideTheHead_data()
    {
        QTest::addColumn<qint64>("headBytes");
        QTest::newRow("no answer at all") << qint64(0);
        QTest::newRow("inside the status line") << qint64(9);
        QTest::newRow("inside the headers") << qint64(30);
    }

    void stallBeforeOrInsideTheHead()
    {
        // The server takes the request and goes silent before its head is complete: the
        // stall timeout catches it as in a body, and the next try succeeds.
        QFETCH(qint64, headBytes);
        TestServer::Route r = route(20000);
        r.stallInHead = headBytes;
        r.stallTimes = 1;
        const QByteArray path = "/stall-head-" + QByteArray::number(headBytes);
        m_http->setRoute(path, r);
        const QUuid id = startJob(*m_engine, m_http->url(QString::fromLatin1(path)), folder());
        QTRY_COMPARE_WITH_TIMEOUT(state(*m_engine, id), JobState::TransientError, 6000);
        QCOMPARE(errorOf(id).code, ErrorCode::E_Stalled);
        QCOMPARE(errorOf(id).context, ErrorContext::GeneralTransport);
        QTRY_COMPARE_WITH_TIMEOUT(state(*m_engine, id), JobState::Transferred, 10000);
        QVERIFY(m_engine->complete(id).ok());
        QCOMPARE(readFile(job(*m_engine, id).files[0].localPath), TestServer::body(1, 20000));
    }

    void noValidatorMeansNoSplice()
    {
        // Neither ETag nor Last-Modified: nothing can tell a resumed range from a changed
        // file, so the file is not resumable and an interruption restarts it from 0.
        TestServer::Route r = route(300000);
        r.etag = false;
        r.lastModified = false;
        r.cutAfter = 100000;
        r.cutTimes = 1;
        m_http->setRoute("/no-validator", r);
        const QUuid id
            = startJob(*m_engine, m_http->url(QStringLiteral("/no-validator")), folder());
        QTRY_COMPARE_WITH_TIMEOUT(state(*m_engine, id), JobState::Transferred, 10000);
        QVERIFY(!job(*m_engine, id).files[0].resumable);
        const auto asked = m_http->requests("/no-validator");
        QCOMPARE(asked.size(), 2);
        for (const auto &request : asked) {
            QVERIFY(!request.headers.contains("range"));
            QVERIFY(!request.headers.contains("if-range"));
        }
        QVERIFY(m_engine->complete(id).ok());
        QCOMPARE(readFile(job(*m_engine, id).files[0].localPath), TestServer::body(1, 300000));
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

    void vanishedFolderIsALocalFileError()
    {
        m_http->setRoute("/local.bin", route(1000));
        const QString out = folder();
        const QUuid id = startJob(*m_engine, m_http->url(QStringLiteral("/local.bin")), out, false);
        QVERIFY(QDir(out).removeRecursively());
        QVERIFY(m_engine->resume(id).ok());
        QTRY_COMPARE_WITH_TIMEOUT(state(*m_engine, id), JobState::Error, 5000);
        const JobError e = errorOf(id);
        QCOMPARE(e.context, ErrorContext::LocalFile);
        QCOMPARE(e.code, ErrorCode::E_LocalFileCreate);
        QVERIFY(e.protocol.isEmpty());
        QVERIFY(!e.details.isEmpty());
    }

    void diskFullIsALocalFileErrorAndCanBeFixed()
    {
        if (!QFileInfo::exists(QStringLiteral("/dev/full")))
            QSKIP("no /dev/full on this system");
        m_http->setRoute("/full.bin", route(100000));
        const QString out = folder();
        const QString finalPath = QDir(out).filePath(QStringLiteral("full.bin"));
        // Every write into the temporary file fails with ENOSPC, as on a full disk.
        QVERIFY(QFile::link(QStringLiteral("/dev/full"), finalPath + QStringLiteral(".haul-part")));
        JobFile f;
        f.remoteUrl = m_http->url(QStringLiteral("/full.bin"));
        f.localPath = finalPath;
        f.folder = out;
        f.nameFromUser = true;
        QUuid id;
        const QString store = craftStore(f, JobState::Suspended, &id);
        QVERIFY(!store.isEmpty());
        Engine engine;
        QVERIFY(engine.open(store).ok());
        EventRecorder events(&engine);
        QVERIFY(engine.resume(id).ok());
        QTRY_COMPARE_WITH_TIMEOUT(state(engine, id), JobState::Error, 5000);
        QTRY_COMPARE(events.count(events.errors, id), 1);
        JobError e;
        QVERIFY(engine.error(id, &e).ok());
        QCOMPARE(e.code, ErrorCode::E_DiskFull);
        QCOMPARE(e.context, ErrorContext::LocalFile);
        QCOMPARE(e.fileIndex, 0);
        QCOMPARE(e.localPath, finalPath);
        // Space freed: Resume completes with the right bytes.
        QVERIFY(QFile::remove(finalPath + QStringLiteral(".haul-part")));
        QVERIFY(engine.resume(id).ok());
        QTRY_COMPARE_WITH_TIMEOUT(state(engine, id), JobState::Transferred, 5000);
        QVERIFY(engine.complete(id).ok());
        QCOMPARE(readFile(finalPath), TestServer::body(1, 100000));
    }

    void diskFullOnASmallFilesystemThenSpaceFreed()
    {
        m_http->setRoute("/fill.bin", route(3000000));
        // A store of its own, made before the disk: where the small disk is a file-size limit
        // on this process, the shared store (grown past it by the tests before) could not
        // be written.
        Engine engine(Engine::Settings {});
        QVERIFY(engine.open(newSmallStore()).ok());
        SmallDisk disk(m_dir.filePath(QStringLiteral("small%1").arg(++m_counter)), 1024 * 1024);
        qInfo("small disk: %s", qPrintable(disk.kind()));
        const QUuid id = startJob(engine, m_http->url(QStringLiteral("/fill.bin")), disk.path());
        QTRY_COMPARE_WITH_TIMEOUT(state(engine, id), JobState::Error, 10000);
        JobError e;
        QVERIFY(engine.error(id, &e).ok());
        QCOMPARE(e.code, ErrorCode::E_DiskFull);
        QCOMPARE(e.context, ErrorContext::LocalFile);
        QCOMPARE(e.fileIndex, 0);
        // The partial data is kept, and counted.
        const JobFile partial = job(engine, id).files[0];
        QVERIFY2(partial.bytesTransferred > 100000,
            qPrintable(QString::number(partial.bytesTransferred)));
        QVERIFY(QFileInfo(partial.tempPath()).size() >= partial.bytesTransferred);
        // Space freed: Fix-and-Resume continues where the bytes are.
        QVERIFY(disk.grow(8 * 1024 * 1024));
        QVERIFY(engine.resume(id).ok());
        QTRY_COMPARE_WITH_TIMEOUT(state(engine, id), JobState::Transferred, 10000);
        const auto reqs = m_http->requests("/fill.bin");
        QCOMPARE(reqs.last().headers.value("range"),
            "bytes=" + QByteArray::number(partial.bytesTransferred) + '-');
        QVERIFY(engine.complete(id).ok());
        QCOMPARE(readFile(job(engine, id).files[0].localPath), TestServer::body(1, 3000000));
    }

    void diskFullThenAnotherFolder()
    {
        m_http->setRoute("/move.bin", route(3000000));
        Engine engine(Engine::Settings {});
        QVERIFY(engine.open(newSmallStore()).ok());
        SmallDisk disk(m_dir.filePath(QStringLiteral("small%1").arg(++m_counter)), 1024 * 1024);
        const QUuid id = startJob(engine, m_http->url(QStringLiteral("/move.bin")), disk.path());
        QTRY_COMPARE_WITH_TIMEOUT(state(engine, id), JobState::Error, 10000);
        JobError e;
        QVERIFY(engine.error(id, &e).ok());
        QCOMPARE(e.code, ErrorCode::E_DiskFull);
        const qint64 kept = job(engine, id).files[0].bytesTransferred;
        QVERIFY(kept > 0);
        if (disk.limitsEveryFolder())
            QVERIFY(disk.grow(8 * 1024 * 1024)); // a limit follows the file anywhere
        // Fix-and-Resume with another folder: the partial data goes along and continues.
        const QString other = folder();
        QVERIFY(engine.setDestination(id, 0, other).ok());
        QVERIFY(engine.resume(id).ok());
        QTRY_COMPARE_WITH_TIMEOUT(state(engine, id), JobState::Transferred, 10000);
        QCOMPARE(m_http->requests("/move.bin").last().headers.value("range"),
            "bytes=" + QByteArray::number(kept) + '-');
        QVERIFY(engine.complete(id).ok());
        const QString final = job(engine, id).files[0].localPath;
        QCOMPARE(QFileInfo(final).absolutePath(), QFileInfo(other).absoluteFilePath());
        QCOMPARE(readFile(final), TestServer::body(1, 3000000));
        QVERIFY(QDir(disk.path()).entryList(QDir::Files).isEmpty()); // nothing left behind
    }

    void destinationFolderVanishes()
    {
        TestServer::Route r = route(2000000);
        r.rate = 400000;
        m_http->setRoute("/vanish.bin", r);
        const QString doomed = folder();
        const QUuid id = startJob(*m_engine, m_http->url(QStringLiteral("/vanish.bin")), doomed);
        QTRY_VERIFY_WITH_TIMEOUT(job(*m_engine, id).files[0].bytesTransferred > 200000, 10000);
        QVERIFY(QDir(doomed).removeRecursively());
        QTRY_COMPARE_WITH_TIMEOUT(state(*m_engine, id), JobState::Error, 10000);
        JobError e;
        QVERIFY(m_engine->error(id, &e).ok());
        QCOMPARE(e.context, ErrorContext::LocalFile);
        QCOMPARE(e.code, ErrorCode::E_LocalPathInvalid);
        QVERIFY2(e.details.contains(QStringLiteral("removed")), qPrintable(e.details));
        // Fix-and-Resume with another folder: the bytes went with the folder, so from 0.
        const QString other = folder();
        QVERIFY(m_engine->setDestination(id, 0, other).ok());
        QVERIFY(m_engine->resume(id).ok());
        QTRY_COMPARE_WITH_TIMEOUT(state(*m_engine, id), JobState::Transferred, 15000);
        QVERIFY(m_engine->complete(id).ok());
        QCOMPARE(readFile(QDir(other).filePath(QStringLiteral("vanish.bin"))),
            TestServer::body(1, 2000000));
    }

    void destinationFolderBecomesReadOnly()
    {
        // The final name is given at Complete (jobs.md): a folder that became read-only
        // meanwhile makes Complete fail with the file, the job stays Transferred with every
        // byte kept, and Complete into another folder then succeeds without refetching.
        m_http->setRoute("/readonly.bin", route(1000000));
        const QString dest = folder();
        const QUuid id = startJob(*m_engine, m_http->url(QStringLiteral("/readonly.bin")), dest);
        QTRY_COMPARE_WITH_TIMEOUT(state(*m_engine, id), JobState::Transferred, 10000);
        ReadOnlyFolder readOnly(dest);
        QVERIFY(readOnly.ok());
        const CallResult refused = m_engine->complete(id);
        readOnly.restore();
        QCOMPARE(refused.code, ErrorCode::E_RenameFailed);
        QCOMPARE(refused.fileIndex, 0);
        QCOMPARE(ErrorCode::info(refused.code).context, ErrorContext::LocalFile);
        QCOMPARE(state(*m_engine, id), JobState::Transferred);
        const QString temp = job(*m_engine, id).files[0].tempPath();
        QCOMPARE(QFileInfo(temp).size(), 1000000); // every byte kept
        const int requests = m_http->requests("/readonly.bin").size();
        const QString other = folder();
        QVERIFY(m_engine->setDestination(id, 0, other).ok());
        QVERIFY(m_engine->complete(id).ok());
        QCOMPARE(readFile(QDir(other).filePath(QStringLiteral("readonly.bin"))),
            TestServer::body(1, 1000000));
        QCOMPARE(m_http->requests("/readonly.bin").size(), requests); // nothing fetched again
        QVERIFY(!QFileInfo::exists(temp));
    }

    void folderReadOnlyWhileSuspendedIsALocalFileError()
    {
        // The folder (and the partial file in it) became read-only while the job was
        // suspended: Resume ends in Error, LocalFile, with the bytes kept; Fix-and-Resume
        // with another folder continues from them.
        TestServer::Route r = route(1000000);
        r.rate = 400000;
        m_http->setRoute("/ro-resume.bin", r);
        const QString dest = folder();
        const QUuid id = startJob(*m_engine, m_http->url(QStringLiteral("/ro-resume.bin")), dest);
        QTRY_VERIFY_WITH_TIMEOUT(job(*m_engine, id).files[0].bytesTransferred > 200000, 10000);
        QVERIFY(m_engine->suspend(id).ok());
        const JobFile partial = job(*m_engine, id).files[0];
        ReadOnlyFolder readOnly(dest, { partial.tempPath() });
        QVERIFY(readOnly.ok());
        QVERIFY(m_engine->resume(id).ok());
        QTRY_COMPARE_WITH_TIMEOUT(state(*m_engine, id), JobState::Error, 10000);
        const JobError e = errorOf(id);
        readOnly.restore();
        QCOMPARE(e.context, ErrorContext::LocalFile);
        QCOMPARE(ErrorCode::hex(e.code), ErrorCode::hex(ErrorCode::E_LocalFileCreate));
        QCOMPARE(e.fileIndex, 0);
        QCOMPARE(QFileInfo(partial.tempPath()).size(), partial.bytesTransferred); // kept
        // Fix-and-Resume: another folder; the kept bytes go along and the rest follows.
        const QString other = folder();
        QVERIFY(m_engine->setDestination(id, 0, other).ok());
        QVERIFY(m_engine->resume(id).ok());
        QTRY_COMPARE_WITH_TIMEOUT(state(*m_engine, id), JobState::Transferred, 15000);
        QCOMPARE(m_http->requests("/ro-resume.bin").last().headers.value("range"),
            "bytes=" + QByteArray::number(partial.bytesTransferred) + '-');
        QVERIFY(m_engine->complete(id).ok());
        QCOMPARE(readFile(QDir(other).filePath(QStringLiteral("ro-resume.bin"))),
            TestServer::body(1, 1000000));
    }

    void setRemoteUrlContinuesTheSameEntity()
    {
        TestServer::Route r = route(1000000);
        r.stallAfter = 300000;
        r.stallTimes = -1;
        m_http->setRoute("/expired", r);
        m_http->setRoute("/mirror", route(1000000)); // same seed, size and ETag
        const QUuid id
            = startJob(*m_engine, m_http->url(QStringLiteral("/expired")), folder(), false);
        QVERIFY(m_engine->setNoProgressTimeout(id, 0).ok());
        QVERIFY(m_engine->resume(id).ok());
        QTRY_COMPARE_WITH_TIMEOUT(state(*m_engine, id), JobState::Error, 6000);
        const qint64 had = job(*m_engine, id).files[0].bytesTransferred;
        QCOMPARE(had, 300000);
        QVERIFY(m_engine->setRemoteUrl(id, 0, m_http->url(QStringLiteral("/mirror"))).ok());
        QCOMPARE(m_engine->setRemoteUrl(id, 5, m_http->url(QStringLiteral("/mirror"))).code,
            ErrorCode::E_InvalidArg);
        QCOMPARE(m_engine->setRemoteUrl(id, 0, QUrl(QStringLiteral("gopher://x/"))).code,
            ErrorCode::E_UnsupportedScheme);
        QVERIFY(m_engine->resume(id).ok());
        QTRY_COMPARE_WITH_TIMEOUT(state(*m_engine, id), JobState::Transferred, 5000);
        const auto reqs = m_http->requests("/mirror");
        QCOMPARE(reqs.size(), 1);
        QCOMPARE(reqs[0].headers.value("range"), QByteArray("bytes=300000-"));
        QCOMPARE(reqs[0].status, 206);
        QVERIFY(m_engine->complete(id).ok());
        QCOMPARE(readFile(job(*m_engine, id).files[0].localPath), TestServer::body(1, 1000000));
    }

    void replaceRemotePrefixValidatesEveryUrl()
    {
        QUuid id;
        m_engine->createJob(QString(), JobPriority::Normal, &id);
        const QString out = folder();
        QVERIFY(m_engine->addFile(id, QUrl(QStringLiteral("http://old.example/a")), out).ok());
        QVERIFY(m_engine->addFile(id, QUrl(QStringLiteral("http://old.example/b")), out).ok());
        QCOMPARE(m_engine
                     ->replaceRemotePrefix(
                         id, QStringLiteral("http://old.example/"), QStringLiteral("ftp://new/"))
                     .code,
            ErrorCode::E_UnsupportedScheme);
        QCOMPARE(job(*m_engine, id).files[0].remoteUrl.host(), QStringLiteral("old.example"));
        QVERIFY(m_engine
                    ->replaceRemotePrefix(id, QStringLiteral("http://old.example/"),
                        QStringLiteral("https://new.example/mirror/"))
                    .ok());
        QCOMPARE(job(*m_engine, id).files[1].remoteUrl.toString(),
            QStringLiteral("https://new.example/mirror/b"));
        QVERIFY(m_engine->cancel(id).ok());
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

    void hostileAnswers_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<int>("state");
        QTest::addColumn<quint32>("code");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("tls");
        // The same answers over plain http (Haul's own client) and over https (Qt's).
        for (const bool tls : { false, true }) {
            const char *over = tls ? " (https)" : "";
            QTest::newRow(qPrintable(QStringLiteral("garbage status line") + QLatin1String(over)))
                << QByteArray("HTTQ/9 banana\r\n\r\n") << int(JobState::TransientError)
                << ErrorCode::E_ConnectionClosed << QByteArray() << tls;
            // Qt 6.4 reads an invalid length either as "until close" or as a broken answer,
            // depending on timing: both are fine as long as no wrong byte is kept (-1: either).
            QTest::newRow(qPrintable(QStringLiteral("negative length") + QLatin1String(over)))
                << QByteArray(
                       "HTTP/1.1 200 OK\r\nContent-Length: -5\r\nConnection: close\r\n\r\nhello")
                << -1 << ErrorCode::E_ConnectionClosed << QByteArray("hello") << tls;
            // Qt 6.4 may take an overflowing length as unknown (read to the end) or fail the
            // reply, depending on timing: either way ends sanely, never with wrong bytes.
            QTest::newRow(qPrintable(QStringLiteral("huge length") + QLatin1String(over)))
                << QByteArray(
                       "HTTP/1.1 200 OK\r\nContent-Length: 99999999999999999999999\r\nConnection: close\r\n\r\nhello")
                << -1 << 0u << QByteArray("hello") << tls;
            QTest::newRow(qPrintable(QStringLiteral("bogus range answer") + QLatin1String(over)))
                << QByteArray(
                       "HTTP/1.1 206 Partial\r\nContent-Range: bytes 5-2/1\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello")
                << int(JobState::TransientError) << ErrorCode::E_ProtocolError << QByteArray()
                << tls;
            // Qt 6.4 accepts a long header line; what matters is a sane end.
            QTest::newRow(qPrintable(QStringLiteral("header flood") + QLatin1String(over)))
                << (QByteArray("HTTP/1.1 200 OK\r\n") + QByteArray("X-Junk: ")
                       + QByteArray(200000, 'j') + "\r\nContent-Length: 0\r\n\r\n")
                << int(JobState::Transferred) << 0u << QByteArray() << tls;
            // Resets at every phase: nothing kept, retried later (TransientError).
            QTest::newRow(
                qPrintable(QStringLiteral("cut in the status line") + QLatin1String(over)))
                << QByteArray("HTTP/1.1 20") << int(JobState::TransientError)
                << ErrorCode::E_ConnectionClosed << QByteArray() << tls;
            QTest::newRow(qPrintable(QStringLiteral("cut in the headers") + QLatin1String(over)))
                << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 10\r\nX-Hal")
                << int(JobState::TransientError) << ErrorCode::E_ConnectionClosed << QByteArray()
                << tls;
            QTest::newRow(qPrintable(
                QStringLiteral("cut in the body (Content-Length lies high)") + QLatin1String(over)))
                << QByteArray(
                       "HTTP/1.1 200 OK\r\nContent-Length: 10\r\nConnection: close\r\n\r\nhel")
                << int(JobState::TransientError) << ErrorCode::E_ConnectionClosed << QByteArray()
                << tls;
            QTest::newRow(
                qPrintable(QStringLiteral("status line without a reason") + QLatin1String(over)))
                << QByteArray("HTTP/1.1 200\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok")
                << int(JobState::Transferred) << 0u << QByteArray("ok") << tls;
            QTest::newRow(qPrintable(QStringLiteral("binary garbage") + QLatin1String(over)))
                << QByteArray("\x00\x01\x02\xff\xfe garbage\r\n\r\n", 16)
                << int(JobState::TransientError) << ErrorCode::E_ConnectionClosed << QByteArray()
                << tls;
            QTest::newRow(qPrintable(QStringLiteral("traversal name") + QLatin1String(over)))
                << QByteArray(
                       "HTTP/1.1 200 OK\r\nContent-Disposition: attachment; filename=\"/etc/../../x\"\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok")
                << int(JobState::Transferred) << 0u << QByteArray("ok") << tls;
        }
    }

    void hostileAnswers()
    {
        QFETCH(QByteArray, raw);
        QFETCH(int, state);
        QFETCH(quint32, code);
        QFETCH(QByteArray, body);
        QFETCH(bool, tls);
        TestServer::Route r;
        r.rawResponse = raw;
        const QByteArray path = "/hostile-" + QByteArray::number(qHash(raw));
        TestServer *server = tls ? m_https : m_http;
        server->setRoute(path, r);
        const QString out = folder();
        const QUuid id = startJob(*m_engine, server->url(QString::fromLatin1(path)), out, true, 60);
        if (state < 0) {
            QTRY_VERIFY_WITH_TIMEOUT(TestHelpers::state(*m_engine, id) == JobState::Transferred
                    || TestHelpers::state(*m_engine, id) == JobState::TransientError,
                5000);
            state = int(TestHelpers::state(*m_engine, id));
        }
        QTRY_COMPARE_WITH_TIMEOUT(int(TestHelpers::state(*m_engine, id)), state, 5000);
        if (JobState(state) == JobState::Transferred) {
            QVERIFY(m_engine->complete(id).ok());
            const QString file = job(*m_engine, id).files[0].localPath;
            QVERIFY(FileNameSanitizer::isInside(out, file));
            QCOMPARE(readFile(file), body);
        } else {
            if (code != 0) {
                QCOMPARE(errorOf(id).code, code);
                QCOMPARE(errorOf(id).context, ErrorContext::GeneralTransport);
            } else {
                QVERIFY(ErrorCode::isTransient(errorOf(id).code)); // retried, not given up
            }
            QVERIFY(m_engine->cancel(id).ok());
            QCOMPARE(QDir(out).entryList(QDir::Files), QStringList());
        }
    }

    void resetBeforeAnyByteIsTransient()
    {
        TestServer::Route r;
        r.resetAtOnce = true;
        m_http->setRoute("/reset", r);
        const QUuid id
            = startJob(*m_engine, m_http->url(QStringLiteral("/reset")), folder(), true, 60);
        QTRY_COMPARE_WITH_TIMEOUT(state(*m_engine, id), JobState::TransientError, 10000);
        const JobError e = errorOf(id);
        QVERIFY2(e.code == ErrorCode::E_ConnectionClosed, qPrintable(ErrorCode::hex(e.code)));
        QCOMPARE(e.context, ErrorContext::GeneralTransport);
        QCOMPARE(job(*m_engine, id).files[0].bytesTransferred, 0);
    }

    void serverErrorsAreRetried_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("500") << 500;
        QTest::newRow("502") << 502;
        QTest::newRow("503") << 503;
        QTest::newRow("504") << 504;
    }

    void serverErrorsAreRetried()
    {
        QFETCH(int, status);
        TestServer::Route r = route(50000);
        r.statusSequence = { status };
        const QByteArray path = "/flaky" + QByteArray::number(status);
        m_http->setRoute(path, r);
        const QUuid id = startJob(*m_engine, m_http->url(QString::fromLatin1(path)), folder());
        QTRY_COMPARE_WITH_TIMEOUT(m_events->count(m_events->errors, id)
                    + int(state(*m_engine, id) == JobState::TransientError)
                > 0,
            true, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(state(*m_engine, id), JobState::Transferred, 10000);
        QCOMPARE(m_http->requests(path).size(), 2); // one failure, retried once
        QCOMPARE(m_http->requests(path).first().status, status);
        QVERIFY(job(*m_engine, id).errorCount >= 1);
    }

    void slowDripIsNotAStall()
    {
        TestServer::Route r = route(6000);
        r.rate = 3000; // bytes per second: slow, but never silent
        m_http->setRoute("/drip", r);
        const QString path = download(m_http->url(QStringLiteral("/drip")), folder());
        QCOMPARE(readFile(path), TestServer::body(1, 6000));
    }

    void moreBytesThanAnnouncedAreNotWritten()
    {
        TestServer::Route r = route(1000);
        r.extraBytes = 5000;
        m_http->setRoute("/toolong", r);
        const QString path = download(m_http->url(QStringLiteral("/toolong")), folder());
        QCOMPARE(readFile(path), TestServer::body(1, 1000));
    }
};

QTEST_GUILESS_MAIN(TestTransfer)
#include "tst_transfer.moc"
