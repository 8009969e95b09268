#include "core/engine/engine.h"
#include "core/model/errorcodes.h"
#include "core/store/jobstore.h"
#include "tests/support/testhelpers.h"
#include "tests/support/testserver.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using namespace TestHelpers;

// `haul transfer` end to end, through a real process (../shared/spec/cli.md).
class TestCli : public QObject
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
    int m_counter = 0;

    QString newFolder()
    {
        const QString path = m_dir.filePath(QStringLiteral("case%1").arg(++m_counter));
        QDir().mkpath(path);
        return path;
    }

    QProcess *startHaul(const QStringList &args, const QString &workDir, const QString &store,
        const QString &language = QStringLiteral("C.UTF-8"))
    {
        auto *p = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HAUL_STORE"), store);
        // The user's own Settings never reach a test; settingsOfTheWindowHold writes some.
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("LANG"), language);
        env.insert(QStringLiteral("LC_ALL"), language);
        env.remove(QStringLiteral("LANGUAGE"));
        p->setProcessEnvironment(env);
        p->setWorkingDirectory(workDir);
        p->start(QStringLiteral(HAUL_BINARY), args);
        return p;
    }

    Run haul(const QStringList &args, const QString &workDir, const QString &store,
        const QString &language = QStringLiteral("C.UTF-8"), int timeoutMs = 30000)
    {
        QProcess *p = startHaul(args, workDir, store, language);
        Run r;
        if (!p->waitForFinished(timeoutMs)) {
            p->kill();
            p->waitForFinished();
            qWarning("haul timed out");
        }
        r.exitCode = p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1;
        r.out = p->readAllStandardOutput();
        r.err = p->readAllStandardError();
        delete p;
        return r;
    }

    static QJsonObject json(const QByteArray &out)
    {
        QJsonParseError e;
        const QJsonDocument d = QJsonDocument::fromJson(out, &e);
        if (e.error != QJsonParseError::NoError)
            qWarning("not JSON: %s", out.constData());
        return d.object();
    }

    static QList<Job> storedJobs(const QString &store)
    {
        JobStore s;
        if (!s.open(store).ok())
            return {};
        return s.loadJobs();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QFileInfo::exists(QStringLiteral(HAUL_BINARY)));
        m_server = new TestServer(TestServer::Tls::None, this);
        TestServer::Route small;
        small.size = 200000;
        m_server->setRoute("/file.bin", small);
        TestServer::Route other;
        other.size = 3000;
        other.seed = 7;
        m_server->setRoute("/other.txt", other);
        TestServer::Route missing;
        missing.status = 404;
        m_server->setRoute("/missing", missing);
    }

    void help()
    {
        const QString dir = newFolder();
        const Run r = haul({ QStringLiteral("transfer"), QStringLiteral("--help") }, dir,
            dir + QStringLiteral("/s.sqlite"));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("Usage: haul transfer"));
        QVERIFY(r.out.contains("--sha256"));
        QVERIFY(!QFileInfo::exists(dir + QStringLiteral("/s.sqlite")));
        const Run version
            = haul({ QStringLiteral("--version") }, dir, dir + QStringLiteral("/s.sqlite"));
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("haul "));
    }

    void unknownVerb()
    {
        const QString dir = newFolder();
        const Run r
            = haul({ QStringLiteral("frobnicate") }, dir, dir + QStringLiteral("/s.sqlite"));
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("frobnicate"));
        QCOMPARE(r.err.count('\n'), 1);
    }

    void downloads()
    {
        const QString dir = newFolder();
        const QString store = dir + QStringLiteral("/store.sqlite");
        const Run r = haul(
            { QStringLiteral("transfer"), m_server->url(QStringLiteral("/file.bin")).toString() },
            dir, store);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(readFile(dir + QStringLiteral("/file.bin")), TestServer::body(1, 200000));
        QVERIFY(r.out.contains("file.bin"));
        QVERIFY(!QFileInfo::exists(dir + QStringLiteral("/file.bin.haul-part")));
        const QList<Job> jobs = storedJobs(store);
        QCOMPARE(jobs.size(), 1);
        QCOMPARE(jobs[0].state, JobState::Acknowledged);
        QCOMPARE(jobs[0].displayName, QStringLiteral("file.bin"));
    }

    void settingsOfTheWindowHold()
    {
        TestServer::Route slow;
        slow.size = 100000;
        slow.rate = 400000;
        QStringList urls;
        for (int i = 0; i < 6; ++i) {
            const QByteArray path = "/settings" + QByteArray::number(i) + ".bin";
            slow.seed = 20 + i;
            m_server->setRoute(path, slow);
            urls << m_server->url(QString::fromLatin1(path)).toString();
        }
        // "Files of a job at once: 1" in Settings: one kept-alive connection serves the six
        // files one after another.
        const QString conf = m_dir.filePath(QStringLiteral("config/haul/haul.conf"));
        QVERIFY(QDir().mkpath(QFileInfo(conf).absolutePath()));
        {
            QSettings settings(conf, QSettings::IniFormat);
            settings.setValue(QStringLiteral("filesAtOnce"), 1);
        }
        const QString one = newFolder();
        int before = m_server->connectionCount();
        Run r
            = haul(QStringList { QStringLiteral("transfer"), QStringLiteral("--dest"), one } + urls,
                one, one + QStringLiteral("/s.sqlite"));
        QVERIFY(QFile::remove(conf));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(m_server->connectionCount() - before, 1);
        for (int i = 0; i < 6; ++i)
            QCOMPARE(readFile(one + QStringLiteral("/settings%1.bin").arg(i)),
                TestServer::body(20 + i, 100000));

        // Without it, the default of four at once: several connections.
        const QString four = newFolder();
        before = m_server->connectionCount();
        r = haul(QStringList { QStringLiteral("transfer"), QStringLiteral("--dest"), four } + urls,
            four, four + QStringLiteral("/s.sqlite"));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(m_server->connectionCount() - before >= 2,
            qPrintable(QString::number(m_server->connectionCount() - before)));
    }

    void anAuthorizationHeaderWorksButIsNeverStored()
    {
        TestServer::Route guarded;
        guarded.size = 5000;
        guarded.seed = 9;
        m_server->setRoute("/guarded.bin", guarded);
        const QString dir = newFolder();
        const QString store = dir + QStringLiteral("/store.sqlite");
        const Run r = haul({ QStringLiteral("transfer"), QStringLiteral("--header"),
                               QStringLiteral("Authorization: Bearer TOPSECRET"),
                               m_server->url(QStringLiteral("/guarded.bin")).toString() },
            dir, store);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains("kept in memory only"), r.err.constData());
        QVERIFY(!r.err.contains("TOPSECRET") && !r.out.contains("TOPSECRET"));
        QCOMPARE(m_server->requests("/guarded.bin").last().headers.value("authorization"),
            QByteArray("Bearer TOPSECRET"));
        QCOMPARE(readFile(dir + QStringLiteral("/guarded.bin")), TestServer::body(9, 5000));
        for (const QString &suffix : { QString(), QStringLiteral("-wal") }) {
            QFile f(store + suffix);
            if (f.open(QIODevice::ReadOnly))
                QVERIFY2(!f.readAll().contains("TOPSECRET"), qPrintable(store + suffix));
        }
    }

    void severalFilesWithPathsAndOptions()
    {
        const QString dir = newFolder();
        const QString dest = newFolder();
        const QString store = dir + QStringLiteral("/store.sqlite");
        const Run r = haul(
            { QStringLiteral("transfer"), QStringLiteral("--name"), QStringLiteral("pair"),
                QStringLiteral("--priority"), QStringLiteral("high"), QStringLiteral("--dest"),
                dest, QStringLiteral("--header"), QStringLiteral("X-Test: yes"),
                QStringLiteral("--retry-delay"), QStringLiteral("3"), QStringLiteral("--sha256"),
                QString::fromLatin1(TestServer::bodySha256(1, 200000)),
                m_server->url(QStringLiteral("/file.bin")).toString(),
                m_server->url(QStringLiteral("/other.txt")).toString(),
                QStringLiteral("renamed.txt"), QStringLiteral("--json") },
            dir, store);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(readFile(dest + QStringLiteral("/file.bin")), TestServer::body(1, 200000));
        QCOMPARE(readFile(dir + QStringLiteral("/renamed.txt")), TestServer::body(7, 3000));
        QCOMPARE(json(r.out).value(QStringLiteral("codeName")).toString(), QStringLiteral("S_OK"));
        const QJsonObject o = json(r.out).value(QStringLiteral("job")).toObject();
        QCOMPARE(o.value(QStringLiteral("name")).toString(), QStringLiteral("pair"));
        QCOMPARE(o.value(QStringLiteral("priority")).toString(), QStringLiteral("high"));
        QCOMPARE(o.value(QStringLiteral("state")).toString(), QStringLiteral("Acknowledged"));
        QCOMPARE(o.value(QStringLiteral("filesTotal")).toInt(), 2);
        QCOMPARE(o.value(QStringLiteral("filesTransferred")).toInt(), 2);
        QCOMPARE(o.value(QStringLiteral("bytesTotal")).toInteger(), 203000);
        QCOMPARE(o.value(QStringLiteral("bytesTransferred")).toInteger(), 203000);
        QCOMPARE(o.value(QStringLiteral("minimumRetryDelay")).toInt(), 3);
        QVERIFY(o.value(QStringLiteral("error")).isNull());
        QVERIFY(!QUuid::fromString(o.value(QStringLiteral("id")).toString()).isNull());
        const QJsonArray files = o.value(QStringLiteral("files")).toArray();
        QCOMPARE(files.size(), 2);
        QCOMPARE(files[1].toObject().value(QStringLiteral("localPath")).toString(),
            dir + QStringLiteral("/renamed.txt"));
        QVERIFY(files[1].toObject().value(QStringLiteral("completed")).toBool());
        QCOMPARE(files[0].toObject().value(QStringLiteral("remoteUrl")).toString(),
            m_server->url(QStringLiteral("/file.bin")).toString());
        bool sawHeader = false;
        for (const auto &req : m_server->requests("/other.txt"))
            sawHeader = sawHeader || req.headers.value("x-test") == "yes";
        QVERIFY(sawHeader);
    }

    void errorExitsOneWithTheErrorObject()
    {
        const QString dir = newFolder();
        const QString store = dir + QStringLiteral("/store.sqlite");
        Run r = haul({ QStringLiteral("transfer"), QStringLiteral("--json"),
                         m_server->url(QStringLiteral("/missing")).toString() },
            dir, store);
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(json(r.out).value(QStringLiteral("exit")).toInt(), 1);
        const QJsonObject o = json(r.out).value(QStringLiteral("job")).toObject();
        QCOMPARE(o.value(QStringLiteral("state")).toString(), QStringLiteral("Error"));
        QCOMPARE(o.value(QStringLiteral("errorCount")).toInt(), 1);
        const QJsonObject e = o.value(QStringLiteral("error")).toObject();
        QCOMPARE(e.value(QStringLiteral("context")).toString(), QStringLiteral("RemoteFile"));
        QCOMPARE(e.value(QStringLiteral("contextValue")).toInt(), 5);
        QCOMPARE(e.value(QStringLiteral("code")).toString(), QStringLiteral("0x80190194"));
        QCOMPARE(
            e.value(QStringLiteral("codeName")).toString(), QStringLiteral("BG_E_HTTP_ERROR_404"));
        QCOMPARE(e.value(QStringLiteral("protocol")).toString(), QStringLiteral("http"));
        QCOMPARE(e.value(QStringLiteral("httpStatus")).toInt(), 404);
        QVERIFY(!e.value(QStringLiteral("description")).toString().isEmpty());
        QVERIFY(!e.value(QStringLiteral("contextDescription")).toString().isEmpty());
        QCOMPARE(
            e.value(QStringLiteral("file")).toObject().value(QStringLiteral("index")).toInt(), 0);

        // The human form names the same facts.
        r = haul(
            { QStringLiteral("transfer"), m_server->url(QStringLiteral("/missing")).toString() },
            dir, store);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains("0x80190194"));
        QVERIFY(r.out.contains("BG_E_HTTP_ERROR_404"));
        QVERIFY(r.out.contains("RemoteFile"));
        QVERIFY(r.out.contains("404"));
        // The failed job stays in the store, in Error; the second run resumed it.
        QVERIFY(r.err.contains("Continuing job"));
        const QList<Job> jobs = storedJobs(store);
        QCOMPARE(jobs.size(), 1);
        QCOMPARE(jobs[0].state, JobState::Error);
        QCOMPARE(jobs[0].errorCount, 2);
        QVERIFY(jobs[0].error.has_value());
    }

    void humanOutputFollowsTheLanguageJsonNever_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QByteArray>("context");
        QTest::addColumn<QByteArray>("description");
        QTest::newRow("es") << QStringLiteral("es_ES.UTF-8") << QByteArray("Contexto:")
                            << QByteArray("No se encontró el archivo");
        QTest::newRow("fr") << QStringLiteral("fr_FR.UTF-8") << QByteArray("Contexte :")
                            << QByteArray("Le fichier est introuvable");
        QTest::newRow("ru") << QStringLiteral("ru_RU.UTF-8") << QByteArray("Контекст:")
                            << QByteArray("Файл не найден");
    }

    void humanOutputFollowsTheLanguageJsonNever()
    {
        QFETCH(QString, language);
        QFETCH(QByteArray, context);
        QFETCH(QByteArray, description);
        const QString dir = newFolder();
        const QString store = dir + QStringLiteral("/s.sqlite");
        const QString url = m_server->url(QStringLiteral("/missing")).toString();
        Run r = haul({ QStringLiteral("transfer"), url }, dir, store, language);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(context), r.out.constData());
        QVERIFY2(r.out.contains(description), r.out.constData());
        QVERIFY(r.out.contains("0x80190194"));
        r = haul(
            { QStringLiteral("transfer"), QStringLiteral("--json"), url }, dir, store, language);
        QCOMPARE(r.exitCode, 1);
        const QJsonObject e
            = json(r.out).value(QStringLiteral("job"))[QLatin1String("error")].toObject();
        QCOMPARE(e.value(QStringLiteral("description")).toString(),
            QStringLiteral("The file was not found on the server (HTTP 404)."));
        QCOMPARE(e.value(QStringLiteral("contextDescription")).toString(),
            QStringLiteral("The error concerns the remote file on the server."));
        // Bad usage is reported in the user's language too.
        r = haul({ QStringLiteral("transfer"), QStringLiteral("ftp://x/y") }, dir, store, language);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.contains("unsupported scheme"));
    }

    void checksumMismatchExitsOne()
    {
        const QString dir = newFolder();
        const Run r = haul({ QStringLiteral("transfer"), QStringLiteral("--json"),
                               QStringLiteral("--sha256"), QString(64, QLatin1Char('a')),
                               m_server->url(QStringLiteral("/other.txt")).toString() },
            dir, dir + QStringLiteral("/s.sqlite"));
        QCOMPARE(r.exitCode, 1);
        const QJsonObject e
            = json(r.out).value(QStringLiteral("job"))[QLatin1String("error")].toObject();
        QCOMPARE(e.value(QStringLiteral("code")).toString(),
            ErrorCode::hex(ErrorCode::E_ChecksumMismatch));
        QCOMPARE(e.value(QStringLiteral("context")).toString(), QStringLiteral("RemoteFile"));
        QVERIFY(!QFileInfo::exists(dir + QStringLiteral("/other.txt")));
    }

    void badInputChangesNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("mentions");
        const QString url = m_server->url(QStringLiteral("/file.bin")).toString();
        QTest::newRow("no url") << QStringList {} << QByteArray("URL");
        QTest::newRow("malformed")
            << QStringList { QStringLiteral("http://") } << QByteArray("http://");
        QTest::newRow("not a url")
            << QStringList { QStringLiteral("example.org/file") } << QByteArray("example.org/file");
        QTest::newRow("bad host") << QStringList { QStringLiteral("http://exa mple.org/") }
                                  << QByteArray("exa mple");
        QTest::newRow("scheme") << QStringList { QStringLiteral("ftp://example.org/x") }
                                << QByteArray("ftp://");
        QTest::newRow("password in the address")
            << QStringList { QStringLiteral("http://alice:s3cret@127.0.0.1:1/file") }
            << QByteArray("haul setcredentials");
        QTest::newRow("malformed, with a password")
            << QStringList { QStringLiteral("http://alice:s3cret@exa mple.org/") }
            << QByteArray("malformed URL \"http://…@exa mple.org/\"");
        QTest::newRow("file scheme")
            << QStringList { QStringLiteral("file:///etc/passwd") } << QByteArray("file://");
        QTest::newRow("option") << QStringList { QStringLiteral("--bogus"), url }
                                << QByteArray("bogus");
        QTest::newRow("dest") << QStringList { QStringLiteral("--dest"),
            QStringLiteral("/nonexistent/dir"), url }
                              << QByteArray("/nonexistent/dir");
        QTest::newRow("path") << QStringList { url, QStringLiteral("/nonexistent/dir/f.bin") }
                              << QByteArray("/nonexistent/dir/f.bin");
        QTest::newRow("priority") << QStringList { QStringLiteral("--priority"),
            QStringLiteral("urgent"), url }
                                  << QByteArray("urgent");
        QTest::newRow("sha") << QStringList { QStringLiteral("--sha256"), QStringLiteral("abc"),
            url } << QByteArray("abc");
        QTest::newRow("too many sha")
            << QStringList { QStringLiteral("--sha256"), QString(64, QLatin1Char('a')),
                   QStringLiteral("--sha256"), QString(64, QLatin1Char('b')), url }
            << QByteArray("sha256");
        QTest::newRow("header") << QStringList { QStringLiteral("--header"),
            QStringLiteral("no colon"), url }
                                << QByteArray("no colon");
        QTest::newRow("connections")
            << QStringList { QStringLiteral("--connections"), QStringLiteral("99"), url }
            << QByteArray("connections");
        QTest::newRow("limit") << QStringList { QStringLiteral("--limit"), QStringLiteral("fast"),
            url } << QByteArray("limit");
        QTest::newRow("two paths")
            << QStringList { url, QStringLiteral("a.bin"), QStringLiteral("b.bin") }
            << QByteArray("b.bin");
    }

    void badInputChangesNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, mentions);
        const QString dir = newFolder();
        const QString store = dir + QStringLiteral("/store.sqlite");
        const Run r = haul(QStringList { QStringLiteral("transfer") } + args, dir, store);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(mentions), r.err.constData());
        QVERIFY(!r.err.contains("s3cret")); // a password is never repeated
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY(!QFileInfo::exists(store));
        QCOMPARE(QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());
    }

    void corruptStoreExitsFourAndIsMovedAside()
    {
        const QString dir = newFolder();
        const QString store = dir + QStringLiteral("/store.sqlite");
        QFile f(store);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'Z'));
        f.close();
        const Run r = haul(
            { QStringLiteral("transfer"), m_server->url(QStringLiteral("/file.bin")).toString() },
            dir, store);
        QCOMPARE(r.exitCode, 4);
        QVERIFY(r.err.contains("store.sqlite"));
        const QStringList aside = QDir(dir).entryList({ QStringLiteral("store.sqlite.corrupt-*") });
        QCOMPARE(aside.size(), 1);
        QCOMPARE(readFile(dir + QLatin1Char('/') + aside.first()), QByteArray(8192, 'Z'));
        QVERIFY(!QFileInfo::exists(dir + QStringLiteral("/file.bin")));
    }

    void lockedStoreExitsFour()
    {
        const QString dir = newFolder();
        const QString store = dir + QStringLiteral("/store.sqlite");
        QLockFile lock(store + QStringLiteral(".lock"));
        QVERIFY(lock.tryLock(0));
        const Run r = haul(
            { QStringLiteral("transfer"), m_server->url(QStringLiteral("/file.bin")).toString() },
            dir, store);
        QCOMPARE(r.exitCode, 4);
        QVERIFY(r.err.contains(QByteArray::number(QCoreApplication::applicationPid())));
        QVERIFY(!QFileInfo::exists(dir + QStringLiteral("/file.bin")));
    }

    void signalsSuspendTheJob_data()
    {
        QTest::addColumn<int>("signalNumber");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("SIGINT") << int(SIGINT) << 130;
        QTest::newRow("SIGTERM") << int(SIGTERM) << 143;
    }

    void signalsSuspendTheJob()
    {
        QFETCH(int, signalNumber);
        QFETCH(int, exitCode);
        TestServer::Route slow;
        slow.size = 20 * 1024 * 1024;
        slow.rate = 1024 * 1024;
        m_server->setRoute("/slow-signal", slow);
        const QString dir = newFolder();
        const QString store = dir + QStringLiteral("/store.sqlite");
        QProcess *p = startHaul(
            { QStringLiteral("transfer"), QStringLiteral("--connections"), QStringLiteral("1"),
                m_server->url(QStringLiteral("/slow-signal")).toString() },
            dir, store);
        const QString temp = dir + QStringLiteral("/slow-signal.haul-part");
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(temp).size() > 300000, 10000);
        ::kill(pid_t(p->processId()), signalNumber);
        QVERIFY(p->waitForFinished(10000));
        QCOMPARE(p->exitStatus(), QProcess::NormalExit);
        QCOMPARE(p->exitCode(), exitCode);
        QVERIFY(p->readAllStandardError().contains("Suspended job"));
        delete p;
        const QList<Job> jobs = storedJobs(store);
        QCOMPARE(jobs.size(), 1);
        QCOMPARE(jobs[0].state, JobState::Suspended);
        QVERIFY(jobs[0].files[0].bytesTransferred > 0);
        QVERIFY(QFileInfo(temp).size() >= jobs[0].files[0].bytesTransferred);
        QVERIFY(!QFileInfo::exists(dir + QStringLiteral("/slow-signal")));

        // The same command again continues the same job from where it stopped.
        TestServer::Route fast = slow;
        fast.rate = 0;
        m_server->setRoute("/slow-signal", fast);
        m_server->clearRequests();
        const Run again = haul(
            { QStringLiteral("transfer"), QStringLiteral("--connections"), QStringLiteral("1"),
                m_server->url(QStringLiteral("/slow-signal")).toString() },
            dir, store);
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.err.contains(
            "Continuing job " + jobs[0].id.toString(QUuid::WithoutBraces).toLatin1()));
        const auto reqs = m_server->requests("/slow-signal");
        QCOMPARE(reqs.size(), 1);
        QCOMPARE(reqs[0].headers.value("range"),
            "bytes=" + QByteArray::number(jobs[0].files[0].bytesTransferred) + "-");
        QVERIFY(readFile(dir + QStringLiteral("/slow-signal"))
            == TestServer::body(1, 20 * 1024 * 1024));
        const QList<Job> after = storedJobs(store);
        QCOMPARE(after.size(), 1);
        QCOMPARE(after[0].state, JobState::Acknowledged);
        // Once finished, the same command is a new job that never overwrites the file.
        const Run third = haul(
            { QStringLiteral("transfer"), QStringLiteral("--connections"), QStringLiteral("1"),
                m_server->url(QStringLiteral("/slow-signal")).toString() },
            dir, store);
        QCOMPARE(third.exitCode, 0);
        QVERIFY(QFileInfo::exists(dir + QStringLiteral("/slow-signal (1)")));
        QCOMPARE(storedJobs(store).size(), 2);
    }

    void killNineThenResumeFetchesOnlyTheRest()
    {
        const qint64 size = 24 * 1024 * 1024;
        TestServer::Route slow;
        slow.size = size;
        slow.seed = 42;
        slow.rate = 3 * 1024 * 1024;
        m_server->setRoute("/crash.iso", slow);
        const QString dir = newFolder();
        const QString store = dir + QStringLiteral("/store.sqlite");
        QProcess *p = startHaul(
            { QStringLiteral("transfer"), QStringLiteral("--connections"), QStringLiteral("1"),
                m_server->url(QStringLiteral("/crash.iso")).toString() },
            dir, store);
        const QString temp = dir + QStringLiteral("/crash.iso.haul-part");
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(temp).size() > 6 * 1024 * 1024, 15000);
        p->kill(); // SIGKILL: no chance to clean up
        QVERIFY(p->waitForFinished(5000));
        QCOMPARE(p->exitStatus(), QProcess::CrashExit);
        delete p;
        QVERIFY(QFileInfo::exists(temp));

        // The checkpoint says how much is trustworthy; the job was Transferring.
        const QList<Job> before = storedJobs(store);
        QCOMPARE(before.size(), 1);
        QCOMPARE(before[0].state, JobState::Transferring);
        const qint64 checkpointed = before[0].files[0].bytesTransferred;
        QVERIFY(checkpointed > 0);
        QVERIFY(checkpointed <= QFileInfo(temp).size());

        // The killed process left its lock behind; the same command takes it over and
        // continues the job.
        QVERIFY(QFileInfo::exists(store + QStringLiteral(".lock")));
        TestServer::Route fast = slow;
        fast.rate = 0;
        m_server->setRoute("/crash.iso", fast);
        m_server->clearRequests();
        const Run again = haul(
            { QStringLiteral("transfer"), QStringLiteral("--connections"), QStringLiteral("1"),
                m_server->url(QStringLiteral("/crash.iso")).toString() },
            dir, store);
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.err.contains("Continuing job"));
        const auto reqs = m_server->requests("/crash.iso");
        QCOMPARE(reqs.size(), 1);
        QCOMPARE(reqs[0].status, 206);
        QCOMPARE(reqs[0].headers.value("range"), "bytes=" + QByteArray::number(checkpointed) + "-");
        QCOMPARE(reqs[0].headers.value("if-range"), QByteArray("\"e42-25165824\""));
        QCOMPARE(reqs[0].bodyBytesSent, size - checkpointed);
        QCOMPARE(storedJobs(store).size(), 1);
        QVERIFY(readFile(dir + QStringLiteral("/crash.iso")) == TestServer::body(42, size));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
