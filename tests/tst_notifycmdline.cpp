// bitsadmin /SetNotifyCmdLine: a job's program runs, never through a shell, exactly once each
// time the job enters Transferred and once for Error; not when the store is opened again with
// the job already there; a program that is not there is refused when it is set.
#include "core/engine/engine.h"
#include "core/model/errorcodes.h"
#include "tests/support/enginefixture.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <csignal>

class NotifyCmdLineTest : public QObject, private EngineFixture
{
    Q_OBJECT

    QString m_script;
    QString m_log;

    // Appends "$HAUL_JOB_ID $HAUL_JOB_STATE $HAUL_STORE $@" to the log, one line a run.
    QString writeScript(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(QStringLiteral("#!/bin/sh\nprintf '%s\\n' \"$HAUL_JOB_ID $HAUL_JOB_STATE "
                               "$HAUL_STORE $*\" >> '%1'\n")
                    .arg(m_log)
                    .toUtf8());
        f.close();
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        return path;
    }

    QStringList logLines() const
    {
        QFile f(m_log);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

    static QString bare(const QUuid &id) { return id.toString(QUuid::WithoutBraces); }

    // A job of one file from `path` with the script as its program, resumed.
    QUuid startJob(Engine &engine, const QString &path, const QStringList &arguments)
    {
        QUuid id;
        engine.createJob(QStringLiteral("notified"), JobPriority::Foreground, &id);
        engine.addFile(id, m_server->url(path), folder() + QStringLiteral("/f") + bare(id));
        const CallResult set = engine.setNotifyCmdLine(id, m_script, arguments);
        if (!set.ok())
            qWarning("setNotifyCmdLine: %s", qPrintable(set.details));
        engine.resume(id);
        return id;
    }

    static JobState stateOf(Engine &engine, const QUuid &id)
    {
        const std::optional<Job> job = engine.job(id);
        return job ? job->state : JobState::Cancelled;
    }

private slots:
    void initTestCase()
    {
        startServer();
        m_log = m_dir.filePath(QStringLiteral("runs.log"));
        m_script = writeScript(QStringLiteral("notify.sh"));
        QVERIFY(!m_script.isEmpty());
        QVERIFY2(QFileInfo::exists(QStringLiteral("/bin/sh")), "needs /bin/sh (package dash)");
    }

    void init() { QFile::remove(m_log); }

    void theProgramRunsOnceWhenTheJobIsTransferredAndNotAgainAfterAReopen()
    {
        const QString store = newStore();
        QUuid first;
        {
            Engine engine;
            QVERIFY(engine.open(store).ok());
            first = startJob(
                engine, QStringLiteral("/small"), { QStringLiteral("a b"), QStringLiteral("c") });
            QTRY_COMPARE_WITH_TIMEOUT(stateOf(engine, first), JobState::Transferred, 10000);
            QTRY_COMPARE_WITH_TIMEOUT(logLines().size(), 1, 10000);
            const QString expected = QStringLiteral("%1 Transferred %2 a b c")
                                         .arg(bare(first), QFileInfo(store).absoluteFilePath());
            QCOMPARE(logLines().at(0), expected);
            QCOMPARE(engine.job(first)->notifyProgram, m_script);
            engine.close();
        }
        // Opened again, the job is already in Transferred: nothing runs for it. A second job
        // that arrives there now is the barrier: its line comes after anything the first
        // job's program would have written at the opening.
        Engine engine;
        QVERIFY(engine.open(store).ok());
        QCOMPARE(engine.job(first)->notifyProgram, m_script); // kept in the store
        QCOMPARE(engine.job(first)->notifyArguments,
            QStringList({ QStringLiteral("a b"), QStringLiteral("c") }));
        const QUuid second = startJob(engine, QStringLiteral("/small"), {});
        QTRY_COMPARE_WITH_TIMEOUT(logLines().size(), 2, 10000);
        QVERIFY(logLines().at(1).startsWith(bare(second) + QStringLiteral(" Transferred")));
        QCOMPARE(logLines().filter(bare(first)).size(), 1);
        // The program replaces the notification, not the signals: the job waits in
        // Transferred for the program's QStringLiteral("haul complete").
        QCOMPARE(stateOf(engine, first), JobState::Transferred);
    }

    void theProgramRunsOnceWhenTheJobReachesError()
    {
        Engine engine;
        QVERIFY(engine.open(newStore()).ok());
        const QUuid id = startJob(engine, QStringLiteral("/missing"), { QStringLiteral("x") });
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(engine, id), JobState::Error, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(logLines().size(), 1, 10000);
        QVERIFY2(logLines().at(0).startsWith(bare(id) + QStringLiteral(" Error ")),
            qPrintable(logLines().at(0)));
        QVERIFY(logLines().at(0).endsWith(QStringLiteral(" x")));
        // Resumed, it fails again: a second arrival in Error, a second run.
        QVERIFY(engine.resume(id).ok());
        QTRY_COMPARE_WITH_TIMEOUT(logLines().size(), 2, 10000);
        QCOMPARE(stateOf(engine, id), JobState::Error);
    }

    void aMissingOrNonExecutableProgramIsRefusedWhenSetAndNothingChanges()
    {
        Engine engine;
        QVERIFY(engine.open(newStore()).ok());
        QUuid id;
        engine.createJob(QStringLiteral("j"), JobPriority::Normal, &id);
        QVERIFY(engine.setNotifyCmdLine(id, m_script, { QStringLiteral("keep") }).ok());

        const QString missing = m_dir.filePath(QStringLiteral("no-such-program"));
        const CallResult r = engine.setNotifyCmdLine(id, missing, {});
        QCOMPARE(r.code, ErrorCode::E_NotifyProgram);
        QVERIFY2(r.details.contains(missing), qPrintable(r.details));
        QCOMPARE(ErrorCode::name(r.code), QStringLiteral("HAUL_E_NOTIFY_PROGRAM"));

        const QString plain = m_dir.filePath(QStringLiteral("not-executable"));
        QFile f(plain);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("#!/bin/sh\n");
        f.close();
        QCOMPARE(engine.setNotifyCmdLine(id, plain, {}).code, ErrorCode::E_NotifyProgram);
        QCOMPARE(engine.setNotifyCmdLine(id, QStringLiteral("haul-no-such-name"), {}).code,
            ErrorCode::E_NotifyProgram);
        QCOMPARE(engine.job(id)->notifyProgram, m_script);
        QCOMPARE(engine.job(id)->notifyArguments, QStringList { QStringLiteral("keep") });

        // A name is looked up on PATH when it is set; an empty program clears it.
        QVERIFY(engine.setNotifyCmdLine(id, QStringLiteral("sh"), {}).ok());
        QCOMPARE(
            engine.job(id)->notifyProgram, QStandardPaths::findExecutable(QStringLiteral("sh")));
        QVERIFY(engine.setNotifyCmdLine(id, QString(), { QStringLiteral("x") }).ok());
        QVERIFY(engine.job(id)->notifyProgram.isEmpty());
        QVERIFY(engine.job(id)->notifyArguments.isEmpty());
    }

    void aProgramThatCannotStartIsInTheHistoryAndTheStateStays()
    {
        const QString gone = writeScript(QStringLiteral("gone.sh"));
        Engine engine;
        QVERIFY(engine.open(newStore()).ok());
        QUuid id;
        engine.createJob(QStringLiteral("j"), JobPriority::Foreground, &id);
        engine.addFile(
            id, m_server->url(QStringLiteral("/small")), folder() + QStringLiteral("/gone.bin"));
        QVERIFY(engine.setNotifyCmdLine(id, gone, {}).ok());
        QVERIFY(QFile::remove(gone)); // after it was checked
        QVERIFY(engine.resume(id).ok());
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(engine, id), JobState::Transferred, 10000);
        const QList<JobEvent> events = engine.history(id);
        QVERIFY(!events.isEmpty());
        QCOMPARE(events.last().code, ErrorCode::E_NotifyProgram);
        QCOMPARE(events.last().context, ErrorContext::QueueManagerNotification);
        QCOMPARE(events.last().state, JobState::Transferred);
        QVERIFY(logLines().isEmpty());
    }

