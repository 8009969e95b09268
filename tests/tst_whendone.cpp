// What happens when downloads are done, in the real window under the offscreen platform:
// Open when done and Run… for one download (a real download from the loopback server, a
// real script), kept across a restart of the window; When all downloads finish with a fake
// logind on a private dbus-daemon (never the system bus), its countdown, Cancel, Suspend
// and Quit.
#include "tests/support/testhelpers.h"
#include "tests/support/windowfixture.h"
#include "ui/countdowndialog.h"
#include "ui/jobactions.h"
#include "ui/jobtablemodel.h"
#include "ui/mainwindow.h"
#include "ui/runwhendonedialog.h"
#include "ui/whenalldone.h"
#include "ui/whendone.h"

#include <QAction>
#include <QDBusConnection>
#include <QDBusContext>
#include <QDBusError>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace TestHelpers;

// logind's Manager as far as Haul uses it: answers Can… and records what it was asked.
class FakeLogind : public QObject, protected QDBusContext
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.login1.Manager")
public:
    QString canSuspend = QStringLiteral("yes");
    QString canPowerOff = QStringLiteral("no");
    bool refuse = false; // answer Suspend with an error, as polkit does
    QList<bool> suspends; // the `interactive` argument of each Suspend call
    QList<bool> powerOffs;

public slots:
    QString CanSuspend() { return canSuspend; }
    QString CanPowerOff() { return canPowerOff; }
    void Suspend(bool interactive)
    {
        suspends << interactive;
        if (refuse)
            sendErrorReply(
                QDBusError::AccessDenied, QStringLiteral("Interactive authentication required."));
    }
    void PowerOff(bool interactive) { powerOffs << interactive; }
};

class TestWhenDone : public QObject, private WindowFixture
{
    Q_OBJECT
public slots:
    // QDesktopServices' handler for file: URLs, in place of the desktop's program.
    void openUrl(const QUrl &url)
    {
        m_opened << url;
        m_existedWhenOpened << QFileInfo::exists(url.toLocalFile());
    }

private slots:
    void initTestCase()
    {
        startPrivateBus();
        // The window's default bus (systemBus) is the private one: the system's is never asked.
        qputenv("DBUS_SYSTEM_BUS_ADDRESS", m_busAddress.toUtf8());
        openWindow(QStringLiteral("tst_whendone"));
        QSettings().remove(QStringLiteral("whenDone"));
        QDesktopServices::setUrlHandler(QStringLiteral("file"), this, "openUrl");
    }

    void cleanupTestCase()
    {
        QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
        closeWindow();
        if (m_bus.state() != QProcess::NotRunning) {
            m_bus.terminate(); // by its pid, through QProcess
            m_bus.waitForFinished(5000);
        }
    }

    void cleanup() { dismissThePane(); }

    void openWhenDoneOpensTheSavedFileOnce()
    {
        const QString out = folder();
        const QUuid id = pausedJob(QStringLiteral("/open.bin"), out);
        QAction *open = action("openWhenDone");
        QVERIFY(open->isEnabled());
        QVERIFY(!open->isChecked());
        open->trigger();
        QVERIFY(m_window->jobActions()->whenDone()->opens(id));
        QVERIFY(m_window->jobActions()->opensWhenDone({ id }));

        m_opened.clear();
        m_existedWhenOpened.clear();
        QVERIFY(m_engine->resume(id).ok());
        QTRY_COMPARE_WITH_TIMEOUT(m_window->model()->job(id)->state, JobState::Acknowledged, 10000);
        const QString saved = QDir(out).filePath(QStringLiteral("open.bin"));
        QTRY_COMPARE(m_opened.size(), 1);
        QCOMPARE(m_opened.first(), QUrl::fromLocalFile(saved));
        QCOMPARE(m_existedWhenOpened, QList<bool> { true }); // final, not the .haul-part
        // Done once: a replayed Transferred does not open it again.
        m_engine->replayNotifications();
        QTest::qWait(500);
        QCOMPARE(m_opened.size(), 1);
        QVERIFY(!m_window->jobActions()->whenDone()->opens(id));
    }

