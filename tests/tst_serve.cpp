#include "core/protocol/storeowner.h"
#include "tests/support/testhelpers.h"
#include "tests/support/testserver.h"
#include "tests/support/verbfixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalSocket>
#include <QLockFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QtEndian>
#include <csignal>
#include <unistd.h>

using namespace TestHelpers;

// The store's owner of cli.md through real processes: `haul serve` and --auto-complete,
// verbs forwarded to it or to a running `transfer`, a transfer run inside it, one engine
// per store (a second starter, a stale lock after kill -9, a verb holding the lock), and
// the local socket: never a verb to another user's program, a clear answer to malformed
// messages.
class TestServe : public QObject, private VerbFixture
{
    Q_OBJECT
private slots:
    void initTestCase() { startServer(); }

    void cleanup() { stopEveryProcess(); }

    void serveRunsJobsAndAnswersVerbs()
    {
        freshStore();
        QProcess *server = serve();
        // A second owner is refused: one engine per store.
        const Run second = haul({ QStringLiteral("serve") });
        QCOMPARE(second.exitCode, 4);
        const QString id = newJob(
            QStringLiteral("served"), { m_server->url(QStringLiteral("/a.bin")).toString() });
        QCOMPARE(haul({ QStringLiteral("resume"), id }).exitCode, 0);
        QTRY_COMPARE_WITH_TIMEOUT(state(id), QStringLiteral("Transferred"), 10000);
        // Under serve a Transferred job waits for Complete.
        QVERIFY(!QFileInfo::exists(m_work + QStringLiteral("/a.bin")));
        const Run done = haul({ QStringLiteral("complete"), id });
        QCOMPARE(done.exitCode, 0);
        QVERIFY(done.out.contains("Completed"));
        QCOMPARE(readFile(m_work + QStringLiteral("/a.bin")), TestServer::body(1, 100000));
        QCOMPARE(haul({ QStringLiteral("remove"), id }).exitCode, 0);
        QVERIFY(QFileInfo::exists(m_work + QStringLiteral("/a.bin")));
        QCOMPARE(
            json({ QStringLiteral("list") }).value(QStringLiteral("jobs")).toArray().size(), 0);
        stop(server);
    }

    void autoCompleteAndLogging()
    {
        freshStore();
        QProcess *server = serve({ QStringLiteral("--auto-complete") });
        const QString id = newJob(
            QStringLiteral("auto"), { m_server->url(QStringLiteral("/a.bin")).toString() });
        haul({ QStringLiteral("resume"), id });
        QTRY_COMPARE_WITH_TIMEOUT(state(id), QStringLiteral("Acknowledged"), 10000);
        QVERIFY(QFileInfo::exists(m_work + QStringLiteral("/a.bin")));
        const QString failing = newJob(
            QStringLiteral("failing"), { m_server->url(QStringLiteral("/missing")).toString() });
        haul({ QStringLiteral("resume"), failing });
        QTRY_COMPARE_WITH_TIMEOUT(state(failing), QStringLiteral("Error"), 10000);
        ::kill(pid_t(server->processId()), SIGTERM);
        QVERIFY(server->waitForFinished(10000));
        QCOMPARE(server->exitCode(), 0);
        const QByteArray log = server->readAllStandardError();
        QVERIFY2(log.contains(id.left(8).toLatin1()), log.constData());
        QVERIFY(log.contains("0x80190194"));
        QVERIFY(log.contains("RemoteFile"));
        m_running.removeAll(server);
        delete server;
        // Nothing was suspended by stopping: the failed job is still in Error.
        QCOMPARE(state(failing), QStringLiteral("Error"));
    }

    void verbsAreForwardedToARunningTransfer()
    {
        freshStore();
        // Slow enough to be still running after the verbs below, even under AddressSanitizer
        // (one connection at 1 MiB/s: a minute; the test cancels it long before).
        TestServer::Route slow;
        slow.size = 64 * 1024 * 1024;
        slow.rate = 1024 * 1024;
        m_server->setRoute("/fwd.bin", slow);
        QProcess *transfer = start({ QStringLiteral("transfer"), QStringLiteral("--name"),
            QStringLiteral("fwd"), QStringLiteral("--connections"), QStringLiteral("1"),
            m_server->url(QStringLiteral("/fwd.bin")).toString() });
        QTRY_VERIFY_WITH_TIMEOUT(
            QFileInfo(m_work + QStringLiteral("/fwd.bin.haul-part")).size() > 100000, 10000);
        // The transfer owns the store; these answers come from its live engine.
        QTRY_COMPARE_WITH_TIMEOUT(
            state(QStringLiteral("fwd")), QStringLiteral("Transferring"), 5000);
        const QJsonObject listed = json({ QStringLiteral("list"), QStringLiteral("--active") });
        QCOMPARE(listed.value(QStringLiteral("jobs")).toArray().size(), 1);
        QVERIFY(listed.value(QStringLiteral("jobs"))
                    .toArray()[0]
                    .toObject()
                    .value(QStringLiteral("bytesTransferred"))
                    .toInteger()
            > 0);
        // A suspend from another terminal reaches it at once.
        QCOMPARE(haul({ QStringLiteral("suspend"), QStringLiteral("fwd") }).exitCode, 0);
        QCOMPARE(state(QStringLiteral("fwd")), QStringLiteral("Suspended"));
        QCOMPARE(haul({ QStringLiteral("cancel"), QStringLiteral("fwd") }).exitCode, 0);
        ::kill(pid_t(transfer->processId()), SIGTERM);
        transfer->waitForFinished(10000);
        m_running.removeAll(transfer);
        delete transfer;
    }

