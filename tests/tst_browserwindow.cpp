#include "core/engine/engine.h"
#include "core/protocol/browserintake.h"
#include "core/protocol/commandprocessor.h"
#include "tests/support/testhelpers.h"
#include "tests/support/windowfixture.h"
#include "ui/addjobdialog.h"
#include "ui/errorpane.h"
#include "ui/linkrenewalprompt.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QJsonArray>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>

using namespace TestHelpers;

// The window's side of the browser hand-over: a download offered by the extension opens the
// Add dialog filled in and becomes a job with the browser's name and headers; an expired
// link renewed with other bytes asks before the file starts over, and starts over only then.
class TestBrowserWindow : public QObject, private WindowFixture
{
    Q_OBJECT

    QJsonObject handOver(const QString &path, const QString &name)
    {
        const QJsonObject message { { QStringLiteral("type"), QStringLiteral("download") },
            { QStringLiteral("url"), m_http->url(path).toString() },
            { QStringLiteral("filename"), name },
            { QStringLiteral("cookies"),
                QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("s") },
                    { QStringLiteral("value"), QStringLiteral("w1") },
                    { QStringLiteral("domain"), QStringLiteral("127.0.0.1") },
                    { QStringLiteral("hostOnly"), true } } } } };
        QJsonObject request = CommandProcessor::request(QStringLiteral("browser"));
        request[QStringLiteral("message")] = message;
        QJsonObject answer;
        bool answered = false;
        m_intake->take(request, [&](const QJsonObject &a) {
            answer = a.value(QStringLiteral("browser")).toObject();
            answered = true;
        });
        QTest::qWaitFor([&] { return answered; }, 10000);
        return answer; // empty when it never came: the caller's QCOMPARE fails
    }

    static QMessageBox *openQuestion()
    {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible())
                return box;
        }
        return nullptr;
    }

    BrowserIntake *m_intake = nullptr;

private slots:
    void init()
    {
        openWindow(QStringLiteral("tst_browserwindow"));
        m_intake = new BrowserIntake(m_engine, m_window);
        m_intake->setDialog([this](const QList<BrowserDownload> &d) {
            m_window->offerBrowserDownloads(d);
            return true;
        });
        m_window->setBrowserIntake(m_intake);
    }
    void cleanup() { closeWindow(); }

    void aDownloadOpensTheAddDialogFilledIn()
    {
        m_http->setRoute("/page.bin", route(30000));
        const QJsonObject answer
            = handOver(QStringLiteral("/page.bin"), QStringLiteral("chosen.bin"));
        QCOMPARE(answer.value(QStringLiteral("outcome")).toString(), QStringLiteral("dialog"));
        AddJobDialog *dialog = m_window->findChild<AddJobDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(
            dialog->urlsEdit()->toPlainText(), m_http->url(QStringLiteral("/page.bin")).toString());
        const QString into = folder();
        dialog->setFolder(into);
        m_http->clearRequests();
        dialog->addButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(into + QStringLiteral("/chosen.bin")), 15000);
        QCOMPARE(readFile(into + QStringLiteral("/chosen.bin")), TestServer::body(1, 30000));
        QCOMPARE(m_http->requests("/page.bin").first().headers.value("cookie"), QByteArray("s=w1"));
    }

    void otherBytesUnderAFreshLinkAskBeforeStartingOver()
    {
        TestServer::Route expiring = route(60000);
        expiring.statusSequence = { 200 };
        expiring.status = 410;
        expiring.cutAfter = 20000;
        expiring.cutTimes = 1;
        m_http->setRoute("/gone.bin", expiring);
        TestServer::Route other = route(60000);
        other.seed = 7;
        m_http->setRoute("/new.bin", other);
        const QString into = folder();
        const QUuid id = newJob({ m_http->url(QStringLiteral("/gone.bin")) }, into);
        m_engine->resume(id);
        QTRY_COMPARE_WITH_TIMEOUT(m_engine->job(id)->state, JobState::Error, 20000);
        dismissThePane();
        bool waiting = false;
        m_window->linkRenewal()->await(id, 0, [&](bool w) { waiting = w; });
        QTRY_VERIFY(waiting);
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("gone.bin")));
        const QJsonObject answer = handOver(QStringLiteral("/new.bin"), QStringLiteral("gone.bin"));
        QCOMPARE(answer.value(QStringLiteral("outcome")).toString(), QStringLiteral("renewed"));
        QCOMPARE(answer.value(QStringLiteral("sameFile")).toBool(true), false);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = openQuestion()) != nullptr);
        // Nothing starts over until the user says so.
        QCOMPARE(m_engine->job(id)->state, JobState::Error);
        QCOMPARE(
            m_engine->job(id)->files.first().remoteUrl, m_http->url(QStringLiteral("/gone.bin")));
        QPushButton *over = nullptr;
        for (QAbstractButton *b : box->buttons()) {
            if (box->buttonRole(b) == QMessageBox::AcceptRole)
                over = qobject_cast<QPushButton *>(b);
        }
        QVERIFY(over);
        over->click();
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(into + QStringLiteral("/gone.bin")), 20000);
        QCOMPARE(readFile(into + QStringLiteral("/gone.bin")), TestServer::body(7, 60000));
    }
    void thePaneGetsANewLinkFromTheBrowser()
    {
        TestServer::Route expiring = route(60000);
        expiring.statusSequence = { 200 };
        expiring.status = 403;
        expiring.cutAfter = 24000;
        expiring.cutTimes = 1;
        m_http->setRoute("/expired.bin", expiring);
        m_http->setRoute("/renewed.bin", route(60000));
        const QString into = folder();
        // Patient enough to retry the cut, so that the error is the 403.
        const QUuid id = newJob({ m_http->url(QStringLiteral("/expired.bin")) }, into, 600);
        m_engine->resume(id);
        QTRY_COMPARE_WITH_TIMEOUT(m_engine->job(id)->state, JobState::Error, 20000);
        QVERIFY(paneShows(id));
        QTRY_COMPARE(pane()->fix(), ErrorPane::Fix::Url);
        auto *fromBrowser = pane()->findChild<QPushButton *>(QStringLiteral("newLinkFromBrowser"));
        QVERIFY(fromBrowser);
        QTRY_VERIFY(fromBrowser->isVisible());
        QCOMPARE(fromBrowser->text(), QStringLiteral("Get a new link from the browser…"));
        fromBrowser->click();
        QTRY_VERIFY(pane()->resultText().contains(QStringLiteral("Waiting for a new link")));
        m_http->clearRequests();
        const QJsonObject answer
            = handOver(QStringLiteral("/renewed.bin"), QStringLiteral("expired.bin"));
        QCOMPARE(answer.value(QStringLiteral("outcome")).toString(), QStringLiteral("renewed"));
        QCOMPARE(answer.value(QStringLiteral("sameFile")).toBool(), true);
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(into + QStringLiteral("/expired.bin")), 20000);
        QCOMPARE(readFile(into + QStringLiteral("/expired.bin")), TestServer::body(1, 60000));
        bool fromTheOffset = false;
        for (const TestServer::Request &r : m_http->requests("/renewed.bin"))
            fromTheOffset = fromTheOffset || r.headers.value("range") == "bytes=24000-";
        QVERIFY(fromTheOffset);
        QVERIFY(m_window->statusBar()->currentMessage().contains(
            QStringLiteral("goes on where it stopped")));
    }
};

QTEST_MAIN(TestBrowserWindow)
#include "tst_browserwindow.moc"
