#include "core/model/errorcodes.h"
#include "core/protocol/storeowner.h"
#include "core/store/jobstore.h"
#include "tests/support/testhelpers.h"
#include "tests/support/testserver.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalSocket>
#include <QLockFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>
#include <csignal>

using namespace TestHelpers;

// The job verbs of cli.md, `haul serve`, forwarding to the store's owner, and `monitor`,
// through real processes.
class TestVerbs : public QObject
{
    Q_OBJECT
private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    QTemporaryDir m_dir;
    TestServer *m_server = nullptr;
    QString m_store;
    QString m_work;
    QList<QProcess *> m_running;
    int m_counter = 0;

    QProcess *start(const QStringList &args)
    {
        auto *p = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HAUL_STORE"), m_store);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_work + QStringLiteral("/config"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.remove(QStringLiteral("LANGUAGE"));
        p->setProcessEnvironment(env);
        p->setWorkingDirectory(m_work);
        p->start(QStringLiteral(HAUL_BINARY), args);
        p->waitForStarted();
        m_running.append(p);
        return p;
    }

    Run haul(const QStringList &args, const QByteArray &input = QByteArray())
    {
        QProcess *p = start(args);
        if (!input.isNull()) {
            p->write(input);
            p->closeWriteChannel();
        }
        Run r;
        if (!p->waitForFinished(30000)) {
            p->kill();
            p->waitForFinished();
        }
        r.exitCode = p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1;
        r.out = p->readAllStandardOutput();
        r.err = p->readAllStandardError();
        m_running.removeAll(p);
        delete p;
        return r;
    }

    QJsonObject json(const QStringList &args, int expectedExit = 0)
    {
        const Run r = haul(args + QStringList { QStringLiteral("--json") });
        if (expectedExit >= 0 && r.exitCode != expectedExit)
            qWarning("haul %s exited %d: %s", qPrintable(args.join(QLatin1Char(' '))), r.exitCode,
                r.err.constData());
        return QJsonDocument::fromJson(r.out).object();
    }

    QString state(const QString &job)
    {
        return json({ QStringLiteral("info"), job }, -1)
            .value(QStringLiteral("job"))
            .toObject()
            .value(QStringLiteral("state"))
            .toString();
    }

    // A fresh store and working folder for each test.
    void freshStore()
    {
        ++m_counter;
        m_work = m_dir.filePath(QStringLiteral("work%1").arg(m_counter));
        QDir().mkpath(m_work);
        m_store = m_work + QStringLiteral("/store.sqlite");
    }

    QProcess *serve(const QStringList &extra = {})
    {
        QProcess *p = start(QStringList { QStringLiteral("serve") } + extra);
        QByteArray err;
        const bool up = QTest::qWaitFor(
            [&] {
                p->waitForReadyRead(50);
                err += p->readAllStandardError();
                return err.contains("serving");
            },
            10000);
        if (!up)
            qWarning("serve did not start: %s", err.constData());
        return p;
    }

    void stop(QProcess *p, int signalNumber = SIGTERM)
    {
        ::kill(pid_t(p->processId()), signalNumber);
        p->waitForFinished(10000);
        m_running.removeAll(p);
        // SIGTERM stops Haul cleanly (exit 0); a sanitizer report on the way out aborts it.
        const bool clean = signalNumber != SIGTERM
            || (p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0);
        const QByteArray err = p->readAllStandardError();
        delete p;
        QVERIFY2(clean, err.constData());
    }

    QString newJob(const QString &name, const QStringList &urls)
    {
        const QString id = QString::fromLatin1(
            haul({ QStringLiteral("create"), QStringLiteral("--name"), name }).out.trimmed());
        for (const QString &url : urls)
            haul({ QStringLiteral("addfile"), id, url });
        return id;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_server = new TestServer(TestServer::Tls::None, this);
        TestServer::Route small;
        small.size = 100000;
        m_server->setRoute("/a.bin", small);
        TestServer::Route missing;
        missing.status = 404;
        m_server->setRoute("/missing", missing);
    }

