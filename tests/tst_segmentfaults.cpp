// Segmented downloads from servers that get ranges wrong (the fault matrix's segment rows):
// every range answered from 0, closed ranges answered whole or with another range, extra
// connections turned away. The file goes on over fewer connections (remembered for the
// server) from the bytes on disk; progress never goes backwards, never a TransientError.
#include "tests/support/segmentfixture.h"
#include "tests/support/testhelpers.h"

#include <QDir>
#include <QSet>
#include <QTest>
#include <QTimer>

using namespace TestHelpers;

class TestSegmentFaults : public QObject, private SegmentFixture
{
    Q_OBJECT

    // Samples a job while it runs: whether its bytes ever went backwards, which states it
    // passed through.
    struct Watch
    {
        Engine &engine;
        const QUuid id;
        QTimer timer;
        qint64 last = 0;
        qint64 wentBackFrom = -1;
        QSet<JobState> states;
        Watch(Engine &engine, const QUuid &id)
            : engine(engine)
            , id(id)
        {
            timer.setInterval(50);
            QObject::connect(&timer, &QTimer::timeout, [this] {
                const Job j = job(this->engine, this->id);
                states.insert(j.state);
                if (j.progress().bytesTransferred < last && j.state != JobState::Acknowledged)
                    wentBackFrom = last;
                last = j.progress().bytesTransferred;
            });
            timer.start();
        }
        // Waits for Transferred; on the way the bytes never went backwards and the job was
        // never in TransientError.
        void untilTransferredSmoothly(int timeoutMs)
        {
            QTRY_COMPARE_WITH_TIMEOUT(state(engine, id), JobState::Transferred, timeoutMs);
            QCOMPARE(wentBackFrom, -1);
            QVERIFY(!states.contains(JobState::TransientError));
        }
    };

private slots:
    void initTestCase() { startServersAndEngine(5); }

    void cleanupTestCase() { stopEngine(); }

    void rangesAnsweredWronglyFallBackToOneConnection()
    {
        // Every range is answered from byte 0. The open response that was reading forward
        // goes on alone; nothing is spliced, nothing goes backwards. (A server of its own:
        // the engine remembers such a server.)
        const qint64 size = 2 * 1024 * 1024;
        TestServer server;
        TestServer::Route r = route(size, 512 * 1024); // slow enough to be worth splitting
        r.wrongRangeStart = 0;
        server.setRoute("/liar.bin", r);
        const QString out = folder();
        const QUuid id = startOn(server, "/liar.bin", out, 4);
        Watch watch(*m_engine, id);
        watch.untilTransferredSmoothly(15000);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(m_engine->complete(id).ok());
        QCOMPARE(
            readFile(QDir(out).filePath(QStringLiteral("liar.bin"))), TestServer::body(1, size));
    }

    void aServerThatAnswersClosedRangesWhole()
    {
        // Open ranges come right, a closed one gets 200 and the whole body: the file goes
        // on over one connection from the bytes on disk, and the next file from this
        // server is not split at all.
        const qint64 size = 3 * 1024 * 1024;
        TestServer server; // of its own: the engine remembers such a server
        TestServer::Route r = route(size, 768 * 1024);
        r.closedRangesWhole = true;
        server.setRoute("/closed.bin", r);
        server.setRoute("/closed2.bin", r);
        const QString out = folder();
        const QUuid id = startOn(server, "/closed.bin", out, 4);
        Watch watch(*m_engine, id);
        watch.untilTransferredSmoothly(20000);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(!watch.states.contains(JobState::Error));
        QVERIFY(m_engine->complete(id).ok());
        QCOMPARE(
            readFile(QDir(out).filePath(QStringLiteral("closed.bin"))), TestServer::body(1, size));
        // The open response went on reading: nothing came twice but what was in flight.
        QVERIFY2(bodyBytesSent(server.requests("/closed.bin")) <= size + 4 * 256 * 1024,
            qPrintable(QString::number(bodyBytesSent(server.requests("/closed.bin")))));

        const QUuid next = startOn(server, "/closed2.bin", folder(), 4);
        QTRY_COMPARE_WITH_TIMEOUT(state(*m_engine, next), JobState::Transferred, 20000);
        QCOMPARE(server.requests("/closed2.bin").size(), 1); // remembered: one connection
        QVERIFY(m_engine->complete(next).ok());
    }

