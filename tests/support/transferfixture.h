#pragma once

#include "core/engine/engine.h"
#include "core/store/jobstore.h"
#include "tests/support/eventrecorder.h"
#include "tests/support/testhelpers.h"
#include "tests/support/testserver.h"

#include <QDateTime>
#include <QDir>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

// What the suites that run one engine against the loopback servers share (tst_transfer,
// tst_resume, tst_serverfaults, tst_files, tst_segments, tst_segmentfaults): a temporary
// folder, a plain, a trusted https and a self-signed server, one engine on a store in that
// folder, and a recorder of its signals. A suite derives from it beside QObject, calls
// startServersAndEngine() from initTestCase() and stopEngine() from cleanupTestCase().
class TransferFixture
{
protected:
    void startServersAndEngine(int stallTimeoutSeconds)
    {
        QVERIFY(m_dir.isValid());
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificate(TestServer::caCertificate());
        QSslConfiguration::setDefaultConfiguration(ssl);
        m_http = std::make_unique<TestServer>(TestServer::Tls::None);
        m_https = std::make_unique<TestServer>(TestServer::Tls::Trusted);
        m_selfSigned = std::make_unique<TestServer>(TestServer::Tls::SelfSigned);
        Engine::Settings settings;
        settings.stallTimeoutSeconds = stallTimeoutSeconds;
        m_engine = std::make_unique<Engine>(settings);
        QVERIFY(m_engine->open(m_dir.filePath(QStringLiteral("jobs.sqlite"))).ok());
        m_events = std::make_unique<EventRecorder>(m_engine.get());
    }

    // The engine goes before the servers it may still be talking to.
    void stopEngine()
    {
        m_events.reset();
        m_engine.reset();
    }

    QString folder()
    {
        const QString path = m_dir.filePath(QStringLiteral("out%1").arg(++m_counter));
        QDir().mkpath(path);
        return path;
    }

    static TestServer::Route route(qint64 size, qint64 rate = 0)
    {
        TestServer::Route r;
        r.size = size;
        r.rate = rate;
        return r;
    }

    // Runs one job to Transferred and completes it; returns the final path.
    QString download(const QUrl &url, const QString &into, QUuid *idOut = nullptr)
    {
        const QUuid id = TestHelpers::startJob(*m_engine, url, into);
        if (idOut)
            *idOut = id;
        if (!QTest::qWaitFor(
                [&] { return TestHelpers::state(*m_engine, id) == JobState::Transferred; },
                15000)) {
            const Job job = TestHelpers::job(*m_engine, id);
            qWarning("job ended in %s: %s", qPrintable(JobTypes::stateName(job.state)),
                qPrintable(job.error ? job.error->details : QString()));
            return QString();
        }
        if (!m_engine->complete(id).ok())
            return QString();
        return TestHelpers::job(*m_engine, id).files.value(0).localPath;
    }

    // A store of its own holding one job with one file, as a crash may have left it.
    QString craftStore(const JobFile &file, JobState jobState, QUuid *id)
    {
        Job crafted;
        crafted.id = QUuid::createUuid();
        crafted.state = jobState;
        crafted.minimumRetryDelay = 1;
        crafted.creationTime = crafted.modificationTime = QDateTime::currentDateTime();
        crafted.files.append(file);
        const QString store = m_dir.filePath(QStringLiteral("crafted%1.sqlite").arg(++m_counter));
        JobStore s;
        if (!s.open(store).ok() || !s.saveJob(crafted))
            return QString();
        *id = crafted.id;
        return store;
    }

    JobError errorOf(const QUuid &id)
    {
        JobError e;
        m_engine->error(id, &e);
        return e;
    }

    QString newSmallStore()
    {
        return m_dir.filePath(QStringLiteral("small-store%1.sqlite").arg(++m_counter));
    }

    QTemporaryDir m_dir;
    std::unique_ptr<TestServer> m_http;
    std::unique_ptr<TestServer> m_https;
    std::unique_ptr<TestServer> m_selfSigned;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<EventRecorder> m_events;
    int m_counter = 0;
};
