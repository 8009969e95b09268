#include "core/model/errorcodes.h"
#include "tests/support/testhelpers.h"
#include "tests/support/testserver.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

// One JSON shape: every verb's --json, haul transfer included, prints the answer object
// {code, codeName, exit, ...} with the verb's result in it (../shared/spec/cli.md).
class TestJson : public QObject
{
    Q_OBJECT
private:
    struct Run
    {
        int exitCode = -1;
        QJsonObject answer;
        QByteArray out;
        QByteArray err;
    };

    QTemporaryDir m_dir;
    TestServer *m_server = nullptr;
    QString m_work;
    QString m_store;
    int m_counter = 0;

    void freshStore()
    {
        m_work = m_dir.filePath(QStringLiteral("case%1").arg(++m_counter));
        QDir().mkpath(m_work);
        m_store = m_work + QStringLiteral("/store.sqlite");
    }

    QProcess *start(const QStringList &args)
    {
        auto *p = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HAUL_STORE"), m_store);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.remove(QStringLiteral("LANGUAGE"));
        p->setProcessEnvironment(env);
        p->setWorkingDirectory(m_work);
        p->start(QStringLiteral(HAUL_BINARY), args);
        return p;
    }

    Run finish(QProcess *p)
    {
        Run r;
        if (!p->waitForFinished(30000)) {
            p->kill();
            p->waitForFinished();
        }
        r.exitCode = p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1;
        r.out = p->readAllStandardOutput();
        r.err = p->readAllStandardError();
        r.answer = QJsonDocument::fromJson(r.out).object(); // empty unless one JSON document
        delete p;
        return r;
    }

    Run haul(const QStringList &args) { return finish(start(args)); }

    // The keys every answer has, and their agreement with the exit status.
    static bool isAnswer(const Run &r, int exit, quint32 code)
    {
        const QJsonObject &a = r.answer;
        const bool ok = a.value(QStringLiteral("exit")).toInt(-1) == exit && r.exitCode == exit
            && a.value(QStringLiteral("code")).toString() == ErrorCode::hex(code)
            && a.value(QStringLiteral("codeName")).toString() == ErrorCode::name(code)
            && !a.contains(QStringLiteral("version"));
        if (!ok)
            qWarning("exit %d, answer %s", r.exitCode, r.out.constData());
        return ok;
    }

    static QJsonObject jobOf(const Run &r)
    {
        return r.answer.value(QStringLiteral("job")).toObject();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_server = new TestServer(TestServer::Tls::None, this);
        TestServer::Route small;
        small.size = 5000;
        m_server->setRoute("/small.bin", small);
        TestServer::Route missing;
        missing.status = 404;
        m_server->setRoute("/missing", missing);
        TestServer::Route down;
        down.status = 500;
        m_server->setRoute("/down", down);
        TestServer::Route slow;
        slow.size = 8 * 1024 * 1024;
        slow.rate = 512 * 1024;
        m_server->setRoute("/slow.bin", slow);
    }

