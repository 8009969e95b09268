// The window under the offscreen platform: the model follows the engine through real
// downloads from the loopback test server; filters, search, sorting, bulk actions, keys,
// the clipboard and drops; the add and settings dialogs; trusting a certificate from the
// error pane and revoking it in Settings; the window never waits for a busy engine; a verb
// from a second process shows up in the open window; a damaged store is reported.
#include "core/l10n/format.h"
#include "core/model/errorcodes.h"
#include "core/protocol/storeowner.h"
#include "tests/support/testhelpers.h"
#include "tests/support/windowfixture.h"
#include "ui/addjobdialog.h"
#include "ui/appsettings.h"
#include "ui/errorpane.h"
#include "ui/jobdetails.h"
#include "ui/jobfiltermodel.h"
#include "ui/jobtablemodel.h"
#include "ui/mainwindow.h"
#include "ui/settingsdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QEventLoop>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>

using namespace TestHelpers;

class TestWindow : public QObject, private WindowFixture
{
    Q_OBJECT
private slots:
    void initTestCase() { openWindow(QStringLiteral("tst_window")); }

    void cleanupTestCase() { closeWindow(); }

    void cleanup() { dismissThePane(); }

    void modelFollowsARealDownload()
    {
        TestServer::Route r = route(6000000);
        r.rate = 1500000; // four seconds: long enough to measure a speed
        m_http->setRoute("/follow.bin", r);
        const QString out = folder();
        const QUuid id = newJob({ m_http->url(QStringLiteral("/follow.bin")) }, out, 86400);
        JobTableModel *model = m_window->model();
        QTRY_VERIFY(model->rowOf(id) >= 0);
        const int row = model->rowOf(id);
        QCOMPARE(model->data(model->index(row, JobTableModel::StateColumn)).toString(),
            JobTypes::stateDisplayName(JobState::Suspended));
        QVERIFY(m_engine->resume(id).ok());
        QTRY_COMPARE_WITH_TIMEOUT(model->job(id)->state, JobState::Transferring, 5000);
        // Bytes move in the model while the download runs, and a speed is measured.
        QTRY_VERIFY_WITH_TIMEOUT(model->job(id)->progress().bytesTransferred > 0, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(model->speed(id) > 0, 5000);
        QCOMPARE(model->job(id)->progress().bytesTotal, qint64(6000000));
        // The window completes a Transferred job, as a BITS application does.
        QTRY_COMPARE_WITH_TIMEOUT(model->job(id)->state, JobState::Acknowledged, 10000);
        const QModelIndex progress = model->index(model->rowOf(id), JobTableModel::ProgressColumn);
        QCOMPARE(progress.data(JobTableModel::ProgressRole).toInt(), 1000);
        QCOMPARE(readFile(QDir(out).filePath(QStringLiteral("follow.bin"))),
            TestServer::body(1, 6000000));
        QVERIFY(model->count(JobTableModel::Category::Finished) >= 1);

        // Selecting it shows its details and its history.
        m_window->selectJob(id);
        QCOMPARE(m_window->details()->jobId(), id);
        const QList<JobEvent> history = m_engine->history(id);
        QVERIFY(history.size() >= 4);
        QCOMPARE(history.first().state, JobState::Suspended);
        QCOMPARE(history.last().state, JobState::Acknowledged);
    }

    void filterAndSearch()
    {
        m_http->setRoute("/paused-one.bin", route(10));
        const QUuid paused = newJob({ m_http->url(QStringLiteral("/paused-one.bin")) }, folder());
        QTRY_VERIFY(m_window->model()->rowOf(paused) >= 0);
        JobFilterModel *filter = m_window->filter();
        m_window->categories()->setCurrentRow(int(JobTableModel::Category::Paused));
        for (int i = 0; i < filter->rowCount(); ++i)
            QCOMPARE(JobState(filter->index(i, 0).data(JobTableModel::StateRole).toInt()),
                JobState::Suspended);
        QVERIFY(filter->rowCount() >= 1);
        m_window->searchBox()->setText(QStringLiteral("paused-one"));
        QCOMPARE(filter->rowCount(), 1);
        QCOMPARE(filter->index(0, 0).data(JobTableModel::JobIdRole).toUuid(), paused);
        m_window->searchBox()->setText(QStringLiteral("no-such-name"));
        QCOMPARE(filter->rowCount(), 0);
        m_window->searchBox()->clear();
        m_window->categories()->setCurrentRow(0);
        QCOMPARE(filter->rowCount(), m_window->model()->rowCount());
        // Sorting by any column works on raw values.
        m_window->view()->sortByColumn(JobTableModel::SizeColumn, Qt::AscendingOrder);
        for (int i = 1; i < filter->rowCount(); ++i)
            QVERIFY(filter->index(i - 1, JobTableModel::SizeColumn)
                        .data(JobTableModel::SortRole)
                        .toLongLong()
                <= filter->index(i, JobTableModel::SizeColumn)
                       .data(JobTableModel::SortRole)
                       .toLongLong());
        QVERIFY(m_engine->cancel(paused).ok());
    }

    void trustACertificateFromThePaneThenRevokeItInSettings()
    {
        m_selfSigned->setRoute("/own-cert.bin", route(30000));
        const QString out = folder();
        const QUuid id = newJob({ m_selfSigned->url(QStringLiteral("/own-cert.bin")) }, out);
        QVERIFY(m_engine->resume(id).ok());
        QVERIFY(paneShows(id));
        QCOMPARE(pane()->fix(), ErrorPane::Fix::Certificate);
        JobError e;
        QVERIFY(m_engine->error(id, &e).ok());
        const QString fingerprint = e.certificate.fingerprint();
        QVERIFY(pane()->certificateText().contains(fingerprint));
        QVERIFY(pane()->certificateText().contains(e.certificate.subject));
        QVERIFY(pane()->trustCertificateBox()->text().contains(e.certificate.host));
        QVERIFY(!pane()->trustCertificateBox()->isChecked()); // never by default
        pane()->copyDetails();
        QVERIFY(QApplication::clipboard()->text().contains(fingerprint));
        // Declining the confirmation trusts nothing and resumes nothing.
        pane()->trustCertificateBox()->setChecked(true);
        QString asked;
        pane()->setConfirmation([&](const QString &, const QString &text) {
            asked = text;
            return false;
        });
        QVERIFY(!pane()->fixAndResume());
        QVERIFY(asked.contains(fingerprint));
        QVERIFY(m_engine->trustedCertificates().isEmpty());
        QCOMPARE(state(*m_engine, id), JobState::Error);
        pane()->setConfirmation([](const QString &, const QString &) { return true; });
        QVERIFY(pane()->fixAndResume());
        QTRY_COMPARE_WITH_TIMEOUT(state(*m_engine, id), JobState::Acknowledged, 10000);
        QCOMPARE(readFile(QDir(out).filePath(QStringLiteral("own-cert.bin"))),
            TestServer::body(1, 30000));
        // Settings lists it; Remove, then OK, revokes it.
        SettingsDialog dialog(AppSettings::load(), m_engine);
        QTreeWidget *list = dialog.trustedCertificates();
        QVERIFY(list);
        QTRY_COMPARE(list->topLevelItemCount(), 1); // filled in when the engine answers
        QCOMPARE(list->topLevelItem(0)->text(3), fingerprint);
        list->setCurrentItem(list->topLevelItem(0));
        auto *remove = dialog.findChild<QPushButton *>(QStringLiteral("removeCertificate"));
        QVERIFY(remove && remove->isEnabled());
        remove->click();
        QCOMPARE(list->topLevelItemCount(), 0);
        QCOMPARE(m_engine->trustedCertificates().size(), 1); // not before OK
        dialog.accept();
        QVERIFY(m_engine->trustedCertificates().isEmpty());
    }

    void addDialogRejectsBadUrls()
    {
        const int before = int(m_engine->jobs().size());
        AddJobDialog *dialog = m_window->openAddDialog();
        QPushButton *ok = dialog->addButton();
        dialog->setFolder(folder());
        dialog->setUrlsText(
            QStringLiteral("ftp://example.org/a.iso\nhttps://[oops/x\nhttps://example.org/ok.iso"));
        QVERIFY(!ok->isEnabled());
        QVERIFY(dialog->problem().contains(QStringLiteral("ftp://example.org/a.iso")));
        QVERIFY(dialog->problem().contains(QStringLiteral("[oops")));
        QVERIFY(!dialog->problem().contains(QStringLiteral("ok.iso")));
        QLabel *inline_ = dialog->findChild<QLabel *>(QStringLiteral("urlProblem"));
        QVERIFY(inline_ && inline_->isVisible());
        dialog->accept(); // refused: the dialog stays and nothing is created
        QVERIFY(dialog->isVisible());
        QCOMPARE(int(m_engine->jobs().size()), before);

        // An unwritable folder is refused too.
        dialog->setUrlsText(QStringLiteral("https://example.org/ok.iso"));
        dialog->setFolder(m_dir.filePath(QStringLiteral("does-not-exist")));
        QVERIFY(!ok->isEnabled());
        // Fixed: it is accepted and one paused job is created.
        const QString out = folder();
        m_http->setRoute("/added.bin", route(10));
        dialog->setFolder(out);
        dialog->setUrlsText(m_http->url(QStringLiteral("/added.bin")).toString());
        QVERIFY(ok->isEnabled());
        QVERIFY(dialog->problem().isEmpty());
        const AddJobDialog::Request request = dialog->request();
        std::optional<bool> accepted;
        m_window->addJobs(request.urls, request.folder, QStringLiteral("added"), JobPriority::Low,
            true, true, QString(), [&](bool ok, const QString &) { accepted = ok; });
        QTRY_VERIFY(accepted.has_value()); // the engine's answer comes by continuation
        QVERIFY(*accepted);
        dialog->close();
        QCOMPARE(int(m_engine->jobs().size()), before + 1);
        const Job added = m_engine->jobs().last();
        QCOMPARE(added.state, JobState::Suspended);
        QCOMPARE(added.priority, JobPriority::Low);
        QCOMPARE(added.files.size(), 1);
        QVERIFY(m_engine->cancel(added.id).ok());
        QCOMPARE(
            AddJobDialog::urlsIn(QStringLiteral("see https://a.example/x and ftp://b/ y")).size(),
            1);
    }

    void bulkActionsOnTheSelection()
    {
        m_http->setRoute("/bulk.bin", route(10));
        const QUuid a = newJob({ m_http->url(QStringLiteral("/bulk.bin")) }, folder());
        const QUuid b = newJob({ m_http->url(QStringLiteral("/bulk.bin")) }, folder());
        QTRY_VERIFY(m_window->model()->rowOf(a) >= 0 && m_window->model()->rowOf(b) >= 0);
        m_window->selectJob(a);
        const QModelIndex bIndex = m_window->filter()->mapFromSource(
            m_window->model()->index(m_window->model()->rowOf(b), 0));
        m_window->view()->selectionModel()->select(
            bIndex, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(m_window->selectedJobs().size(), 2);
        m_window->setSelectedPriority(JobPriority::High);
        QCOMPARE(job(*m_engine, a).priority, JobPriority::High);
        QCOMPARE(job(*m_engine, b).priority, JobPriority::High);
        m_window->cancelSelected(false);
        QCOMPARE(state(*m_engine, a), JobState::Cancelled);
        QCOMPARE(state(*m_engine, b), JobState::Cancelled);
    }

    void keyboardAndClipboard()
    {
        m_http->setRoute("/keys.bin", route(100));
        const QUuid id = newJob({ m_http->url(QStringLiteral("/keys.bin")) }, folder());
        QTRY_VERIFY(m_window->model()->rowOf(id) >= 0);
        m_window->selectJob(id);
        m_window->view()->setFocus();
        // Space resumes what is paused.
        QTest::keyClick(m_window->view(), Qt::Key_Space);
        QTRY_COMPARE_WITH_TIMEOUT(state(*m_engine, id), JobState::Acknowledged, 10000);
        // Copy address puts the job's URLs on the clipboard; Ctrl+V of URLs opens the Add
        // dialog with them.
        m_window->selectJob(id);
        QApplication::clipboard()->clear();
        QTest::keyClick(m_window->view(), Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(
            QApplication::clipboard()->text(), m_http->url(QStringLiteral("/keys.bin")).toString());
        m_window->pasteUrls();
        AddJobDialog *dialog = nullptr;
        for (AddJobDialog *d : m_window->findChildren<AddJobDialog *>())
            if (d->isVisible())
                dialog = d;
        QVERIFY(dialog);
        QCOMPARE(
            dialog->urlsEdit()->toPlainText(), m_http->url(QStringLiteral("/keys.bin")).toString());
        dialog->close();
        // Delete on a finished job removes it from the list (after asking), never its file.
        const QString path = job(*m_engine, id).files[0].localPath;
        QString asked;
        QTimer answer;
        connect(&answer, &QTimer::timeout, this, [&] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                auto *box = qobject_cast<QMessageBox *>(w);
                if (box && box->isVisible()) {
                    asked = box->text();
                    box->button(QMessageBox::Yes)->click();
                }
            }
        });
        answer.start(100);
        // What the user sees decides what Delete asks.
        QTRY_COMPARE(m_window->model()->job(id)->state, JobState::Acknowledged);
        m_window->selectJob(id);
        QCOMPARE(m_window->selectedJobs(), QList<QUuid> { id });
        m_window->cancelSelected(true);
        answer.stop();
        QVERIFY2(asked.contains(QStringLiteral("not touched")), qPrintable(asked));
        QVERIFY(!m_engine->job(id));
        QVERIFY(QFileInfo::exists(path));
    }

    void dropOpensTheAddDialog()
    {
        auto *mime = new QMimeData;
        mime->setUrls({ QUrl(QStringLiteral("https://example.org/dropped.iso")),
            QUrl::fromLocalFile(QStringLiteral("/etc/hostname")) });
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window, &drop);
        AddJobDialog *dialog = nullptr;
        for (AddJobDialog *d : m_window->findChildren<AddJobDialog *>())
            if (d->isVisible())
                dialog = d;
        QVERIFY(dialog);
        // Links are kept; local files are not downloads.
        QCOMPARE(
            dialog->urlsEdit()->toPlainText(), QStringLiteral("https://example.org/dropped.iso"));
        dialog->close();
        delete mime;
    }