    void cleanup()
    {
        for (QProcess *p : std::as_const(m_running)) {
            p->kill();
            p->waitForFinished();
        }
        qDeleteAll(m_running);
        m_running.clear();
    }

    void everyVerbHasHelp()
    {
        freshStore();
        for (const char *verb : { "create", "addfile", "resume", "suspend", "cancel", "complete",
                 "info", "list", "geterror", "seturl", "replaceprefix", "setcredentials",
                 "setpriority", "setminretrydelay", "setnoprogresstimeout", "setnotifyflags",
                 "remove", "clear", "trustcert", "monitor", "serve", "transfer" }) {
            const Run r = haul({ QString::fromLatin1(verb), QStringLiteral("--help") });
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(r.out.contains(QByteArray("haul ") + verb), verb);
        }
        QVERIFY(!QFileInfo::exists(m_store));
    }

    void editingWithoutAnOwner()
    {
        freshStore();
        const QJsonObject created = json({ QStringLiteral("create"), QStringLiteral("--name"),
            QStringLiteral("photos"), QStringLiteral("--priority"), QStringLiteral("low") });
        const QString id = created.value(QStringLiteral("job"))
                               .toObject()
                               .value(QStringLiteral("id"))
                               .toString();
        QVERIFY(!QUuid::fromString(id).isNull());
        QCOMPARE(created.value(QStringLiteral("job"))
                     .toObject()
                     .value(QStringLiteral("state"))
                     .toString(),
            QStringLiteral("Suspended"));

        Run r = haul({ QStringLiteral("addfile"), QStringLiteral("photos"),
            m_server->url(QStringLiteral("/a.bin")).toString() });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("Added file 0"));
        // By id prefix, by name, by full id.
        QCOMPARE(
            haul({ QStringLiteral("setpriority"), id.left(6), QStringLiteral("high") }).exitCode,
            0);
        QCOMPARE(haul({ QStringLiteral("setminretrydelay"), QStringLiteral("photos"),
                          QStringLiteral("5") })
                     .exitCode,
            0);
        QCOMPARE(
            haul({ QStringLiteral("setnoprogresstimeout"), id, QStringLiteral("120") }).exitCode,
            0);
        QCOMPARE(
            haul({ QStringLiteral("setnotifyflags"), id, QStringLiteral("0x1B") }).exitCode, 0);
        const QJsonObject info
            = json({ QStringLiteral("info"), id.left(8) }).value(QStringLiteral("job")).toObject();
        QCOMPARE(info.value(QStringLiteral("priority")).toString(), QStringLiteral("high"));
        QCOMPARE(info.value(QStringLiteral("minimumRetryDelay")).toInt(), 5);
        QCOMPARE(info.value(QStringLiteral("noProgressTimeout")).toInt(), 120);
        QCOMPARE(info.value(QStringLiteral("notifyFlags")).toInt(), 0x1B);
        QCOMPARE(info.value(QStringLiteral("files")).toArray().size(), 1);
        QCOMPARE(info.value(QStringLiteral("files"))
                     .toArray()[0]
                     .toObject()
                     .value(QStringLiteral("remoteUrl"))
                     .toString(),
            m_server->url(QStringLiteral("/a.bin")).toString());