    void runWhenDoneRunsTheProgramWithTheFinalPathsOnce()
    {
        const QString script = m_dir.filePath(QStringLiteral("when done.sh"));
        const QString record = m_dir.filePath(QStringLiteral("ran.txt"));
        writeScript(script, record);
        const QString out = folder();
        const QUuid id = pausedJob(QStringLiteral("/run.bin"), out);
        action("runWhenDone")->trigger();
        RunWhenDoneDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = visibleDialog()));
        // Something that cannot be run is refused, and the dialog says why.
        dialog->programEdit()->setText(QStringLiteral("no-such-program-anywhere-9f3"));
        dialog->accept();
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("problem"))
                    ->text()
                    .contains(QStringLiteral("no-such-program-anywhere-9f3")));
        dialog->programEdit()->setText(script);
        dialog->argumentsEdit()->setText(QStringLiteral("--from-haul \"two words\""));
        dialog->accept();
        QTRY_VERIFY(!visibleDialog());
        const WhenDone::Run run = m_window->jobActions()->whenDone()->run(id);
        QCOMPARE(run.program, script);
        QCOMPARE(run.arguments,
            QStringList({ QStringLiteral("--from-haul"), QStringLiteral("two words") }));

        const int openedBefore = int(m_opened.size());
        QVERIFY(m_engine->resume(id).ok());
        const QString saved = QDir(out).filePath(QStringLiteral("run.bin"));
        const QByteArray expected = "--from-haul\ntwo words\n" + saved.toUtf8() + "\n";
        QTRY_COMPARE_WITH_TIMEOUT(readFile(record), expected, 10000);
        m_engine->replayNotifications();
        QTest::qWait(800);
        QCOMPARE(readFile(record), expected); // once
        QCOMPARE(m_opened.size(), openedBefore); // Run… does not open it as well
    }

    void theChoiceSurvivesARestartOfTheWindow()
    {
        const QString out = folder();
        const QUuid id = pausedJob(QStringLiteral("/restart.bin"), out);
        action("openWhenDone")->trigger();

        delete m_window;
        m_window = new MainWindow(m_engine);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        QTRY_VERIFY(m_window->model()->rowOf(id) >= 0);
        m_window->selectJob(id);
        QTRY_VERIFY(action("openWhenDone")->isChecked());

        m_opened.clear();
        QVERIFY(m_engine->resume(id).ok());
        QTRY_COMPARE_WITH_TIMEOUT(m_opened.size(), 1, 10000);
        QCOMPARE(m_opened.first(),
            QUrl::fromLocalFile(QDir(out).filePath(QStringLiteral("restart.bin"))));
    }

    void aRemovedDownloadForgetsWhatItWouldDo()
    {
        const QUuid id = pausedJob(QStringLiteral("/removed.bin"), folder());
        action("openWhenDone")->trigger();
        WhenDone *whenDone = m_window->jobActions()->whenDone();
        QVERIFY(whenDone->opens(id));
        QVERIFY(m_engine->cancel(id).ok());
        QVERIFY(m_engine->removeJob(id).ok());
        QTRY_VERIFY(!whenDone->opens(id));
        QSettings s;
        s.beginGroup(QStringLiteral("whenDone"));
        QVERIFY(!s.childGroups().contains(id.toString(QUuid::WithoutBraces)));
    }

    void suspendIsOfferedWhenLogindSaysYes()
    {
        WhenAllDone *all = whenAllDone();
        QCOMPARE(all->choice(), WhenAllDone::Choice::Nothing); // at every start
        QVERIFY(action("whenAllDoneNothing")->isChecked());
        // From the default bus (DBUS_SYSTEM_BUS_ADDRESS: the private one) and from one given.
        QTRY_VERIFY(action("whenAllDoneSuspend")->isEnabled());
        all->setBus(QDBusConnection::connectToBus(m_busAddress, QStringLiteral("client")));
        QTRY_VERIFY(action("whenAllDoneSuspend")->isEnabled());
        QVERIFY(!action("whenAllDonePowerOff")->isEnabled()); // logind said "no"
        QVERIFY(action("whenAllDoneQuit")->isEnabled());
        QVERIFY(!whenAllDone()->isAvailable(WhenAllDone::Choice::PowerOff));
        QVERIFY(action("whenAllDonePowerOff")->toolTip().contains(QStringLiteral("logind")));
    }

    void cancellingTheCountdownDoesNotSuspend()
    {
        whenAllDone()->setCountdownSeconds(2);
        action("whenAllDoneSuspend")->trigger();
        QCOMPARE(whenAllDone()->choice(), WhenAllDone::Choice::Suspend);
        QTest::qWait(300); // nothing ran since the choice: no countdown
        QVERIFY(!whenAllDone()->countdown());

        finishOneDownload(QStringLiteral("/cancelled.bin"));
        QTRY_VERIFY_WITH_TIMEOUT(whenAllDone()->countdown(), 10000);
        CountdownDialog *countdown = whenAllDone()->countdown();
        QVERIFY(countdown->isVisible());
        QVERIFY(countdown->text().contains(QStringLiteral("suspend the computer in 2 second")));
        QTest::mouseClick(countdown->cancelButton(), Qt::LeftButton);
        QTRY_VERIFY(!whenAllDone()->countdown());
        QCOMPARE(whenAllDone()->choice(), WhenAllDone::Choice::Nothing);
        QVERIFY(action("whenAllDoneNothing")->isChecked());
        QTest::qWait(2500); // longer than the countdown
        QCOMPARE(m_logind.suspends, QList<bool>());
    }

    void theCountdownRunningOutSuspendsOnce()
    {
        whenAllDone()->setCountdownSeconds(1);
        action("whenAllDoneSuspend")->trigger();
        finishOneDownload(QStringLiteral("/suspend.bin"));
        QTRY_VERIFY_WITH_TIMEOUT(whenAllDone()->countdown(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_logind.suspends, QList<bool> { false }, 5000);
        QCOMPARE(whenAllDone()->choice(), WhenAllDone::Choice::Nothing); // done once
        finishOneDownload(QStringLiteral("/after-suspend.bin"));
        QTest::qWait(1500);
        QCOMPARE(m_logind.suspends, QList<bool> { false });
        QCOMPARE(m_logind.powerOffs, QList<bool>());
        QVERIFY(!whenAllDone()->countdown());
    }

    void aRefusedSuspendIsShown()
    {
        m_logind.refuse = true;
        whenAllDone()->setCountdownSeconds(30);
        action("whenAllDoneSuspend")->trigger();
        finishOneDownload(QStringLiteral("/refused.bin"));
        QTRY_VERIFY_WITH_TIMEOUT(whenAllDone()->countdown(), 10000);
        QTest::mouseClick(whenAllDone()->countdown()->nowButton(), Qt::LeftButton);
        QMessageBox *box = nullptr;
        QTRY_VERIFY(
            (box = m_window->findChild<QMessageBox *>(QStringLiteral("whenAllDoneFailed"))));
        QVERIFY(box->text().contains(QStringLiteral("Interactive authentication required.")));
        QCOMPARE(m_logind.suspends.size(), 2);
        box->close();
        m_logind.refuse = false;
    }

    // Last: the window is gone after it.
    void quitQuitsThroughTheQuitAction()
    {
        QAction *quit = nullptr;
        for (QAction *a : m_window->actions())
            if (a->text() == QStringLiteral("&Quit"))
                quit = a;
        QVERIFY(quit);
        QSignalSpy quitting(quit, &QAction::triggered);
        whenAllDone()->setCountdownSeconds(1);
        action("whenAllDoneQuit")->trigger();
        finishOneDownload(QStringLiteral("/quit.bin"));
        QTRY_VERIFY_WITH_TIMEOUT(whenAllDone()->countdown(), 10000);
        QVERIFY(whenAllDone()->countdown()->text().contains(QStringLiteral("Haul will quit in")));
        QTRY_COMPARE_WITH_TIMEOUT(quitting.count(), 1, 5000);
        QTRY_VERIFY(!m_window->isVisible());
        QCOMPARE(m_logind.suspends.size(), 2); // nothing but quitting
    }

private:
    void startPrivateBus()
    {
        const QString daemon = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
        if (daemon.isEmpty())
            QFAIL("dbus-daemon is missing: install the Debian package dbus");
        m_bus.start(daemon,
            { QStringLiteral("--session"), QStringLiteral("--nofork"),
                QStringLiteral("--print-address"),
                QStringLiteral("--address=unix:dir=") + m_dir.path() });
        QVERIFY(m_bus.waitForStarted(5000));
        QDeadlineTimer deadline(10000);
        while (!m_bus.canReadLine() && !deadline.hasExpired())
            m_bus.waitForReadyRead(200);
        m_busAddress = QString::fromUtf8(m_bus.readLine()).trimmed();
        QVERIFY2(!m_busAddress.isEmpty(), m_bus.readAllStandardError().constData());
        QDBusConnection logind
            = QDBusConnection::connectToBus(m_busAddress, QStringLiteral("fakeLogind"));
        QVERIFY(logind.isConnected());
        QVERIFY(logind.registerObject(
            QStringLiteral("/org/freedesktop/login1"), &m_logind, QDBusConnection::ExportAllSlots));
        QVERIFY(logind.registerService(QStringLiteral("org.freedesktop.login1")));
    }

    static void writeScript(const QString &path, const QString &record)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("#!/bin/sh\nprintf '%s\\n' \"$@\" >> '" + record.toUtf8() + "'\n");
        f.close();
        f.setPermissions(f.permissions() | QFileDevice::ExeOwner);
    }

    // A paused download of a small file, listed and selected in the window.
    QUuid pausedJob(const QString &path, const QString &into)
    {
        m_http->setRoute(path.toUtf8(), route(5000));
        const QUuid id = newJob({ m_http->url(path) }, into);
        for (int i = 0; i < 100 && m_window->model()->rowOf(id) < 0; ++i)
            QTest::qWait(50);
        m_window->selectJob(id);
        return id;
    }

    void finishOneDownload(const QString &path)
    {
        const QUuid id = newJob({ m_http->url(path) }, folder());
        m_http->setRoute(path.toUtf8(), route(5000));
        QVERIFY(m_engine->resume(id).ok());
        QTRY_COMPARE_WITH_TIMEOUT(state(*m_engine, id), JobState::Acknowledged, 10000);
    }

    QAction *action(const char *name) const
    {
        auto *found = m_window->findChild<QAction *>(QLatin1String(name));
        if (!found)
            qWarning("no action %s", name);
        return found;
    }

    WhenAllDone *whenAllDone() const { return m_window->findChild<WhenAllDone *>(); }

    RunWhenDoneDialog *visibleDialog() const
    {
        for (RunWhenDoneDialog *d : m_window->findChildren<RunWhenDoneDialog *>())
            if (d->isVisible())
                return d;
        return nullptr;
    }

    QProcess m_bus;
    QString m_busAddress;
    FakeLogind m_logind;
    QList<QUrl> m_opened;
    QList<bool> m_existedWhenOpened;
};

QTEST_MAIN(TestWhenDone)
#include "tst_whendone.moc"