    void settingsDialogEditsTheSettings()
    {
        AppSettings before = AppSettings::load();
        before.parallelJobs = 2;
        before.closeToTray = false;
        before.browserAddAtOnce = false;
        SettingsDialog dialog(before);
        QCOMPARE(dialog.findChildren<QSpinBox *>().first()->value(), 2);
        dialog.findChildren<QSpinBox *>().first()->setValue(6);
        auto *language = dialog.findChild<QComboBox *>();
        language->setCurrentIndex(language->findData(QStringLiteral("fr")));
        for (QCheckBox *box : dialog.findChildren<QCheckBox *>())
            box->setChecked(true);
        // The proxy of new jobs: manual, with a bypass list.
        auto *proxyMode = dialog.findChild<QComboBox *>(QStringLiteral("proxyMode"));
        proxyMode->setCurrentIndex(proxyMode->findData(int(ProxySettings::Mode::Override)));
        dialog.findChild<QLineEdit *>(QStringLiteral("proxyList"))
            ->setText(QStringLiteral("socks5h://127.0.0.1:1080"));
        dialog.findChild<QLineEdit *>(QStringLiteral("proxyBypass"))
            ->setText(QStringLiteral("<local>"));
        const AppSettings after = dialog.settings();
        QCOMPARE(after.defaultProxy.mode, ProxySettings::Mode::Override);
        QCOMPARE(
            after.defaultProxy.proxies, QStringList { QStringLiteral("socks5h://127.0.0.1:1080") });
        QCOMPARE(after.defaultProxy.bypass, QStringList { QStringLiteral("<local>") });
        QCOMPARE(after.parallelJobs, 6);
        QCOMPARE(after.language, QStringLiteral("fr"));
        QVERIFY(after.closeToTray);
        QVERIFY(after.notifications);
        QVERIFY(after.browserAddAtOnce);
        after.save();
        QCOMPARE(AppSettings::load().parallelJobs, 6);
        QVERIFY(AppSettings::load().browserAddAtOnce);
        QCOMPARE(AppSettings::load().defaultProxy.proxies, after.defaultProxy.proxies);
        before.save();
    }

