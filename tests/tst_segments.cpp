// Segmented downloads: a file over several connections when one connection is slow, each
// writing its range at its offset; re-splitting so that no connection idles; segments persisted
// across an Error and a kill -9; the speed limit shared by every connection.
#include "core/store/jobstore.h"
#include "tests/support/segmentfixture.h"
#include "tests/support/testhelpers.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace TestHelpers;

class TestSegments : public QObject, private SegmentFixture
{
    Q_OBJECT
private slots:
    void initTestCase() { startServersAndEngine(5); }

    void cleanupTestCase() { stopEngine(); }

    void aFileOverSeveralConnections()
    {
        const qint64 size = 4 * 1024 * 1024 + 123;
        m_http->setRoute("/four.bin", route(size, 1024 * 1024));
        const QString out = folder();
        const QUuid id = start("/four.bin", out, 4);
        QTRY_VERIFY_WITH_TIMEOUT(job(*m_engine, id).files[0].segments.size() == 4, 5000);
        // The segments tile the file, in order.
        const QList<FileSegment> segments = job(*m_engine, id).files[0].segments;
        QCOMPARE(segments.first().start, 0);
        QCOMPARE(segments.last().end, size);
        for (int i = 1; i < segments.size(); ++i)
            QCOMPARE(segments[i].start, segments[i - 1].end);
        QTRY_COMPARE_WITH_TIMEOUT(state(*m_engine, id), JobState::Transferred, 20000);
        QVERIFY(m_engine->complete(id).ok());
        QCOMPARE(
            readFile(QDir(out).filePath(QStringLiteral("four.bin"))), TestServer::body(1, size));
        // The first request asked for everything; the others for closed ranges with If-Range.
        const auto requests = m_http->requests("/four.bin");
        QVERIFY(requests.size() >= 4);
        QVERIFY(requests[0].headers.value("range").isEmpty());
        int closed = 0;
        for (const TestServer::Request &r : requests) {
            if (r.headers.value("range").contains('-') && !r.headers.value("range").endsWith('-')) {
                ++closed;
                QVERIFY(!r.headers.value("if-range").isEmpty());
                QCOMPARE(r.status, 206);
            }
        }
        QVERIFY(closed >= 3);
        QVERIFY(job(*m_engine, id).files[0].segments.isEmpty()); // whole again
    }

