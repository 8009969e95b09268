#pragma once

#include "tests/support/testserver.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <memory>

// What the suites that drive the real `haul` binary through its verbs share (tst_verbs,
// tst_serve): a fresh store and working folder per test, processes started on it and
// stopped (killed in cleanup() if a test left one), their --json answers, and a loopback
// server with a file at /a.bin and a 404 at /missing. A suite derives from it beside
// QObject, calls startServer() from initTestCase() and stopEveryProcess() from cleanup().
class VerbFixture
{
protected:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    ~VerbFixture() { stopEveryProcess(); }

    void startServer()
    {
        QVERIFY(m_dir.isValid());
        m_server = std::make_unique<TestServer>(TestServer::Tls::None);
        TestServer::Route small;
        small.size = 100000;
        m_server->setRoute("/a.bin", small);
        TestServer::Route missing;
        missing.status = 404;
        m_server->setRoute("/missing", missing);
    }

    void stopEveryProcess()
    {
        for (QProcess *p : std::as_const(m_running)) {
            p->kill();
            p->waitForFinished();
        }
        qDeleteAll(m_running);
        m_running.clear();
    }

    QProcess *start(const QStringList &args)
    {
        auto *p = new QProcess;
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

    // A member of the job in a verb's --json answer.
    static QJsonValue jobMember(const QJsonObject &answer, const QString &name)
    {
        return answer.value(QStringLiteral("job")).toObject().value(name);
    }

    // A member of the job's file `index` in a verb's --json answer.
    static QJsonValue fileMember(const QJsonObject &answer, int index, const QString &name)
    {
        return jobMember(answer, QStringLiteral("files"))
            .toArray()
            .at(index)
            .toObject()
            .value(name);
    }

    QString state(const QString &job)
    {
        return jobMember(json({ QStringLiteral("info"), job }, -1), QStringLiteral("state"))
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

    QTemporaryDir m_dir;
    std::unique_ptr<TestServer> m_server;
    QString m_store;
    QString m_work;
    QList<QProcess *> m_running;
    int m_counter = 0;
};
