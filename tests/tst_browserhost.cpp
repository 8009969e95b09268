#include "tests/support/testhelpers.h"
#include "tests/support/testserver.h"
#include "tests/support/verbfixture.h"

#include "core/engine/folderrules.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSettings>
#include <QTest>
#include <csignal>
#include <cstring>
#include <unistd.h>

using namespace TestHelpers;

// `haul browser-host` as the browser runs it (resources/browser/PROTOCOL.md): framed
// messages on standard input, answers on standard output; bad frames refused with a clear
// error and nothing created; downloads handed to `haul serve` with their cookies, which
// reach only their site and never the store; a window started when no Haul runs.
class TestBrowserHost : public QObject, private VerbFixture
{
    Q_OBJECT

    static QByteArray frame(const QByteArray &body)
    {
        QByteArray out(4, '\0');
        const auto length = quint32(body.size());
        std::memcpy(out.data(), &length, 4);
        return out + body;
    }

    static QByteArray frame(const QJsonObject &message)
    {
        return frame(QJsonDocument(message).toJson(QJsonDocument::Compact));
    }

    // Runs the host with `input`, returns its answers in order.
    QList<QJsonObject> talk(
        const QByteArray &input, const QStringList &args = { QStringLiteral("browser-host") })
    {
        QProcess *p = start(args);
        p->write(input);
        p->closeWriteChannel();
        if (!p->waitForFinished(40000))
            p->kill();
        QByteArray out = p->readAllStandardOutput();
        m_running.removeAll(p);
        delete p;
        QList<QJsonObject> answers;
        while (out.size() >= 4) {
            quint32 length = 0;
            std::memcpy(&length, out.constData(), 4);
            answers.append(QJsonDocument::fromJson(out.mid(4, length)).object());
            out.remove(0, 4 + length);
        }
        return answers;
    }

    static QString code(const QJsonObject &answer)
    {
        return answer.value(QStringLiteral("error"))
            .toObject()
            .value(QStringLiteral("code"))
            .toString();
    }

    QJsonObject download(const QString &path, const QString &name) const
    {
        const QJsonArray cookies {
            QJsonObject { { QStringLiteral("name"), QStringLiteral("session") },
                { QStringLiteral("value"), QStringLiteral("cookie-secret-4711") },
                { QStringLiteral("domain"), QStringLiteral("127.0.0.1") },
                { QStringLiteral("hostOnly"), true },
                { QStringLiteral("path"), QStringLiteral("/") } },
            QJsonObject { { QStringLiteral("name"), QStringLiteral("tracker") },
                { QStringLiteral("value"), QStringLiteral("elsewhere") },
                { QStringLiteral("domain"), QStringLiteral(".example.net") } }
        };
        return { { QStringLiteral("type"), QStringLiteral("download") },
            { QStringLiteral("id"), 9 }, { QStringLiteral("url"), m_server->url(path).toString() },
            { QStringLiteral("referrer"), m_server->url(QStringLiteral("/page")).toString() },
            { QStringLiteral("filename"), name }, { QStringLiteral("size"), 100000 },
            { QStringLiteral("userAgent"), QStringLiteral("Mozilla/5.0 (HaulTest)") },
            { QStringLiteral("cookies"), cookies } };
    }

    int jobCount()
    {
        return json({ QStringLiteral("list") }).value(QStringLiteral("jobs")).toArray().size();
    }

    void useDownloadsFolder(bool addAtOnce)
    {
        QDir().mkpath(m_work + QStringLiteral("/config/haul"));
        QFile conf(m_work + QStringLiteral("/config/haul/haul.conf"));
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write("[General]\ndefaultFolder=" + QFile::encodeName(m_work + QStringLiteral("/dl"))
            + "\nbrowserAddAtOnce=" + (addAtOnce ? "true" : "false") + "\n");
        QDir().mkpath(m_work + QStringLiteral("/dl"));
    }

private slots:
    void initTestCase() { startServer(); }
    void cleanup() { stopEveryProcess(); }

