#pragma once

#include "tests/support/testserver.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

// What the suites that make an engine of their own in each test share (tst_engine,
// tst_retries): a temporary folder with a fresh store (and its output folder) per call, and
// one loopback server with a small file at /small and a 404 at /missing. A suite derives
// from it beside QObject and calls startServer() from initTestCase().
class EngineFixture
{
protected:
    void startServer()
    {
        QVERIFY(m_dir.isValid());
        m_server = std::make_unique<TestServer>(TestServer::Tls::None);
        TestServer::Route small;
        small.size = 10000;
        m_server->setRoute("/small", small);
        TestServer::Route missing;
        missing.status = 404;
        m_server->setRoute("/missing", missing);
    }

    QString newStore()
    {
        return m_dir.filePath(QStringLiteral("store%1.sqlite").arg(++m_storeCounter));
    }

    // The output folder of the last store made.
    QString folder()
    {
        const QString path = m_dir.filePath(QStringLiteral("out%1").arg(m_storeCounter));
        QDir().mkpath(path);
        return path;
    }

    void slowRoute(const QByteArray &path, qint64 size = 4 * 1024 * 1024, qint64 rate = 256 * 1024)
    {
        TestServer::Route r;
        r.size = size;
        r.rate = rate;
        m_server->setRoute(path, r);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<TestServer> m_server;
    int m_storeCounter = 0;
};
