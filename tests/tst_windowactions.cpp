// The window's everyday controls under the offscreen platform: the empty list and drops on
// it, the queue order, Restart, Remove with files, the speed limit and connections, the
// totals, Open folder without a file manager, the Add dialog's connections and limit.
#include "tests/support/testhelpers.h"
#include "tests/support/windowfixture.h"
#include "ui/addjobdialog.h"
#include "ui/downloadtotals.h"
#include "ui/jobactions.h"
#include "ui/jobtablemodel.h"
#include "ui/jobview.h"
#include "ui/limitsdialog.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDragEnterEvent>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTest>

using namespace TestHelpers;

class TestWindowActions : public QObject, private WindowFixture
{
    Q_OBJECT
private slots:
    void initTestCase() { openWindow(QStringLiteral("tst_windowactions")); }
    void cleanupTestCase() { closeWindow(); }
    void cleanup()
    {
        dismissThePane();
        m_window->jobActions()->setConfirmation({});
        m_window->searchBox()->clear();
    }

    void anEmptyListSaysWhatToDoAndTakesDroppedLinks()
    {
        auto *view = qobject_cast<JobView *>(m_window->view());
        QVERIFY(view);
        QCOMPARE(view->emptyText(), QStringLiteral("Paste or drop links here, or press Ctrl+N"));
        QMimeData mime;
        mime.setText(QStringLiteral("https://example.org/dropped.iso"));
        QWidget *viewport = view->viewport();
        const QPoint at = viewport->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &drop);
        QVERIFY(drop.isAccepted());
        AddJobDialog *dialog = nullptr;
        for (AddJobDialog *d : m_window->findChildren<AddJobDialog *>())
            if (d->isVisible())
                dialog = d;
        QVERIFY(dialog);
        QCOMPARE(
            dialog->urlsEdit()->toPlainText(), QStringLiteral("https://example.org/dropped.iso"));
        dialog->close();

