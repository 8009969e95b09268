// The schedule (issue 18): rules by weekday and time, the daily start and pause times, as a
// pure policy; applied by the engine with a clock the test advances by hand (no test waits
// for real hours); and the `haul schedule` verbs.
#include "core/engine/engine.h"
#include "core/engine/schedule.h"
#include "core/engine/scheduleclock.h"
#include "tests/support/testhelpers.h"
#include "tests/support/verbfixture.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace TestHelpers;

namespace {

// 2026-12-07 is a Monday.
QDateTime monday(int hour, int minute = 0, int addDays = 0)
{
    return QDateTime(QDate(2026, 12, 7).addDays(addDays), QTime(hour, minute), Qt::UTC);
}

ScheduleRule rule(const QString &text)
{
    ScheduleRule r;
    const QString problem = ScheduleRule::parse(text.split(QLatin1Char(' ')), &r);
    if (!problem.isEmpty())
        qWarning("%s: %s", qPrintable(text), qPrintable(problem));
    return r;
}

class TestClock : public ScheduleClock
{
public:
    QDateTime now() const override { return m_now; }
    QDateTime m_now;
};

} // namespace

class TestSchedule : public QObject, VerbFixture
{
    Q_OBJECT

    std::shared_ptr<TestClock> m_clock = std::make_shared<TestClock>();
    int m_engineCounter = 0;

    QString newStore()
    {
        return m_dir.filePath(QStringLiteral("engine%1.sqlite").arg(++m_engineCounter));
    }

    QString folder()
    {
        const QString path = m_dir.filePath(QStringLiteral("out%1").arg(m_engineCounter));
        QDir().mkpath(path);
        return path;
    }

    std::unique_ptr<Engine> newEngine(const QString &store, const Schedule &schedule)
    {
        auto engine = std::make_unique<Engine>();
        engine->setClock(m_clock);
        engine->setSchedule(schedule);
        if (!engine->open(store).ok())
            return nullptr;
        return engine;
    }

    static Schedule workHours(const QString &action)
    {
        Schedule s;
        s.rules << rule(QStringLiteral("mon-fri 09:00-18:00 ") + action);
        return s;
    }

