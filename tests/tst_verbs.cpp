#include "tests/support/testhelpers.h"
#include "tests/support/testserver.h"
#include "tests/support/verbfixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <csignal>

using namespace TestHelpers;

// The job verbs of cli.md through real processes: help, editing with no owner, bad input
// (exit 2, nothing changed), and under `haul serve` geterror, seturl, setcredentials,
// complete on a job in Error, cancel, trustcert; `monitor`.
class TestVerbs : public QObject, private VerbFixture
{
    Q_OBJECT
private slots:
    void initTestCase() { startServer(); }

    void cleanup() { stopEveryProcess(); }

    void everyVerbHasHelp()
    {
        freshStore();
        for (const char *verb :
            { "create", "addfile", "resume", "suspend", "cancel", "complete", "info", "list",
                "geterror", "seturl", "replaceprefix", "setcredentials", "setpriority",
                "setminretrydelay", "setnoprogresstimeout", "setnotifyflags", "remove", "clear",
                "trustcert", "monitor", "serve", "transfer", "move", "restart", "setnotifycmdline",
                "setdisplayname", "setdescription", "setcustomheaders", "getcustomheaders" }) {
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
        const QString id = jobMember(created, QStringLiteral("id")).toString();
        QVERIFY(!QUuid::fromString(id).isNull());
        QCOMPARE(
            jobMember(created, QStringLiteral("state")).toString(), QStringLiteral("Suspended"));

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
        const QJsonObject answer = json({ QStringLiteral("info"), id.left(8) });
        const QJsonObject info = answer.value(QStringLiteral("job")).toObject();
        QCOMPARE(info.value(QStringLiteral("priority")).toString(), QStringLiteral("high"));
        QCOMPARE(info.value(QStringLiteral("minimumRetryDelay")).toInt(), 5);
        QCOMPARE(info.value(QStringLiteral("noProgressTimeout")).toInt(), 120);
        QCOMPARE(info.value(QStringLiteral("notifyFlags")).toInt(), 0x1B);
        QCOMPARE(info.value(QStringLiteral("files")).toArray().size(), 1);
        QCOMPARE(fileMember(answer, 0, QStringLiteral("remoteUrl")).toString(),
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
        QCOMPARE(fileMember(json({ QStringLiteral("info"), id }), 0, QStringLiteral("remoteUrl"))
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

    // setdisplayname, setdescription, setcustomheaders, getcustomheaders and what info shows
    // of them; bad input exits 2 and changes nothing. `forwarded`: a haul serve owns the store.
    void checkPropertyVerbs(bool forwarded)
    {
        const QString id = newJob(QStringLiteral("props"), {});
        QCOMPARE(
            haul({ QStringLiteral("setdisplayname"), id, QStringLiteral("Nightly ISO") }).exitCode,
            0);
        QCOMPARE(haul({ QStringLiteral("setdescription"), id, QStringLiteral("the test image") })
                     .exitCode,
            0);
        QJsonObject a = json({ QStringLiteral("setcustomheaders"), id, QStringLiteral("X-A: 1"),
            QStringLiteral("X-B:  two words ") });
        QCOMPARE(a.value(QStringLiteral("exit")).toInt(), 0);
        QCOMPARE(jobMember(a, QStringLiteral("name")).toString(), QStringLiteral("Nightly ISO"));
        // A line break in a header, a header with no colon, an unknown job: exit 2, nothing
        // changed.
        Run r
            = haul({ QStringLiteral("setcustomheaders"), id, QStringLiteral("X-C: a\r\nEvil: 1") });
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err.count('\n'), 1);
        QCOMPARE(
            haul({ QStringLiteral("setcustomheaders"), id, QStringLiteral("nocolon") }).exitCode,
            2);
        QCOMPARE(haul({ QStringLiteral("setdisplayname"), QStringLiteral("no-such-job"),
                          QStringLiteral("x") })
                     .exitCode,
            2);
        r = haul({ QStringLiteral("getcustomheaders"), id });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray("X-A: 1\nX-B: two words\n"));
        // Secret headers live in the memory of the running Haul only.
        r = haul({ QStringLiteral("setcustomheaders"), id, QStringLiteral("X-A: 1"),
            QStringLiteral("Authorization: Bearer s3cret") });
        QCOMPARE(r.exitCode, forwarded ? 0 : 2);
        r = haul({ QStringLiteral("getcustomheaders"), id });
        QVERIFY(!r.out.contains("s3cret"));
        QCOMPARE(r.out.contains("Authorization: ********"), forwarded);
        QCOMPARE(r.out.contains("X-B"), !forwarded); // refused: the old headers stay

        r = haul({ QStringLiteral("info"), id });
        for (const char *member : { "Nightly ISO", "the test image", "X-A" })
            QVERIFY2(r.out.contains(member), member);
        QCOMPARE(r.out.contains("Authorization"), forwarded);
        QVERIFY(!r.out.contains("s3cret"));
        QCOMPARE(haul({ QStringLiteral("setnotifycmdline"), id, QStringLiteral("sh"),
                          QStringLiteral("--"), QStringLiteral("-c"), QStringLiteral("exit 0") })
                     .exitCode,
            0);
        const QJsonObject job
            = json({ QStringLiteral("info"), id }).value(QStringLiteral("job")).toObject();
        QCOMPARE(
            job.value(QStringLiteral("description")).toString(), QStringLiteral("the test image"));
        QVERIFY(
            job.value(QStringLiteral("notifyProgram")).toString().endsWith(QStringLiteral("/sh")));
        QCOMPARE(job.value(QStringLiteral("notifyArguments")).toArray().size(), 2);
        QCOMPARE(job.value(QStringLiteral("headers"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("name")),
            QStringLiteral("X-A"));
        QVERIFY(haul({ QStringLiteral("info"), id }).out.contains("sh -c \"exit 0\""));
        // NULL removes the program, as bitsadmin.
        QCOMPARE(
            haul({ QStringLiteral("setnotifycmdline"), id, QStringLiteral("NULL") }).exitCode, 0);
        QVERIFY(json({ QStringLiteral("info"), id })
                    .value(QStringLiteral("job"))
                    .toObject()
                    .value(QStringLiteral("notifyProgram"))
                    .isNull());
        // No header: the job has none.
        QCOMPARE(haul({ QStringLiteral("setcustomheaders"), id }).exitCode, 0);
        QVERIFY(haul({ QStringLiteral("getcustomheaders"), id }).out.isEmpty());
    }

    void propertyVerbsWithoutAnOwner()
    {
        freshStore();
        checkPropertyVerbs(false);
    }

    void propertyVerbsForwardedToServe()
    {
        freshStore();
        QProcess *server = serve();
        checkPropertyVerbs(true);
        // The headers go on the wire, the secret one included (it is in the serve's memory).
        const QString id = newJob(
            QStringLiteral("wire"), { m_server->url(QStringLiteral("/a.bin")).toString() });
        m_server->clearRequests();
        QCOMPARE(haul({ QStringLiteral("setcustomheaders"), id, QStringLiteral("X-Wire: yes"),
                          QStringLiteral("Cookie: k=v") })
                     .exitCode,
            0);
        haul({ QStringLiteral("resume"), id });
        QTRY_COMPARE_WITH_TIMEOUT(state(id), QStringLiteral("Transferred"), 10000);
        const auto reqs = m_server->requests("/a.bin");
        QVERIFY(!reqs.isEmpty());
        QCOMPARE(reqs.last().headers.value("x-wire"), QByteArray("yes"));
        QCOMPARE(reqs.last().headers.value("cookie"), QByteArray("k=v"));
        stop(server);
        // The store never held the secret one.
        const QJsonObject job
            = json({ QStringLiteral("info"), id }).value(QStringLiteral("job")).toObject();
        QCOMPARE(job.value(QStringLiteral("headers")).toArray().size(), 1);
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

    void moveReordersTheQueueAndRestartStartsAgain()
    {
        freshStore();
        QStringList ids;
        for (const char *name : { "first", "second", "third" })
            ids << jobMember(json({ QStringLiteral("create"), QStringLiteral("--name"),
                                 QString::fromLatin1(name) }),
                QStringLiteral("id"))
                       .toString();
        const QJsonObject moved
            = json({ QStringLiteral("move"), QStringLiteral("third"), QStringLiteral("top") });
        QCOMPARE(jobMember(moved, QStringLiteral("queuePosition")).toInt(), 1);
        QCOMPARE(haul({ QStringLiteral("move"), ids[0], QStringLiteral("down") }).exitCode, 0);
        const QJsonArray jobs
            = json({ QStringLiteral("list") }).value(QStringLiteral("jobs")).toArray();
        QCOMPARE(jobs.size(), 3);
        QStringList order;
        for (const QJsonValue &j : jobs)
            order << j.toObject().value(QStringLiteral("name")).toString();
        QCOMPARE(order,
            QStringList(
                { QStringLiteral("third"), QStringLiteral("second"), QStringLiteral("first") }));
        Run r = haul({ QStringLiteral("move"), ids[0], QStringLiteral("sideways") });
        QCOMPARE(r.exitCode, 2);

        QCOMPARE(haul({ QStringLiteral("addfile"), ids[1],
                          m_server->url(QStringLiteral("/a.bin")).toString() })
                     .exitCode,
            0);
        r = haul({ QStringLiteral("restart"), ids[1] });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("Queued"));
        QCOMPARE(haul({ QStringLiteral("cancel"), ids[1] }).exitCode, 0);
        r = haul({ QStringLiteral("restart"), ids[1] });
        QVERIFY(r.exitCode != 0);
        QVERIFY(r.err.contains("BG_E_INVALID_STATE"));
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