        const QUuid id = newJob({ m_http->url(QStringLiteral("/empty.bin")) }, folder());
        QTRY_VERIFY(m_window->model()->rowOf(id) >= 0);
        QCOMPARE(view->emptyText(), QString());
        m_window->searchBox()->setText(QStringLiteral("no-such-download-anywhere"));
        QTRY_COMPARE(view->emptyText(), QStringLiteral("No downloads here"));
    }

    void theQueueActionsMoveTheSelectedDownloads()
    {
        const QString out = folder();
        QList<QUuid> ids;
        for (int i = 0; i < 3; ++i)
            ids << newJob({ m_http->url(QStringLiteral("/queue%1.bin").arg(i)) }, out);
        QTRY_VERIFY(m_window->model()->rowOf(ids[2]) >= 0);
        m_window->selectJob(ids[2]);
        action("Move to &top")->trigger();
        QTRY_VERIFY(queuePosition(ids[2]) < queuePosition(ids[0]));
        m_window->selectJob(ids[0]);
        action("Move to &bottom")->trigger();
        QTRY_VERIFY(queuePosition(ids[0]) > queuePosition(ids[1]));
        // The "#" column shows the place and sorts by it.
        JobTableModel *model = m_window->model();
        const QModelIndex cell = model->index(model->rowOf(ids[2]), JobTableModel::QueueColumn);
        QTRY_COMPARE(cell.data().toString(), QString::number(queuePosition(ids[2])));
        // The keys work in the table, where arrows move the current row.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
        m_window->selectJob(ids[1]);
        m_window->view()->setFocus();
        QTest::keyClick(m_window->view(), Qt::Key_Home, Qt::ControlModifier);
        QTRY_VERIFY(queuePosition(ids[1]) < queuePosition(ids[2]));
        QCOMPARE(m_window->selectedJobs(), QList<QUuid> { ids[1] });
        QTest::keyClick(m_window->view(), Qt::Key_Down, Qt::ControlModifier);
        QTRY_VERIFY(queuePosition(ids[1]) > queuePosition(ids[2]));
        QCOMPARE(action("Move &up")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Up));
        QCOMPARE(action("Move to &bottom")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_End));
    }

    void restartAsksNamingTheDownloadsThenStartsFromZero()
    {
        const QUuid id = newJob({ m_http->url(QStringLiteral("/restart.bin")) }, folder());
        m_engine->setDisplayName(id, QStringLiteral("holiday video"));
        QTRY_VERIFY(m_window->model()->rowOf(id) >= 0);
        QTRY_COMPARE(m_window->model()->job(id)->displayName, QStringLiteral("holiday video"));
        m_window->selectJob(id);
        QString asked;
        m_window->jobActions()->setConfirmation([&](const QString &, const QString &text) {
            asked = text;
            return true;
        });
        action("Res&tart…")->trigger();
        QVERIFY2(asked.contains(QStringLiteral("holiday video")), qPrintable(asked));
        QTRY_VERIFY(m_window->model()->job(id)->state != JobState::Suspended);
        QVERIFY(m_engine->cancel(id).ok());
        // Cancelled, it is downloaded again as a new download of the same address.
        QTRY_COMPARE(m_window->model()->job(id)->state, JobState::Cancelled);
        m_window->selectJob(id);
        const int before = int(m_engine->jobs().size());
        action("Res&tart…")->trigger();
        QVERIFY2(asked.contains(QStringLiteral("again")), qPrintable(asked));
        QTRY_COMPARE(int(m_engine->jobs().size()), before + 1);
        const Job again = m_engine->jobs().last();
        QVERIFY(again.id != id);
        QCOMPARE(again.files.value(0).remoteUrl, m_http->url(QStringLiteral("/restart.bin")));
        QCOMPARE(again.displayName, QStringLiteral("holiday video"));
        QCOMPARE(m_engine->job(id)->state, JobState::Cancelled); // the old one stays as it was
        m_engine->cancel(again.id);
    }

    void removeWithFilesDeletesExactlyTheFilesItNamed()
    {
        m_http->setRoute("/done.bin", route(5000));
        const QString out = folder();
        QFile other(out + QStringLiteral("/someone-else.txt"));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write("mine");
        other.close();
        const QUuid id = newJob({ m_http->url(QStringLiteral("/done.bin")) }, out);
        QVERIFY(m_engine->resume(id).ok());
        QTRY_COMPARE_WITH_TIMEOUT(m_window->model()->job(id)->state, JobState::Acknowledged, 10000);
        const QString path = m_window->model()->job(id)->files[0].localPath;
        QVERIFY(QFileInfo::exists(path));
        m_window->selectJob(id);
        QCOMPARE(m_window->jobActions()->filesToDelete({ id }), QStringList { path });
        QString asked;
        m_window->jobActions()->setConfirmation([&](const QString &, const QString &text) {
            asked = text;
            return true;
        });
        action("Remove &with files…")->trigger();
        QVERIFY2(asked.contains(QStringLiteral("done.bin")), qPrintable(asked));
        QTRY_VERIFY(!m_engine->job(id));
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(QFileInfo::exists(other.fileName()));
    }

    void theDeleteConfirmationNamesTheDownloads()
    {
        const QUuid id = newJob({ m_http->url(QStringLiteral("/named.bin")) }, folder());
        m_engine->setDisplayName(id, QStringLiteral("the big archive"));
        QTRY_COMPARE(m_window->model()->job(id)->displayName, QStringLiteral("the big archive"));
        m_window->selectJob(id);
        QString asked;
        m_window->jobActions()->setConfirmation([&](const QString &, const QString &text) {
            asked = text;
            return false;
        });
        m_window->cancelSelected(true);
        QVERIFY2(asked.contains(QStringLiteral("the big archive")), qPrintable(asked));
        QCOMPARE(m_engine->job(id)->state, JobState::Suspended); // the user said no
        QCOMPARE(JobActions::namesOf({ QStringLiteral("a"), QStringLiteral("b"),
                     QStringLiteral("c"), QStringLiteral("d"), QStringLiteral("e") }),
            QStringLiteral("a, b, c and 2 more"));
    }

    void theLimitsDialogSetsSpeedAndConnections()
    {
        const QUuid id = newJob({ m_http->url(QStringLiteral("/limits.bin")) }, folder());
        QTRY_VERIFY(m_window->model()->rowOf(id) >= 0);
        m_window->selectJob(id);
        action("Speed limit and co&nnections…")->trigger();
        LimitsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<LimitsDialog *>()) && dialog->isVisible());
        dialog->findChild<QSpinBox *>(QStringLiteral("rate"))->setValue(50);
        dialog->findChild<QSpinBox *>(QStringLiteral("connections"))->setValue(4);
        dialog->accept();
        QTRY_COMPARE(m_engine->job(id)->rateLimit, qint64(50 * 1024));
        QCOMPARE(m_engine->job(id)->connections, 4);
    }

    void theAddDialogsConnectionsAndLimitReachTheJob()
    {
        bool added = false;
        m_window->addJobs(
            { m_http->url(QStringLiteral("/advanced.bin")) }, folder(), QStringLiteral("advanced"),
            JobPriority::Normal, true, false, QString(),
            [&](bool ok, const QString &) { added = ok; }, {}, 6, 4096);
        QTRY_VERIFY(added);
        std::optional<Job> made;
        for (const Job &j : m_engine->jobs())
            if (j.displayName == QLatin1String("advanced"))
                made = j;
        QVERIFY(made);
        QCOMPARE(made->connections, 6);
        QCOMPARE(made->rateLimit, qint64(4096));
    }

    void openFolderWithoutAFileManagerSaysWhereItIs()
    {
        const QString out = folder();
        const QUuid id = newJob({ m_http->url(QStringLiteral("/where.bin")) }, out);
        QTRY_VERIFY(m_window->model()->rowOf(id) >= 0);
        m_window->selectJob(id);
        m_window->jobActions()->setUrlOpener([](const QUrl &) { return false; });
        m_window->openFiles(true);
        auto *box = m_window->findChild<QMessageBox *>(QStringLiteral("notOpened"));
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QVERIFY2(box->text().contains(out), qPrintable(box->text()));
        QPushButton *copy = nullptr;
        for (QAbstractButton *b : box->buttons())
            if (b->text() == QLatin1String("Copy path"))
                copy = qobject_cast<QPushButton *>(b);
        QVERIFY(copy);
        copy->click();
        QCOMPARE(QApplication::clipboard()->text(), out);
        m_window->jobActions()->setUrlOpener([](const QUrl &) { return true; });
    }

    void theTotalsSayHowManyRunAndHowFar()
    {
        Job running;
        running.state = JobState::Transferring;
        JobFile f;
        f.bytesTotal = 1000;
        f.bytesTransferred = 450;
        running.files = { f };
        Job paused = running;
        paused.state = JobState::Suspended;
        const DownloadTotals totals = DownloadTotals::of({ running, paused, running }, 2048);
        QCOMPARE(totals.running, 2);
        QCOMPARE(totals.bytesTotal, qint64(2000));
        QVERIFY2(totals.text().contains(QStringLiteral("45 %")), qPrintable(totals.text()));
        QVERIFY2(totals.text().contains(QStringLiteral("/s")), qPrintable(totals.text()));
        QCOMPARE(DownloadTotals::of({ paused }, 0).afterFinishing(),
            QStringLiteral("All downloads are done."));
        // The status bar speaks of downloads.
        bool found = false;
        for (QLabel *label : m_window->statusBar()->findChildren<QLabel *>())
            found = found || label->text().contains(QStringLiteral("download"));
        QVERIFY(found);
    }

private:
    QAction *action(const char *text) const
    {
        for (QAction *a : m_window->actions())
            if (a->text() == QString::fromUtf8(text))
                return a;
        qFatal("no action %s", text);
        return nullptr;
    }

    int queuePosition(const QUuid &id) const
    {
        const std::optional<Job> j = m_window->model()->job(id);
        return j ? j->queuePosition : -1;
    }
};

QTEST_MAIN(TestWindowActions)
#include "tst_windowactions.moc"