    static qint64 bytes(Engine &engine, const QUuid &id)
    {
        return job(engine, id).files.value(0).bytesTransferred;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("haul-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_schedule"));
        QSettings().clear();
        startServer();
    }
    void cleanupTestCase() { QSettings().clear(); }
    void cleanup() { stopEveryProcess(); }

    void aRuleAppliesOnItsDaysAndHoursOnly()
    {
        const Schedule s = workHours(QStringLiteral("limit 2M"));
        QCOMPARE(s.stateAt(monday(10)).rateLimit, qint64(2 * 1024 * 1024));
        QCOMPARE(s.stateAt(monday(10)).rule, 0);
        QCOMPARE(s.stateAt(monday(8, 59)).rateLimit, qint64(0));
        QCOMPARE(s.stateAt(monday(18)).rateLimit, qint64(0)); // the end is not in it
        QCOMPARE(s.stateAt(monday(10, 0, 5)).rateLimit, qint64(0)); // Saturday
        QVERIFY(!s.stateAt(monday(10)).held);
    }

    void aRuleCrossingMidnightHoldsTheNextMorning()
    {
        Schedule s;
        s.rules << rule(QStringLiteral("fri 22:00-06:00 pause"));
        QVERIFY(s.stateAt(monday(23, 0, 4)).held); // Friday night
        QVERIFY(s.stateAt(monday(5, 59, 5)).held); // Saturday morning
        QVERIFY(!s.stateAt(monday(6, 0, 5)).held);
        QVERIFY(!s.stateAt(monday(5, 0, 4)).held); // Friday morning: Thursday has no rule
        QCOMPARE(s.stateAt(monday(23, 0, 4)).until, monday(6, 0, 5));
    }

    void pauseWinsOverALimitAndTheLowerLimitWins()
    {
        Schedule s;
        s.rules << rule(QStringLiteral("daily 08:00-20:00 limit 4M"))
                << rule(QStringLiteral("mon 12:00-14:00 limit 1M"))
                << rule(QStringLiteral("mon 13:00-13:30 pause"));
        QCOMPARE(s.stateAt(monday(9)).rateLimit, qint64(4 << 20));
        QCOMPARE(s.stateAt(monday(12, 30)).rateLimit, qint64(1 << 20));
        QCOMPARE(s.stateAt(monday(12, 30)).rule, 1);
        const Schedule::State paused = s.stateAt(monday(13, 10));
        QVERIFY(paused.held);
        QCOMPARE(paused.rule, 2);
        QCOMPARE(paused.rateLimit, qint64(0));
        QCOMPARE(paused.until, monday(13, 30));
        // Until the next change, not the next edge: 14:00 ends the 1M, 20:00 the 4M.
        QCOMPARE(s.stateAt(monday(13, 45)).until, monday(14));
        QCOMPARE(s.stateAt(monday(14, 30)).until, monday(20));
        QCOMPARE(s.nextEdge(monday(12, 30)), monday(13));
    }

    void bothTimesHoldFromThePauseToTheStartEveryDay()
    {
        Schedule s;
        s.pauseAt = 8 * 60;
        s.startAt = 20 * 60;
        s.pauseSince = monday(7);
        QVERIFY(!s.stateAt(monday(7, 59)).held);
        QVERIFY(s.stateAt(monday(8)).held);
        QCOMPARE(s.stateAt(monday(8)).reason, Schedule::Reason::PauseTime);
        QCOMPARE(s.stateAt(monday(8)).until, monday(20));
        QVERIFY(!s.stateAt(monday(21)).held);
        QVERIFY(s.stateAt(monday(9, 0, 1)).held); // the next day too
        s.resume(monday(10)); // the user resumes by hand: free until the next pause time
        QVERIFY(!s.stateAt(monday(10, 1)).held);
        QVERIFY(s.stateAt(monday(8, 0, 1)).held);
    }

    void aStartTimeAloneHoldsOnceUntilItComes()
    {
        Schedule s;
        s.startAt = 2 * 60;
        s.startSince = monday(23); // queued at night
        QVERIFY(s.stateAt(monday(23, 30)).held);
        QCOMPARE(s.stateAt(monday(23, 30)).reason, Schedule::Reason::StartTime);
        QCOMPARE(s.stateAt(monday(23, 30)).until, monday(2, 0, 1));
        QVERIFY(!s.stateAt(monday(2, 0, 1)).held);
        QVERIFY(!s.stateAt(monday(23, 30, 1)).held); // once, not every night
    }

    void aPauseTimeAloneHoldsUntilTheUserResumes()
    {
        Schedule s;
        s.pauseAt = 7 * 60;
        s.pauseSince = monday(6);
        QVERIFY(!s.stateAt(monday(6, 30)).held);
        QVERIFY(s.stateAt(monday(7)).held);
        QVERIFY(s.stateAt(monday(20)).held);
        QVERIFY(!s.stateAt(monday(20)).until.isValid()); // no start time ends it
        s.resume(monday(20));
        QVERIFY(!s.stateAt(monday(20, 1)).held);
        QVERIFY(s.stateAt(monday(7, 0, 1)).held); // again the next morning
        Schedule setLate;
        setLate.pauseAt = 7 * 60;
        setLate.pauseSince = monday(10); // set after 07:00: acts from tomorrow's
        QVERIFY(!setLate.stateAt(monday(11)).held);
    }

    void theRuleSyntaxReadsBackAndRefusesNonsense()
    {
        QCOMPARE(rule(QStringLiteral("mon-fri 09:00-18:00 limit 2M")).text(),
            QStringLiteral("mon-fri 09:00-18:00 limit 2M"));
        QCOMPARE(rule(QStringLiteral("sat,sun 00:00-24:00 pause")).text(),
            QStringLiteral("sat,sun 00:00-24:00 pause"));
        QCOMPARE(rule(QStringLiteral("mon,tue,wed,thu,fri,sat,sun 22:00-06:00 limit 1500")).text(),
            QStringLiteral("daily 22:00-06:00 limit 1500"));
        QCOMPARE(rule(QStringLiteral("fri-mon 10:00-11:00 pause")).days, 0x1 | 0x10 | 0x20 | 0x40);
        ScheduleRule r;
        for (const char *bad : { "mon 09:00-18:00", "moon 09:00-18:00 pause", "mon 9-18 pause",
                 "mon 09:00-09:00 pause", "mon 25:00-26:00 pause", "mon 09:00-18:00 limit fast",
                 "mon 09:00-18:00 limit", "mon 24:00-09:00 pause", "mon 09:00-18:00 pause now" })
            QVERIFY2(!ScheduleRule::parse(QString::fromLatin1(bad).split(QLatin1Char(' ')), &r)
                          .isEmpty(),
                bad);
    }

    void theScheduleIsKeptInTheSettings()
    {
        Schedule s = workHours(QStringLiteral("limit 512k"));
        s.rules << rule(QStringLiteral("sat,sun 00:00-24:00 pause"));
        s.startAt = 2 * 60;
        s.startSince = monday(1);
        s.save();
        QCOMPARE(Schedule::load(), s);
        QCOMPARE(Schedule::fromJson(s.toJson()), s);
        Schedule().save();
        QVERIFY(Schedule::load().isEmpty());
    }

    void theStatusSaysWhatAppliesInWords()
    {
        const QLocale c(QLocale::English, QLocale::UnitedStates);
        Schedule s = workHours(QStringLiteral("limit 2M"));
        s.rules << rule(QStringLiteral("sat 00:00-08:00 pause"));
        const QString limited = Schedule::describe(s.stateAt(monday(10)), monday(10), c);
        QVERIFY2(limited.startsWith(QStringLiteral("Limited to 2")), qPrintable(limited));
        QVERIFY2(limited.endsWith(QStringLiteral("until 6:00 PM")), qPrintable(limited));
        const QString paused = Schedule::describe(s.stateAt(monday(7, 0, 5)), monday(7, 0, 5), c);
        QCOMPARE(paused, QStringLiteral("Paused by the schedule until 8:00 AM"));
        QCOMPARE(Schedule::describe(s.stateAt(monday(19)), monday(19), c), QString());
        // Until another day: its name comes first.
        s.rules << rule(QStringLiteral("fri 20:00-24:00 pause"));
        const QDateTime friday = monday(21, 0, 4);
        QCOMPARE(Schedule::describe(s.stateAt(friday), friday, c),
            QStringLiteral("Paused by the schedule until Sat 8:00 AM"));
        s.rules = { rule(QStringLiteral("daily 00:00-24:00 pause")) }; // never ends
        QCOMPARE(Schedule::describe(s.stateAt(monday(8)), monday(8), c),
            QStringLiteral("Paused by the schedule"));
        s.rules.clear();
        s.pauseAt = 7 * 60;
        QCOMPARE(Schedule::describe(s.stateAt(monday(8)), monday(8), c),
            QStringLiteral("Paused by the schedule until you resume downloads"));
    }

    void aBackgroundJobIsHeldAtTheEdgeAndResumesWithItsBytes()
    {
        TestServer::Route slow;
        slow.size = 2 * 1024 * 1024;
        slow.rate = 256 * 1024;
        m_server->setRoute("/slow.bin", slow);
        m_clock->m_now = monday(8, 59);
        auto engine = newEngine(newStore(), workHours(QStringLiteral("pause")));
        QVERIFY(engine);
        const QUuid id = startJob(*engine, m_server->url(QStringLiteral("/slow.bin")),
            folder() + QStringLiteral("/slow.bin"));
        QTRY_VERIFY_WITH_TIMEOUT(bytes(*engine, id) > 0, 10000);
        m_clock->m_now = monday(9, 0);
        engine->recheckSchedule();
        QVERIFY(engine->scheduleState().held);
        QTRY_COMPARE(TestHelpers::state(*engine, id), JobState::Queued);
        const qint64 kept = bytes(*engine, id);
        QVERIFY(kept > 0);
        const int asked = int(m_server->requests("/slow.bin").size());
        // Held: the scheduler does not start it again while the window lasts.
        m_server->clearRequests();
        engine->recheckSchedule();
        QTest::qWait(300);
        QCOMPARE(TestHelpers::state(*engine, id), JobState::Queued);
        QVERIFY(m_server->requests("/slow.bin").isEmpty());
        QVERIFY(asked > 0);
        m_clock->m_now = monday(18, 0, 0).addSecs(1);
        engine->recheckSchedule();
        QTRY_VERIFY_WITH_TIMEOUT(TestHelpers::state(*engine, id) == JobState::Transferred, 30000);
        const QList<TestServer::Request> again = m_server->requests("/slow.bin");
        QVERIFY(!again.isEmpty());
        QVERIFY2(again.first().headers.value("range").startsWith("bytes="),
            again.first().headers.value("range").constData()); // resumed, not from zero
        QCOMPARE(bytes(*engine, id), qint64(2 * 1024 * 1024));
        for (const TestServer::Request &r : again) // none of it asked from the start again
            QVERIFY2(!r.headers.value("range").startsWith("bytes=0-"), r.headers.value("range"));
    }

    void aForegroundJobIgnoresTheSchedule()
    {
        m_clock->m_now = monday(10);
        auto engine = newEngine(newStore(), workHours(QStringLiteral("pause")));
        QVERIFY(engine);
        QVERIFY(engine->scheduleState().held);
        const QUuid background = startJob(
            *engine, m_server->url(QStringLiteral("/a.bin")), folder() + QStringLiteral("/bg"));
        QUuid foreground;
        QVERIFY(engine->createJob(QStringLiteral("fg"), JobPriority::Foreground, &foreground).ok());
        QVERIFY(engine
                    ->addFile(foreground, m_server->url(QStringLiteral("/a.bin")),
                        folder() + QStringLiteral("/fg"))
                    .ok());
        QVERIFY(engine->resume(foreground).ok());
        QTRY_COMPARE_WITH_TIMEOUT(
            TestHelpers::state(*engine, foreground), JobState::Transferred, 10000);
        QCOMPARE(TestHelpers::state(*engine, background), JobState::Queued);
    }

    void theLimitChangesAtTheHour()
    {
        m_clock->m_now = monday(8, 0);
        auto engine = newEngine(newStore(), workHours(QStringLiteral("limit 2M")));
        QVERIFY(engine);
        engine->setGlobalRateLimit(0);
        QCOMPARE(engine->backgroundRateLimit(), qint64(0));
        QSignalSpy changed(engine.get(), &Engine::scheduleStateChanged);
        m_clock->m_now = monday(9, 0);
        engine->recheckSchedule();
        QCOMPARE(engine->backgroundRateLimit(), qint64(2 << 20));
        QCOMPARE(changed.size(), 1);
        // The user's global limit, lower, wins; higher, the schedule's does.
        engine->setGlobalRateLimit(1 << 20);
        QTRY_COMPARE(engine->backgroundRateLimit(), qint64(1 << 20));
        engine->setGlobalRateLimit(8 << 20);
        QTRY_COMPARE(engine->backgroundRateLimit(), qint64(2 << 20));
        m_clock->m_now = monday(18, 0);
        engine->recheckSchedule();
        QCOMPARE(engine->backgroundRateLimit(), qint64(8 << 20));
        QCOMPARE(changed.size(), 2);
    }

    void aRestartInsideAWindowStaysHeld()
    {
        const QString store = newStore();
        m_clock->m_now = monday(8, 0);
        QUuid id;
        {
            auto engine = newEngine(store, workHours(QStringLiteral("pause")));
            QVERIFY(engine);
            id = startJob(*engine, m_server->url(QStringLiteral("/a.bin")),
                folder() + QStringLiteral("/r"), false);
            m_clock->m_now = monday(10, 0);
            engine->recheckSchedule();
            QVERIFY(engine->resume(id).ok());
            engine->close();
        }
        // The user's schedule, from the settings, as after a restart of serve or the window.
        workHours(QStringLiteral("pause")).save();
        Engine engine;
        engine.setClock(m_clock);
        QVERIFY(engine.open(store).ok());
        QVERIFY(engine.scheduleState().held);
        QTest::qWait(300);
        QCOMPARE(TestHelpers::state(engine, id), JobState::Queued);
        m_clock->m_now = monday(18, 30);
        engine.recheckSchedule();
        QTRY_COMPARE_WITH_TIMEOUT(TestHelpers::state(engine, id), JobState::Transferred, 10000);
        Schedule().save();
    }

    void theVerbsEditShowAndRefuseBadInput();
};

