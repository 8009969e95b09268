#include "core/engine/engine.h"
#include "core/model/errorcodes.h"
#include "tests/support/enginefixture.h"
#include "tests/support/eventrecorder.h"
#include "tests/support/testhelpers.h"
#include "tests/support/testserver.h"

#include <QDateTime>
#include <QTest>

using namespace TestHelpers;

// Trying again (../shared/spec/jobs.md): transient errors retried with a doubling back-off,
// Retry-After honoured, the minimum retry delay's floor, and the no-progress timeout that
// ends in Error keeping the server's own error, or HAUL_E_NO_PROGRESS after silence.
class TestRetries : public QObject, private EngineFixture
{
    Q_OBJECT
private slots:
    void initTestCase() { startServer(); }

    void transientErrorsRetryThenSucceed()
    {
        TestServer::Route r;
        r.size = 5000;
        r.statusSequence = { 503, 503 };
        m_server->setRoute("/flaky", r);
        Engine engine;
        QVERIFY(engine.open(newStore()).ok());
        EventRecorder events(&engine);
        const QUuid id
            = startJob(engine, m_server->url(QStringLiteral("/flaky")), folder(), true, 1);
        QTRY_COMPARE_WITH_TIMEOUT(state(engine, id), JobState::TransientError, 5000);
        JobError e;
        QVERIFY(engine.error(id, &e).ok());
        QCOMPARE(e.code, 0x801901F7u);
        QCOMPARE(e.context, ErrorContext::RemoteFile);
        QCOMPARE(e.httpStatus, 503);
        QCOMPARE(e.fileIndex, 0);
        QCOMPARE(e.protocol, QStringLiteral("http"));
        QTRY_COMPARE_WITH_TIMEOUT(state(engine, id), JobState::Transferred, 15000);
        const Job j = job(engine, id);
        QCOMPARE(j.errorCount, 2);
        QCOMPARE(events.errors.size(), 0); // TransientError does not emit jobError
        // The error object is gone once the job transferred again.
        QCOMPARE(engine.error(id, nullptr).code, ErrorCode::E_ErrorInformationUnavailable);
        // The back-off doubled between the two retries: at least 1 s then 2 s.
        const auto requests = m_server->requests("/flaky");
        QCOMPARE(requests.size(), 3);
    }