    void storedSegmentsOnAServerThatAnswersClosedRangesWhole()
    {
        // No open response to keep this time: the segments of a suspended file meet a server
        // that now answers closed ranges with 200. One connection fetches each gap with an
        // open range; the bytes on disk stay.
        const qint64 size = 6 * 1024 * 1024;
        TestServer server;
        server.setRoute("/gaps.bin", route(size, 512 * 1024));
        const QString out = folder();
        const QUuid id = startOn(server, "/gaps.bin", out, 4);
        QTRY_VERIFY_WITH_TIMEOUT(job(*m_engine, id).files[0].segments.size() >= 4
                && job(*m_engine, id).files[0].bytesTransferred > 1024 * 1024,
            15000);
        QVERIFY(m_engine->suspend(id).ok());
        const qint64 kept = job(*m_engine, id).files[0].bytesTransferred;
        TestServer::Route r = route(size, 4 * 1024 * 1024);
        r.closedRangesWhole = true;
        server.setRoute("/gaps.bin", r);
        server.clearRequests();
        QVERIFY(m_engine->resume(id).ok());
        Watch watch(*m_engine, id);
        watch.untilTransferredSmoothly(20000);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(watch.last >= kept);
        QVERIFY(m_engine->complete(id).ok());
        QCOMPARE(
            readFile(QDir(out).filePath(QStringLiteral("gaps.bin"))), TestServer::body(1, size));
        int open = 0;
        for (const QByteArray &range : ranges(server.requests("/gaps.bin")))
            open += range.endsWith('-') ? 1 : 0;
        QVERIFY(open >= 1);
    }

    void aWrongRangeOnASegmentGoesOnOverOneConnection()
    {
        const qint64 size = 3 * 1024 * 1024;
        TestServer::Route r = route(size, 768 * 1024);
        r.closedRangeWrongStart = 0; // a closed range is answered from byte 0
        TestServer server; // of its own: the engine remembers such a server
        server.setRoute("/wrong.bin", r);
        const QString out = folder();
        const QUuid id = startOn(server, "/wrong.bin", out, 4);
        Watch watch(*m_engine, id);
        watch.untilTransferredSmoothly(20000);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(job(*m_engine, id).files[0].resumable); // open ranges are still trusted
        QVERIFY(m_engine->complete(id).ok());
        QCOMPARE(
            readFile(QDir(out).filePath(QStringLiteral("wrong.bin"))), TestServer::body(1, size));
        int closed = 0;
        for (const QByteArray &range : ranges(server.requests("/wrong.bin")))
            closed += range.contains('-') && !range.endsWith('-') ? 1 : 0;
        QVERIFY(closed >= 1);
    }

    void extraConnectionsTurnedAwayMeanFewerConnections_data()
    {
        QTest::addColumn<int>("refusal");
        QTest::newRow("503") << 503;
        QTest::newRow("429") << 429;
        QTest::newRow("closed at once") << 0;
    }

    void extraConnectionsTurnedAwayMeanFewerConnections()
    {
        QFETCH(int, refusal);
        const qint64 size = 3 * 1024 * 1024;
        TestServer server;
        TestServer::Route r = route(size, 512 * 1024);
        r.maxParallel = 2;
        r.refuseStatus = refusal;
        server.setRoute("/busy.bin", r);
        server.setRoute("/busy2.bin", r);
        const QString out = folder();
        const QUuid id = startOn(server, "/busy.bin", out, 4);
        Watch watch(*m_engine, id);
        watch.untilTransferredSmoothly(20000);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(job(*m_engine, id).errorCount, 0);
        QVERIFY(m_engine->complete(id).ok());
        QCOMPARE(
            readFile(QDir(out).filePath(QStringLiteral("busy.bin"))), TestServer::body(1, size));
        // Some were turned away, and the next file does not ask for more than were served.
        int refused = 0;
        for (const TestServer::Request &q : server.requests("/busy.bin"))
            refused += q.status == refusal ? 1 : 0;
        QVERIFY(refused >= 1);
        const int before = int(server.requests("/busy2.bin").size());
        QCOMPARE(before, 0);
        const QUuid next = startOn(server, "/busy2.bin", folder(), 4);
        QTRY_COMPARE_WITH_TIMEOUT(state(*m_engine, next), JobState::Transferred, 20000);
        for (const TestServer::Request &q : server.requests("/busy2.bin"))
            QCOMPARE(q.status == refusal, false);
        QVERIFY(m_engine->complete(next).ok());
    }
};

QTEST_MAIN(TestSegmentFaults)
#include "tst_segmentfaults.moc"
