#include "core/model/jobjson.h"

#include "core/http/httpheaders.h"
#include "core/http/proxychoice.h"
#include "core/model/errorcodes.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <algorithm>

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
    o[QStringLiteral("certificate")] = fromCertificate(error.certificate);
    o[QStringLiteral("gaveUp")] = error.gaveUp;
    return o;
}

QJsonValue fromCertificate(const CertificateInfo &c)
{
    if (c.isNull())
        return QJsonValue();
    return QJsonObject { { QStringLiteral("host"), c.host },
        { QStringLiteral("subject"), c.subject }, { QStringLiteral("issuer"), c.issuer },
        { QStringLiteral("notBefore"), time(c.notBefore) },
        { QStringLiteral("notAfter"), time(c.notAfter) }, { QStringLiteral("sha256"), c.sha256 } };
}

CertificateInfo toCertificate(const QJsonObject &o)
{
    CertificateInfo c;
    c.host = o.value(QStringLiteral("host")).toString();
    c.subject = o.value(QStringLiteral("subject")).toString();
    c.issuer = o.value(QStringLiteral("issuer")).toString();
    c.notBefore
        = QDateTime::fromString(o.value(QStringLiteral("notBefore")).toString(), Qt::ISODateWithMs);
    c.notAfter
        = QDateTime::fromString(o.value(QStringLiteral("notAfter")).toString(), Qt::ISODateWithMs);
    const QString sha = o.value(QStringLiteral("sha256")).toString().toLower();
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    c.sha256 = hex.match(sha).hasMatch() ? sha : QString();
    return c;
}

// The job's extra request headers; a secret one (Authorization, Cookie...) by its name only,
// its value masked: the JSON goes to scripts and terminals.
QJsonArray fromHeaders(const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QJsonArray list;
    for (const auto &[name, value] : headers) {
        const bool secret = HttpHeaders::isSecret(name);
        list.append(QJsonObject { { QStringLiteral("name"), QString::fromLatin1(name) },
            { QStringLiteral("value"),
                secret ? QStringLiteral("********") : QString::fromUtf8(value) },
            { QStringLiteral("secret"), secret } });
    }
    return list;
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
    o[QStringLiteral("connections")] = job.connections;
    o[QStringLiteral("queuePosition")] = job.queuePosition;
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
    o[QStringLiteral("notifyProgram")]
        = job.notifyProgram.isEmpty() ? QJsonValue() : QJsonValue(job.notifyProgram);
    o[QStringLiteral("notifyArguments")] = QJsonArray::fromStringList(job.notifyArguments);
    o[QStringLiteral("headers")] = fromHeaders(job.headers);
    o[QStringLiteral("proxy")] = QJsonObject {
        { QStringLiteral("mode"), ProxyChoice::modeName(job.proxy.mode) },
        { QStringLiteral("proxies"), QJsonArray::fromStringList(job.proxy.proxies) },
        { QStringLiteral("bypass"), QJsonArray::fromStringList(job.proxy.bypass) },
    };
    return o;
}

