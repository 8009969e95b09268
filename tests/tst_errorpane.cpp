// The error pane under the offscreen platform: it shows the right members for a 404, a
// 401, a certificate error and a full disk; errors queue instead of stacking; Cancel (asks,
// deletes the partial data), Complete partial (keeps the finished file), and Fix-and-Resume
// with a new address (continuing from the same offset), credentials, another folder or
// retry settings end in the right states.
#include "core/model/errorcodes.h"
#include "tests/support/testhelpers.h"
#include "tests/support/windowfixture.h"
#include "ui/errorfacts.h"
#include "ui/errorpane.h"
#include "ui/jobtablemodel.h"
#include "ui/mainwindow.h"
#include "ui/notifier.h"
#include "ui/stateicon.h"

#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTcpServer>
#include <QTest>

using namespace TestHelpers;

class TestErrorPane : public QObject, private WindowFixture
{
    Q_OBJECT

    QString m_announcedBody; // of the last notification startOn() saw

    // What the pane must show for the error of job `id`.
    struct ExpectedError
    {
        QUuid id;
        ErrorContext context = ErrorContext::RemoteFile;
        quint32 code = 0;
        ErrorPane::Fix fix = ErrorPane::Fix::Url;
        QString http; // the status's start, where the error is an HTTP status
    };

    // A paused job into `out` that fails as `kind` says once resumed: a 404, a 401, a
    // self-signed certificate, or a full disk (/dev/full).
    void jobThatWillFail(const QString &kind, const QString &out, ExpectedError *expected)
    {
        if (kind == QLatin1String("404")) {
            TestServer::Route r = route(0);
            r.status = 404;
            m_http->setRoute("/missing", r);
            expected->id = newJob({ m_http->url(QStringLiteral("/missing")) }, out);
            expected->code = ErrorCode::fromHttpStatus(404);
            expected->http = QStringLiteral("404");
        } else if (kind == QLatin1String("401")) {
            TestServer::Route r = route(1000);
            r.basicUser = "ann";
            r.basicPassword = "s3cret";
            m_http->setRoute("/private", r);
            expected->id = newJob({ m_http->url(QStringLiteral("/private")) }, out);
            expected->code = ErrorCode::fromHttpStatus(401);
            expected->fix = ErrorPane::Fix::Credentials;
            expected->http = QStringLiteral("401");
        } else if (kind == QLatin1String("certificate")) {
            m_selfSigned->setRoute("/cert.bin", route(1000));
            expected->id = newJob({ m_selfSigned->url(QStringLiteral("/cert.bin")) }, out);
            expected->context = ErrorContext::ServerCertificate;
            expected->code = ErrorCode::E_CertificateRejected;
            expected->fix = ErrorPane::Fix::Certificate;
        } else {
            m_http->setRoute("/full.bin", route(100000));
            const QString finalPath = QDir(out).filePath(QStringLiteral("full.bin"));
            QUuid created;
            m_engine->createJob(QString(), JobPriority::Normal, &created);
            QVERIFY(m_engine->addFile(created, m_http->url(QStringLiteral("/full.bin")), finalPath)
                        .ok());
            // Every write into the temporary file fails with ENOSPC, as on a full disk.
            QVERIFY(
                QFile::link(QStringLiteral("/dev/full"), finalPath + QStringLiteral(".haul-part")));
            expected->id = created;
            expected->context = ErrorContext::LocalFile;
            expected->code = ErrorCode::E_DiskFull;
            expected->fix = ErrorPane::Fix::Folder;
        }
    }

private slots:
    void initTestCase() { openWindow(QStringLiteral("tst_errorpane")); }

    void cleanupTestCase() { closeWindow(); }