    void badFramesGetAClearErrorAndChangeNothing()
    {
        freshStore();
        QProcess *server = serve();
        m_server->clearRequests();
        QByteArray input;
        input += frame(QByteArray("not json"));
        input += frame(QByteArray("{\"type\":\"download\",\"url\":\"http://127.0.0.1/\xc3\x28\"}"));
        input += frame(QByteArray("{\"type\":\"download\",\"url\":7}"));
        input += frame(QByteArray("{\"type\":\"erase-everything\"}"));
        input += frame(QByteArray("{\"type\":\"download\",\"url\":\"file:///etc/passwd\"}"));
        input += frame(
            QByteArray("{\"type\":\"download\",\"url\":\"http://me:pw@127.0.0.1/a.bin\"}"));
        QByteArray huge(int(1024 * 1024 + 1), ' ');
        input += frame(huge);
        input += frame(QByteArray("{\"type\":\"hello\",\"id\":2}"));
        input += QByteArray("\x05\x00", 2); // a length cut short, then the browser closes
        const QList<QJsonObject> answers = talk(input);
        QCOMPARE(answers.size(), 8);
        const QStringList codes { QStringLiteral("malformed"), QStringLiteral("malformed"),
            QStringLiteral("bad_field"), QStringLiteral("unknown_type"), QStringLiteral("bad_url"),
            QStringLiteral("credentials_in_url"), QStringLiteral("too_large") };
        for (int i = 0; i < codes.size(); ++i) {
            QCOMPARE(answers.at(i).value(QStringLiteral("ok")).toBool(true), false);
            QCOMPARE(code(answers.at(i)), codes.at(i));
            QVERIFY(!answers.at(i)
                         .value(QStringLiteral("error"))
                         .toObject()
                         .value(QStringLiteral("message"))
                         .toString()
                         .isEmpty());
        }
        // The stream stayed in step: the hello after them is answered.
        QCOMPARE(answers.last().value(QStringLiteral("id")).toInt(), 2);
        QCOMPARE(answers.last().value(QStringLiteral("running")).toBool(), true);
        QCOMPARE(jobCount(), 0);
        QVERIFY(m_server->requests().isEmpty());
        stop(server);
    }

    void aDownloadGoesToServeWithItsCookiesOnlyToItsSite()
    {
        freshStore();
        useDownloadsFolder(false);
        QProcess *server = serve();
        m_server->clearRequests();
        const QList<QJsonObject> answers
            = talk(frame(download(QStringLiteral("/a.bin"), QStringLiteral("from browser.bin"))));
        QCOMPARE(answers.size(), 1);
        const QJsonObject a = answers.first();
        QVERIFY2(a.value(QStringLiteral("ok")).toBool(), QJsonDocument(a).toJson().constData());
        QCOMPARE(a.value(QStringLiteral("outcome")).toString(), QStringLiteral("added"));
        QCOMPARE(a.value(QStringLiteral("id")).toInt(), 9);
        const QString id = a.value(QStringLiteral("jobs")).toArray().first().toString();
        // Handed over by the browser: completed as the browser's own download would be.
        QTRY_COMPARE_WITH_TIMEOUT(state(id), QStringLiteral("Acknowledged"), 15000);
        const QString saved = m_work + QStringLiteral("/dl/from browser.bin");
        QCOMPARE(readFile(saved), TestServer::body(1, 100000));
        const QList<TestServer::Request> sent = m_server->requests("/a.bin");
        QVERIFY(!sent.isEmpty());
        for (const TestServer::Request &r : sent) {
            QCOMPARE(r.headers.value("cookie"), QByteArray("session=cookie-secret-4711"));
            QCOMPARE(r.headers.value("user-agent"), QByteArray("Mozilla/5.0 (HaulTest)"));
            QCOMPARE(
                r.headers.value("referer"), m_server->url(QStringLiteral("/page")).toEncoded());
        }
        // A second hand-over of the same name never overwrites the first file.
        const QList<QJsonObject> again
            = talk(frame(download(QStringLiteral("/a.bin"), QStringLiteral("from browser.bin"))));
        const QString second
            = again.first().value(QStringLiteral("jobs")).toArray().first().toString();
        QTRY_COMPARE_WITH_TIMEOUT(state(second), QStringLiteral("Acknowledged"), 15000);
        QVERIFY(QFileInfo::exists(m_work + QStringLiteral("/dl/from browser (1).bin")));
        stop(server);
        // The cookie is a secret: not in the store's bytes.
        for (const QString &f : QDir(m_work).entryList({ QStringLiteral("store.sqlite*") }))
            QVERIFY2(!readFile(m_work + QLatin1Char('/') + f).contains("cookie-secret-4711"),
                qPrintable(f));
    }