    void givingUpKeepsTheServersError()
    {
        // A server that keeps answering 500: once the no-progress timeout passes, the job
        // ends with the server's own error, as BITS keeps it, marked as given up.
        TestServer::Route r;
        r.status = 500;
        m_server->setRoute("/down", r);
        const QString store = newStore();
        Engine engine;
        QVERIFY(engine.open(store).ok());
        EventRecorder events(&engine);
        const QUuid id
            = startJob(engine, m_server->url(QStringLiteral("/down")), folder(), false, 1);
        QVERIFY(engine.setNoProgressTimeout(id, 2).ok());
        QVERIFY(engine.resume(id).ok());
        QTRY_COMPARE_WITH_TIMEOUT(state(engine, id), JobState::TransientError, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(state(engine, id), JobState::Error, 10000);
        QTRY_COMPARE(events.count(events.errors, id), 1);
        JobError e;
        QVERIFY(engine.error(id, &e).ok());
        QCOMPARE(e.code, ErrorCode::fromHttpStatus(500));
        QCOMPARE(e.codeName(), QStringLiteral("BG_E_HTTP_ERROR_500"));
        QCOMPARE(e.context, ErrorContext::RemoteFile);
        QCOMPARE(e.httpStatus, 500);
        QCOMPARE(e.fileIndex, 0);
        QVERIFY(e.gaveUp);
        QVERIFY(e.description().startsWith(ErrorCode::description(e.code)));
        QVERIFY2(e.description().contains(QStringLiteral("stopped retrying")),
            qPrintable(e.description()));
        QCOMPARE(e.remedy(), ErrorCode::Remedy::Retry);
        QVERIFY(job(engine, id).errorCount >= 2);

        // noProgressTimeout 0: every error is fatal at once.
        const QUuid strict
            = startJob(engine, m_server->url(QStringLiteral("/down")), folder(), false, 1);
        QVERIFY(engine.setNoProgressTimeout(strict, 0).ok());
        QVERIFY(engine.resume(strict).ok());
        QTRY_COMPARE_WITH_TIMEOUT(state(engine, strict), JobState::Error, 5000);
        QVERIFY(engine.error(strict, &e).ok());
        QCOMPARE(e.code, 0x801901F4u);
        QVERIFY(!e.gaveUp); // an error that was never retried was not given up
        QCOMPARE(job(engine, strict).errorCount, 1);

        // The flag survives a restart.
        engine.close();
        Engine again;
        QVERIFY(again.open(store).ok());
        QVERIFY(again.error(id, &e).ok());
        QVERIFY(e.gaveUp);
        QCOMPARE(e.code, ErrorCode::fromHttpStatus(500));
    }

    void aStallWithNoAnswerEndsInNoProgress()
    {
        // The server takes every request and never answers: there is no cause to keep
        // but the silence, so the job ends in HAUL_E_NO_PROGRESS.
        TestServer::Route r;
        r.size = 1000;
        r.stallInHead = 0;
        r.stallTimes = -1;
        m_server->setRoute("/silent", r);
        Engine::Settings settings;
        settings.stallTimeoutSeconds = 1;
        Engine engine(settings);
        QVERIFY(engine.open(newStore()).ok());
        const QUuid id
            = startJob(engine, m_server->url(QStringLiteral("/silent")), folder(), false, 1);
        QVERIFY(engine.setNoProgressTimeout(id, 2).ok());
        QVERIFY(engine.resume(id).ok());
        QTRY_COMPARE_WITH_TIMEOUT(state(engine, id), JobState::Error, 15000);
        JobError e;
        QVERIFY(engine.error(id, &e).ok());
        QCOMPARE(e.code, ErrorCode::E_NoProgress);
        QCOMPARE(e.context, ErrorContext::GeneralTransport);
        QCOMPARE(e.httpStatus, 0);
        QVERIFY(e.gaveUp);
        QVERIFY(e.details.contains(ErrorCode::hex(ErrorCode::E_Stalled)));
        QCOMPARE(e.description(), ErrorCode::description(ErrorCode::E_NoProgress));
        QCOMPARE(e.remedy(), ErrorCode::Remedy::Retry);
    }

    void retryAfterIsHonoured()
    {
        TestServer::Route r;
        r.size = 100;
        r.statusSequence = { 429 };
        r.retryAfter = 3;
        m_server->setRoute("/busy", r);
        Engine engine;
        QVERIFY(engine.open(newStore()).ok());
        const QUuid id
            = startJob(engine, m_server->url(QStringLiteral("/busy")), folder(), true, 1);
        QTRY_COMPARE_WITH_TIMEOUT(state(engine, id), JobState::TransientError, 5000);
        const Job j = job(engine, id);
        QVERIFY(j.retryAt.isValid());
        const qint64 wait = QDateTime::currentDateTime().msecsTo(j.retryAt);
        QVERIFY2(wait > 1500 && wait <= 3100, qPrintable(QString::number(wait)));
        QTest::qWait(1200);
        QCOMPARE(state(engine, id), JobState::TransientError); // the 1 s minimum did not win
        QTRY_COMPARE_WITH_TIMEOUT(state(engine, id), JobState::Transferred, 8000);
    }

    void setMinimumRetryDelayHasAFloor()
    {
        Engine engine;
        QVERIFY(engine.open(newStore()).ok());
        QUuid id;
        engine.createJob(QString(), JobPriority::Normal, &id);
        QVERIFY(engine.setMinimumRetryDelay(id, 0).ok());
        QCOMPARE(job(engine, id).minimumRetryDelay, 1);
        QCOMPARE(engine.setMinimumRetryDelay(id, -1).code, ErrorCode::E_InvalidArg);
        QCOMPARE(engine.setNoProgressTimeout(id, -5).code, ErrorCode::E_InvalidArg);
        QCOMPARE(job(engine, id).noProgressTimeout, 86400);
    }
};

QTEST_GUILESS_MAIN(TestRetries)
#include "tst_retries.moc"
