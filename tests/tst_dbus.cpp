#include "tests/support/testhelpers.h"
#include "tests/support/testserver.h"
#include "tests/support/verbfixture.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QXmlStreamReader>
#include <csignal>
#include <unistd.h>

using namespace TestHelpers;

// The D-Bus interface io.github.haul.Haul1 as a script meets it: gdbus against `haul serve`
// (and the window) on a private dbus-daemon started here, never the user's own bus.
class TestDbus : public QObject, private VerbFixture
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        startServer();
        m_gdbus = QStandardPaths::findExecutable(QStringLiteral("gdbus"));
        if (m_gdbus.isEmpty())
            QFAIL("gdbus is missing: install the Debian package libglib2.0-bin");
        startPrivateBus();
        // Every haul started here (VerbFixture::start) finds this bus and a home of its own.
        qputenv("DBUS_SESSION_BUS_ADDRESS", m_address.toUtf8());
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("home"))));
        qputenv("HOME", m_dir.filePath(QStringLiteral("home")).toUtf8());
    }

    void cleanup() { stopEveryProcess(); }

    void cleanupTestCase()
    {
        stopEveryProcess();
        if (m_busPid > 0)
            ::kill(pid_t(m_busPid), SIGTERM);
        m_bus.waitForFinished(5000);
    }

    void aUrlAddedOverDbusDownloadsAndIsSignalled()
    {
        freshStore();
        QProcess *monitor = gdbusProcess({ QStringLiteral("monitor"), QStringLiteral("--dest"),
            QStringLiteral("io.github.haul.Haul") });
        QProcess *server = serve();
        QVERIFY(waitForService());
        const Run added = call(QStringLiteral("AddUrls"),
            { QStringLiteral("['%1']").arg(m_server->url(QStringLiteral("/a.bin")).toString()),
                QStringLiteral("'%1'").arg(m_work), QStringLiteral("false") });
        QVERIFY2(added.exitCode == 0, added.err.constData());
        const QString id = firstId(added.out);
        QVERIFY2(!id.isEmpty(), added.out.constData());
        QByteArray seen;
        QTRY_VERIFY_WITH_TIMEOUT(
            (seen += monitor->readAllStandardOutput())
                .contains("io.github.haul.Haul1.JobTransferred ('" + id.toLatin1() + "',)"),
            15000);
        // The coalesced change of the view tick follows within a second or so.
        QTRY_VERIFY_WITH_TIMEOUT(
            (seen += monitor->readAllStandardOutput())
                .contains("io.github.haul.Haul1.JobChanged ('" + id.toLatin1() + "',)"),
            5000);
        const Run listed = call(QStringLiteral("ListJobs"));
        QVERIFY(listed.out.contains("'id': <'" + id.toLatin1() + "'>"));
        QVERIFY2(listed.out.contains("'state': <'Transferred'>"), listed.out.constData());
        QVERIFY(listed.out.contains("'bytesTransferred': <int64 100000>"));
        // Under serve a Transferred job waits for Complete; a unique prefix is enough.
        QCOMPARE(call(QStringLiteral("Complete"), { id.left(8) }).exitCode, 0);
        QCOMPARE(readFile(m_work + QStringLiteral("/a.bin")), TestServer::body(1, 100000));
        // A second Haul, on another store, cannot have the name: it says so and goes on.
        freshStore();
        QProcess *second = start({ QStringLiteral("serve") }); // its whole log read here
        QByteArray log;
        QTRY_VERIFY_WITH_TIMEOUT(
            (log += second->readAllStandardError()).contains("belongs to another Haul"), 10000);
        QCOMPARE(second->state(), QProcess::Running);
        stop(second);
        stop(server);
    }

    void badArgumentsGiveHaulsErrorNamesAndMakeNothing()
    {
        freshStore();
        QProcess *server = serve();
        QVERIFY(waitForService());
        const Run unknown = call(QStringLiteral("Suspend"), { QStringLiteral("nosuchjob") });
        QVERIFY(unknown.exitCode != 0);
        QVERIFY2(unknown.err.contains("io.github.haul.Haul1.Error.E_NOT_FOUND"),
            unknown.err.constData());
        QVERIFY(unknown.err.contains("No job matches"));
        // One bad URL among good ones: an error, and no job at all.
        const Run bad = call(QStringLiteral("AddUrls"),
            { QStringLiteral("['%1', 'not a url']")
                    .arg(m_server->url(QStringLiteral("/a.bin")).toString()),
                QStringLiteral("'%1'").arg(m_work), QStringLiteral("true") });
        QVERIFY(bad.exitCode != 0);
        QVERIFY2(bad.err.contains("io.github.haul.Haul1.Error.HAUL_E_MALFORMED_URL"),
            bad.err.constData());
        const Run folder = call(QStringLiteral("AddUrls"),
            { QStringLiteral("['%1']").arg(m_server->url(QStringLiteral("/a.bin")).toString()),
                QStringLiteral("'relative/folder'"), QStringLiteral("true") });
        QVERIFY2(folder.err.contains("io.github.haul.Haul1.Error.HAUL_E_LOCAL_PATH_INVALID"),
            folder.err.constData());
        QCOMPARE(call(QStringLiteral("ListJobs")).out.trimmed(), QByteArray("(@aa{sv} [],)"));
        // A paused job, then Resume, Suspend and Cancel by its id.
        const Run paused = call(QStringLiteral("AddUrls"),
            { QStringLiteral("['%1']").arg(m_server->url(QStringLiteral("/a.bin")).toString()),
                QStringLiteral("''"), QStringLiteral("true") });
        const QString id = firstId(paused.out);
        QVERIFY2(!id.isEmpty(), paused.err.constData());
        QVERIFY(call(QStringLiteral("ListJobs")).out.contains("'state': <'Suspended'>"));
        QCOMPARE(call(QStringLiteral("Cancel"), { id }).exitCode, 0);
        QVERIFY(call(QStringLiteral("ListJobs")).out.contains("'state': <'Cancelled'>"));
        const Run again = call(QStringLiteral("Resume"), { id });
        QVERIFY2(again.err.contains("io.github.haul.Haul1.Error."), again.err.constData());
        stop(server);
    }

    void introspectionMatchesTheXmlInTheRepository()
    {
        freshStore();
        QProcess *server = serve();
        QVERIFY(waitForService());
        const Run live = gdbus({ QStringLiteral("introspect"), QStringLiteral("--xml"),
            QStringLiteral("--dest"), QStringLiteral("io.github.haul.Haul"),
            QStringLiteral("--object-path"), QStringLiteral("/io/github/haul/Haul") });
        QCOMPARE(live.exitCode, 0);
        QFile file(QStringLiteral(HAUL_SOURCE_DIR "/resources/dbus/io.github.haul.Haul1.xml"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList expected = members(file.readAll());
        QCOMPARE(expected.size(), 9);
        QCOMPARE(members(live.out), expected);
        stop(server);
    }

#ifdef HAUL_GUI_BUILT
    void theWindowExportsItToo()
    {
        freshStore();
        QProcess *window = start({}); // no verb: the window, on the offscreen platform
        QVERIFY(waitForService());
        const Run listed = call(QStringLiteral("ListJobs"));
        QCOMPARE(listed.exitCode, 0);
        QCOMPARE(listed.out.trimmed(), QByteArray("(@aa{sv} [],)"));
        stop(window, SIGKILL); // the window has no SIGTERM handler of its own
    }
#endif

private:
    void startPrivateBus()
    {
        const QString daemon = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
        if (daemon.isEmpty())
            QFAIL("dbus-daemon is missing: install the Debian package dbus");
        m_bus.start(daemon,
            { QStringLiteral("--session"), QStringLiteral("--nofork"),
                QStringLiteral("--print-address=1"), QStringLiteral("--print-pid=1"),
                QStringLiteral("--address=unix:dir=") + m_dir.path() });
        QVERIFY(m_bus.waitForStarted(5000));
        QByteArray out;
        QDeadlineTimer deadline(10000);
        while (out.count('\n') < 2 && !deadline.hasExpired()) {
            m_bus.waitForReadyRead(200);
            out += m_bus.readAllStandardOutput();
        }
        const QList<QByteArray> lines = out.trimmed().split('\n');
        QVERIFY2(lines.size() == 2, m_bus.readAllStandardError().constData());
        m_address = QString::fromUtf8(lines.at(0)).trimmed();
        m_busPid = lines.at(1).trimmed().toLongLong();
        QVERIFY(m_address.startsWith(QStringLiteral("unix:")));
        QVERIFY(m_busPid > 0);
    }

    QProcess *gdbusProcess(const QStringList &args)
    {
        auto *p = new QProcess;
        p->start(m_gdbus, args + QStringList { QStringLiteral("--address"), m_address });
        p->waitForStarted();
        m_running.append(p);
        return p;
    }

    Run gdbus(const QStringList &args)
    {
        QProcess *p = gdbusProcess(args);
        Run r;
        if (!p->waitForFinished(20000))
            p->kill();
        p->waitForFinished();
        r.exitCode = p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1;
        r.out = p->readAllStandardOutput();
        r.err = p->readAllStandardError();
        m_running.removeAll(p);
        delete p;
        return r;
    }

    Run call(const QString &method, const QStringList &args = {})
    {
        return gdbus(QStringList { QStringLiteral("call"), QStringLiteral("--dest"),
                         QStringLiteral("io.github.haul.Haul"), QStringLiteral("--object-path"),
                         QStringLiteral("/io/github/haul/Haul"), QStringLiteral("--method"),
                         QStringLiteral("io.github.haul.Haul1.") + method }
            + args);
    }

    // The name is asked for after the store is open: ListJobs answers once it is there.
    bool waitForService()
    {
        QDeadlineTimer deadline(15000);
        while (!deadline.hasExpired()) {
            if (call(QStringLiteral("ListJobs")).exitCode == 0)
                return true;
            QTest::qWait(100);
        }
        return false;
    }

    static QString firstId(const QByteArray &out)
    {
        static const QRegularExpression id(QStringLiteral("'([0-9a-f-]{36})'"));
        return id.match(QString::fromUtf8(out)).captured(1);
    }

    // "method AddUrls(as,s,b)->(as)", "signal JobError(s,s,s)": the interface's members.
    static QStringList members(const QByteArray &xml)
    {
        QStringList list;
        QXmlStreamReader r(xml);
        bool inside = false;
        QString kind, name;
        QStringList in, out;
        while (!r.atEnd()) {
            r.readNext();
            if (r.isStartElement() && r.name() == QLatin1String("interface"))
                inside = r.attributes().value(QLatin1String("name"))
                    == QLatin1String("io.github.haul.Haul1");
            if (!inside)
                continue;
            if (r.isStartElement()
                && (r.name() == QLatin1String("method") || r.name() == QLatin1String("signal"))) {
                kind = r.name().toString();
                name = r.attributes().value(QLatin1String("name")).toString();
                in.clear();
                out.clear();
            } else if (r.isStartElement() && r.name() == QLatin1String("arg")) {
                const QString type = r.attributes().value(QLatin1String("type")).toString();
                const bool isOut = kind == QLatin1String("method")
                    && r.attributes().value(QLatin1String("direction")) == QLatin1String("out");
                (isOut ? out : in).append(type);
            } else if (r.isEndElement()
                && (r.name() == QLatin1String("method") || r.name() == QLatin1String("signal"))) {
                list.append(
                    QStringLiteral("%1 %2(%3)->(%4)")
                        .arg(kind, name, in.join(QLatin1Char(',')), out.join(QLatin1Char(','))));
            } else if (r.isEndElement() && r.name() == QLatin1String("interface")) {
                inside = false;
            }
        }
        list.sort();
        return list;
    }

    QString m_gdbus;
    QProcess m_bus;
    QString m_address;
    qint64 m_busPid = 0;
};

QTEST_GUILESS_MAIN(TestDbus)
#include "tst_dbus.moc"