    // Through the haul binary: set directly on the store (no owner), then `haul serve` runs
    // the job and its program, and even --auto-complete leaves the job to the program.
    void throughHaulVerbsTheServeRunsTheProgramAndLeavesTheJobToIt()
    {
        const QString store = newStore();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HAUL_STORE"), store);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        auto haul = [&](const QStringList &args) {
            QProcess p;
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(HAUL_BINARY), args);
            p.waitForFinished(30000);
            return std::make_pair(p.exitCode(), p.readAllStandardOutput());
        };
        const QString id
            = QString::fromLatin1(haul({ QStringLiteral("create"), QStringLiteral("--priority"),
                                           QStringLiteral("foreground") })
                                      .second.trimmed());
        QVERIFY(!id.isEmpty());
        QCOMPARE(haul({ QStringLiteral("addfile"), id,
                          m_server->url(QStringLiteral("/small")).toString(),
                          folder() + QStringLiteral("/v.bin") })
                     .first,
            0);
        // A missing program: exit 2, and the job has none.
        QCOMPARE(haul({ QStringLiteral("setnotifycmdline"), id,
                          m_dir.filePath(QStringLiteral("nothing-here")) })
                     .first,
            2);
        QCOMPARE(haul({ QStringLiteral("setnotifycmdline"), id, m_script, QStringLiteral("--"),
                          QStringLiteral("-v") })
                     .first,
            0);
        QCOMPARE(haul({ QStringLiteral("resume"), id }).first, 0);

        QProcess serve;
        serve.setProcessEnvironment(env);
        serve.start(QStringLiteral(HAUL_BINARY),
            { QStringLiteral("serve"), QStringLiteral("--auto-complete") });
        QVERIFY(serve.waitForStarted());
        QTRY_COMPARE_WITH_TIMEOUT(logLines().size(), 1, 15000);
        QCOMPARE(logLines().at(0),
            QStringLiteral("%1 Transferred %2 -v").arg(id, QFileInfo(store).absoluteFilePath()));
        const QJsonObject info = QJsonDocument::fromJson(
            haul({ QStringLiteral("info"), id, QStringLiteral("--json") }).second)
                                     .object()
                                     .value(QStringLiteral("job"))
                                     .toObject();
        QCOMPARE(info.value(QStringLiteral("state")).toString(), QStringLiteral("Transferred"));
        QCOMPARE(info.value(QStringLiteral("notifyProgram")).toString(), m_script);
        // What the program is expected to do, forwarded to the serve.
        QCOMPARE(haul({ QStringLiteral("complete"), id }).first, 0);
        ::kill(pid_t(serve.processId()), SIGTERM);
        QVERIFY(serve.waitForFinished(10000));
        QCOMPARE(logLines().size(), 1);
    }
};

QTEST_GUILESS_MAIN(NotifyCmdLineTest)
#include "tst_notifycmdline.moc"