JobError toError(const QJsonObject &o)
{
    JobError e;
    const int context = o.value(QStringLiteral("contextValue")).toInt();
    e.context = context >= 0 && context <= 8 ? ErrorContext(context) : ErrorContext::Unknown;
    e.code = ErrorCode::fromHex(o.value(QStringLiteral("code")).toString());
    const QJsonObject file = o.value(QStringLiteral("file")).toObject();
    e.fileIndex = file.isEmpty() ? -1 : file.value(QStringLiteral("index")).toInt();
    e.remoteUrl = file.value(QStringLiteral("remoteUrl")).toString();
    e.localPath = file.value(QStringLiteral("localPath")).toString();
    e.protocol = o.value(QStringLiteral("protocol")).toString();
    e.httpStatus = o.value(QStringLiteral("httpStatus")).toInt();
    e.httpReason = o.value(QStringLiteral("httpReason")).toString();
    e.details = o.value(QStringLiteral("details")).toString();
    e.time = QDateTime::fromString(o.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
    e.certificate = toCertificate(o.value(QStringLiteral("certificate")).toObject());
    e.gaveUp = o.value(QStringLiteral("gaveUp")).toBool();
    return e;
}

Job toJob(const QJsonObject &o)
{
    Job job;
    job.id = QUuid::fromString(o.value(QStringLiteral("id")).toString());
    job.displayName = o.value(QStringLiteral("name")).toString();
    job.description = o.value(QStringLiteral("description")).toString();
    JobTypes::stateFromName(o.value(QStringLiteral("state")).toString(), &job.state);
    JobTypes::priorityFromName(o.value(QStringLiteral("priority")).toString(), &job.priority);
    job.errorCount = o.value(QStringLiteral("errorCount")).toInt();
    job.connections = std::clamp(o.value(QStringLiteral("connections")).toInt(1), 1, 16);
    job.queuePosition = o.value(QStringLiteral("queuePosition")).toInt();
    job.notifyFlags = quint32(o.value(QStringLiteral("notifyFlags")).toInteger(3));
    job.minimumRetryDelay = o.value(QStringLiteral("minimumRetryDelay")).toInt(10);
    job.noProgressTimeout = o.value(QStringLiteral("noProgressTimeout")).toInt(86400);
    job.creationTime = QDateTime::fromString(
        o.value(QStringLiteral("creationTime")).toString(), Qt::ISODateWithMs);
    job.modificationTime = QDateTime::fromString(
        o.value(QStringLiteral("modificationTime")).toString(), Qt::ISODateWithMs);
    job.transferCompletionTime = QDateTime::fromString(
        o.value(QStringLiteral("transferCompletionTime")).toString(), Qt::ISODateWithMs);
    job.notifyProgram = o.value(QStringLiteral("notifyProgram")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("notifyArguments")).toArray())
        job.notifyArguments.append(v.toString());
    for (const QJsonValue &v : o.value(QStringLiteral("headers")).toArray()) {
        // A secret header comes back masked: its name tells that the job has one.
        const QJsonObject h = v.toObject();
        job.headers.append({ h.value(QStringLiteral("name")).toString().toLatin1(),
            h.value(QStringLiteral("value")).toString().toUtf8() });
    }
    const int transferred = o.value(QStringLiteral("filesTransferred")).toInt();
    int index = 0;
    for (const QJsonValue &v : o.value(QStringLiteral("files")).toArray()) {
        const QJsonObject f = v.toObject();
        JobFile file;
        file.remoteUrl = QUrl(f.value(QStringLiteral("remoteUrl")).toString());
        file.localPath = f.value(QStringLiteral("localPath")).toString();
        file.bytesTotal = f.value(QStringLiteral("bytesTotal")).toInteger(-1);
        file.bytesTransferred = f.value(QStringLiteral("bytesTransferred")).toInteger();
        file.completed = f.value(QStringLiteral("completed")).toBool();
        file.resumable = f.value(QStringLiteral("resumable")).toBool();
        // Files transfer in order, so the first filesTransferred of them are done.
        file.transferred = index++ < transferred;
        job.files.append(file);
    }
    if (o.value(QStringLiteral("error")).isObject())
        job.error = toError(o.value(QStringLiteral("error")).toObject());
    const QJsonObject proxy = o.value(QStringLiteral("proxy")).toObject();
    const QString mode = proxy.value(QStringLiteral("mode")).toString();
    job.proxy.mode = mode == QLatin1String("override") ? ProxySettings::Mode::Override
        : mode == QLatin1String("no_proxy")            ? ProxySettings::Mode::NoProxy
                                                       : ProxySettings::Mode::System;
    for (const QJsonValue &v : proxy.value(QStringLiteral("proxies")).toArray())
        job.proxy.proxies.append(v.toString());
    for (const QJsonValue &v : proxy.value(QStringLiteral("bypass")).toArray())
        job.proxy.bypass.append(v.toString());
    return job;
}

} // namespace JobJson