    // Folders by kind (issue 18): a hand-over that names no folder goes where the rules say,
    // into a folder made for it (by the name the browser gives); a rule by the site wins over
    // the rule by type.
    void aHandedOverDownloadGoesToTheFolderOfItsKind()
    {
        freshStore();
        useDownloadsFolder(false);
        QProcess *server = serve();
        const QString programs = m_work + QStringLiteral("/dl/Programs");
        QDir(programs).removeRecursively();
        QJsonObject answer
            = talk(frame(download(QStringLiteral("/a.bin"), QStringLiteral("disc.iso")))).value(0);
        QVERIFY2(answer.value(QStringLiteral("ok")).toBool(),
            QJsonDocument(answer).toJson().constData());
        QString id = answer.value(QStringLiteral("jobs")).toArray().first().toString();
        QTRY_COMPARE_WITH_TIMEOUT(state(id), QStringLiteral("Acknowledged"), 15000);
        QCOMPARE(readFile(programs + QStringLiteral("/disc.iso")), TestServer::body(1, 100000));
        {
            QSettings conf(m_work + QStringLiteral("/config/haul/haul.conf"), QSettings::IniFormat);
            FolderRules rules = FolderRules::defaults(m_work + QStringLiteral("/dl"));
            rules.rules.append({ QStringLiteral("Test site"), {}, QStringLiteral("127.0.0.1"),
                m_work + QStringLiteral("/from test site") });
            rules.save(conf);
        }
        answer
            = talk(frame(download(QStringLiteral("/a.bin"), QStringLiteral("site.iso")))).value(0);
        id = answer.value(QStringLiteral("jobs")).toArray().first().toString();
        QTRY_COMPARE_WITH_TIMEOUT(state(id), QStringLiteral("Acknowledged"), 15000);
        QVERIFY(QFileInfo::exists(m_work + QStringLiteral("/from test site/site.iso")));
        QVERIFY(!QFileInfo::exists(programs + QStringLiteral("/site.iso")));
        QFile::remove(m_work + QStringLiteral("/config/haul/haul.conf"));
        stop(server);
    }

    void theBrowsersWaysOfStartingTheHost()
    {
        freshStore();
        QProcess *server = serve();
        const QByteArray hello = frame(QByteArray("{\"type\":\"hello\"}"));
        const QList<QJsonObject> chromium = talk(
            hello, { QStringLiteral("chrome-extension://abcdefghijklmnopabcdefghijklmnop/") });
        QCOMPARE(chromium.size(), 1);
        QCOMPARE(chromium.first().value(QStringLiteral("running")).toBool(), true);
        QCOMPARE(chromium.first().value(QStringLiteral("protocol")).toInt(), 1);
        const QList<QJsonObject> firefox = talk(hello,
            { QStringLiteral("/usr/lib/mozilla/native-messaging-hosts/io.github.haul.json"),
                QStringLiteral("haul@haul.github.io") });
        QCOMPARE(firefox.size(), 1);
        QCOMPARE(firefox.first().value(QStringLiteral("ok")).toBool(), true);
        // The popup's list: the active downloads, without starting anything.
        const QString id = newJob(
            QStringLiteral("listed"), { m_server->url(QStringLiteral("/a.bin")).toString() });
        const QList<QJsonObject> list = talk(frame(QByteArray("{\"type\":\"list\"}")));
        const QJsonArray jobs = list.first().value(QStringLiteral("jobs")).toArray();
        QCOMPARE(jobs.size(), 1);
        QCOMPARE(jobs.first().toObject().value(QStringLiteral("id")).toString(), id);
        QCOMPARE(jobs.first().toObject().value(QStringLiteral("name")).toString(),
            QStringLiteral("listed"));
        QVERIFY(!jobs.first().toObject().contains(QStringLiteral("files")));
        stop(server);
    }