    void theWindowNeverWaitsForABusyEngine()
    {
        TestServer::Route slow = route(4000000);
        slow.rate = 500000;
        m_http->setRoute("/busy.bin", slow);
        const QUuid a = newJob({ m_http->url(QStringLiteral("/busy.bin")) }, folder());
        const QUuid b = newJob({ m_http->url(QStringLiteral("/busy.bin")) }, folder());
        QVERIFY(m_engine->resume(b).ok());
        JobTableModel *model = m_window->model();
        QTRY_VERIFY(model->rowOf(a) >= 0 && model->rowOf(b) >= 0);
        QTRY_VERIFY_WITH_TIMEOUT(model->job(b)->state == JobState::Transferring, 5000);

        // A 10 ms timer on the GUI thread; its worst lateness is how long the window stood.
        QElapsedTimer clock;
        qint64 last = -1;
        qint64 worstLate = 0;
        QTimer beat;
        beat.setTimerType(Qt::PreciseTimer);
        beat.setInterval(10);
        connect(&beat, &QTimer::timeout, this, [&] {
            const qint64 now = clock.elapsed();
            if (last >= 0)
                worstLate = std::max(worstLate, now - last - 10);
            last = now;
        });
        // The engine thread is busy for two seconds, as in a long fdatasync; the answer to
        // a call made now comes after it, which shows the actions below met a busy engine.
        m_engine->stallForTest(2000);
        qint64 answeredAfter = -1;
        m_engine->post(
            this, [](Engine &) { return 0; }, [&](int) { answeredAfter = clock.elapsed(); });
        clock.start();
        beat.start();
        const QList<std::function<void()>> actions = {
            [&] { m_window->selectJob(a); },
            [&] { m_window->resumeSelected(); },
            [&] { m_window->selectJob(b); },
            [&] { m_window->suspendSelected(); },
            [&] { m_window->view()->sortByColumn(JobTableModel::NameColumn, Qt::AscendingOrder); },
            [&] { m_window->selectJob(a); },
            [&] { m_window->toggleSelected(); },
            [&] {
                m_window->view()->sortByColumn(JobTableModel::AddedColumn, Qt::DescendingOrder);
            },
        };
        for (int i = 0; i < actions.size(); ++i)
            QTimer::singleShot(100 + i * 200, this, actions.at(i));
        QEventLoop loop;
        QTimer::singleShot(2600, &loop, &QEventLoop::quit);
        loop.exec();
        beat.stop();
        QVERIFY2(answeredAfter >= 1900, qPrintable(QString::number(answeredAfter)));
        QVERIFY2(
            worstLate <= 50, qPrintable(QStringLiteral("the window stood %1 ms").arg(worstLate)));
        // The commands took effect once the engine was free, in order: b suspended; a
        // resumed (the toggle, seeing a still paused in a model the busy engine had not
        // updated yet, resumed it too).
        QCOMPARE(state(*m_engine, b), JobState::Suspended);
        QVERIFY(state(*m_engine, a) != JobState::Suspended);
        QTRY_COMPARE(model->job(b)->state, JobState::Suspended);
        m_engine->cancel(a);
        m_engine->cancel(b);
    }