    void oneConnectionStaysWhole()
    {
        m_http->setRoute("/one.bin", route(2 * 1024 * 1024));
        const QUuid id = start("/one.bin", folder(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(state(*m_engine, id), JobState::Transferred, 10000);
        QCOMPARE(m_http->requests("/one.bin").size(), 1);
        QVERIFY(m_engine->complete(id).ok());
    }

    void aFastConnectionIsNotSplit()
    {
        // One connection that would finish within a second and a half keeps the file.
        m_http->setRoute("/fast.bin", route(8 * 1024 * 1024));
        const QUuid id = start("/fast.bin", folder(), 4);
        QTRY_COMPARE_WITH_TIMEOUT(state(*m_engine, id), JobState::Transferred, 10000);
        QCOMPARE(m_http->requests("/fast.bin").size(), 1);
        QVERIFY(m_engine->complete(id).ok());
    }

    void aSmallFileIsNotSplit()
    {
        m_http->setRoute("/small.bin", route(300 * 1024));
        const QUuid id = start("/small.bin", folder(), 8);
        QTRY_COMPARE_WITH_TIMEOUT(state(*m_engine, id), JobState::Transferred, 10000);
        QCOMPARE(m_http->requests("/small.bin").size(), 1);
        QVERIFY(m_engine->complete(id).ok());
    }

    void anIdleConnectionTakesHalfOfTheLargestRange()
    {
        // A stored file: its first megabyte is here, the other three are one segment.
        const qint64 size = 4 * 1024 * 1024;
        m_http->setRoute("/split.bin", route(size, 3 * 1024 * 1024));
        const QString out = folder();
        const QString finalPath = QDir(out).filePath(QStringLiteral("split.bin"));
        {
            QFile temp(finalPath + QStringLiteral(".haul-part"));
            QVERIFY(temp.open(QIODevice::WriteOnly));
            temp.write(TestServer::body(1, 1024 * 1024));
        }
        // Learn the validator the server gives.
        m_http->setRoute("/probe.bin", route(size));
        const QUuid probe = start("/probe.bin", folder(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(state(*m_engine, probe), JobState::Transferred, 10000);
        const JobFile learnt = job(*m_engine, probe).files[0];
        m_engine->cancel(probe);

        JobFile f;
        f.remoteUrl = m_http->url(QStringLiteral("/split.bin"));
        f.localPath = finalPath;
        f.folder = out;
        f.nameFromUser = true;
        f.bytesTotal = size;
        f.etag = learnt.etag;
        f.lastModified = learnt.lastModified;
        f.resumable = true;
        f.segments = { { 0, 1024 * 1024, 1024 * 1024 }, { 1024 * 1024, size, 0 } };
        f.bytesTransferred = 1024 * 1024;
        Job j;
        j.id = QUuid::createUuid();
        j.state = JobState::Suspended;
        j.files = { f };
        j.connections = 2;
        j.creationTime = j.modificationTime = QDateTime::currentDateTime();
        const QString store = m_dir.filePath(QStringLiteral("split.sqlite"));
        {
            JobStore s;
            QVERIFY(s.open(store).ok());
            QVERIFY(s.saveJob(j));
        }
        Engine engine;
        QVERIFY(engine.open(store).ok());
        QCOMPARE(engine.job(j.id)->files[0].segments.size(), 2);
        QCOMPARE(engine.job(j.id)->files[0].bytesTransferred, 1024 * 1024);
        m_http->clearRequests();
        QVERIFY(engine.resume(j.id).ok());
        QTRY_COMPARE_WITH_TIMEOUT(state(engine, j.id), JobState::Transferred, 15000);
        QVERIFY(engine.complete(j.id).ok());
        QCOMPARE(readFile(finalPath), TestServer::body(1, size));
        // One connection continued the unfinished segment, a piece at a time; the other
        // took half of what nobody had asked for. No byte was asked for twice, the first
        // megabyte never, and the server sent exactly what was missing.
        const QList<TestServer::Request> asked = m_http->requests("/split.bin");
        const QList<QByteArray> list = ranges(asked);
        QVERIFY2(list.first().startsWith("bytes=1048576-"), list.join(' ').constData());
        int second = 0;
        for (const QByteArray &range : list)
            second += range.mid(6).split('-').value(0).toLongLong() >= 2621440 ? 1 : 0;
        QVERIFY2(second >= 1, list.join(' ').constData());
        QVERIFY2(!askedTwice(asked, size), list.join(' ').constData());
        QCOMPARE(bodyBytesSent(asked), size - 1024 * 1024);
    }

    void segmentsSurviveAnError_data()
    {
        QTest::addColumn<bool>("askPassword");
        QTest::newRow("404") << false;
        QTest::newRow("401 first") << true;
    }

    void segmentsSurviveAnError()
    {
        // A file half fetched over four connections meets a refusal when it goes on: every
        // segment keeps its bytes through Error, and the fix fetches only what is missing.
        QFETCH(bool, askPassword);
        const qint64 size = 8 * 1024 * 1024;
        TestServer server;
        server.setRoute("/err.bin", route(size, 512 * 1024));
        const QString out = folder();
        const QUuid id = startOn(server, "/err.bin", out, 4);
        QTRY_VERIFY_WITH_TIMEOUT(job(*m_engine, id).files[0].segments.size() >= 4
                && job(*m_engine, id).files[0].bytesTransferred > 2 * 1024 * 1024,
            15000);
        QVERIFY(m_engine->suspend(id).ok());
        const JobFile before = job(*m_engine, id).files[0];
        TestServer::Route refusing = route(size);
        if (askPassword) {
            refusing.basicUser = "ann";
            refusing.basicPassword = "secret";
        } else {
            refusing.status = 404;
        }
        server.setRoute("/err.bin", refusing);
        QVERIFY(m_engine->resume(id).ok());
        QTRY_COMPARE_WITH_TIMEOUT(state(*m_engine, id), JobState::Error, 15000);
        const JobFile failed = job(*m_engine, id).files[0];
        QCOMPARE(failed.bytesTransferred, before.bytesTransferred);
        QCOMPARE(failed.segments.size(), before.segments.size());
        QCOMPARE(job(*m_engine, id).error->httpStatus, askPassword ? 401 : 404);

        // The fix: the file is back, or the password is given.
        server.clearRequests();
        if (askPassword) {
            QVERIFY(m_engine
                        ->setCredentials(id, CredentialTarget::Server, CredentialScheme::Basic,
                            QStringLiteral("ann"), QStringLiteral("secret"))
                        .ok());
        } else {
            server.setRoute("/err.bin", route(size));
        }
        QVERIFY(m_engine->resume(id).ok());
        QTRY_COMPARE_WITH_TIMEOUT(state(*m_engine, id), JobState::Transferred, 20000);
        QVERIFY(m_engine->complete(id).ok());
        QCOMPARE(
            readFile(QDir(out).filePath(QStringLiteral("err.bin"))), TestServer::body(1, size));
        QList<TestServer::Request> answered;
        for (const TestServer::Request &q : server.requests("/err.bin")) {
            if (q.status == 206 || q.status == 200)
                answered.append(q);
        }
        QVERIFY(!askedTwice(answered, size));
        const qint64 missing = size - before.bytesTransferred;
        QVERIFY2(bodyBytesSent(answered) <= missing,
            qPrintable(
                QStringLiteral("%1 sent, %2 missing").arg(bodyBytesSent(answered)).arg(missing)));
    }

    void aChangedFileRestartsFromZero()
    {
        const qint64 size = 2 * 1024 * 1024;
        m_http->setRoute("/changing.bin", route(size, 512 * 1024));
        const QString out = folder();
        const QUuid id = start("/changing.bin", out, 4);
        QTRY_VERIFY_WITH_TIMEOUT(job(*m_engine, id).files[0].segments.size() > 1, 5000);
        QVERIFY(m_engine->suspend(id).ok());
        // The server now has another file under that name: If-Range fails, nothing is spliced.
        TestServer::Route changed = route(size);
        changed.seed = 9;
        m_http->setRoute("/changing.bin", changed);
        QVERIFY(m_engine->resume(id).ok());
        QTRY_COMPARE_WITH_TIMEOUT(state(*m_engine, id), JobState::Transferred, 15000);
        QVERIFY(m_engine->complete(id).ok());
        QCOMPARE(readFile(QDir(out).filePath(QStringLiteral("changing.bin"))),
            TestServer::body(9, size));
    }

    void theSpeedLimitHoldsForEveryConnectionTogether()
    {
        // Bounded: 1.5 MiB at 512 KiB/s over 4 connections takes about 3 s, never less than
        // the limit allows.
        const qint64 size = 3 * 512 * 1024;
        const qint64 limit = 512 * 1024;
        m_http->setRoute("/limited.bin", route(size));
        QElapsedTimer clock;
        clock.start();
        const QUuid id = start("/limited.bin", folder(), 4, limit);
        QTRY_COMPARE_WITH_TIMEOUT(state(*m_engine, id), JobState::Transferred, 20000);
        const double seconds = clock.elapsed() / 1000.0;
        // The first quarter second of allowance is a burst; the rest follows the limit.
        QVERIFY2(seconds >= (size - limit / 4) / double(limit) * 0.95,
            qPrintable(QString::number(seconds)));
        QVERIFY(m_engine->complete(id).ok());
    }

    void oneLimitForEveryJobTogether()
    {
        const qint64 size = 768 * 1024;
        const qint64 limit = 512 * 1024;
        m_http->setRoute("/global-a.bin", route(size));
        m_http->setRoute("/global-b.bin", route(size));
        m_engine->setGlobalRateLimit(limit);
        QElapsedTimer clock;
        clock.start();
        const QUuid a = start("/global-a.bin", folder(), 2);
        const QUuid b = start("/global-b.bin", folder(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(state(*m_engine, a) == JobState::Transferred
                && state(*m_engine, b) == JobState::Transferred,
            20000);
        const double seconds = clock.elapsed() / 1000.0;
        m_engine->setGlobalRateLimit(0);
        QVERIFY2(seconds >= (2 * size - limit / 4) / double(limit) * 0.95,
            qPrintable(QString::number(seconds)));
        QVERIFY(m_engine->complete(a).ok());
        QVERIFY(m_engine->complete(b).ok());
    }

    void aLimitChangesWhileRunning()
    {
        const qint64 size = 4 * 1024 * 1024;
        m_http->setRoute("/relimit.bin", route(size));
        const QUuid id = start("/relimit.bin", folder(), 1, 128 * 1024); // 32 s at this pace
        QTRY_VERIFY_WITH_TIMEOUT(job(*m_engine, id).files[0].bytesTransferred > 0, 10000);
        QVERIFY(job(*m_engine, id).files[0].bytesTransferred < size / 2);
        QVERIFY(m_engine->setRateLimit(id, 0).ok()); // lifted: the rest comes at once
        QTRY_COMPARE_WITH_TIMEOUT(state(*m_engine, id), JobState::Transferred, 10000);
        QVERIFY(m_engine->complete(id).ok());
    }

    void segmentsSurviveKill9()
    {
        const qint64 size = 12 * 1024 * 1024;
        m_http->setRoute("/crash.bin", route(size, 1024 * 1024));
        const QString out = folder();
        const QString store = m_dir.filePath(QStringLiteral("crash.sqlite"));
        const QString url = m_http->url(QStringLiteral("/crash.bin")).toString();
        auto run = [&](QProcess &p) {
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("HAUL_STORE"), store);
            env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
            env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
            p.setProcessEnvironment(env);
            p.setWorkingDirectory(out);
            p.start(QStringLiteral(HAUL_BINARY),
                { QStringLiteral("transfer"), QStringLiteral("--connections"), QStringLiteral("4"),
                    url });
        };
        QProcess first;
        run(first);
        // Wait until a checkpoint recorded progress in several segments.
        auto stored = [&]() -> JobFile {
            JobStore s;
            if (!s.open(store).ok())
                return JobFile();
            const QList<Job> jobs = s.loadJobs();
            return jobs.isEmpty() || jobs[0].files.isEmpty() ? JobFile() : jobs[0].files[0];
        };
        QTRY_VERIFY_WITH_TIMEOUT(
            stored().segments.size() >= 4 && stored().bytesTransferred > 2 * 1024 * 1024, 15000);
        first.kill(); // SIGKILL
        QVERIFY(first.waitForFinished(5000));
        const JobFile before = stored();
        int started = 0;
        for (const FileSegment &s : before.segments)
            started += s.done > 0 ? 1 : 0;
        QVERIFY(started >= 2);

        m_http->setRoute("/crash.bin", route(size));
        m_http->clearRequests();
        QProcess second;
        run(second);
        QVERIFY(second.waitForFinished(30000));
        QCOMPARE(second.exitCode(), 0);
        QCOMPARE(
            readFile(QDir(out).filePath(QStringLiteral("crash.bin"))), TestServer::body(1, size));
        // Only what was missing was fetched again (give or take the split rounding).
        qint64 sent = 0;
        for (const TestServer::Request &r : m_http->requests("/crash.bin")) {
            sent += r.bodyBytesSent;
            QVERIFY(r.headers.value("range").startsWith("bytes="));
        }
        QVERIFY2(sent <= size - before.bytesTransferred + 1024 * 1024,
            qPrintable(QStringLiteral("%1 sent, %2 were checkpointed")
                           .arg(sent)
                           .arg(before.bytesTransferred)));
    }
};

QTEST_MAIN(TestSegments)
#include "tst_segments.moc"
