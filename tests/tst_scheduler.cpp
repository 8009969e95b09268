// The scheduler and the retry policy alone: pure rules, no engine, no network.
#include "core/engine/retrypolicy.h"
#include "core/engine/scheduler.h"

#include <QTest>

namespace {
QUuid n(int i)
{
    return QUuid(uint(i), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
}
Scheduler::Candidate queued(int i, JobPriority p = JobPriority::Normal)
{
    return { n(i), p, false, false };
}
Scheduler::Candidate moving(int i, JobPriority p = JobPriority::Normal)
{
    return { n(i), p, true, false };
}
} // namespace

class TestScheduler : public QObject
{
    Q_OBJECT

private slots:
    void atMostTheLimitOfBackgroundJobsRun()
    {
        const auto plan = Scheduler::plan({ queued(1), queued(2), queued(3) }, 2);
        QCOMPARE(plan.start, QList<QUuid>({ n(1), n(2) }));
        QVERIFY(plan.preempt.isEmpty());
    }

    void foregroundJobsAlwaysRun()
    {
        const auto plan
            = Scheduler::plan({ moving(1), moving(2), queued(3, JobPriority::Foreground) }, 2);
        QCOMPARE(plan.start, QList<QUuid>({ n(3) }));
        QVERIFY(plan.preempt.isEmpty());
    }

    void higherPriorityPreemptsALowerOne()
    {
        const auto plan
            = Scheduler::plan({ moving(1, JobPriority::Low), queued(2, JobPriority::High) }, 1);
        QCOMPARE(plan.start, QList<QUuid>({ n(2) }));
        QCOMPARE(plan.preempt, QList<QUuid>({ n(1) }));
    }

    void aJobWaitingForItsServerTakesNoPlace()
    {
        // Job 1's server has no free connection (or asked to wait): job 2 starts instead.
        QList<QUuid> asked;
        const auto plan
            = Scheduler::plan({ queued(1), moving(4, JobPriority::Low), queued(2), queued(3) }, 1,
                [&asked](const QUuid &id) {
                    asked << id;
                    return id != n(1);
                });
        QCOMPARE(plan.start, QList<QUuid>({ n(2) }));
        QCOMPARE(plan.preempt, QList<QUuid>({ n(4) })); // job 2 takes the place, not job 1
        QCOMPARE(asked, QList<QUuid>({ n(1), n(2) })); // never of job 3, which would not start
    }

    void aJobEarlierInTheQueueStartsFirstWithinItsPriority()
    {
        // Job 3 was moved to the top of the Normal jobs; job 2 is High and goes first anyway.
        const auto plan
            = Scheduler::plan({ queued(3), queued(1), queued(2, JobPriority::High) }, 2);
        QCOMPARE(plan.start, QList<QUuid>({ n(2), n(3) }));
    }

    void aMovingJobKeepsItsPlaceAmongEquals()
    {
        // Job 1 waits in front of the queue; job 2 already moves at the same priority.
        const auto plan = Scheduler::plan({ queued(1), moving(2) }, 1);
        QVERIFY(plan.start.isEmpty());
        QVERIFY(plan.preempt.isEmpty());
    }

    void aJobBeingHashedCountsAsRunning()
    {
        Scheduler::Candidate hashing = moving(1);
        hashing.hashing = true;
        const auto plan = Scheduler::plan({ moving(2), hashing, queued(3) }, 1);
        QVERIFY(plan.start.isEmpty());
        QVERIFY(!plan.preempt.contains(n(1))); // never stopped while its file is checked
    }

    void theDelayDoublesUpToTheCap()
    {
        auto first = RetryPolicy::next(0, 10, -1);
        QCOMPARE(first.waitSeconds, 10);
        QCOMPARE(first.nextDelaySeconds, 20);
        auto later = RetryPolicy::next(400, 10, -1);
        QCOMPARE(later.waitSeconds, 400);
        QCOMPARE(later.nextDelaySeconds, RetryPolicy::MaxDelaySeconds);
        QCOMPARE(RetryPolicy::next(0, 0, -1).waitSeconds, 1); // never at once
    }

    void retryAfterWins()
    {
        QCOMPARE(RetryPolicy::next(0, 10, 3).waitSeconds, 3);
        QCOMPARE(RetryPolicy::next(0, 10, 0).waitSeconds, 1);
    }

    void givingUpAfterTheNoProgressTimeout()
    {
        const QDateTime start = QDateTime::currentDateTimeUtc();
        QVERIFY(!RetryPolicy::givesUp(start, start.addSecs(59), 60));
        QVERIFY(RetryPolicy::givesUp(start, start.addSecs(60), 60));
        QVERIFY(!RetryPolicy::givesUp(QDateTime(), start, 60)); // no transient error yet
        QVERIFY(!RetryPolicy::givesUp(start, start.addSecs(99999), 0)); // 0: never
    }
};

QTEST_MAIN(TestScheduler)
#include "tst_scheduler.moc"