        // Resume with no owner queues the job; nothing moves until an engine runs.
        r = haul({ QStringLiteral("resume"), id });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("Queued"));
        QTest::qWait(300);
        QVERIFY(m_server->requests("/a.bin").isEmpty());

        r = haul({ QStringLiteral("info"), id });
        QVERIFY(r.out.contains("photos"));
        QVERIFY(r.out.contains("Queued"));
        r = haul({ QStringLiteral("list") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(id.left(8).toLatin1()));
        QCOMPARE(
            json({ QStringLiteral("list") }).value(QStringLiteral("jobs")).toArray().size(), 1);

        // No error object yet.
        r = haul({ QStringLiteral("geterror"), id });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("BG_E_ERROR_INFORMATION_UNAVAILABLE"));

        r = haul(
            { QStringLiteral("replaceprefix"), id, m_server->url(QStringLiteral("/")).toString(),
                QStringLiteral("http://mirror.example/") });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(json({ QStringLiteral("info"), id })
                     .value(QStringLiteral("job"))
                     .toObject()
                     .value(QStringLiteral("files"))
                     .toArray()[0]
                     .toObject()
                     .value(QStringLiteral("remoteUrl"))
                     .toString(),
            QStringLiteral("http://mirror.example/a.bin"));
        QCOMPARE(haul({ QStringLiteral("seturl"), id, QStringLiteral("0"),
                          m_server->url(QStringLiteral("/a.bin")).toString() })
                     .exitCode,
            0);

        // Credentials live only in the owner's memory: refused here, with a reason.
        r = haul({ QStringLiteral("setcredentials"), id, QStringLiteral("server"),
                     QStringLiteral("basic"), QStringLiteral("bob") },
            "secret\n");
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("haul serve"));
        QVERIFY(!r.err.contains("secret"));
    }

    void badInputIsExitTwoAndChangesNothing()
    {
        freshStore();
        const QString a = newJob(QStringLiteral("twin"), {});
        const QString b = newJob(QStringLiteral("twin"), {});
        Run r = haul({ QStringLiteral("resume"), QStringLiteral("twin") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(a.toLatin1()));
        QVERIFY(r.err.contains(b.toLatin1()));
        r = haul({ QStringLiteral("info"), QStringLiteral("nobody") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("nobody"));
        r = haul({ QStringLiteral("addfile"), a, QStringLiteral("ftp://example.org/x") });
        QCOMPARE(r.exitCode, 2);
        r = haul({ QStringLiteral("addfile"), a, QStringLiteral("http://") });
        QCOMPARE(r.exitCode, 2);
        r = haul({ QStringLiteral("setpriority"), a, QStringLiteral("urgent") });
        QCOMPARE(r.exitCode, 2);
        r = haul({ QStringLiteral("setminretrydelay"), a, QStringLiteral("soon") });
        QCOMPARE(r.exitCode, 2);
        r = haul({ QStringLiteral("resume"), a }); // no files
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("BG_E_EMPTY"));
        r = haul({ QStringLiteral("frobnicate"), a });
        QCOMPARE(r.exitCode, 2);
        for (const char *n : { "0", "17", "many" }) {
            r = haul({ QStringLiteral("create"), QStringLiteral("--connections"),
                QString::fromLatin1(n) });
            QCOMPARE(r.exitCode, 2);
            QVERIFY(r.err.contains("--connections"));
        }
        r = haul({ QStringLiteral("addfile"), a, QStringLiteral("http://x/"),
            QStringLiteral("--connections"), QStringLiteral("4") });
        QCOMPARE(r.exitCode, 2); // an option of create only
        r = haul({ QStringLiteral("info") });
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(haul({ QStringLiteral("cancel"), a }).exitCode, 0);
        r = haul({ QStringLiteral("resume"), a }); // wrong state
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("BG_E_INVALID_STATE"));
        QCOMPARE(haul({ QStringLiteral("remove"), b }).exitCode, 2); // not finished
        const QJsonArray jobs
            = json({ QStringLiteral("list") }).value(QStringLiteral("jobs")).toArray();
        QCOMPARE(jobs.size(), 2);
        for (const QJsonValue &j : jobs)
            QCOMPARE(j.toObject().value(QStringLiteral("files")).toArray().size(), 0);
        QCOMPARE(state(b), QStringLiteral("Suspended"));
    }

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

    void geterrorSeturlAndCompletePartial()
    {
        freshStore();
        TestServer::Route expiring;
        expiring.size = 1000000;
        expiring.cutAfter = 300000;
        expiring.cutTimes = -1;
        m_server->setRoute("/expiring.bin", expiring);
        TestServer::Route mirror;
        mirror.size = 1000000;
        m_server->setRoute("/mirror.bin", mirror);
        QProcess *server = serve();
        const QString id = newJob(
            QStringLiteral("fix"), { m_server->url(QStringLiteral("/expiring.bin")).toString() });
        QCOMPARE(
            haul({ QStringLiteral("setnoprogresstimeout"), id, QStringLiteral("0") }).exitCode, 0);
        haul({ QStringLiteral("resume"), id });
        QTRY_COMPARE_WITH_TIMEOUT(state(id), QStringLiteral("Error"), 10000);
        Run r = haul({ QStringLiteral("geterror"), id });
        QCOMPARE(r.exitCode, 0);
        for (const char *member : { "GeneralTransport", "0x80AC0011", "HAUL_E_CONNECTION_CLOSED",
                 "expiring.bin", "http", "Error count:" })
            QVERIFY2(r.out.contains(member), member);
        const QJsonObject e
            = json({ QStringLiteral("geterror"), id }).value(QStringLiteral("error")).toObject();
        QCOMPARE(e.value(QStringLiteral("contextValue")).toInt(), 6);
        // Fix-and-Resume: same entity elsewhere, continuing from the same offset.
        QCOMPARE(haul({ QStringLiteral("seturl"), id, QStringLiteral("0"),
                          m_server->url(QStringLiteral("/mirror.bin")).toString() })
                     .exitCode,
            0);
        haul({ QStringLiteral("resume"), id });
        QTRY_COMPARE_WITH_TIMEOUT(state(id), QStringLiteral("Transferred"), 10000);
        const auto reqs = m_server->requests("/mirror.bin");
        QCOMPARE(reqs.size(), 1);
        QCOMPARE(reqs[0].headers.value("range"), QByteArray("bytes=300000-"));
        QCOMPARE(haul({ QStringLiteral("complete"), id }).exitCode, 0);
        QCOMPARE(readFile(m_work + QStringLiteral("/expiring.bin")), TestServer::body(1, 1000000));

        // Complete on a job in Error keeps only the finished files.
        // (The good file first: files of a job run in parallel, and the first fatal error
        // stops the others wherever they are.)
        const QString partial = newJob(
            QStringLiteral("partial"), { m_server->url(QStringLiteral("/a.bin")).toString() });
        haul({ QStringLiteral("resume"), partial });
        QTRY_COMPARE_WITH_TIMEOUT(state(partial), QStringLiteral("Transferred"), 10000);
        haul({ QStringLiteral("addfile"), partial,
            m_server->url(QStringLiteral("/missing")).toString() });
        haul({ QStringLiteral("resume"), partial });
        QTRY_COMPARE_WITH_TIMEOUT(state(partial), QStringLiteral("Error"), 10000);
        r = haul({ QStringLiteral("complete"), partial });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("Only the files"));
        QCOMPARE(json({ QStringLiteral("info"), partial })
                     .value(QStringLiteral("job"))
                     .toObject()
                     .value(QStringLiteral("state"))
                     .toString(),
            QStringLiteral("Acknowledged"));
        QVERIFY(QFileInfo::exists(m_work + QStringLiteral("/a.bin")));
        QVERIFY(!QFileInfo::exists(m_work + QStringLiteral("/missing")));
        stop(server);
    }

    void credentialsThroughServe()
    {
        freshStore();
        TestServer::Route locked;
        locked.size = 5000;
        locked.basicUser = "carol";
        locked.basicPassword = "pa ss";
        m_server->setRoute("/locked.bin", locked);
        QProcess *server = serve();
        const QString id = newJob(
            QStringLiteral("locked"), { m_server->url(QStringLiteral("/locked.bin")).toString() });
        haul({ QStringLiteral("resume"), id });
        QTRY_COMPARE_WITH_TIMEOUT(state(id), QStringLiteral("Error"), 10000);
        QCOMPARE(json({ QStringLiteral("geterror"), id })
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("httpStatus"))
                     .toInt(),
            401);
        const Run set = haul({ QStringLiteral("setcredentials"), id, QStringLiteral("server"),
                                 QStringLiteral("basic"), QStringLiteral("carol") },
            "pa ss\n");
        QCOMPARE(set.exitCode, 0);
        QVERIFY(!set.out.contains("pa ss"));
        // Where they are kept is said: the keychain, or (no keychain, as in CI) memory only.
        QVERIFY2(set.out.contains("system keychain") || set.err.contains("memory of the Haul"),
            set.out + set.err);
        haul({ QStringLiteral("resume"), id });
        QTRY_COMPARE_WITH_TIMEOUT(state(id), QStringLiteral("Transferred"), 10000);
        // Never in the store, its journal, JSON output or the owner's log.
        QVERIFY(!haul({ QStringLiteral("list"), QStringLiteral("--json") }).out.contains("pa ss"));
        const QByteArray info = haul({ QStringLiteral("info"), id, QStringLiteral("--json") }).out;
        QVERIFY(!info.contains("pa ss"));
        QVERIFY(!haul({ QStringLiteral("info"), id }).out.contains("pa ss"));
        ::kill(pid_t(server->processId()), SIGTERM);
        QVERIFY(server->waitForFinished(10000));
        const QByteArray log = server->readAllStandardError() + server->readAllStandardOutput();
        QVERIFY2(log.contains("401"), log.constData()); // the log told of the 401...
        QVERIFY2(!log.contains("pa ss"), log.constData()); // ...and not the secret
        m_running.removeAll(server);
        delete server;
        for (const QString &suffix :
            { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") }) {
            QFile f(m_store + suffix);
            if (f.open(QIODevice::ReadOnly)) {
                const QByteArray bytes = f.readAll();
                QVERIFY2(!bytes.contains("pa ss"), qPrintable(m_store + suffix));
                QVERIFY2(!bytes.contains("carol"), qPrintable(m_store + suffix));
            }
        }
    }

    void cancelLeavesNoTemporaryFile()
    {
        freshStore();
        TestServer::Route slow;
        slow.size = 10 * 1024 * 1024;
        slow.rate = 512 * 1024;
        m_server->setRoute("/slow.bin", slow);
        QProcess *server = serve();
        const QString id = newJob(
            QStringLiteral("slow"), { m_server->url(QStringLiteral("/slow.bin")).toString() });
        haul({ QStringLiteral("resume"), id });
        QTRY_VERIFY_WITH_TIMEOUT(
            QFileInfo(m_work + QStringLiteral("/slow.bin.haul-part")).size() > 100000, 10000);
        QCOMPARE(haul({ QStringLiteral("suspend"), id }).exitCode, 0);
        QCOMPARE(state(id), QStringLiteral("Suspended"));
        QCOMPARE(haul({ QStringLiteral("cancel"), id }).exitCode, 0);
        QCOMPARE(state(id), QStringLiteral("Cancelled"));
        QVERIFY(!QFileInfo::exists(m_work + QStringLiteral("/slow.bin.haul-part")));
        QVERIFY(!QFileInfo::exists(m_work + QStringLiteral("/slow.bin")));
        const Run cleared = haul({ QStringLiteral("clear") });
        QCOMPARE(cleared.exitCode, 0);
        QCOMPARE(
            json({ QStringLiteral("list") }).value(QStringLiteral("jobs")).toArray().size(), 0);
        stop(server);
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

    void createSetsConnectionsPerFile()
    {
        freshStore();
        QJsonObject created = json(
            { QStringLiteral("create"), QStringLiteral("--connections"), QStringLiteral("4") });
        QCOMPARE(
            created.value(QStringLiteral("job")).toObject().value(QStringLiteral("connections")),
            QJsonValue(4));
        created = json({ QStringLiteral("create") });
        QCOMPARE(
            created.value(QStringLiteral("job")).toObject().value(QStringLiteral("connections")),
            QJsonValue(1));
    }

    void trustcertPinsTheCertificateOfTheError()
    {
        freshStore();
        TestServer selfSigned(TestServer::Tls::SelfSigned);
        TestServer::Route r;
        r.size = 40000;
        selfSigned.setRoute("/own.bin", r);
        QProcess *server = serve();
        const QString out = m_work + QStringLiteral("/out");
        QDir().mkpath(out);
        const QString id = newJob(QStringLiteral("pinned"), {});
        QCOMPARE(haul({ QStringLiteral("addfile"), id,
                          selfSigned.url(QStringLiteral("/own.bin")).toString(), out })
                     .exitCode,
            0);
        // Nothing to trust before the error.
        Run r0 = haul({ QStringLiteral("trustcert"), id });
        QCOMPARE(r0.exitCode, 2);
        QVERIFY(r0.err.contains("BG_E_INVALID_STATE"));
        QCOMPARE(haul({ QStringLiteral("resume"), id }).exitCode, 0);
        QTRY_COMPARE_WITH_TIMEOUT(state(id), QStringLiteral("Error"), 10000);
        // geterror shows the certificate and how to trust it; --json carries it.
        const Run shown = haul({ QStringLiteral("geterror"), id });
        QCOMPARE(shown.exitCode, 0);
        QVERIFY(shown.out.contains("SHA-256:"));
        QVERIFY(shown.out.contains("haul trustcert"));
        const QJsonObject certificate = json({ QStringLiteral("geterror"), id })
                                            .value(QStringLiteral("error"))
                                            .toObject()
                                            .value(QStringLiteral("certificate"))
                                            .toObject();
        const QString sha = certificate.value(QStringLiteral("sha256")).toString();
        QCOMPARE(sha.size(), 64);
        QCOMPARE(certificate.value(QStringLiteral("host")).toString(), QStringLiteral("127.0.0.1"));
        const Run trusted = haul({ QStringLiteral("trustcert"), id });
        QCOMPARE(trusted.exitCode, 0);
        QVERIFY(trusted.out.contains(sha.left(2).toUpper().toLatin1() + ':'));
        QVERIFY(trusted.out.contains("haul resume"));
        QCOMPARE(haul({ QStringLiteral("resume"), id }).exitCode, 0);
        QTRY_COMPARE_WITH_TIMEOUT(state(id), QStringLiteral("Transferred"), 10000);
        stop(server);
        // The pin is in the store: a new owner still trusts it.
        QProcess *again = serve();
        const QString second = newJob(
            QStringLiteral("again"), { selfSigned.url(QStringLiteral("/own.bin")).toString() });
        QCOMPARE(haul({ QStringLiteral("resume"), second }).exitCode, 0);
        QTRY_COMPARE_WITH_TIMEOUT(state(second), QStringLiteral("Transferred"), 10000);
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

    void monitorShowsTheQueue()
    {
        freshStore();
        const QString id = newJob(
            QStringLiteral("watched"), { m_server->url(QStringLiteral("/a.bin")).toString() });
        QProcess *monitor = start({ QStringLiteral("monitor") });
        QByteArray out;
        QVERIFY(QTest::qWaitFor(
            [&] {
                monitor->waitForReadyRead(50);
                out += monitor->readAllStandardOutput();
                return out.count("watched") >= 2; // at least two refreshes
            },
            10000));
        QVERIFY(out.contains(id.left(8).toLatin1()));
        QVERIFY(out.contains("Suspended"));
        stop(monitor, SIGINT);
    }
};

QTEST_GUILESS_MAIN(TestVerbs)
#include "tst_verbs.moc"
