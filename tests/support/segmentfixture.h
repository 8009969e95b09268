#pragma once

#include "tests/support/transferfixture.h"

#include <QList>
#include <QPair>
#include <algorithm>

// What the suites of files over several connections share (tst_segments,
// tst_segmentfaults): jobs started with a number of connections, and what the server's
// log says of the ranges asked.
class SegmentFixture : protected TransferFixture
{
protected:
    QUuid start(const QByteArray &path, const QString &into, int connections, qint64 limit = 0)
    {
        QUuid id;
        m_engine->createJob(QString(), JobPriority::Normal, &id);
        m_engine->addFile(id, m_http->url(QString::fromLatin1(path)), into);
        m_engine->setConnections(id, connections);
        m_engine->setRateLimit(id, limit);
        m_engine->setMinimumRetryDelay(id, 1);
        m_engine->resume(id);
        return id;
    }

    QUuid startOn(TestServer &server, const QByteArray &path, const QString &into, int connections)
    {
        QUuid id;
        m_engine->createJob(QString(), JobPriority::Normal, &id);
        m_engine->addFile(id, server.url(QString::fromLatin1(path)), into);
        m_engine->setConnections(id, connections);
        m_engine->setMinimumRetryDelay(id, 1);
        m_engine->resume(id);
        return id;
    }

    // Bytes the server sent for a path, and whether any two requests asked for the same byte.
    static qint64 bodyBytesSent(const QList<TestServer::Request> &requests)
    {
        qint64 sent = 0;
        for (const TestServer::Request &r : requests)
            sent += r.bodyBytesSent;
        return sent;
    }

    static bool askedTwice(const QList<TestServer::Request> &requests, qint64 total)
    {
        QList<QPair<qint64, qint64>> asked;
        for (const TestServer::Request &r : requests) {
            const QByteArray range = r.headers.value("range");
            if (!range.startsWith("bytes="))
                return true; // the whole file again
            const QList<QByteArray> bounds = range.mid(6).split('-');
            const qint64 end = bounds.value(1).isEmpty() ? total : bounds.value(1).toLongLong() + 1;
            asked.append({ bounds.value(0).toLongLong(), end });
        }
        std::sort(asked.begin(), asked.end());
        for (int i = 1; i < asked.size(); ++i) {
            if (asked[i].first < asked[i - 1].second)
                return true;
        }
        return false;
    }

    static QList<QByteArray> ranges(const QList<TestServer::Request> &requests)
    {
        QList<QByteArray> list;
        for (const TestServer::Request &r : requests)
            list << r.headers.value("range");
        return list;
    }
};
