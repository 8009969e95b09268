// The schedule in the window (issue 18): the status bar's words as the schedule's edges
// pass (the clock injected and advanced), and Settings → Schedule editing the rules.
#include "core/engine/engine.h"
#include "core/engine/scheduleclock.h"
#include "ui/schedulelabel.h"
#include "ui/schedulepage.h"

#include <QApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {
class TestClock : public ScheduleClock
{
public:
    QDateTime now() const override { return m_now; }
    QDateTime m_now;
};
} // namespace

class TestScheduleWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("haul-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_schedulewindow"));
        QSettings().clear();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    void cleanupTestCase() { QSettings().clear(); }

    void theStatusBarSaysWhatTheScheduleDoes()
    {
        QTemporaryDir dir;
        auto clock = std::make_shared<TestClock>();
        clock->m_now = QDateTime::currentDateTime();
        clock->m_now.setTime(QTime(10, 0));
        Engine engine;
        engine.setClock(clock);
        Schedule schedule;
        ScheduleRule rule;
        QVERIFY(ScheduleRule::parse({ QStringLiteral("daily"), QStringLiteral("09:00-18:00"),
                                        QStringLiteral("limit"), QStringLiteral("2M") },
            &rule)
                    .isEmpty());
        schedule.rules << rule;
        engine.setSchedule(schedule);
        QVERIFY(engine.open(dir.filePath(QStringLiteral("jobs.sqlite"))).ok());
        ScheduleLabel label(&engine);
        label.show();
        QTRY_VERIFY(label.isVisible());
        QTRY_VERIFY2(
            label.text().startsWith(QStringLiteral("Limited to 2")), qPrintable(label.text()));
        QVERIFY2(label.text().endsWith(QStringLiteral("until 6:00 PM")), qPrintable(label.text()));
        clock->m_now.setTime(QTime(18, 30));
        engine.recheckSchedule();
        QTRY_VERIFY(label.isHidden());
        QCOMPARE(label.text(), QString());
    }

    void theSchedulePageEditsTheRules()
    {
        Schedule schedule;
        schedule.startAt = 2 * 60;
        SchedulePage page(schedule);
        auto *rule = page.findChild<QLineEdit *>(QStringLiteral("newScheduleRule"));
        auto *list = page.findChild<QListWidget *>(QStringLiteral("scheduleRules"));
        QVERIFY(rule && list);
        QTest::keyClicks(rule, QStringLiteral("sat,sun 00:00-24:00 pause"));
        QTest::keyClick(rule, Qt::Key_Return);
        QCOMPARE(list->count(), 1);
        QCOMPARE(list->item(0)->text(), QStringLiteral("sat,sun 00:00-24:00 pause"));
        QTest::keyClicks(rule, QStringLiteral("someday 9-5 pause"));
        QTest::keyClick(rule, Qt::Key_Return);
        QCOMPARE(list->count(), 1); // refused, and said why
        QCOMPARE(page.schedule().rules.size(), 1);
        QCOMPARE(page.schedule().startAt, 2 * 60);
        page.save();
        QCOMPARE(Schedule::load().rules.size(), 1);
        QCOMPARE(Schedule::load().startAt, 2 * 60);
    }
};

QTEST_MAIN(TestScheduleWindow)
#include "tst_schedulewindow.moc"
