// The window under the offscreen platform: the model follows the engine through real
// downloads from the loopback test server; the error pane shows the error object and its
// three actions end in the right states; the add dialog refuses bad URLs; a verb from a
// second process shows up in the open window.
#include "core/l10n/format.h"
#include "core/model/errorcodes.h"
#include "core/protocol/storeowner.h"
#include "tests/support/testhelpers.h"
#include "ui/addjobdialog.h"
#include "ui/appsettings.h"
#include "ui/errorpane.h"
#include "ui/jobdetails.h"
#include "ui/jobfiltermodel.h"
#include "ui/jobtablemodel.h"
#include "ui/mainwindow.h"
#include "ui/settingsdialog.h"
#include "ui/stateicon.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QGroupBox>
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
#include <QSslConfiguration>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>

using namespace TestHelpers;

class TestWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestServer *m_http = nullptr;
    TestServer *m_selfSigned = nullptr;
    Engine *m_engine = nullptr;
    MainWindow *m_window = nullptr;
    QString m_store;
    int m_folders = 0;

    QString folder()
    {
        const QString path = m_dir.filePath(QStringLiteral("out%1").arg(++m_folders));
        QDir().mkpath(path);
        return path;
    }
    static TestServer::Route route(qint64 size)
    {
        TestServer::Route r;
        r.size = size;
        return r;
    }
    QUuid newJob(const QList<QUrl> &urls, const QString &into, int noProgressTimeout = 0)
    {
        QUuid id;
        m_engine->createJob(QString(), JobPriority::Normal, &id);
        for (const QUrl &url : urls)
            m_engine->addFile(id, url, into);
        m_engine->setMinimumRetryDelay(id, 1);
        m_engine->setNoProgressTimeout(id, noProgressTimeout);
        return id;
    }
    ErrorPane *pane() const { return m_window->errorPane(); }
    // Waits until the pane shows `id`'s error.
    bool paneShows(const QUuid &id)
    {
        for (int i = 0; i < 100; ++i) {
            if (pane()->isVisible() && pane()->currentJob() == id
                && !pane()->fieldText(QStringLiteral("code")).isEmpty())
                return true;
            QTest::qWait(50);
        }
        return false;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("haul-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_window"));
        QVERIFY(m_dir.isValid());
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificate(TestServer::caCertificate());
        QSslConfiguration::setDefaultConfiguration(ssl);
        m_http = new TestServer(TestServer::Tls::None, this);
        m_selfSigned = new TestServer(TestServer::Tls::SelfSigned, this);
        Engine::Settings settings;
        settings.stallTimeoutSeconds = 2;
        m_engine = new Engine(settings, this);
        m_store = m_dir.filePath(QStringLiteral("jobs.sqlite"));
        QVERIFY(m_engine->open(m_store).ok());
        m_window = new MainWindow(m_engine);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
    }

    void cleanupTestCase()
    {
        delete m_window;
        delete m_engine;
    }

    void cleanup()
    {
        pane()->setConfirmation(nullptr);
        while (pane()->isVisible() || pane()->waiting() > 0)
            pane()->showNext();
    }

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

    void errorPaneShowsTheErrorObject_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("404") << QStringLiteral("404");
        QTest::newRow("401") << QStringLiteral("401");
        QTest::newRow("certificate") << QStringLiteral("certificate");
        QTest::newRow("disk") << QStringLiteral("disk");
    }

    void errorPaneShowsTheErrorObject()
    {
        QFETCH(QString, kind);
        const QString out = folder();
        QUuid id;
        ErrorContext context = ErrorContext::RemoteFile;
        quint32 code = 0;
        ErrorPane::Fix fix = ErrorPane::Fix::Url;
        QString http;
        if (kind == QLatin1String("404")) {
            TestServer::Route r = route(0);
            r.status = 404;
            m_http->setRoute("/missing", r);
            id = newJob({ m_http->url(QStringLiteral("/missing")) }, out);
            code = ErrorCode::fromHttpStatus(404);
            http = QStringLiteral("404");
        } else if (kind == QLatin1String("401")) {
            TestServer::Route r = route(1000);
            r.basicUser = "ann";
            r.basicPassword = "s3cret";
            m_http->setRoute("/private", r);
            id = newJob({ m_http->url(QStringLiteral("/private")) }, out);
            code = ErrorCode::fromHttpStatus(401);
            fix = ErrorPane::Fix::Credentials;
            http = QStringLiteral("401");
        } else if (kind == QLatin1String("certificate")) {
            m_selfSigned->setRoute("/cert.bin", route(1000));
            id = newJob({ m_selfSigned->url(QStringLiteral("/cert.bin")) }, out);
            context = ErrorContext::ServerCertificate;
            code = ErrorCode::E_CertificateRejected;
            fix = ErrorPane::Fix::Certificate;
        } else {
            if (!QFileInfo::exists(QStringLiteral("/dev/full")))
                QSKIP("no /dev/full on this system");
            m_http->setRoute("/full.bin", route(100000));
            const QString finalPath = QDir(out).filePath(QStringLiteral("full.bin"));
            QUuid created;
            m_engine->createJob(QString(), JobPriority::Normal, &created);
            QVERIFY(m_engine->addFile(created, m_http->url(QStringLiteral("/full.bin")), finalPath)
                        .ok());
            // Every write into the temporary file fails with ENOSPC, as on a full disk.
            QVERIFY(
                QFile::link(QStringLiteral("/dev/full"), finalPath + QStringLiteral(".haul-part")));
            id = created;
            context = ErrorContext::LocalFile;
            code = ErrorCode::E_DiskFull;
            fix = ErrorPane::Fix::Folder;
        }
        QVERIFY(m_engine->resume(id).ok());
        QVERIFY(paneShows(id));
        QCOMPARE(pane()->fieldText(QStringLiteral("code")),
            QStringLiteral("%1 (%2)").arg(ErrorCode::hex(code), ErrorCode::name(code)));
        QVERIFY(
            pane()->fieldText(QStringLiteral("where")).startsWith(JobTypes::contextName(context)));
        QVERIFY(pane()
                    ->fieldText(QStringLiteral("where"))
                    .contains(ErrorCode::contextDescription(context)));
        QCOMPARE(pane()->fieldText(QStringLiteral("what")), ErrorCode::description(code));
        QVERIFY(
            pane()->fieldText(QStringLiteral("file")).contains(QStringLiteral("(file 1 of 1)")));
        QVERIFY(!pane()->fieldText(QStringLiteral("saveTo")).isEmpty());
        QVERIFY(!pane()->fieldText(QStringLiteral("when")).isEmpty());
        QVERIFY(pane()->fieldText(QStringLiteral("count")).toInt() >= 1);
        if (!http.isEmpty()) {
            QVERIFY(pane()->fieldText(QStringLiteral("http")).startsWith(http));
            QCOMPARE(pane()->fieldText(QStringLiteral("protocol")), QStringLiteral("http"));
        }
        QCOMPARE(pane()->fix(), fix);
        // Copy details puts every member on the clipboard.
        pane()->copyDetails();
        const QString copied = QApplication::clipboard()->text();
        QVERIFY(copied.contains(ErrorCode::hex(code)));
        QVERIFY(copied.contains(JobTypes::contextName(context)));
        // The job carries the error badge in the table and counts under Errors.
        JobTableModel *model = m_window->model();
        QTRY_COMPARE(model->job(id)->state, JobState::Error);
        QVERIFY(model->count(JobTableModel::Category::Errors) >= 1);
        const QIcon badge = model->index(model->rowOf(id), JobTableModel::StateColumn)
                                .data(Qt::DecorationRole)
                                .value<QIcon>();
        QCOMPARE(badge.cacheKey(), StateIcon::forState(JobState::Error).cacheKey());
        QVERIFY(badge.cacheKey() != StateIcon::forState(JobState::Suspended).cacheKey());

        pane()->setConfirmation([](const QString &, const QString &) { return true; });
        QVERIFY(pane()->cancelJob());
        QCOMPARE(state(*m_engine, id), JobState::Cancelled);
    }

    void severalErrorsQueueUp()
    {
        TestServer::Route r = route(0);
        r.status = 410;
        m_http->setRoute("/gone1", r);
        m_http->setRoute("/gone2", r);
        const QUuid a = newJob({ m_http->url(QStringLiteral("/gone1")) }, folder());
        const QUuid b = newJob({ m_http->url(QStringLiteral("/gone2")) }, folder());
        QVERIFY(m_engine->resume(a).ok());
        QVERIFY(paneShows(a));
        QVERIFY(m_engine->resume(b).ok());
        QTRY_COMPARE(pane()->waiting(), 1);
        QCOMPARE(pane()->currentJob(), a); // the second waits; no second dialog
        pane()->showNext();
        QVERIFY(paneShows(b));
        // Inspect error… brings one back.
        pane()->inspect(a);
        QCOMPARE(pane()->currentJob(), a);
        QCOMPARE(pane()->waiting(), 1);
        m_engine->cancel(a);
        m_engine->cancel(b);
    }

    void cancelDeletesThePartialData()
    {
        TestServer::Route r = route(1000000);
        r.cutAfter = 200000;
        r.cutTimes = -1;
        m_http->setRoute("/cut-cancel", r);
        const QString out = folder();
        const QUuid id = newJob({ m_http->url(QStringLiteral("/cut-cancel")) }, out);
        QVERIFY(m_engine->resume(id).ok());
        QVERIFY(paneShows(id));
        const QString temp = job(*m_engine, id).files[0].tempPath();
        QVERIFY(QFileInfo::exists(temp));
        QVERIFY(pane()->resumeText().contains(QStringLiteral("continues")));
        QString asked;
        pane()->setConfirmation([&](const QString &, const QString &text) {
            asked = text;
            return false;
        });
        QVERIFY(!pane()->cancelJob()); // the user said no: nothing changes
        QCOMPARE(state(*m_engine, id), JobState::Error);
        QVERIFY(asked.contains(QStringLiteral("deleted")));
        pane()->setConfirmation([](const QString &, const QString &) { return true; });
        QVERIFY(pane()->cancelJob());
        QCOMPARE(state(*m_engine, id), JobState::Cancelled);
        QVERIFY(!QFileInfo::exists(temp));
    }

    void completePartialKeepsTheFinishedFiles()
    {
        m_http->setRoute("/good.bin", route(5000));
        TestServer::Route bad = route(0);
        bad.status = 404;
        m_http->setRoute("/bad.bin", bad);
        const QString out = folder();
        const QUuid id = newJob(
            { m_http->url(QStringLiteral("/good.bin")), m_http->url(QStringLiteral("/bad.bin")) },
            out);
        m_engine->setFilesAtOnce(1); // the good file first, then the failure
        QVERIFY(m_engine->resume(id).ok());
        QVERIFY(paneShows(id));
        m_engine->setFilesAtOnce(4);
        QString listed;
        pane()->setConfirmation([&](const QString &, const QString &text) {
            listed = text;
            return true;
        });
        QVERIFY(pane()->completePartial());
        QVERIFY(listed.contains(QStringLiteral("good.bin")));
        QVERIFY(listed.contains(QStringLiteral("bad.bin")));
        QVERIFY(
            listed.indexOf(QStringLiteral("good.bin")) < listed.indexOf(QStringLiteral("Dropped")));
        QCOMPARE(state(*m_engine, id), JobState::Acknowledged);
        QTRY_VERIFY(pane()->resultText().contains(ErrorCode::name(ErrorCode::S_PartialComplete)));
        QCOMPARE(
            readFile(QDir(out).filePath(QStringLiteral("good.bin"))), TestServer::body(1, 5000));
        QVERIFY(!QFileInfo::exists(QDir(out).filePath(QStringLiteral("bad.bin"))));
    }

    void fixWithANewUrlContinuesFromTheSameOffset()
    {
        TestServer::Route r = route(1000000);
        r.cutAfter = 300000;
        r.cutTimes = -1;
        m_http->setRoute("/expiring", r);
        m_http->setRoute("/mirror", route(1000000)); // the same entity: seed, size, ETag
        const QString out = folder();
        const QUuid id = newJob({ m_http->url(QStringLiteral("/expiring")) }, out);
        QVERIFY(m_engine->resume(id).ok());
        QVERIFY(paneShows(id));
        // The link expires: the server now answers 410.
        TestServer::Route gone = route(0);
        gone.status = 410;
        m_http->setRoute("/expiring", gone);
        QVERIFY(m_engine->resume(id).ok());
        QTRY_VERIFY_WITH_TIMEOUT(pane()->isVisible()
                && pane()->fieldText(QStringLiteral("http")).startsWith(QStringLiteral("410")),
            5000);
        const qint64 had = job(*m_engine, id).files[0].bytesTransferred;
        QVERIFY(had > 0);
        QCOMPARE(pane()->fix(), ErrorPane::Fix::Url);
        QVERIFY(pane()->resumeText().contains(QStringLiteral("same file")));
        // A malformed address is refused and changes nothing.
        pane()->urlEdit()->setText(QStringLiteral("gopher://nowhere/x"));
        QVERIFY(!pane()->fixAndResume());
        QCOMPARE(state(*m_engine, id), JobState::Error);
        QVERIFY(pane()->resultText().contains(ErrorCode::hex(ErrorCode::E_UnsupportedScheme)));
        pane()->urlEdit()->setText(m_http->url(QStringLiteral("/mirror")).toString());
        QVERIFY(pane()->fixAndResume());
        QTRY_COMPARE_WITH_TIMEOUT(state(*m_engine, id), JobState::Acknowledged, 10000);
        const auto requests = m_http->requests("/mirror");
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests[0].headers.value("range"),
            QByteArray("bytes=") + QByteArray::number(had) + '-');
        QCOMPARE(requests[0].status, 206);
        QCOMPARE(
            readFile(QDir(out).filePath(QStringLiteral("expiring"))), TestServer::body(1, 1000000));
    }

    void fixWithCredentialsAfterA401()
    {
        TestServer::Route r = route(20000);
        r.basicUser = "bob";
        r.basicPassword = "hunter2";
        m_http->setRoute("/members", r);
        const QString out = folder();
        const QUuid id = newJob({ m_http->url(QStringLiteral("/members")) }, out);
        QVERIFY(m_engine->resume(id).ok());
        QVERIFY(paneShows(id));
        QCOMPARE(pane()->fix(), ErrorPane::Fix::Credentials);
        QCOMPARE(pane()->credentialTarget()->currentIndex(), 0); // the server, not a proxy
        // Where no keychain answers (as in CI), the user hears that before typing a password.
        const QString why = m_engine->credentialsMemoryOnlyReason();
        const QString hint = pane()->findChild<QGroupBox *>()->findChild<QLabel *>()->text();
        QCOMPARE(hint.contains(QStringLiteral("memory only")), !why.isEmpty());
        QVERIFY(!pane()->fixAndResume()); // no user name yet
        pane()->userEdit()->setText(QStringLiteral("bob"));
        pane()->passwordEdit()->setText(QStringLiteral("hunter2"));
        QVERIFY(pane()->fixAndResume());
        QTRY_COMPARE_WITH_TIMEOUT(state(*m_engine, id), JobState::Acknowledged, 10000);
        QCOMPARE(
            readFile(QDir(out).filePath(QStringLiteral("members"))), TestServer::body(1, 20000));
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

    void fixWithAnotherFolderWhenTheFolderIsGone()
    {
        m_http->setRoute("/moved.bin", route(50000));
        const QString out = folder();
        const QUuid id = newJob({ m_http->url(QStringLiteral("/moved.bin")) }, out);
        QVERIFY(QDir(out).removeRecursively());
        QVERIFY(m_engine->resume(id).ok());
        QVERIFY(paneShows(id));
        QCOMPARE(pane()->fix(), ErrorPane::Fix::Folder);
        const QString other = folder();
        pane()->folderEdit()->setText(other);
        QVERIFY(pane()->fixAndResume());
        QTRY_COMPARE_WITH_TIMEOUT(state(*m_engine, id), JobState::Acknowledged, 10000);
        QCOMPARE(readFile(QDir(other).filePath(QStringLiteral("moved.bin"))),
            TestServer::body(1, 50000));
    }

    void fixWithRetrySettingsForTransportErrors()
    {
        TestServer::Route r = route(1000);
        m_http->setRoute("/refused", r);
        // A port where nothing listens: connection refused.
        QUrl url = m_http->url(QStringLiteral("/refused"));
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        url.setPort(probe.serverPort());
        probe.close();
        const QUuid id = newJob({ url }, folder());
        QVERIFY(m_engine->resume(id).ok());
        QVERIFY(paneShows(id));
        QCOMPARE(pane()->fix(), ErrorPane::Fix::Retry);
        pane()->retryDelayEdit()->setValue(30);
        pane()->noProgressEdit()->setValue(2);
        QVERIFY(pane()->fixAndResume());
        const Job j = job(*m_engine, id);
        QCOMPARE(j.minimumRetryDelay, 30);
        QCOMPARE(j.noProgressTimeout, 7200);
        QVERIFY(j.state != JobState::Error || j.errorCount >= 2);
        m_engine->cancel(id);
    }

    void aServerThatKeptFailingOffersRetrySettings()
    {
        // A server that answered 500 until Haul gave up: the cause is the server's, and
        // the fix is patience, not another address.
        TestServer::Route r = route(0);
        r.status = 500;
        m_http->setRoute("/down", r);
        const QUuid id = newJob({ m_http->url(QStringLiteral("/down")) }, folder(), 2);
        QVERIFY(m_engine->resume(id).ok());
        QTRY_COMPARE_WITH_TIMEOUT(state(*m_engine, id), JobState::Error, 15000);
        QVERIFY(paneShows(id));
        QCOMPARE(pane()->fix(), ErrorPane::Fix::Retry);
        QCOMPARE(pane()->fieldText(QStringLiteral("code")),
            QStringLiteral("0x801901F4 (BG_E_HTTP_ERROR_500)"));
        QVERIFY2(
            pane()->fieldText(QStringLiteral("what")).contains(QStringLiteral("stopped retrying")),
            qPrintable(pane()->fieldText(QStringLiteral("what"))));
        QVERIFY(pane()->fixAndResume());
        m_engine->cancel(id);
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
        after.save();
        QCOMPARE(AppSettings::load().parallelJobs, 6);
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
            this, [](Engine &) { return 0; },
            [&](int) { answeredAfter = clock.elapsed(); });
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
            [&] { m_window->view()->sortByColumn(JobTableModel::AddedColumn, Qt::DescendingOrder); },
        };
        for (int i = 0; i < actions.size(); ++i)
            QTimer::singleShot(100 + i * 200, this, actions.at(i));
        QEventLoop loop;
        QTimer::singleShot(2600, &loop, &QEventLoop::quit);
        loop.exec();
        beat.stop();
        QVERIFY2(answeredAfter >= 1900, qPrintable(QString::number(answeredAfter)));
        QVERIFY2(worstLate <= 50, qPrintable(QStringLiteral("the window stood %1 ms").arg(worstLate)));
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
            first.resize(900, 640);
        } // saved when closed
        MainWindow second(m_engine);
        QCOMPARE(second.view()->columnWidth(JobTableModel::SpeedColumn), 211);
        QCOMPARE(second.size(), QSize(900, 640));
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