    void transferThatSucceedsAnswersOkWithTheJob()
    {
        freshStore();
        const Run r = haul({ QStringLiteral("transfer"), QStringLiteral("--json"),
            m_server->url(QStringLiteral("/small.bin")).toString() });
        QVERIFY(isAnswer(r, 0, ErrorCode::S_Ok));
        const QJsonObject job = jobOf(r);
        QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("Acknowledged"));
        QCOMPARE(job.value(QStringLiteral("bytesTransferred")).toInteger(), 5000);
        QVERIFY(job.value(QStringLiteral("error")).isNull());
    }

    void transferThatEndsInErrorAnswersTheErrorsCode()
    {
        freshStore();
        const Run r = haul({ QStringLiteral("transfer"), QStringLiteral("--json"),
            m_server->url(QStringLiteral("/missing")).toString() });
        QVERIFY(isAnswer(r, 1, ErrorCode::fromHttpStatus(404)));
        const QJsonObject job = jobOf(r);
        QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("Error"));
        const QJsonObject e = job.value(QStringLiteral("error")).toObject();
        QCOMPARE(
            e.value(QStringLiteral("codeName")).toString(), QStringLiteral("BG_E_HTTP_ERROR_404"));
        QCOMPARE(e.value(QStringLiteral("gaveUp")).toBool(true), false);
    }

    void badInputAnswersLikeEveryVerb_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<quint32>("code");
        QTest::newRow("transfer, malformed URL") << QStringList { QStringLiteral("transfer"),
            QStringLiteral("http://") } << ErrorCode::E_MalformedUrl;
        QTest::newRow("transfer, scheme")
            << QStringList { QStringLiteral("transfer"), QStringLiteral("ftp://example.org/x") }
            << ErrorCode::E_UnsupportedScheme;
        QTest::newRow("transfer, option") << QStringList { QStringLiteral("transfer"),
            QStringLiteral("--bogus"), QStringLiteral("http://example.org/x") }
                                          << ErrorCode::E_InvalidArg;
        QTest::newRow("transfer, no URL")
            << QStringList { QStringLiteral("transfer") } << ErrorCode::E_InvalidArg;
        QTest::newRow("addfile, scheme") << QStringList { QStringLiteral("addfile"),
            QStringLiteral("job"), QStringLiteral("ftp://example.org/x") }
                                         << ErrorCode::E_UnsupportedScheme;
        QTest::newRow("info, missing argument")
            << QStringList { QStringLiteral("info") } << ErrorCode::E_InvalidArg;
        QTest::newRow("info, unknown job") << QStringList { QStringLiteral("info"),
            QStringLiteral("nosuchjob") } << ErrorCode::E_NotFound;
        QTest::newRow("unknown verb")
            << QStringList { QStringLiteral("frobnicate") } << ErrorCode::E_InvalidArg;
    }

    void badInputAnswersLikeEveryVerb()
    {
        QFETCH(QStringList, args);
        QFETCH(quint32, code);
        freshStore();
        const Run r = haul(args + QStringList { QStringLiteral("--json") });
        QVERIFY(isAnswer(r, 2, code));
        QVERIFY(!r.answer.contains(QStringLiteral("job")));
        QVERIFY(r.err.count('\n') <= 1); // at most the one line for people, on stderr
        QVERIFY(!QFileInfo::exists(m_store) || args.first() == QLatin1String("info"));
    }

    void interruptedTransferAnswersAbortWithTheSuspendedJob()
    {
        freshStore();
        QProcess *p = start(
            { QStringLiteral("transfer"), QStringLiteral("--json"), QStringLiteral("--connections"),
                QStringLiteral("1"), m_server->url(QStringLiteral("/slow.bin")).toString() });
        QTRY_VERIFY_WITH_TIMEOUT(
            QFileInfo(m_work + QStringLiteral("/slow.bin.haul-part")).size() > 100000, 10000);
        ::kill(pid_t(p->processId()), SIGINT);
        const Run r = finish(p);
        QVERIFY(isAnswer(r, 130, ErrorCode::E_Abort));
        QCOMPARE(jobOf(r).value(QStringLiteral("state")).toString(), QStringLiteral("Suspended"));
    }

    void givingUpKeepsTheCauseInTransferAndGeterror()
    {
        freshStore();
        Run r = haul(
            { QStringLiteral("transfer"), QStringLiteral("--json"), QStringLiteral("--retry-delay"),
                QStringLiteral("1"), QStringLiteral("--no-progress-timeout"), QStringLiteral("2"),
                m_server->url(QStringLiteral("/down")).toString() });
        QVERIFY(isAnswer(r, 1, ErrorCode::fromHttpStatus(500)));
        const QJsonObject e = jobOf(r).value(QStringLiteral("error")).toObject();
        QCOMPARE(
            e.value(QStringLiteral("codeName")).toString(), QStringLiteral("BG_E_HTTP_ERROR_500"));
        QCOMPARE(e.value(QStringLiteral("context")).toString(), QStringLiteral("RemoteFile"));
        QCOMPARE(e.value(QStringLiteral("httpStatus")).toInt(), 500);
        QVERIFY(e.value(QStringLiteral("gaveUp")).toBool());
        QVERIFY(e.value(QStringLiteral("description"))
                    .toString()
                    .contains(QStringLiteral("stopped retrying")));
        const QString id = jobOf(r).value(QStringLiteral("id")).toString();

        r = haul({ QStringLiteral("geterror"), id, QStringLiteral("--json") });
        QVERIFY(isAnswer(r, 0, ErrorCode::S_Ok));
        const QJsonObject error = r.answer.value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("0x801901F4"));
        QVERIFY(error.value(QStringLiteral("gaveUp")).toBool());

        // People read the cause, and that Haul stopped retrying.
        QProcess *human = start({ QStringLiteral("geterror"), id });
        const QByteArray text = finish(human).out;
        QVERIFY2(text.contains("BG_E_HTTP_ERROR_500") && text.contains("RemoteFile")
                && text.contains("HTTP 500") && text.contains("stopped retrying"),
            text.constData());
    }
};

QTEST_GUILESS_MAIN(TestJson)
#include "tst_json.moc"
