#include "core/store/rowformat.h"

#include "core/http/httpheaders.h"
#include "core/model/jobjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStringList>
#include <QUuid>
#include <QVariant>
#include <algorithm>

namespace RowFormat {

QString timeText(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

// "start-end:done,..." ; anything malformed or outside the file gives no segments, so the
// file continues over one connection from what it can trust.
QString segmentsText(const QList<FileSegment> &segments)
{
    QStringList parts;
    for (const FileSegment &s : segments)
        parts << QStringLiteral("%1-%2:%3").arg(s.start).arg(s.end).arg(s.done);
    return parts.join(QLatin1Char(','));
}

QList<FileSegment> segmentsFrom(const QString &text, qint64 total)
{
    QList<FileSegment> segments;
    if (text.isEmpty() || total <= 0)
        return segments;
    qint64 expectedStart = 0; // the segments cover the whole file, in order
    for (const QString &part : text.split(QLatin1Char(','))) {
        const int dash = int(part.indexOf(QLatin1Char('-')));
        const int colon = int(part.indexOf(QLatin1Char(':')));
        bool ok1 = false, ok2 = false, ok3 = false;
        FileSegment s;
        if (dash > 0 && colon > dash) {
            s.start = part.left(dash).toLongLong(&ok1);
            s.end = part.mid(dash + 1, colon - dash - 1).toLongLong(&ok2);
            s.done = part.mid(colon + 1).toLongLong(&ok3);
        }
        if (!ok1 || !ok2 || !ok3 || s.start < 0 || s.end <= s.start || s.end > total || s.done < 0
            || s.done > s.end - s.start || s.start != expectedStart)
            return {};
        expectedStart = s.end;
        segments.append(s);
    }
    if (segments.last().end != total)
        return {};
    return segments;
}

QDateTime timeFrom(const QVariant &v)
{
    const QString s = v.toString();
    if (s.isEmpty())
        return QDateTime();
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    return t.toLocalTime();
}

QString proxyToJson(const ProxySettings &p)
{
    QJsonObject o;
    o[QStringLiteral("mode")] = int(p.mode);
    o[QStringLiteral("proxies")] = QJsonArray::fromStringList(p.proxies);
    o[QStringLiteral("bypass")] = QJsonArray::fromStringList(p.bypass);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

ProxySettings proxyFromJson(const QString &text)
{
    ProxySettings p;
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    const int mode = o.value(QStringLiteral("mode")).toInt();
    if (mode >= 0 && mode <= 2)
        p.mode = ProxySettings::Mode(mode);
    for (const QJsonValue &v : o.value(QStringLiteral("proxies")).toArray())
        p.proxies.append(v.toString());
    for (const QJsonValue &v : o.value(QStringLiteral("bypass")).toArray())
        p.bypass.append(v.toString());
    return p;
}

QString headersToJson(const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QJsonArray a;
    for (const auto &[k, v] : headers) {
        // Credentials given as headers live in memory only, like a password without a
        // keychain: the store never holds them.
        if (HttpHeaders::isSecret(k))
            continue;
        a.append(QJsonArray { QString::fromLatin1(k), QString::fromLatin1(v) });
    }
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QList<QPair<QByteArray, QByteArray>> headersFromJson(const QString &text)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    for (const QJsonValue &v : QJsonDocument::fromJson(text.toUtf8()).array()) {
        const QJsonArray pair = v.toArray();
        if (pair.size() == 2)
            headers.append({ pair.at(0).toString().toLatin1(), pair.at(1).toString().toLatin1() });
    }
    return headers;
}

std::optional<Job> jobFrom(const QSqlQuery &q)
{
    Job job;
    job.id = QUuid::fromString(q.value(0).toString());
    const int state = q.value(3).toInt();
    const int priority = q.value(4).toInt();
    if (job.id.isNull() || state < 0 || state > 8 || priority < 0 || priority > 3)
        return std::nullopt;
    job.displayName = q.value(1).toString();
    job.description = q.value(2).toString();
    job.state = JobState(state);
    job.priority = JobPriority(priority);
    job.creationTime = timeFrom(q.value(5));
    job.modificationTime = timeFrom(q.value(6));
    job.transferCompletionTime = timeFrom(q.value(7));
    job.notifyFlags = quint32(q.value(8).toLongLong());
    job.minimumRetryDelay = q.value(9).toInt();
    job.noProgressTimeout = q.value(10).toInt();
    job.errorCount = q.value(11).toInt();
    job.proxy = proxyFromJson(q.value(12).toString());
    job.currentRetryDelay = q.value(13).toInt();
    job.retryAt = timeFrom(q.value(14));
    job.firstTransientErrorTime = timeFrom(q.value(15));
    job.headers = headersFromJson(q.value(16).toString());
    job.connections = std::max(1, q.value(17).toInt());
    job.rateLimit = std::max<qint64>(0, q.value(18).toLongLong());
    // 19 is the position, which loadJobs reads itself.
    job.notifyProgram = q.value(20).toString();
    for (const QJsonValue &v : QJsonDocument::fromJson(q.value(21).toString().toUtf8()).array())
        job.notifyArguments.append(v.toString());
    return job;
}

JobFile fileFrom(const QSqlQuery &q)
{
    JobFile file;
    file.remoteUrl = QUrl(q.value(2).toString(), QUrl::StrictMode);
    file.localPath = q.value(3).toString();
    file.folder = q.value(4).toString();
    file.nameFromUser = q.value(5).toBool();
    file.bytesTotal = q.value(6).toLongLong();
    file.bytesTransferred = std::max<qint64>(0, q.value(7).toLongLong());
    file.transferred = q.value(8).toBool();
    file.completed = q.value(9).toBool();
    file.etag = q.value(10).toString();
    file.lastModified = q.value(11).toString();
    file.resumable = q.value(12).toBool();
    file.expectedSha256 = q.value(13).toString();
    const QString stored = q.value(14).toString();
    file.segments = segmentsFrom(stored, file.bytesTotal);
    if (!stored.isEmpty() && file.segments.isEmpty())
        file.bytesTransferred = 0; // scattered bytes we cannot place: start over, never splice
    if (!file.segments.isEmpty()) {
        qint64 done = 0;
        for (const FileSegment &s : std::as_const(file.segments))
            done += s.done;
        file.bytesTransferred = done;
    }
    return file;
}

JobError errorFrom(const QSqlQuery &q)
{
    JobError err;
    const int context = q.value(1).toInt();
    err.context = context >= 0 && context <= 8 ? ErrorContext(context) : ErrorContext::Unknown;
    err.code = quint32(q.value(2).toLongLong());
    err.fileIndex = q.value(3).toInt();
    err.remoteUrl = q.value(4).toString();
    err.localPath = q.value(5).toString();
    err.protocol = q.value(6).toString();
    err.httpStatus = q.value(7).toInt();
    err.httpReason = q.value(8).toString();
    err.details = q.value(9).toString();
    err.time = timeFrom(q.value(10));
    err.certificate
        = JobJson::toCertificate(QJsonDocument::fromJson(q.value(11).toByteArray()).object());
    err.gaveUp = q.value(12).toBool();
    return err;
}

void bindJob(QSqlQuery &q, const Job &job)
{
    const QString id = job.id.toString(QUuid::WithoutBraces);
    q.addBindValue(id);
    q.addBindValue(job.displayName);
    q.addBindValue(job.description);
    q.addBindValue(int(job.state));
    q.addBindValue(int(job.priority));
    q.addBindValue(timeText(job.creationTime));
    q.addBindValue(timeText(job.modificationTime));
    q.addBindValue(timeText(job.transferCompletionTime));
    q.addBindValue(qint64(job.notifyFlags));
    q.addBindValue(job.minimumRetryDelay);
    q.addBindValue(job.noProgressTimeout);
    q.addBindValue(job.errorCount);
    q.addBindValue(proxyToJson(job.proxy));
    q.addBindValue(job.currentRetryDelay);
    q.addBindValue(timeText(job.retryAt));
    q.addBindValue(timeText(job.firstTransientErrorTime));
    q.addBindValue(id);
    q.addBindValue(headersToJson(job.headers));
    q.addBindValue(job.connections);
    q.addBindValue(job.rateLimit);
    q.addBindValue(job.notifyProgram);
    q.addBindValue(QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(job.notifyArguments))
                                         .toJson(QJsonDocument::Compact)));
}

void bindError(QSqlQuery &q, const QString &id, const JobError &error)
{
    q.addBindValue(id);
    q.addBindValue(int(error.context));
    q.addBindValue(qint64(error.code));
    q.addBindValue(error.fileIndex);
    q.addBindValue(error.remoteUrl);
    q.addBindValue(error.localPath);
    q.addBindValue(error.protocol);
    q.addBindValue(error.httpStatus);
    q.addBindValue(error.httpReason);
    q.addBindValue(error.details);
    q.addBindValue(timeText(error.time));
    const QJsonValue certificate = JobJson::fromCertificate(error.certificate);
    q.addBindValue(certificate.isObject() ? QString::fromUtf8(
                       QJsonDocument(certificate.toObject()).toJson(QJsonDocument::Compact))
                                          : QString());
    q.addBindValue(error.gaveUp ? 1 : 0);
}

void bindFile(QSqlQuery &q, const QString &jobId, int index, const JobFile &file)
{
    q.addBindValue(jobId);
    q.addBindValue(index);
    q.addBindValue(file.remoteUrl.toString(QUrl::FullyEncoded));
    q.addBindValue(file.localPath);
    q.addBindValue(file.folder);
    q.addBindValue(file.nameFromUser);
    q.addBindValue(file.bytesTotal);
    q.addBindValue(file.bytesTransferred);
    q.addBindValue(file.transferred);
    q.addBindValue(file.completed);
    q.addBindValue(file.etag);
    q.addBindValue(file.lastModified);
    q.addBindValue(file.resumable);
    q.addBindValue(file.expectedSha256);
    q.addBindValue(segmentsText(file.segments));
}

} // namespace RowFormat
