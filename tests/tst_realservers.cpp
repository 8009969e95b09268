// Downloads against servers nobody on the team wrote, started by the test on 127.0.0.1
// with their own configuration and pid file: nginx (HTTP/2 over TLS with a speed limit,
// gzip_static, four connections) and the screenshot server (Python's http.server,
// answering closed ranges with the whole body). A missing program fails the test and
// names its Debian package.
#include "tests/support/testhelpers.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSslConfiguration>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace TestHelpers;

namespace {

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

bool waitForPort(quint16 port, int timeoutMs)
{
    return QTest::qWaitFor(
        [port] {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, port);
            return socket.waitForConnected(200);
        },
        timeoutMs);
}

QByteArray randomBytes(qint64 size)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator generator(20261201);
    generator.fillRange(reinterpret_cast<quint32 *>(data.data()), size / 4);
    return data;
}

// What `gzip` makes of data (gzip is on every Debian system).
QByteArray gzip(const QByteArray &data)
{
    QProcess gz;
    gz.start(QStringLiteral("gzip"), { QStringLiteral("-c") });
    if (!gz.waitForStarted(5000))
        return QByteArray();
    gz.write(data);
    gz.closeWriteChannel();
    gz.waitForFinished(30000);
    return gz.readAllStandardOutput();
}

// A configuration from tests/support/servers (%1, %2... filled in by the caller).
QString serverConfig(const char *name)
{
    QFile f(QStringLiteral(HAUL_SOURCE_DIR "/tests/support/servers/") + QLatin1String(name));
    f.open(QIODevice::ReadOnly);
    return QString::fromUtf8(f.readAll());
}

QByteArray sha256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

} // namespace

