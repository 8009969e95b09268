// Polite to servers (issue 17): a cap on the connections every job together opens to one
// server, fewer connections for a while after a server turned extra ones away, and a
// Retry-After that holds every job's new requests to that server. Counted and timed at the
// loopback server's side; each test runs an engine of its own.
#include "core/engine/enginepreferences.h"
#include "core/engine/serverlimits.h"
#include "tests/support/testhelpers.h"
#include "tests/support/testserver.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <memory>

using namespace TestHelpers;

class TestPoliteness : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    std::unique_ptr<Engine> newEngine(int connectionsPerHost)
    {
        Engine::Settings settings;
        settings.stallTimeoutSeconds = 10;
        settings.connectionsPerHost = connectionsPerHost;
        auto engine = std::make_unique<Engine>(settings);
        const QString store = m_dir.filePath(QStringLiteral("jobs%1.sqlite").arg(++m_counter));
        if (!engine->open(store).ok())
            return nullptr;
        return engine;
    }

    QString folder()
    {
        const QString path = m_dir.filePath(QStringLiteral("out%1").arg(++m_counter));
        QDir().mkpath(path);
        return path;
    }

    static QUuid start(Engine &engine, const QUrl &url, const QString &into, int connections)
    {
        const QUuid id = startJob(engine, url, into, false);
        engine.setConnections(id, connections);
        engine.resume(id);
        return id;
    }

    static TestServer::Route route(qint64 size, qint64 rate)
    {
        TestServer::Route r;
        r.size = size;
        r.rate = rate;
        return r;
    }

    // The file a finished job completed to holds the server's bytes.
    static void completesWithTheServersBytes(Engine &engine, const QUuid &id, qint64 size)
    {
        QTRY_COMPARE_WITH_TIMEOUT(state(engine, id), JobState::Transferred, 40000);
        QCOMPARE(job(engine, id).errorCount, 0);
        QVERIFY(engine.complete(id).ok());
        QCOMPARE(readFile(job(engine, id).files.value(0).localPath), TestServer::body(1, size));
    }

    static int countStatus(const QList<TestServer::Request> &requests, int status)
    {
        return int(std::count_if(requests.begin(), requests.end(),
            [status](const TestServer::Request &r) { return r.status == status; }));
    }

    static qint64 firstRequestMs(const TestServer &server, const QByteArray &path)
    {
        const QList<TestServer::Request> requests = server.requests(path);
        return requests.isEmpty() ? -1 : requests.first().receivedMs;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void aCapOfTwoHoldsThreeJobsOfFourConnectionsToTwo()
    {
        TestServer server;
        const qint64 size = 2 * 1024 * 1024;
        for (const char *path : { "/a.bin", "/b.bin", "/c.bin" })
            server.setRoute(path, route(size, 512 * 1024));
        std::unique_ptr<Engine> engine = newEngine(2);
        QVERIFY(engine);
        QList<QUuid> ids;
        for (const char *path : { "/a.bin", "/b.bin", "/c.bin" })
            ids << start(*engine, server.url(QLatin1String(path)), folder(), 4);
        // The third waits for a connection, Queued: waiting is no failure.
        QTRY_VERIFY_WITH_TIMEOUT(state(*engine, ids[0]) == JobState::Transferring
                && state(*engine, ids[1]) == JobState::Transferring,
            10000);
        QCOMPARE(state(*engine, ids[2]), JobState::Queued);
        for (const QUuid &id : std::as_const(ids))
            completesWithTheServersBytes(*engine, id, size);
        QVERIFY(server.mostAnsweringAtOnce() <= 2);
        QCOMPARE(server.mostAnsweringAtOnce(), 2); // the two did run side by side
    }

    void aFileTakesOnlyTheConnectionsFreeAtItsServer()
    {
        TestServer server;
        const qint64 size = 3 * 1024 * 1024;
        server.setRoute("/big.bin", route(size, 512 * 1024));
        std::unique_ptr<Engine> engine = newEngine(3);
        QVERIFY(engine);
        const QUuid id = start(*engine, server.url(QStringLiteral("/big.bin")), folder(), 8);
        completesWithTheServersBytes(*engine, id, size);
        QCOMPARE(server.mostAnsweringAtOnce(), 3); // split, within the cap
    }

    void busyAnswersToExtraConnectionsMeanFewerConnectionsForAWhile()
    {
        // Two answers at once, more are refused with 503 (no Retry-After: only the file's
        // and the server's connections are at stake).
        TestServer server;
        const qint64 size = 3 * 1024 * 1024;
        TestServer::Route r = route(size, 512 * 1024);
        r.maxParallel = 2;
        r.refuseStatus = 503;
        r.refuseRetryAfter = -1;
        server.setRoute("/first.bin", r);
        server.setRoute("/later.bin", r);
        std::unique_ptr<Engine> engine = newEngine(8);
        QVERIFY(engine);
        const QUuid first = start(*engine, server.url(QStringLiteral("/first.bin")), folder(), 8);
        completesWithTheServersBytes(*engine, first, size);
        const int refused = countStatus(server.requests("/first.bin"), 503);
        QVERIFY(refused >= 1);
        QVERIFY2(refused <= 6, qPrintable(QString::number(refused))); // each extra at most once
        // A later file of that server asks no more than it served.
        const QUuid later = start(*engine, server.url(QStringLiteral("/later.bin")), folder(), 8);
        completesWithTheServersBytes(*engine, later, size);
        QCOMPARE(countStatus(server.requests("/later.bin"), 503), 0);
    }

    void aLimitLearntFromABusyServerEndsAfterAWhile()
    {
        ServerLimits limits;
        qint64 now = 1000000;
        limits.setClockForTest([&now] { return now; });
        const QUrl url(QStringLiteral("http://example.org/file"));
        limits.limit(url, 2, ServerLimits::TurnedAwaySeconds);
        limits.limit(QUrl(QStringLiteral("http://example.org:8080/x")), 1); // another server
        QCOMPARE(limits.connections(url, 8), 2);
        now += (ServerLimits::TurnedAwaySeconds - 1) * 1000;
        QCOMPARE(limits.connections(url, 8), 2);
        now += 2000;
        QCOMPARE(limits.connections(url, 8), 8);
        QCOMPARE(limits.connections(QUrl(QStringLiteral("http://example.org:8080/y")), 8), 1);
    }

    void retryAfterOnOneJobHoldsTheOtherJobsOfThatServer()
    {
        TestServer server;
        TestServer::Route busy = route(64 * 1024, 0);
        busy.statusSequence = { 503 };
        busy.retryAfter = 2;
        server.setRoute("/busy.bin", busy);
        server.setRoute("/other.bin", route(64 * 1024, 0));
        std::unique_ptr<Engine> engine = newEngine(8);
        QVERIFY(engine);
        const QUuid asked = start(*engine, server.url(QStringLiteral("/busy.bin")), folder(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(state(*engine, asked), JobState::TransientError, 10000);
        const QUuid other = start(*engine, server.url(QStringLiteral("/other.bin")), folder(), 1);
        QCOMPARE(state(*engine, other), JobState::Queued); // waits, not an error
        QTRY_COMPARE_WITH_TIMEOUT(state(*engine, other), JobState::Transferred, 15000);
        QCOMPARE(job(*engine, other).errorCount, 0);
        QTRY_COMPARE_WITH_TIMEOUT(state(*engine, asked), JobState::Transferred, 15000);
        const qint64 refusedAt = firstRequestMs(server, "/busy.bin");
        QVERIFY(refusedAt > 0);
        const qint64 otherAt = firstRequestMs(server, "/other.bin");
        QVERIFY2(otherAt >= refusedAt + 2000,
            qPrintable(QStringLiteral("asked %1 ms after the 503").arg(otherAt - refusedAt)));
    }

    void retryAfterOnAnExtraConnectionHoldsNewFilesOfThatServer()
    {
        // One answer at a time; an extra connection is refused with 429 and Retry-After: 2.
        TestServer server;
        const qint64 size = 2 * 1024 * 1024;
        TestServer::Route r = route(size, 512 * 1024);
        r.maxParallel = 1;
        r.refuseStatus = 429;
        r.refuseRetryAfter = 2;
        server.setRoute("/split.bin", r);
        server.setRoute("/next.bin", route(64 * 1024, 0));
        std::unique_ptr<Engine> engine = newEngine(8);
        QVERIFY(engine);
        const QUuid split = start(*engine, server.url(QStringLiteral("/split.bin")), folder(), 4);
        QTRY_VERIFY_WITH_TIMEOUT(countStatus(server.requests("/split.bin"), 429) >= 1, 10000);
        const QUuid next = start(*engine, server.url(QStringLiteral("/next.bin")), folder(), 1);
        completesWithTheServersBytes(*engine, split, size);
        completesWithTheServersBytes(*engine, next, 64 * 1024);
        QVERIFY(countStatus(server.requests("/split.bin"), 429) <= 3);
        qint64 refusedAt = 0;
        for (const TestServer::Request &q : server.requests("/split.bin"))
            refusedAt = q.status == 429 && refusedAt == 0 ? q.receivedMs : refusedAt;
        const qint64 nextAt = firstRequestMs(server, "/next.bin");
        QVERIFY2(nextAt >= refusedAt + 2000,
            qPrintable(QStringLiteral("asked %1 ms after the 429").arg(nextAt - refusedAt)));
    }

    void aRetryingJobWaitsForItsServersRetryAfter()
    {
        // One job meets a 500 (its own retry in 1 s), another a 503 with Retry-After: 3 from
        // the same server: the first retries no sooner than the server asked.
        TestServer server;
        TestServer::Route failing = route(64 * 1024, 0);
        failing.statusSequence = { 500 };
        server.setRoute("/failing.bin", failing);
        TestServer::Route busy = route(64 * 1024, 0);
        busy.statusSequence = { 503 };
        busy.retryAfter = 3;
        server.setRoute("/busy.bin", busy);
        std::unique_ptr<Engine> engine = newEngine(8);
        QVERIFY(engine);
        const QUuid retrying
            = start(*engine, server.url(QStringLiteral("/failing.bin")), folder(), 1);
        const QUuid asked = start(*engine, server.url(QStringLiteral("/busy.bin")), folder(), 1);
        // It stays in TransientError with the server's retry time, as the one that was asked.
        QTRY_COMPARE_WITH_TIMEOUT(state(*engine, asked), JobState::TransientError, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(state(*engine, retrying) == JobState::TransientError
                && job(*engine, retrying).retryAt.isValid()
                && job(*engine, retrying).retryAt >= job(*engine, asked).retryAt.addMSecs(-1000),
            2000);
        QTRY_COMPARE_WITH_TIMEOUT(state(*engine, retrying), JobState::Transferred, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(state(*engine, asked), JobState::Transferred, 15000);
        const QList<TestServer::Request> retries = server.requests("/failing.bin");
        QCOMPARE(retries.size(), 2);
        const qint64 refusedAt = firstRequestMs(server, "/busy.bin");
        QVERIFY2(retries.at(1).receivedMs >= refusedAt + 3000,
            qPrintable(QStringLiteral("retried %1 ms after the 503")
                           .arg(retries.at(1).receivedMs - refusedAt)));
    }

    void theConnectionsPerServerSettingPersists()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("haul-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_politeness"));
        QSettings().clear();
        QCOMPARE(EnginePreferences::load().connectionsPerHost, 8); // the default
        EnginePreferences preferences = EnginePreferences::load();
        preferences.connectionsPerHost = 3;
        preferences.save();
        const EnginePreferences loaded = EnginePreferences::load();
        QCOMPARE(loaded.connectionsPerHost, 3);
        // Applied as the window, `haul transfer` and `haul serve` apply them.
        Engine engine;
        loaded.applyTo(&engine);
        QTRY_COMPARE(engine.settings().connectionsPerHost, 3);
        QSettings().clear();
    }
};

QTEST_MAIN(TestPoliteness)
#include "tst_politeness.moc"