void TestSchedule::theVerbsEditShowAndRefuseBadInput()
{
    freshStore();
    const QString s = QStringLiteral("schedule");
    QCOMPARE(
        haul({ s, QStringLiteral("add"), QStringLiteral("mon-fri"), QStringLiteral("09:00-18:00"),
                 QStringLiteral("limit"), QStringLiteral("2M") })
            .exitCode,
        0);
    QCOMPARE(haul({ s, QStringLiteral("add"), QStringLiteral("sat,sun"),
                      QStringLiteral("00:00-24:00"), QStringLiteral("pause") })
                 .exitCode,
        0);
    QCOMPARE(haul({ s, QStringLiteral("start"), QStringLiteral("02:00") }).exitCode, 0);
    // Bad input: exit 2, one line, nothing changed.
    for (const QStringList &bad :
        QList<QStringList> { { s, QStringLiteral("add"), QStringLiteral("mon"),
                                 QStringLiteral("9-18"), QStringLiteral("pause") },
            { s, QStringLiteral("remove"), QStringLiteral("7") },
            { s, QStringLiteral("start"), QStringLiteral("25:00") },
            { s, QStringLiteral("sometimes") } }) {
        const Run r = haul(bad);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err.trimmed().count('\n'), 0);
    }
    QJsonObject shown = json({ s });
    QJsonObject schedule = shown.value(QStringLiteral("schedule")).toObject();
    QCOMPARE(schedule.value(QStringLiteral("rules")).toArray().size(), 2);
    QCOMPARE(schedule.value(QStringLiteral("rules"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("text")),
        QStringLiteral("mon-fri 09:00-18:00 limit 2M"));
    QCOMPARE(schedule.value(QStringLiteral("start")).toString(), QStringLiteral("02:00"));
    QVERIFY(schedule.value(QStringLiteral("now")).toObject().contains(QStringLiteral("held")));
    const Run human = haul({ s });
    QVERIFY2(human.out.contains("1  mon-fri 09:00-18:00 limit 2M"), human.out.constData());
    QCOMPARE(haul({ s, QStringLiteral("remove"), QStringLiteral("1") }).exitCode, 0);
    QCOMPARE(haul({ s, QStringLiteral("start"), QStringLiteral("off") }).exitCode, 0);
    schedule = json({ s }).value(QStringLiteral("schedule")).toObject();
    QCOMPARE(schedule.value(QStringLiteral("rules")).toArray().size(), 1);
    QVERIFY(schedule.value(QStringLiteral("start")).isNull());
    // A running owner hears of a change at once.
    QProcess *owner = serve();
    const QJsonObject added = json({ s, QStringLiteral("add"), QStringLiteral("daily"),
        QStringLiteral("00:00-24:00"), QStringLiteral("pause") });
    QCOMPARE(added.value(QStringLiteral("schedule"))
                 .toObject()
                 .value(QStringLiteral("now"))
                 .toObject()
                 .value(QStringLiteral("held")),
        QJsonValue(true));
    QCOMPARE(added.value(QStringLiteral("owner")).toBool(), true);
    QCOMPARE(haul({ s, QStringLiteral("clear") }).exitCode, 0);
    QVERIFY(json({ s })
                .value(QStringLiteral("schedule"))
                .toObject()
                .value(QStringLiteral("rules"))
                .toArray()
                .isEmpty());
    stop(owner);
}

QTEST_GUILESS_MAIN(TestSchedule)
#include "tst_schedule.moc"