    void layoutIsRemembered()
    {
        {
            MainWindow first(m_engine);
            first.view()->setColumnWidth(JobTableModel::SpeedColumn, 211);
            first.resize(760, 640); // within the offscreen screen, 800 wide
        } // saved when closed
        MainWindow second(m_engine);
        QCOMPARE(second.view()->columnWidth(JobTableModel::SpeedColumn), 211);
        QCOMPARE(second.size(), QSize(760, 640));
    }

    void formatsForPeople()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(Format::duration(45), QStringLiteral("45 s"));
        QCOMPARE(Format::duration(125), QStringLiteral("2 min 5 s"));
        QCOMPARE(Format::duration(7200), QStringLiteral("2 h"));
        QCOMPARE(Format::duration(86400 + 3 * 3600), QStringLiteral("1 d 3 h"));
        QCOMPARE(Format::size(1536), QStringLiteral("1.5 KiB"));
        QCOMPARE(Format::speed(0), QString());
        QCOMPARE(Format::speed(2.5 * 1024 * 1024), QStringLiteral("2.5 MiB/s"));
        // A certificate's dates never lose their century.
        const QDateTime far(QDate(2126, 10, 30), QTime(12, 0));
        QCOMPARE(Format::fullDate(far), QStringLiteral("10/30/2126"));
        QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Spain));
        QVERIFY(Format::fullDate(far).contains(QStringLiteral("2126")));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void aVerbFromASecondProcessAppearsInTheWindow()
    {
        StoreOwner owner;
        qint64 pid = 0;
        QVERIFY(owner.claim(m_store, &pid));
        QString problem;
        QVERIFY2(owner.listen(m_engine, &problem), qPrintable(problem));
        owner.setHasWindow(true);
        QSignalSpy shown(&owner, &StoreOwner::showRequested);

        QProcess haul;
        haul.start(QStringLiteral(HAUL_BINARY),
            { QStringLiteral("--store"), m_store, QStringLiteral("create"),
                QStringLiteral("--name"), QStringLiteral("from-a-terminal") });
        // The owner answers on this thread: keep the event loop turning while it runs.
        QTRY_VERIFY_WITH_TIMEOUT(haul.state() == QProcess::NotRunning, 20000);
        QCOMPARE(haul.exitCode(), 0);
        QUuid created;
        for (const Job &j : m_engine->jobs())
            if (j.displayName == QLatin1String("from-a-terminal"))
                created = j.id;
        QVERIFY(!created.isNull());
        QTRY_VERIFY(m_window->model()->rowOf(created) >= 0);
        QCOMPARE(m_window->model()->job(created)->displayName, QStringLiteral("from-a-terminal"));

        // A second `haul` with no verb raises this window instead of opening another.
        QProcess second;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        second.setProcessEnvironment(env);
        second.start(QStringLiteral(HAUL_BINARY), { QStringLiteral("--store"), m_store });
        QTRY_VERIFY_WITH_TIMEOUT(second.state() == QProcess::NotRunning, 20000);
        QCOMPARE(second.exitCode(), 0);
        QCOMPARE(shown.count(), 1);
        m_engine->cancel(created);
    }

    void aDamagedStoreIsReportedAndMovedAside()
    {
        // The window on a store that is not SQLite: it says so (a message box, and the same
        // words on standard error), moves the store aside under a timestamp, and keeps it.
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("jobs.sqlite"));
        const QByteArray garbage(4096, 'x');
        {
            QFile f(store);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(garbage);
        }
        QProcess window;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        window.setProcessEnvironment(env);
        window.start(QStringLiteral(HAUL_BINARY), { QStringLiteral("--store"), store });
        QByteArray err;
        QTRY_VERIFY_WITH_TIMEOUT((err += window.readAllStandardError()).contains("damaged"), 20000);
        const QStringList aside
            = QDir(dir.path()).entryList({ QStringLiteral("jobs.sqlite.corrupt-*") }, QDir::Files);
        QCOMPARE(aside.size(), 1);
        QVERIFY2(err.contains(aside.first().toUtf8()), err.constData()); // it says where
        QFile kept(dir.filePath(aside.first()));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), garbage); // never deleted, never changed
        QVERIFY(!QFileInfo::exists(store)); // not silently replaced either
        // The message box waits for the user; this test is the user closing it.
        if (window.state() != QProcess::NotRunning) {
            window.kill();
            window.waitForFinished(5000);
        } else {
            QCOMPARE(window.exitCode(), 4);
        }
    }
};

QTEST_MAIN(TestWindow)
#include "tst_window.moc"
