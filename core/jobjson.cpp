#include "jobjson.h"

#include "errorcodes.h"

#include <QJsonArray>

namespace JobJson {
namespace {
QJsonValue time(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}
} // namespace

QJsonObject fromError(const JobError &error)
{
    QJsonObject o;
    o[QStringLiteral("context")] = JobTypes::contextName(error.context);
    o[QStringLiteral("contextValue")] = int(error.context);
    o[QStringLiteral("code")] = ErrorCode::hex(error.code);
    o[QStringLiteral("codeName")] = error.codeName();
    o[QStringLiteral("description")] = error.description();
    o[QStringLiteral("contextDescription")] = error.contextDescription();
    if (error.hasFile()) {
        QJsonObject file;
        file[QStringLiteral("index")] = error.fileIndex;
        file[QStringLiteral("remoteUrl")] = error.remoteUrl;
        file[QStringLiteral("localPath")] = error.localPath;
        o[QStringLiteral("file")] = file;
    } else {
        o[QStringLiteral("file")] = QJsonValue();
    }
    o[QStringLiteral("protocol")]
        = error.protocol.isEmpty() ? QJsonValue() : QJsonValue(error.protocol);
    o[QStringLiteral("httpStatus")]
        = error.httpStatus > 0 ? QJsonValue(error.httpStatus) : QJsonValue();
    o[QStringLiteral("httpReason")] = error.httpReason;
    o[QStringLiteral("details")] = error.details;
    o[QStringLiteral("time")] = time(error.time);
    return o;
}

QJsonObject fromJob(const Job &job)
{
    QJsonObject o;
    const JobProgress p = job.progress();
    o[QStringLiteral("id")] = job.id.toString(QUuid::WithoutBraces);
    o[QStringLiteral("name")] = job.displayName;
    o[QStringLiteral("description")] = job.description;
    o[QStringLiteral("state")] = JobTypes::stateName(job.state);
    o[QStringLiteral("priority")] = JobTypes::priorityName(job.priority);
    o[QStringLiteral("bytesTotal")] = p.bytesTotal;
    o[QStringLiteral("bytesTransferred")] = p.bytesTransferred;
    o[QStringLiteral("filesTotal")] = p.filesTotal;
    o[QStringLiteral("filesTransferred")] = p.filesTransferred;
    o[QStringLiteral("errorCount")] = job.errorCount;
    o[QStringLiteral("notifyFlags")] = qint64(job.notifyFlags);
    o[QStringLiteral("minimumRetryDelay")] = job.minimumRetryDelay;
    o[QStringLiteral("noProgressTimeout")] = job.noProgressTimeout;
    o[QStringLiteral("creationTime")] = time(job.creationTime);
    o[QStringLiteral("modificationTime")] = time(job.modificationTime);
    o[QStringLiteral("transferCompletionTime")] = time(job.transferCompletionTime);
    QJsonArray files;
    for (const JobFile &f : job.files) {
        QJsonObject file;
        file[QStringLiteral("remoteUrl")] = f.remoteUrl.toString();
        file[QStringLiteral("localPath")] = f.localPath;
        file[QStringLiteral("bytesTotal")] = f.bytesTotal;
        file[QStringLiteral("bytesTransferred")] = f.bytesTransferred;
        file[QStringLiteral("completed")] = f.completed;
        file[QStringLiteral("resumable")] = f.resumable;
        files.append(file);
    }
    o[QStringLiteral("files")] = files;
    o[QStringLiteral("error")] = job.error ? QJsonValue(fromError(*job.error)) : QJsonValue();
    return o;
}

} // namespace JobJson
