#include "core/engine/engine.h"
#include "core/model/errorcodes.h"
#include "tests/support/testhelpers.h"
#include "tests/support/testserver.h"
#include "tests/support/transferfixture.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace TestHelpers;

// Going on after an interruption (jobs.md): only the rest is fetched, with Range and
// If-Range; a server that ignores ranges, answers the wrong one, has changed the file, gives
// no length or no validator, or answers 416 makes the download start again from 0 (or be
// done), never splice; another address for the same file continues from the same offset.
class TestResume : public QObject, private TransferFixture
{
    Q_OBJECT
private slots:
    void initTestCase() { startServersAndEngine(2); }

    void cleanupTestCase() { stopEngine(); }

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
};

QTEST_GUILESS_MAIN(TestResume)
#include "tst_resume.moc"