    void anotherUsersSocketNeverGetsAVerb()
    {
        // Another user's program takes the socket name of this store first (possible only
        // where the store's folder lets other users write). A verb, here with a password in
        // it, must not be handed to it.
        if (::geteuid() != 0 || QStandardPaths::findExecutable(QStringLiteral("runuser")).isEmpty())
            QSKIP("needs root and runuser to run a program as another user");
        freshStore();
        // The socket lies beside the store, in the user's folder: this one is shared with
        // everyone (0777), as a folder given with --store may be.
        QVERIFY(QFile::setPermissions(m_work, QFileDevice::Permissions(0x7777)));
        const QString name = StoreOwner::socketName(m_store);
        QVERIFY2(QDir::isAbsolutePath(name), qPrintable(name));
        QCOMPARE(name, m_store + QStringLiteral(".socket"));
        const QString socket = name;
        const QString heard = m_dir.filePath(QStringLiteral("squatter-heard"));
        QFile::remove(socket);
        QFile(m_dir.path()).setPermissions(QFileDevice::Permissions(0x7777));
        QProcess squatter;
        squatter.start(QStringLiteral("runuser"),
            { QStringLiteral("-u"), QStringLiteral("nobody"), QStringLiteral("--"),
                QStringLiteral("python3"), QStringLiteral("-c"),
                QStringLiteral(
                    "import socket, sys\n"
                    "s = socket.socket(socket.AF_UNIX); s.bind(sys.argv[1]); s.listen(5)\n"
                    "s.settimeout(60); print('listening', flush=True)\n"
                    "while True:\n"
                    "    c, _ = s.accept(); c.settimeout(2)\n"
                    "    try: data = c.recv(65536)\n"
                    "    except OSError: data = b''\n"
                    "    open(sys.argv[2], 'ab').write(data + b'|'); c.close()\n"),
                socket, heard });
        QVERIFY(squatter.waitForReadyRead(10000));
        QVERIFY(QFileInfo(socket).exists());

        QJsonObject answer;
        const QJsonObject request { { QStringLiteral("version"), 1 },
            { QStringLiteral("verb"), QStringLiteral("setcredentials") },
            { QStringLiteral("job"), QStringLiteral("any") },
            { QStringLiteral("user"), QStringLiteral("dave") },
            { QStringLiteral("secret"), QStringLiteral("hunter2") } };
        QVERIFY(!StoreOwner::forward(m_store, request, &answer, 2000));
        // The squatter did accept the connection (its log shows it) but heard nothing.
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(heard).size() > 0, 5000);
        QFile file(heard);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("|"));
        squatter.kill();
        squatter.waitForFinished(5000);
        QFile::remove(socket);
    }

    void transferRunsInARunningServe()
    {
        freshStore();
        QProcess *server = serve();
        Run r = haul(
            { QStringLiteral("transfer"), QStringLiteral("--name"), QStringLiteral("through"),
                m_server->url(QStringLiteral("/a.bin")).toString(), QStringLiteral("copy.bin") });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(readFile(m_work + QStringLiteral("/copy.bin")), TestServer::body(1, 100000));
        QCOMPARE(state(QStringLiteral("through")), QStringLiteral("Acknowledged"));
        r = haul({ QStringLiteral("transfer"), QStringLiteral("--json"),
            m_server->url(QStringLiteral("/missing")).toString() });
        QCOMPARE(r.exitCode, 1);
        // Forwarded to the owner, the answer object is the same as in a process of its own.
        const QJsonObject answer = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(answer.value(QStringLiteral("codeName")).toString(),
            QStringLiteral("BG_E_HTTP_ERROR_404"));
        QCOMPARE(answer.value(QStringLiteral("job"))[QLatin1String("error")][QLatin1String("code")]
                     .toString(),
            QStringLiteral("0x80190194"));
        // Interrupting the client suspends the job in the owner.
        TestServer::Route slow;
        slow.size = 8 * 1024 * 1024;
        slow.rate = 1024 * 1024;
        m_server->setRoute("/remote-slow.bin", slow);
        QProcess *client = start(
            { QStringLiteral("transfer"), QStringLiteral("--name"), QStringLiteral("interrupted"),
                m_server->url(QStringLiteral("/remote-slow.bin")).toString() });
        QTRY_COMPARE_WITH_TIMEOUT(
            state(QStringLiteral("interrupted")), QStringLiteral("Transferring"), 10000);
        ::kill(pid_t(client->processId()), SIGINT);
        QVERIFY(client->waitForFinished(10000));
        QCOMPARE(client->exitCode(), 130);
        m_running.removeAll(client);
        delete client;
        QCOMPARE(state(QStringLiteral("interrupted")), QStringLiteral("Suspended"));
        stop(server);
    }

    void staleLockAfterKillNineIsTakenOver()
    {
        freshStore();
        QProcess *server = serve();
        const QString id = newJob(
            QStringLiteral("left"), { m_server->url(QStringLiteral("/a.bin")).toString() });
        server->kill(); // SIGKILL
        server->waitForFinished();
        m_running.removeAll(server);
        delete server;
        QVERIFY(QFileInfo::exists(m_store + QStringLiteral(".lock")));
        QCOMPARE(haul({ QStringLiteral("info"), id }).exitCode, 0);
        QProcess *again = serve();
        QCOMPARE(haul({ QStringLiteral("resume"), id }).exitCode, 0);
        QTRY_COMPARE_WITH_TIMEOUT(state(id), QStringLiteral("Transferred"), 10000);
        stop(again);
    }

    void anOwnerWaitsForAVerbWorkingDirectly()
    {
        // A verb working on the store without an owner holds the lock for a moment; an
        // owner starting then waits for it instead of failing.
        freshStore();
        newJob(QStringLiteral("first"), {});
        QLockFile verb(m_store + QStringLiteral(".lock"));
        QVERIFY(verb.tryLock(0));
        QProcess *server = start({ QStringLiteral("serve") });
        QTest::qWait(1000);
        QCOMPARE(server->state(), QProcess::Running);
        verb.unlock();
        QByteArray err;
        QVERIFY(QTest::qWaitFor(
            [&] {
                server->waitForReadyRead(50);
                err += server->readAllStandardError();
                return err.contains("serving");
            },
            10000));
        QCOMPARE(haul({ QStringLiteral("list") }).exitCode, 0);
        stop(server);
    }

    void twoStartersMakeExactlyOneEngine()
    {
        freshStore();
        QProcess *a = start({ QStringLiteral("serve") });
        QProcess *b = start({ QStringLiteral("serve") });
        // Exactly one of them exits 4 at once; the other serves.
        QTRY_VERIFY_WITH_TIMEOUT(
            a->state() == QProcess::NotRunning || b->state() == QProcess::NotRunning, 10000);
        QTest::qWait(500);
        QProcess *loser = a->state() == QProcess::NotRunning ? a : b;
        QProcess *winner = loser == a ? b : a;
        QCOMPARE(loser->exitCode(), 4);
        QCOMPARE(winner->state(), QProcess::Running);
        QCOMPARE(haul({ QStringLiteral("list") }).exitCode, 0);
        stop(winner);
    }

    void malformedMessagesGetAClearAnswer()
    {
        freshStore();
        QProcess *server = serve();
        auto ask = [&](const QByteArray &bytes) {
            QLocalSocket socket;
            socket.connectToServer(StoreOwner::socketName(m_store));
            if (!socket.waitForConnected(2000))
                return QJsonObject();
            socket.write(bytes);
            socket.waitForBytesWritten(2000);
            QByteArray answer;
            while (socket.waitForReadyRead(2000))
                answer += socket.readAll();
            answer += socket.readAll();
            return QJsonDocument::fromJson(answer.mid(4)).object();
        };
        auto framed = [](const QByteArray &body) {
            QByteArray out(4, Qt::Uninitialized);
            qToBigEndian(quint32(body.size()), out.data());
            return out + body;
        };
        QJsonObject a = ask(framed("{not json"));
        QCOMPARE(a.value(QStringLiteral("exit")).toInt(), 2);
        QVERIFY(
            a.value(QStringLiteral("message")).toString().startsWith(QStringLiteral("malformed")));
        a = ask(framed(R"({"version": 99, "verb": "list"})"));
        QCOMPARE(a.value(QStringLiteral("exit")).toInt(), 2);
        QVERIFY(a.value(QStringLiteral("message")).toString().contains(QStringLiteral("version")));
        a = ask(QByteArray("\xff\xff\xff\xff", 4));
        QCOMPARE(a.value(QStringLiteral("exit")).toInt(), 2);
        QVERIFY(
            a.value(QStringLiteral("message")).toString().contains(QStringLiteral("too large")));
        a = ask(framed(R"({"version": 1, "verb": "list"})"));
        QCOMPARE(a.value(QStringLiteral("exit")).toInt(), 0);
        QVERIFY(a.value(QStringLiteral("jobs")).isArray());
        // The owner is still alive and well.
        QCOMPARE(haul({ QStringLiteral("list") }).exitCode, 0);
        stop(server);
    }
};

QTEST_GUILESS_MAIN(TestServe)
#include "tst_serve.moc"