class TestRealServers : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_www;
    QProcess m_nginx;
    QProcess m_apache;
    quint16 m_apachePort = 0;
    quint16 m_httpPort = 0;
    quint16 m_httpsPort = 0;
    int m_folders = 0;

    QString folder()
    {
        const QString path = m_dir.filePath(QStringLiteral("out%1").arg(++m_folders));
        QDir().mkpath(path);
        return path;
    }
    void publish(const QString &name, const QByteArray &data)
    {
        const QString path = QDir(m_www).filePath(name);
        QDir().mkpath(QFileInfo(path).path());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(data);
        f.setPermissions(f.permissions() | QFileDevice::ReadOther);
        // Published an hour ago: Apache makes the validators of a file changed within the
        // last second weak, and a weak validator cannot guard a range.
        f.setFileTime(
            QDateTime::currentDateTimeUtc().addSecs(-3600), QFileDevice::FileModificationTime);
    }
    // The access log: one line per request, "uri|status|range|bytes|protocol[|session reused]".
    QList<QByteArrayList> accessLog(const QByteArray &uri, const char *server = "nginx") const
    {
        QList<QByteArrayList> lines;
        QFile f(m_dir.filePath(QString::fromLatin1(server) + QStringLiteral("/access.log")));
        if (!f.open(QIODevice::ReadOnly))
            return lines;
        for (const QByteArray &line : f.readAll().split('\n')) {
            const QByteArrayList fields = line.split('|');
            if (fields.size() >= 5 && fields[0] == uri)
                lines.append(fields);
        }
        return lines;
    }
    QProcessEnvironment haulEnvironment(const QString &store) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HAUL_STORE"), store);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        for (const char *proxy :
            { "http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY" })
            env.remove(QString::fromLatin1(proxy));
        return env;
    }
    // The first file's row as the owner last wrote it, read without touching the store
    // (read-only: JobStore would create or upgrade it under the running owner).
    static JobFile storedFile(const QString &store)
    {
        JobFile file;
        if (!QFileInfo::exists(store))
            return file;
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
            db.setDatabaseName(store);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000"));
            QSqlQuery q(db);
            if (db.open()
                && q.exec(
                    QStringLiteral("SELECT bytes_total, bytes_transferred, resumable FROM files "
                                   "ORDER BY idx LIMIT 1"))
                && q.next()) {
                file.bytesTotal = q.value(0).toLongLong();
                file.bytesTransferred = q.value(1).toLongLong();
                file.resumable = q.value(2).toBool();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
        return file;
    }

    // Apache 2 (apache2-bin: the server without Debian's service around it), serving the
    // same folder with `AddEncoding gzip .gz` and mod_ratelimit.
    void startApache()
    {
        const QString apache = QStringLiteral("/usr/sbin/apache2");
        if (!QFileInfo(apache).isExecutable())
            QFAIL("apache2 is missing: install the Debian package apache2-bin "
                  "(installer/setup-debian.sh --tests)");
        const QString conf = m_dir.filePath(QStringLiteral("apache"));
        QDir().mkpath(conf);
        m_apachePort = freePort();
        const QString modules = QStringLiteral("/usr/lib/apache2/modules");
        QFile config(conf + QStringLiteral("/httpd.conf"));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(
            serverConfig("apache2.conf").arg(conf).arg(m_apachePort).arg(modules, m_www).toUtf8());
        config.close();
        m_apache.start(
            apache, { QStringLiteral("-f"), config.fileName(), QStringLiteral("-DFOREGROUND") });
        QVERIFY2(m_apache.waitForStarted(5000), "apache2 did not start");
        QVERIFY2(waitForPort(m_apachePort, 10000),
            qPrintable(QString::fromUtf8(m_apache.readAllStandardError())));
    }

    // `haul transfer` of url, killed once the store counts some bytes; returns what the
    // store held then, after a second run of the same command has finished.
    JobFile transferKilledOnceThenFinished(
        const QString &url, const QByteArray &expected, const QString &store, const QString &out)
    {
        const QStringList args { QStringLiteral("transfer"), QStringLiteral("--connections"),
            QStringLiteral("1"), QStringLiteral("--sha256"), QString::fromLatin1(sha256(expected)),
            url };
        QProcess first;
        first.setProcessEnvironment(haulEnvironment(store));
        first.setWorkingDirectory(out);
        first.start(QStringLiteral(HAUL_BINARY), args);
        if (!QTest::qWaitFor(
                [&] { return storedFile(store).bytesTransferred > 100 * 1024; }, 15000)) {
            qWarning("no progress in the store: %s", first.readAllStandardError().constData());
            return JobFile();
        }
        const JobFile during = storedFile(store);
        first.kill(); // SIGKILL
        first.waitForFinished(5000);
        QProcess second;
        second.setProcessEnvironment(haulEnvironment(store));
        second.setWorkingDirectory(out);
        second.start(QStringLiteral(HAUL_BINARY), args);
        if (!second.waitForFinished(30000) || second.exitCode() != 0) {
            qWarning("the second run failed: %s", second.readAllStandardError().constData());
            return JobFile();
        }
        return during;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString nginx = QStandardPaths::findExecutable(QStringLiteral("nginx"));
        if (nginx.isEmpty())
            QFAIL("nginx is missing: install the Debian package nginx-light "
                  "(installer/setup-debian.sh --tests)");
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificate(TestServer::caCertificate());
        QSslConfiguration::setDefaultConfiguration(ssl);
        // nginx's workers run as another user when it is started by root.
        QFile::setPermissions(m_dir.path(),
            QFile::permissions(m_dir.path()) | QFileDevice::ReadOther | QFileDevice::ExeOther);
        m_www = m_dir.filePath(QStringLiteral("www"));
        QDir().mkpath(m_www);
        QFile::setPermissions(m_www, QFile::permissions(m_www) | QFileDevice::ExeOther);
        const QString conf = m_dir.filePath(QStringLiteral("nginx"));
        QDir().mkpath(conf);
        m_httpPort = freePort();
        m_httpsPort = freePort();
        const QString certs = QStringLiteral(HAUL_TEST_CERTS);
        QFile config(conf + QStringLiteral("/nginx.conf"));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(serverConfig("nginx.conf")
                         .arg(conf)
                         .arg(m_httpPort)
                         .arg(m_httpsPort)
                         .arg(certs, m_www)
                         .toUtf8());
        config.close();
        m_nginx.start(
            nginx, { QStringLiteral("-c"), config.fileName(), QStringLiteral("-p"), conf });
        QVERIFY2(m_nginx.waitForStarted(5000), "nginx did not start");
        QVERIFY2(waitForPort(m_httpPort, 10000) && waitForPort(m_httpsPort, 10000),
            qPrintable(QString::fromUtf8(m_nginx.readAllStandardError())));
        startApache();
    }

    void cleanupTestCase()
    {
        for (QProcess *server : { &m_nginx, &m_apache }) {
            if (server->state() != QProcess::NotRunning) {
                server->terminate(); // the servers this test started, by their pids
                if (!server->waitForFinished(5000))
                    server->kill();
            }
        }
    }

    void http2WithASpeedLimitCountsAsItGoes()
    {
        // An HTTP/2 reply always has bytes waiting; under a speed limit they must still be
        // counted, and checkpointed, as they arrive. A job of two files: those take HTTP/2.
        const QByteArray data = randomBytes(6 * 1024 * 1024);
        publish(QStringLiteral("h2.bin"), data);
        publish(QStringLiteral("h2-small.bin"), data.left(1000));
        const QString store = m_dir.filePath(QStringLiteral("h2.sqlite"));
        Engine engine;
        QVERIFY(engine.open(store).ok());
        const QString out = folder();
        const QUuid id = startJob(engine,
            QUrl(QStringLiteral("https://127.0.0.1:%1/h2.bin").arg(m_httpsPort)), out, false);
        QVERIFY(
            engine
                .addFile(id,
                    QUrl(QStringLiteral("https://127.0.0.1:%1/h2-small.bin").arg(m_httpsPort)), out)
                .ok());
        QVERIFY(engine.setRateLimit(id, 1024 * 1024).ok());
        QVERIFY(engine.resume(id).ok());
        QTRY_VERIFY_WITH_TIMEOUT(job(engine, id).files[0].bytesTransferred >= 1024 * 1024, 8000);
        QVERIFY(job(engine, id).files[0].bytesTransferred < data.size());
        QCOMPARE(state(engine, id), JobState::Transferring);
        // ...and the store holds them, so a crash now would keep them.
        QTRY_VERIFY_WITH_TIMEOUT(storedFile(store).bytesTransferred > 0, 5000);
        QVERIFY(engine.setRateLimit(id, 0).ok());
        QTRY_COMPARE_WITH_TIMEOUT(state(engine, id), JobState::Transferred, 20000);
        QVERIFY(engine.complete(id).ok());
        QCOMPARE(readFile(QDir(out).filePath(QStringLiteral("h2.bin"))), data);
        const auto log = accessLog("/h2.bin");
        QVERIFY(!log.isEmpty());
        QCOMPARE(log.first().value(4), QByteArray("HTTP/2.0"));
    }

    void gzipEncodedOnApacheResumesAfterKill9()
    {
        // Apache with `AddEncoding gzip .gz` serves a .tar.gz with Content-Encoding: gzip,
        // a Content-Length and ranges. Killed mid-way, `haul transfer` goes on with a
        // Range (as curl -C - and wget -c do); the file is the server's bytes, not decoded,
        // and --sha256 checks those.
        const QByteArray packed = gzip(randomBytes(3 * 1024 * 1024));
        QVERIFY2(packed.size() > 3 * 1024 * 1024, "gzip did not run");
        publish(QStringLiteral("release.tar.gz"), packed);
        const QString out = folder();
        const JobFile during = transferKilledOnceThenFinished(
            QStringLiteral("http://127.0.0.1:%1/release.tar.gz").arg(m_apachePort), packed,
            m_dir.filePath(QStringLiteral("apache-gz.sqlite")), out);
        QCOMPARE(during.bytesTotal, qint64(packed.size())); // a size, so a percentage
        QVERIFY(during.resumable);
        QCOMPARE(readFile(QDir(out).filePath(QStringLiteral("release.tar.gz"))), packed);
        const auto log = accessLog("/release.tar.gz", "apache");
        QByteArrayList lines;
        for (const QByteArrayList &line : log)
            lines << line.join('|');
        QVERIFY2(log.size() >= 2, lines.join(' ').constData());
        QVERIFY2(log.last().value(1) == "206", lines.join(' ').constData());
        QCOMPARE(log.last().value(1), QByteArray("206"));
        QVERIFY2(log.last().value(2).startsWith("bytes=") && log.last().value(2).endsWith('-')
                && log.last().value(2).mid(6).chopped(1).toLongLong() > 0,
            log.last().value(2).constData());
    }

    void gzipStaticOnNginxIsSized()
    {
        // nginx `gzip_static always` serves data.bin.gz as data.bin with Content-Encoding:
        // gzip and a Content-Length, but (nginx 1.22) no ranges: the size is known while it
        // downloads, and after a kill the whole file comes again, never spliced.
        const QByteArray packed = gzip(randomBytes(1024 * 1024));
        QVERIFY2(packed.size() > 1024 * 1024, "gzip did not run");
        publish(QStringLiteral("gz/data.bin.gz"), packed);
        const QString out = folder();
        const JobFile during = transferKilledOnceThenFinished(
            QStringLiteral("http://127.0.0.1:%1/gz/data.bin").arg(m_httpPort), packed,
            m_dir.filePath(QStringLiteral("nginx-gz.sqlite")), out);
        QCOMPARE(during.bytesTotal, qint64(packed.size()));
        QCOMPARE(readFile(QDir(out).filePath(QStringLiteral("data.bin"))), packed);
    }

    void fourConnectionsOnNginxFetchNothingTwice()
    {
        // Re-splitting takes only bytes nobody asked for: what nginx sent is the file, give
        // or take what was in flight when the first response stopped at its segment's end.
        const QByteArray data = randomBytes(8 * 1024 * 1024);
        publish(QStringLiteral("slow/four.bin"), data);
        Engine engine;
        QVERIFY(engine.open(m_dir.filePath(QStringLiteral("four.sqlite"))).ok());
        const QString out = folder();
        const QUuid id = startJob(engine,
            QUrl(QStringLiteral("http://127.0.0.1:%1/slow/four.bin").arg(m_httpPort)), out, false);
        QVERIFY(engine.setConnections(id, 4).ok());
        QVERIFY(engine.resume(id).ok());
        QTRY_COMPARE_WITH_TIMEOUT(state(engine, id), JobState::Transferred, 30000);
        QVERIFY(engine.complete(id).ok());
        QCOMPARE(readFile(QDir(out).filePath(QStringLiteral("four.bin"))), data);
        QTRY_VERIFY_WITH_TIMEOUT(accessLog("/slow/four.bin").size() >= 4, 5000);
        qint64 sent = 0;
        QByteArrayList asked;
        for (const QByteArrayList &line : accessLog("/slow/four.bin")) {
            sent += line.value(3).toLongLong();
            asked << line.value(2);
        }
        QVERIFY2(asked.size() >= 4, asked.join(' ').constData());
        QVERIFY2(sent <= data.size() + 512 * 1024,
            qPrintable(QStringLiteral("nginx sent %1 bytes for a file of %2 (%3)")
                           .arg(sent)
                           .arg(data.size())
                           .arg(QString::fromLatin1(asked.join(' ')))));
    }

    void oneFileOverHttpsTakesHttp11ConnectionsThatResumeOneTlsSession()
    {
        // One file needs no HTTP/2: its connections are Haul's own, over HTTP/1.1, and
        // after the first they resume its TLS session (nginx logs "r"), no full handshake.
        const QByteArray data = randomBytes(8 * 1024 * 1024);
        publish(QStringLiteral("slow/tls.bin"), data);
        Engine engine;
        QVERIFY(engine.open(m_dir.filePath(QStringLiteral("tls.sqlite"))).ok());
        const QString out = folder();
        const QUuid id = startJob(engine,
            QUrl(QStringLiteral("https://127.0.0.1:%1/slow/tls.bin").arg(m_httpsPort)), out, false);
        QVERIFY(engine.setConnections(id, 4).ok());
        QVERIFY(engine.resume(id).ok());
        QTRY_COMPARE_WITH_TIMEOUT(state(engine, id), JobState::Transferred, 30000);
        QVERIFY(engine.complete(id).ok());
        QCOMPARE(readFile(QDir(out).filePath(QStringLiteral("tls.bin"))), data);
        QTRY_VERIFY_WITH_TIMEOUT(accessLog("/slow/tls.bin").size() >= 4, 5000);
        const auto log = accessLog("/slow/tls.bin");
        QByteArrayList lines;
        int resumed = 0;
        for (const QByteArrayList &line : log) {
            lines << line.join('|');
            QCOMPARE(line.value(4), QByteArray("HTTP/1.1"));
            resumed += line.value(5) == "r" ? 1 : 0;
        }
        QVERIFY2(resumed >= 3, lines.join(' ').constData());
    }

    void aServerThatIgnoresClosedRangesFinishes()
    {
        // tests/screenshots/demoserver.py answers `bytes=A-B` with 200 and the whole body
        // and `bytes=N-` with 206. `haul transfer` at its defaults (four connections) must
        // finish, its progress never going backwards.
        const quint16 port = freePort();
        QProcess server;
        server.start(QStringLiteral("python3"),
            { QStringLiteral(HAUL_SOURCE_DIR "/tests/screenshots/demoserver.py"),
                QStringLiteral("--port"), QString::number(port), QStringLiteral("--lifetime"),
                QStringLiteral("120") });
        if (!server.waitForStarted(5000))
            QFAIL("python3 is missing: install the Debian package python3");
        QVERIFY(waitForPort(port, 10000));
        const QString store = m_dir.filePath(QStringLiteral("demo.sqlite"));
        const QString out = folder();
        QProcess transfer;
        transfer.setProcessEnvironment(haulEnvironment(store));
        transfer.setWorkingDirectory(out);
        transfer.start(QStringLiteral(HAUL_BINARY),
            { QStringLiteral("transfer"),
                QStringLiteral("http://127.0.0.1:%1/slow/report-2026.pdf").arg(port) });
        qint64 last = 0;
        QStringList states;
        QElapsedTimer clock;
        clock.start();
        while (transfer.state() != QProcess::NotRunning && clock.elapsed() < 60000) {
            QProcess info;
            info.setProcessEnvironment(haulEnvironment(store));
            info.start(
                QStringLiteral(HAUL_BINARY), { QStringLiteral("list"), QStringLiteral("--json") });
            info.waitForFinished(10000);
            const QJsonObject answer
                = QJsonDocument::fromJson(info.readAllStandardOutput()).object();
            const QJsonObject j = answer.value(QStringLiteral("jobs")).toArray().at(0).toObject();
            if (!j.isEmpty()) {
                const qint64 now = qint64(j.value(QStringLiteral("bytesTransferred")).toDouble());
                QVERIFY2(now >= last, qPrintable(QStringLiteral("%1 -> %2").arg(last).arg(now)));
                last = now;
                states << j.value(QStringLiteral("state")).toString();
            }
            transfer.waitForFinished(300);
        }
        server.terminate();
        server.waitForFinished(5000);
        QCOMPARE(transfer.state(), QProcess::NotRunning);
        QCOMPARE(transfer.exitCode(), 0);
        QVERIFY2(!states.contains(QStringLiteral("TransientError")),
            qPrintable(states.join(QLatin1Char(' '))));
        // The screenshot server's bytes: its file name's SHA-256, repeated.
        const QByteArray seed
            = QCryptographicHash::hash("report-2026.pdf", QCryptographicHash::Sha256);
        QByteArray expected;
        while (expected.size() < 3 * 1024 * 1024)
            expected += seed;
        expected.truncate(3 * 1024 * 1024);
        QCOMPARE(readFile(QDir(out).filePath(QStringLiteral("report-2026.pdf"))), expected);
    }
};

QTEST_MAIN(TestRealServers)
#include "tst_realservers.moc"