    void helloAndListDoNotStartHaul()
    {
        freshStore();
        const QList<QJsonObject> answers = talk(
            frame(QByteArray("{\"type\":\"hello\"}")) + frame(QByteArray("{\"type\":\"list\"}")));
        QCOMPARE(answers.size(), 2);
        QCOMPARE(answers.at(0).value(QStringLiteral("running")).toBool(true), false);
        QCOMPARE(answers.at(1).value(QStringLiteral("jobs")).toArray().size(), 0);
        QVERIFY(!QFileInfo::exists(m_store + QStringLiteral(".lock")));
    }

    void anExpiredLinkIsRenewedFromTheBrowser()
    {
        freshStore();
        TestServer::Route expiring; // 40 % of the file, then the link answers 403
        expiring.size = 100000;
        expiring.statusSequence = { 200 };
        expiring.status = 403;
        expiring.cutAfter = 40000;
        expiring.cutTimes = 1;
        m_server->setRoute("/expiring.bin", expiring);
        TestServer::Route fresh; // the same bytes under a fresh link
        fresh.size = 100000;
        m_server->setRoute("/fresh.bin", fresh);
        TestServer::Route other = fresh; // a link to other bytes of the same size
        other.seed = 2;
        m_server->setRoute("/other.bin", other);
        QCOMPARE(haul({ QStringLiteral("renewlink"), QStringLiteral("x") }).exitCode, 2);
        QProcess *server = serve();
        const QString id = newJob(QStringLiteral("expiring"),
            { m_server->url(QStringLiteral("/expiring.bin")).toString() });
        haul({ QStringLiteral("setminretrydelay"), id, QStringLiteral("1") });
        haul({ QStringLiteral("resume"), id });
        QTRY_COMPARE_WITH_TIMEOUT(state(id), QStringLiteral("Error"), 30000);
        const QJsonObject info = json({ QStringLiteral("info"), id });
        QCOMPARE(fileMember(info, 0, QStringLiteral("bytesTransferred")).toInteger(), 40000);
        const Run waiting = haul({ QStringLiteral("renewlink"), id });
        QCOMPARE(waiting.exitCode, 0);
        QVERIFY2(waiting.out.contains("waits for a new link"), waiting.out.constData());
        m_server->clearRequests();
        // Other bytes: never spliced; without a window the browser keeps its download.
        const QJsonObject refused
            = talk(frame(download(QStringLiteral("/other.bin"), QStringLiteral("expiring.bin"))))
                  .value(0);
        QCOMPARE(refused.value(QStringLiteral("ok")).toBool(true), false);
        QCOMPARE(code(refused), QStringLiteral("refused"));
        QCOMPARE(state(id), QStringLiteral("Error"));
        // The fresh link to the same bytes: the job goes on from 40 %, nothing new is made.
        const QJsonObject renewed
            = talk(frame(download(QStringLiteral("/fresh.bin"), QStringLiteral("expiring.bin"))))
                  .value(0);
        QVERIFY2(renewed.value(QStringLiteral("ok")).toBool(),
            QJsonDocument(renewed).toJson().constData());
        QCOMPARE(renewed.value(QStringLiteral("outcome")).toString(), QStringLiteral("renewed"));
        QCOMPARE(renewed.value(QStringLiteral("jobs")).toArray().first().toString(), id);
        QTRY_COMPARE_WITH_TIMEOUT(state(id), QStringLiteral("Transferred"), 15000);
        QCOMPARE(jobCount(), 1);
        bool fromTheOffset = false;
        for (const TestServer::Request &r : m_server->requests("/fresh.bin")) {
            QCOMPARE(r.headers.value("cookie"), QByteArray("session=cookie-secret-4711"));
            fromTheOffset = fromTheOffset || r.headers.value("range") == "bytes=40000-";
        }
        QVERIFY(fromTheOffset);
        QCOMPARE(haul({ QStringLiteral("complete"), id }).exitCode, 0);
        QCOMPARE(readFile(m_work + QStringLiteral("/expiring.bin")), TestServer::body(1, 100000));
        stop(server);
    }

