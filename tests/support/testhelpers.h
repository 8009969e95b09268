#pragma once

#include "core/engine/engine.h"
#include "tests/support/testserver.h"

#include <QFile>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace TestHelpers {

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray();
    return f.readAll();
}

// The whole (small) answer of a reply, read as it comes until it has finished.
inline QByteArray readToEnd(QNetworkReply *reply)
{
    QByteArray body;
    QObject::connect(reply, &QNetworkReply::readyRead, reply, [&] { body += reply->readAll(); });
    if (!reply->isFinished())
        QSignalSpy(reply, &QNetworkReply::finished).wait(10000);
    body += reply->readAll();
    return body;
}

inline JobState state(Engine &engine, const QUuid &id)
{
    const std::optional<Job> job = engine.job(id);
    return job ? job->state : JobState::Cancelled;
}

inline Job job(Engine &engine, const QUuid &id)
{
    return engine.job(id).value_or(Job());
}

// A job with one file from `url` into `folder` (or a file path), resumed at once.
inline QUuid startJob(Engine &engine, const QUrl &url, const QString &localPath, bool resume = true,
    int retryDelay = 1)
{
    QUuid id;
    engine.createJob(QStringLiteral("test"), JobPriority::Normal, &id);
    const CallResult added = engine.addFile(id, url, localPath);
    if (!added.ok())
        qWarning("addFile failed: 0x%08x %s", added.code, qPrintable(added.details));
    engine.setMinimumRetryDelay(id, retryDelay);
    if (resume)
        engine.resume(id);
    return id;
}

} // namespace TestHelpers

QT_BEGIN_NAMESPACE
namespace QTest {
template<> inline char *toString(const JobState &state)
{
    return qstrdup(qPrintable(JobTypes::stateName(state)));
}
} // namespace QTest
QT_END_NAMESPACE