    void cleanup() { dismissThePane(); }

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
        if (kind == QLatin1String("disk") && !QFileInfo::exists(QStringLiteral("/dev/full")))
            QSKIP("no /dev/full on this system");
        ExpectedError expected;
        jobThatWillFail(kind, folder(), &expected);
        if (QTest::currentTestFailed())
            return;
        const auto [id, context, code, fix, http] = expected;
        QVERIFY(m_engine->resume(id).ok());
        QVERIFY(paneShows(id));
        QCOMPARE(pane()->fieldText(QStringLiteral("code")),
            QStringLiteral("%1 (%2)").arg(ErrorCode::hex(code), ErrorCode::name(code)));
        // In the user's words, with the context's name beside them.
        QCOMPARE(pane()->fieldText(QStringLiteral("where")), ErrorFacts::whereText(context));
        QVERIFY(pane()
                    ->fieldText(QStringLiteral("where"))
                    .endsWith(QStringLiteral("(%1)").arg(JobTypes::contextName(context))));
        QVERIFY(pane()->fieldText(QStringLiteral("technical")).startsWith(ErrorCode::name(code)));
        QVERIFY(pane()->fieldText(QStringLiteral("technical")).contains(ErrorCode::hex(code)));
        QCOMPARE(pane()->fieldText(QStringLiteral("what")), ErrorCode::description(code));
        QVERIFY(
            pane()->fieldText(QStringLiteral("file")).contains(QStringLiteral("(file 1 of 1)")));
        QVERIFY(!pane()->fieldText(QStringLiteral("saveTo")).isEmpty());
        QVERIFY(!pane()->fieldText(QStringLiteral("when")).isEmpty());
        QVERIFY(pane()->fieldText(QStringLiteral("count")).toInt() >= 1);
        QVERIFY(!pane()->windowTitle().contains(ErrorCode::name(code))); // no code in headings
        if (!http.isEmpty()) {
            QVERIFY(pane()->fieldText(QStringLiteral("http")).startsWith(http));
            QCOMPARE(pane()->fieldText(QStringLiteral("protocol")), QStringLiteral("http"));
        }
        QCOMPARE(pane()->fix(), fix);
        if (fix == ErrorPane::Fix::Url) {
            // The new address is where the keyboard starts, and a screen reader names it.
            QCOMPARE(pane()->focusWidget(), pane()->urlEdit());
            QCOMPARE(
                QAccessible::queryAccessibleInterface(pane()->urlEdit())->text(QAccessible::Name),
                QStringLiteral("New address"));
        }
        // Copy details puts every member on the clipboard.
        pane()->copyDetails();
        const QString copied = QApplication::clipboard()->text();
        QVERIFY(copied.contains(ErrorCode::hex(code)));
        QVERIFY(copied.contains(JobTypes::contextName(context)));
        // The job carries the error badge in the table and counts under Errors.
        JobTableModel *model = m_window->model();
        QTRY_VERIFY(model->job(id) && model->job(id)->state == JobState::Error);
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
        // The pane no longer says the download keeps what it received, nor where.
        QTRY_VERIFY(!pane()
                         ->findChild<QLabel *>(QStringLiteral("summary"))
                         ->text()
                         .contains(QStringLiteral("keeps what it received")));
        QVERIFY(
            !pane()->fieldText(QStringLiteral("saveTo")).contains(QStringLiteral("cut-cancel")));
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
        QTRY_VERIFY(pane()->resultText().contains(QStringLiteral("Completed partially: 1 of 2")));
        QVERIFY(!pane()->resultText().contains(ErrorCode::name(ErrorCode::S_PartialComplete)));
        QCOMPARE(
            readFile(QDir(out).filePath(QStringLiteral("good.bin"))), TestServer::body(1, 5000));
        QVERIFY(!QFileInfo::exists(QDir(out).filePath(QStringLiteral("bad.bin"))));
        // The table does not call it done, and the pane lists no deleted file as saved.
        JobTableModel *model = m_window->model();
        QTRY_VERIFY(model->job(id) && model->job(id)->state == JobState::Acknowledged);
        const int row = model->rowOf(id);
        QVERIFY(model->index(row, JobTableModel::StateColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Completed partially: 1 of 2")));
        QVERIFY(model->index(row, JobTableModel::ProgressColumn)
                    .data(JobTableModel::ProgressRole)
                    .toInt()
            < 1000);
        QTRY_VERIFY(!pane()
                         ->findChild<QLabel *>(QStringLiteral("summary"))
                         ->text()
                         .contains(QStringLiteral("keeps what it received")));
        QVERIFY(!pane()->fieldText(QStringLiteral("saveTo")).contains(QStringLiteral("bad.bin")));
    }

    void aResolvedErrorNeitherWaitsNorComesNext()
    {
        TestServer::Route r = route(0);
        r.status = 410;
        for (const char *path : { "/resolved1", "/resolved2", "/resolved3", "/resolved4" })
            m_http->setRoute(path, r);
        const QUuid a = newJob({ m_http->url(QStringLiteral("/resolved1")) }, folder());
        const QUuid b = newJob({ m_http->url(QStringLiteral("/resolved2")) }, folder());
        QVERIFY(m_engine->resume(a).ok());
        QVERIFY(paneShows(a));
        QVERIFY(m_engine->resume(b).ok());
        QTRY_COMPARE(pane()->waiting(), 1);
        // Complete partial, Close, and Ctrl+I on the only download in Error: nothing waits.
        pane()->setConfirmation([](const QString &, const QString &) { return true; });
        QVERIFY(pane()->completePartial());
        QTRY_COMPARE(state(*m_engine, a), JobState::Acknowledged);
        pane()->close();
        pane()->inspect(b);
        QVERIFY(paneShows(b));
        QCOMPARE(pane()->waiting(), 0);
        QVERIFY(pane()->findChild<QLabel *>(QStringLiteral("queue"))->isHidden());
        pane()->showNext();
        QVERIFY(!pane()->isVisible()); // and not "now Completed"
        m_engine->cancel(b);
        // A waiting download cancelled elsewhere leaves the queue and its count.
        const QUuid c = newJob({ m_http->url(QStringLiteral("/resolved3")) }, folder());
        const QUuid d = newJob({ m_http->url(QStringLiteral("/resolved4")) }, folder());
        QVERIFY(m_engine->resume(c).ok());
        QVERIFY(paneShows(c));
        QVERIFY(m_engine->resume(d).ok());
        QTRY_COMPARE(pane()->waiting(), 1);
        QVERIFY(pane()->findChild<QLabel *>(QStringLiteral("queue"))->isVisible());
        QVERIFY(m_engine->cancel(d).ok());
        QTRY_COMPARE(pane()->waiting(), 0);
        QVERIFY(pane()->findChild<QLabel *>(QStringLiteral("queue"))->isHidden());
        m_engine->cancel(c);
    }

    void aCredentialsFixDoesNotGoOnToACancelledDownload()
    {
        TestServer::Route r = route(3000);
        r.basicUser = "cid";
        r.basicPassword = "pa55";
        m_http->setRoute("/locked", r);
        TestServer::Route gone = route(0);
        gone.status = 410;
        m_http->setRoute("/gone-later", gone);
        const QUuid a = newJob({ m_http->url(QStringLiteral("/locked")) }, folder());
        const QUuid b = newJob({ m_http->url(QStringLiteral("/gone-later")) }, folder());
        QVERIFY(m_engine->resume(a).ok());
        QVERIFY(paneShows(a));
        QVERIFY(m_engine->resume(b).ok());
        QTRY_COMPARE(pane()->waiting(), 1);
        QVERIFY(m_engine->cancel(b).ok());
        // A wrong password first: the pane says the server refused it.
        pane()->userEdit()->setText(QStringLiteral("cid"));
        pane()->passwordEdit()->setText(QStringLiteral("wrong"));
        QVERIFY(pane()->fixAndResume());
        QTRY_VERIFY_WITH_TIMEOUT(pane()->isVisible() && pane()->currentJob() == a
                && pane()->fieldText(QStringLiteral("count")) == QLatin1String("2"),
            10000);
        const QString hint = pane()->findChild<QGroupBox *>()->findChild<QLabel *>()->text();
        QVERIFY2(
            hint.contains(QStringLiteral("refused this user name and password")), qPrintable(hint));
        pane()->userEdit()->setText(QStringLiteral("cid"));
        pane()->passwordEdit()->setText(QStringLiteral("pa55"));
        QVERIFY(pane()->fixAndResume());
        QTRY_COMPARE_WITH_TIMEOUT(state(*m_engine, a), JobState::Acknowledged, 10000);
        QVERIFY(!pane()->isVisible() || pane()->currentJob() != b);
        QCOMPARE(pane()->waiting(), 0);
    }

    // Opens a window on `store`, as at a start; whether it opened the pane for `id` and how
    // many notifications it sent until the engine's replayed errors were heard, or until
    // `failAgain` made the job fail once more.
    QPair<bool, int> startOn(const QString &store, const QUuid &id, bool failAgain)
    {
        Engine::Settings settings;
        Engine engine(settings);
        if (!engine.open(store).ok())
            return { false, -1 };
        MainWindow window(&engine);
        QSignalSpy announced(window.findChild<Notifier *>(), &Notifier::announced);
        QSignalSpy errors(&engine, &Engine::jobError);
        if (failAgain)
            engine.resume(id);
        // The window's queued slot was posted before the spy's direct one ran.
        if (failAgain)
            (void)QTest::qWaitFor([&] { return window.errorPane()->isVisible(); }, 10000);
        else if (!QTest::qWaitFor([&] { return errors.count() >= 1; }, 10000))
            return { false, -2 };
        QCoreApplication::processEvents();
        const bool opened = window.errorPane()->isVisible();
        // Still listed, and its pane a Ctrl+I away.
        const auto listed = [&] {
            const std::optional<Job> job = window.model()->job(id);
            return job && job->state == JobState::Error;
        };
        if (!QTest::qWaitFor(listed, 5000))
            return { opened, -3 };
        window.errorPane()->inspect(id);
        if (!window.errorPane()->isVisible())
            return { opened, -4 };
        m_announcedBody = announced.isEmpty() ? QString() : announced.last().at(2).toString();
        return { opened, int(announced.count()) };
    }

    void anErrorShownBeforeIsNotAnnouncedAtTheNextStart()
    {
        TestServer::Route r = route(0);
        r.status = 410;
        m_http->setRoute("/old-error", r);
        const QString store = m_dir.filePath(QStringLiteral("replay.sqlite"));
        QUuid id;
        {
            Engine::Settings settings;
            Engine engine(settings);
            QVERIFY(engine.open(store).ok());
            engine.createJob(QString(), JobPriority::Normal, &id);
            engine.addFile(id, m_http->url(QStringLiteral("/old-error")), folder());
            engine.setNoProgressTimeout(id, 0);
            QVERIFY(engine.resume(id).ok());
            QTRY_COMPARE(state(engine, id), JobState::Error);
        }
        QCOMPARE(startOn(store, id, false), qMakePair(true, 1)); // news the first time
        // The notification names the download in its body, where every server shows it.
        QVERIFY2(
            m_announcedBody.contains(QStringLiteral("old-error")), qPrintable(m_announcedBody));
        QCOMPARE(startOn(store, id, false), qMakePair(false, 0)); // not the second
        QCOMPARE(startOn(store, id, true), qMakePair(true, 1)); // a later error is news
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
        // The pane may first show the model's snapshot of the job, taken while it still
        // retried; the engine's answer follows at once.
        QTRY_VERIFY2_WITH_TIMEOUT(
            pane()->fieldText(QStringLiteral("what")).contains(QStringLiteral("stopped retrying")),
            qPrintable(pane()->fieldText(QStringLiteral("what"))), 5000);
        QCOMPARE(pane()->fix(), ErrorPane::Fix::Retry);
        QCOMPARE(pane()->fieldText(QStringLiteral("code")),
            QStringLiteral("0x801901F4 (BG_E_HTTP_ERROR_500)"));
        QVERIFY(pane()->fixAndResume());
        m_engine->cancel(id);
    }
};

QTEST_MAIN(TestErrorPane)
#include "tst_errorpane.moc"