    void aLoginPageInsteadOfTheRestIsAnExpiredLink()
    {
        freshStore();
        TestServer::Route file; // slow enough to stop in the middle
        file.size = 200000;
        file.rate = 100000;
        m_server->setRoute("/session.bin", file);
        m_server->setRoute("/again.bin", file);
        QProcess *server = serve();
        const QString id = newJob(QStringLiteral("session"),
            { m_server->url(QStringLiteral("/session.bin")).toString() });
        haul({ QStringLiteral("resume"), id });
        QTRY_VERIFY_WITH_TIMEOUT(
            fileMember(json({ QStringLiteral("info"), id }), 0, QStringLiteral("bytesTransferred"))
                    .toInteger()
                > 20000,
            10000);
        haul({ QStringLiteral("suspend"), id });
        const qint64 kept = fileMember(
            json({ QStringLiteral("info"), id }), 0, QStringLiteral("bytesTransferred"))
                                .toInteger();
        // The session ended: the server now answers a login page where the file was.
        TestServer::Route login;
        login.rawResponse
            = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
              "Content-Length: 26\r\nConnection: close\r\n\r\n<html>Please log in</html>";
        m_server->setRoute("/session.bin", login);
        haul({ QStringLiteral("resume"), id });
        QTRY_COMPARE_WITH_TIMEOUT(state(id), QStringLiteral("Error"), 15000);
        const QJsonObject error = json({ QStringLiteral("geterror"), id });
        QCOMPARE(error.value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
            QStringLiteral("0x80AC000D"));
        // The bytes on disk are kept, not replaced by the page.
        QCOMPARE(
            fileMember(json({ QStringLiteral("info"), id }), 0, QStringLiteral("bytesTransferred"))
                .toInteger(),
            kept);
        QCOMPARE(QFileInfo(m_work + QStringLiteral("/session.bin.haul-part")).size(), kept);
        // A fresh link from the browser goes on from them.
        QCOMPARE(haul({ QStringLiteral("renewlink"), id }).exitCode, 0);
        const QJsonObject renewed
            = talk(frame(download(QStringLiteral("/again.bin"), QStringLiteral("session.bin"))))
                  .value(0);
        QCOMPARE(renewed.value(QStringLiteral("outcome")).toString(), QStringLiteral("renewed"));
        QTRY_COMPARE_WITH_TIMEOUT(state(id), QStringLiteral("Transferred"), 20000);
        QCOMPARE(haul({ QStringLiteral("complete"), id }).exitCode, 0);
        QCOMPARE(readFile(m_work + QStringLiteral("/session.bin")), TestServer::body(1, 200000));
        stop(server);
    }

#ifdef HAUL_GUI_BUILT
    void aHaulThatIsNotRunningIsStarted()
    {
        freshStore();
        useDownloadsFolder(true);
        const QList<QJsonObject> answers
            = talk(frame(download(QStringLiteral("/a.bin"), QStringLiteral("started.bin"))));
        QCOMPARE(answers.size(), 1);
        QVERIFY2(answers.first().value(QStringLiteral("ok")).toBool(),
            QJsonDocument(answers.first()).toJson().constData());
        QCOMPARE(
            answers.first().value(QStringLiteral("outcome")).toString(), QStringLiteral("added"));
        // The window owns the store now; the window completes what it transferred.
        QLockFile lock(m_store + QStringLiteral(".lock"));
        qint64 pid = 0;
        QString host, app;
        QVERIFY(lock.getLockInfo(&pid, &host, &app));
        QVERIFY(pid > 0);
        QTRY_VERIFY_WITH_TIMEOUT(
            QFileInfo::exists(m_work + QStringLiteral("/dl/started.bin")), 15000);
        QCOMPARE(readFile(m_work + QStringLiteral("/dl/started.bin")), TestServer::body(1, 100000));
        ::kill(pid_t(pid), SIGTERM);
        QTRY_VERIFY_WITH_TIMEOUT(::kill(pid_t(pid), 0) != 0, 10000);
    }
#endif
};

QTEST_GUILESS_MAIN(TestBrowserHost)
#include "tst_browserhost.moc"
