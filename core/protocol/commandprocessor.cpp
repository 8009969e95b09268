#include "core/protocol/commandprocessor.h"

#include "core/engine/engine.h"
#include "core/http/proxychoice.h"
#include "core/model/errorcodes.h"
#include "core/model/jobjson.h"
#include "core/protocol/exitcodes.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonArray>

namespace CommandProcessor {
namespace {

QJsonObject answerOf(int exit, quint32 code = ErrorCode::S_Ok, const QString &message = QString())
{
    QJsonObject o;
    o[QStringLiteral("version")] = ProtocolVersion;
    o[QStringLiteral("exit")] = exit;
    o[QStringLiteral("code")] = ErrorCode::hex(code);
    o[QStringLiteral("codeName")] = ErrorCode::name(code);
    if (!message.isEmpty())
        o[QStringLiteral("message")] = message;
    return o;
}

int exitFor(quint32 code)
{
    if (ErrorCode::succeeded(code))
        return ExitCode::Ok;
    switch (code) {
    case ErrorCode::E_StoreFailed:
        return ExitCode::Store;
    case ErrorCode::E_RenameFailed:
    case ErrorCode::E_ErrorInformationUnavailable:
        return ExitCode::JobFailed;
    default:
        return ExitCode::Usage;
    }
}

QJsonObject fromCall(const CallResult &r)
{
    QJsonObject o = answerOf(exitFor(r.code), r.code, r.details);
    if (r.fileIndex >= 0)
        o[QStringLiteral("fileIndex")] = r.fileIndex;
    return o;
}

// JOB is an id, a unique id prefix or a unique display name.
std::optional<Job> resolve(Engine &engine, const QString &text, QJsonObject *failure)
{
    const QString wanted = text.trimmed();
    const QList<Job> jobs = engine.jobs();
    QList<Job> matches;
    if (!wanted.isEmpty()) {
        const QString lower = wanted.toLower();
        for (const Job &job : jobs) {
            if (job.id.toString(QUuid::WithoutBraces) == lower)
                return job;
        }
        for (const Job &job : jobs) {
            if (job.id.toString(QUuid::WithoutBraces).startsWith(lower)
                || job.displayName == wanted)
                matches.append(job);
        }
    }
    if (matches.size() == 1)
        return matches.first();
    if (matches.isEmpty()) {
        *failure = answerOf(ExitCode::Usage, ErrorCode::E_NotFound);
        (*failure)[QStringLiteral("reason")] = QStringLiteral("unknown");
    } else {
        *failure = answerOf(ExitCode::Usage, ErrorCode::E_InvalidArg);
        (*failure)[QStringLiteral("reason")] = QStringLiteral("ambiguous");
        QJsonArray list;
        for (const Job &job : matches)
            list.append(
                QJsonObject { { QStringLiteral("id"), job.id.toString(QUuid::WithoutBraces) },
                    { QStringLiteral("name"), job.displayName } });
        (*failure)[QStringLiteral("matches")] = list;
    }
    (*failure)[QStringLiteral("jobText")] = wanted;
    return std::nullopt;
}

QJsonObject withJob(QJsonObject o, const Job &job)
{
    o[QStringLiteral("job")] = JobJson::fromJob(job);
    return o;
}

QJsonObject withJob(QJsonObject o, Engine &engine, const QUuid &id)
{
    if (const std::optional<Job> job = engine.job(id))
        return withJob(o, *job);
    return o;
}

bool parseTarget(const QString &text, CredentialTarget *target)
{
    if (text == QLatin1String("server"))
        *target = CredentialTarget::Server;
    else if (text == QLatin1String("proxy"))
        *target = CredentialTarget::Proxy;
    else
        return false;
    return true;
}

bool parseScheme(const QString &text, CredentialScheme *scheme)
{
    const QStringList names { QStringLiteral("basic"), QStringLiteral("digest"),
        QStringLiteral("ntlm"), QStringLiteral("negotiate") };
    const int index = int(names.indexOf(text));
    if (index < 0)
        return false;
    *scheme = CredentialScheme(index);
    return true;
}

QString textOf(const QJsonObject &request, const char *key)
{
    return request.value(QLatin1String(key)).toString();
}

qint64 numberOf(const QJsonObject &request, const char *key)
{
    return request.value(QLatin1String(key)).toInteger(-1);
}

QJsonObject createJob(Engine &engine, const QJsonObject &request)
{
    JobPriority priority = JobPriority::Normal;
    if (request.contains(QStringLiteral("priority"))
        && !JobTypes::priorityFromName(textOf(request, "priority"), &priority))
        return answerOf(ExitCode::Usage, ErrorCode::E_InvalidArg, textOf(request, "priority"));
    const int connections = request.contains(QStringLiteral("connections"))
        ? int(numberOf(request, "connections"))
        : 1;
    if (connections < 1 || connections > 16)
        return answerOf(ExitCode::Usage, ErrorCode::E_InvalidArg, textOf(request, "connections"));
    QUuid id;
    CallResult r = engine.createJob(textOf(request, "name"), priority, &id);
    if (r.ok() && connections != 1)
        r = engine.setConnections(id, connections);
    return r.ok() ? withJob(fromCall(r), engine, id) : fromCall(r);
}

QJsonObject listJobs(Engine &engine, const QJsonObject &request)
{
    const bool active = request.value(QStringLiteral("active")).toBool();
    QJsonArray list;
    for (const Job &job : engine.jobs()) {
        if (!active || !JobTypes::isFinal(job.state))
            list.append(JobJson::fromJob(job));
    }
    QJsonObject o = answerOf(ExitCode::Ok);
    o[QStringLiteral("jobs")] = list;
    return o;
}

QJsonObject clearJobs(Engine &engine)
{
    int removed = 0;
    for (const Job &job : engine.jobs()) {
        if (JobTypes::isFinal(job.state) && engine.removeJob(job.id).ok())
            ++removed;
    }
    QJsonObject o = answerOf(ExitCode::Ok);
    o[QStringLiteral("removed")] = removed;
    return o;
}

// haul transfer forwarded to the owner: the whole job at once, then Resume.
QJsonObject createTransfer(Engine &engine, const QJsonObject &request)
{
    JobPriority priority = JobPriority::Normal;
    JobTypes::priorityFromName(textOf(request, "priority"), &priority);
    QUuid id;
    CallResult r = engine.createJob(textOf(request, "name"), priority, &id);
    for (const QJsonValue &v : request.value(QStringLiteral("files")).toArray()) {
        const QJsonObject f = v.toObject();
        if (r.ok())
            r = engine.addFile(id,
                QUrl(f.value(QStringLiteral("url")).toString(), QUrl::StrictMode),
                f.value(QStringLiteral("localPath")).toString(),
                f.value(QStringLiteral("sha256")).toString());
    }
    QList<QPair<QByteArray, QByteArray>> headers;
    for (const QJsonValue &v : request.value(QStringLiteral("headers")).toArray())
        headers.append(
            { v.toArray().at(0).toString().toLatin1(), v.toArray().at(1).toString().toUtf8() });
    if (r.ok())
        r = engine.setMinimumRetryDelay(id, int(numberOf(request, "retryDelay")));
    if (r.ok())
        r = engine.setNoProgressTimeout(id, int(numberOf(request, "noProgressTimeout")));
    if (r.ok())
        r = engine.setHeaders(id, headers);
    if (r.ok())
        r = engine.setConnections(id, int(numberOf(request, "connections")));
    if (r.ok())
        r = engine.setRateLimit(id, std::max<qint64>(0, numberOf(request, "rateLimit")));
    if (r.ok())
        r = engine.resume(id);
    if (!r.ok() && !id.isNull()) {
        engine.cancel(id);
        engine.removeJob(id);
        return fromCall(r);
    }
    return withJob(fromCall(r), engine, id);
}

QJsonObject jobError(Engine &engine, const QUuid &id)
{
    JobError error;
    const CallResult r = engine.error(id, &error);
    QJsonObject o = withJob(fromCall(r), engine, id);
    if (r.ok())
        o[QStringLiteral("error")] = JobJson::fromError(error);
    return o;
}

QJsonObject trustCertificate(Engine &engine, const QUuid &id)
{
    CertificateInfo trusted;
    const CallResult r = engine.trustCertificate(id, &trusted);
    QJsonObject o = withJob(fromCall(r), engine, id);
    if (r.ok())
        o[QStringLiteral("certificate")] = JobJson::fromCertificate(trusted);
    return o;
}

QJsonObject setPriority(Engine &engine, const QUuid &id, const QJsonObject &request)
{
    JobPriority priority;
    if (!JobTypes::priorityFromName(textOf(request, "priority"), &priority))
        return answerOf(ExitCode::Usage, ErrorCode::E_InvalidArg, textOf(request, "priority"));
    return withJob(fromCall(engine.setPriority(id, priority)), engine, id);
}

// haul move JOB up|down|top|bottom: within the unfinished jobs of its priority.
QJsonObject moveInQueue(Engine &engine, const QUuid &id, const QJsonObject &request)
{
    static const QHash<QString, QueueMove> moves { { QStringLiteral("up"), QueueMove::Up },
        { QStringLiteral("down"), QueueMove::Down }, { QStringLiteral("top"), QueueMove::Top },
        { QStringLiteral("bottom"), QueueMove::Bottom } };
    const QString where = textOf(request, "where").toLower();
    if (!moves.contains(where))
        return answerOf(ExitCode::Usage, ErrorCode::E_InvalidArg, textOf(request, "where"));
    return withJob(fromCall(engine.moveInQueue(id, moves.value(where))), engine, id);
}

QJsonObject setNotifyFlags(Engine &engine, const QUuid &id, const QJsonObject &request)
{
    const qint64 flags = numberOf(request, "flags");
    if (flags < 0 || flags > 0xFFFFFFFF)
        return answerOf(ExitCode::Usage, ErrorCode::E_InvalidArg, textOf(request, "flags"));
    return withJob(fromCall(engine.setNotifyFlags(id, quint32(flags))), engine, id);
}

QJsonObject setProxySettings(Engine &engine, const QUuid &id, const QJsonObject &request)
{
    // Checked here too: a request may come from any client of the local socket.
    ProxySettings settings;
    QString problem;
    if (!ProxyChoice::parseSettings(textOf(request, "mode"), textOf(request, "proxylist"),
            textOf(request, "bypasslist"), &settings, &problem))
        return answerOf(ExitCode::Usage, ErrorCode::E_InvalidArg, problem);
    return withJob(fromCall(engine.setProxy(id, settings)), engine, id);
}

QJsonObject setCredentials(Engine &engine, const QUuid &id, const QJsonObject &request)
{
    CredentialTarget target;
    CredentialScheme scheme;
    if (!parseTarget(textOf(request, "target"), &target)
        || !parseScheme(textOf(request, "scheme"), &scheme))
        return answerOf(ExitCode::Usage, ErrorCode::E_InvalidArg,
            textOf(request, "target") + QLatin1Char(' ') + textOf(request, "scheme"));
    const CallResult r = engine.setCredentials(
        id, target, scheme, textOf(request, "user"), textOf(request, "secret"));
    QJsonObject o = withJob(fromCall(r), engine, id);
    if (r.ok()) {
        // Where no keychain keeps them, the user must hear that they are in memory only.
        const QString why = engine.credentialsMemoryOnlyReason();
        o[QStringLiteral("storedIn")]
            = why.isEmpty() ? QStringLiteral("keychain") : QStringLiteral("memory");
        if (!why.isEmpty())
            o[QStringLiteral("memoryOnlyReason")] = why;
    }
    return o;
}

// bitsadmin /SetNotifyCmdLine: an empty PROGRAM, or NULL, clears it.
QJsonObject setNotifyCmdLine(Engine &engine, const QUuid &id, const QJsonObject &request)
{
    QString program = textOf(request, "program");
    if (program == QLatin1String("NULL"))
        program.clear();
    QStringList arguments;
    for (const QJsonValue &v : request.value(QStringLiteral("arguments")).toArray())
        arguments.append(v.toString());
    return withJob(fromCall(engine.setNotifyCmdLine(id, program, arguments)), engine, id);
}

// "Name: value" lines replace the job's headers (none clears them). Only the form is read
// here: Engine::setHeaders decides what may go on the wire.
QJsonObject setCustomHeaders(Engine &engine, const QUuid &id, const QJsonObject &request)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    for (const QJsonValue &v : request.value(QStringLiteral("headers")).toArray()) {
        const QString line = v.toString();
        const int colon = int(line.indexOf(QLatin1Char(':')));
        if (colon <= 0)
            return answerOf(ExitCode::Usage, ErrorCode::E_InvalidArg,
                QStringLiteral("header \"%1\": expected \"Name: value\"").arg(line.left(60)));
        QByteArray value = line.mid(colon + 1).toUtf8();
        while (value.startsWith(' ') || value.startsWith('\t'))
            value.remove(0, 1);
        while (value.endsWith(' ') || value.endsWith('\t'))
            value.chop(1);
        headers.append({ line.left(colon).toLatin1(), value });
    }
    return withJob(fromCall(engine.setHeaders(id, headers)), engine, id);
}

QJsonObject customHeaders(Engine &engine, const QUuid &id)
{
    QJsonObject o = withJob(answerOf(ExitCode::Ok), engine, id);
    if (const std::optional<Job> job = engine.job(id))
        o[QStringLiteral("headers")] = JobJson::fromHeaders(job->headers);
    return o;
}

// The verbs that are one engine call on the job, answered with the job.
CallResult callOnJob(
    Engine &engine, const QString &verb, const QUuid &id, const QJsonObject &request)
{
    if (verb == QLatin1String("addfile"))
        return engine.addFile(id, QUrl(textOf(request, "url"), QUrl::StrictMode),
            textOf(request, "localPath"), textOf(request, "sha256"));
    if (verb == QLatin1String("resume"))
        return engine.resume(id);
    if (verb == QLatin1String("suspend"))
        return engine.suspend(id);
    if (verb == QLatin1String("cancel"))
        return engine.cancel(id);
    if (verb == QLatin1String("complete"))
        return engine.complete(id);
    if (verb == QLatin1String("restart"))
        return engine.restart(id);
    if (verb == QLatin1String("seturl"))
        return engine.setRemoteUrl(
            id, int(numberOf(request, "file")), QUrl(textOf(request, "url"), QUrl::StrictMode));
    if (verb == QLatin1String("replaceprefix"))
        return engine.replaceRemotePrefix(id, textOf(request, "old"), textOf(request, "new"));
    if (verb == QLatin1String("setminretrydelay"))
        return engine.setMinimumRetryDelay(id, int(numberOf(request, "seconds")));
    if (verb == QLatin1String("setnoprogresstimeout"))
        return engine.setNoProgressTimeout(id, int(numberOf(request, "seconds")));
    if (verb == QLatin1String("setdisplayname"))
        return engine.setDisplayName(id, textOf(request, "name"));
    if (verb == QLatin1String("setdescription"))
        return engine.setDescription(id, textOf(request, "text"));
    return CallResult();
}

// Which file of the job waits for a new link, and what the fresh link must match: the
// owner (StoreOwner) then waits for the browser with it.
QJsonObject renewLink(Engine &engine, const QUuid &id, const QJsonObject &request)
{
    const std::optional<Job> job = engine.job(id);
    if (!job)
        return answerOf(ExitCode::Usage, ErrorCode::E_NotFound);
    int index = request.contains(QStringLiteral("file"))
        ? int(numberOf(request, "file"))
        : qMax(0, job->error ? job->error->fileIndex : 0);
    if (index < 0 || index >= job->files.size())
        return answerOf(ExitCode::Usage, ErrorCode::E_InvalidArg, QStringLiteral("no such file"));
    const JobFile &file = job->files.at(index);
    if (file.transferred || JobTypes::isFinal(job->state))
        return answerOf(ExitCode::Usage, ErrorCode::E_InvalidState,
            QStringLiteral("the file needs no new link"));
    QJsonObject o = withJob(answerOf(ExitCode::Ok), *job);
    o[QStringLiteral("fileIndex")] = index;
    o[QStringLiteral("awaiting")]
        = QJsonObject { { QStringLiteral("name"), QFileInfo(file.localPath).fileName() },
              { QStringLiteral("size"), file.bytesTotal }, { QStringLiteral("etag"), file.etag },
              { QStringLiteral("lastModified"), file.lastModified },
              { QStringLiteral("bytesOnDisk"), file.resumable ? file.bytesTransferred : 0 } };
    return o;
}

// A verb on one job that resolve() has found.
QJsonObject executeOnJob(
    Engine &engine, const QString &verb, const QUuid &id, const QJsonObject &request)
{
    if (verb == QLatin1String("info"))
        return withJob(answerOf(ExitCode::Ok), engine, id);
    if (verb == QLatin1String("geterror"))
        return jobError(engine, id);
    if (verb == QLatin1String("trustcert"))
        return trustCertificate(engine, id);
    if (verb == QLatin1String("remove"))
        return fromCall(engine.removeJob(id));
    if (verb == QLatin1String("setpriority"))
        return setPriority(engine, id, request);
    if (verb == QLatin1String("setnotifyflags"))
        return setNotifyFlags(engine, id, request);
    if (verb == QLatin1String("move"))
        return moveInQueue(engine, id, request);
    if (verb == QLatin1String("setproxysettings"))
        return setProxySettings(engine, id, request);
    if (verb == QLatin1String("setcredentials"))
        return setCredentials(engine, id, request);
    if (verb == QLatin1String("renewlink"))
        return renewLink(engine, id, request);
    if (verb == QLatin1String("setnotifycmdline"))
        return setNotifyCmdLine(engine, id, request);
    if (verb == QLatin1String("setcustomheaders"))
        return setCustomHeaders(engine, id, request);
    if (verb == QLatin1String("getcustomheaders"))
        return customHeaders(engine, id);
    return withJob(fromCall(callOnJob(engine, verb, id, request)), engine, id);
}
} // namespace

QJsonObject answer(int exit, quint32 code, const QString &message)
{
    return answerOf(exit, code, message);
}

QJsonObject answer(int exit, quint32 code, const Job &job, const QString &message)
{
    return withJob(answerOf(exit, code, message), job);
}

bool isEditingVerb(const QString &verb)
{
    static const QStringList verbs { QStringLiteral("create"), QStringLiteral("addfile"),
        QStringLiteral("resume"), QStringLiteral("suspend"), QStringLiteral("cancel"),
        QStringLiteral("complete"), QStringLiteral("info"), QStringLiteral("list"),
        QStringLiteral("geterror"), QStringLiteral("seturl"), QStringLiteral("replaceprefix"),
        QStringLiteral("setcredentials"), QStringLiteral("setpriority"),
        QStringLiteral("setminretrydelay"), QStringLiteral("setnoprogresstimeout"),
        QStringLiteral("setnotifyflags"), QStringLiteral("setproxysettings"),
        QStringLiteral("remove"), QStringLiteral("clear"), QStringLiteral("trustcert"),
        QStringLiteral("renewlink"), QStringLiteral("move"), QStringLiteral("restart"),
        QStringLiteral("setnotifycmdline"), QStringLiteral("setdisplayname"),
        QStringLiteral("setdescription"), QStringLiteral("setcustomheaders"),
        QStringLiteral("getcustomheaders") };
    return verbs.contains(verb);
}

QJsonObject execute(Engine &engine, const QJsonObject &request)
{
    if (request.value(QStringLiteral("version")).toInt() != ProtocolVersion)
        return answer(ExitCode::Usage, ErrorCode::E_InvalidArg,
            QStringLiteral("unsupported protocol version"));
    const QString verb = request.value(QStringLiteral("verb")).toString();
    if (verb == QLatin1String("create"))
        return createJob(engine, request);
    if (verb == QLatin1String("list"))
        return listJobs(engine, request);
    if (verb == QLatin1String("clear"))
        return clearJobs(engine);
    if (verb == QLatin1String("createtransfer"))
        return createTransfer(engine, request);
    if (verb == QLatin1String("schedule")) { // `haul schedule` saved it: the owner applies it
        engine.setSchedule(Schedule::fromJson(request.value(QStringLiteral("schedule")).toObject()));
        QJsonObject o = answerOf(ExitCode::Ok, 0, QString());
        o[QStringLiteral("schedule")] = QJsonObject {
            { QStringLiteral("now"), Schedule::stateJson(engine.scheduleState()) } };
        return o;
    }
    if (!isEditingVerb(verb))
        return answerOf(ExitCode::Usage, ErrorCode::E_InvalidArg, QStringLiteral("unknown verb"));

    QJsonObject failure;
    const std::optional<Job> job = resolve(engine, textOf(request, "job"), &failure);
    if (!job)
        return failure;
    return executeOnJob(engine, verb, job->id, request);
}

QJsonObject request(const QString &verb, const QJsonObject &arguments)
{
    QJsonObject request = arguments;
    request[QStringLiteral("version")] = ProtocolVersion;
    request[QStringLiteral("verb")] = verb;
    return request;
}

} // namespace CommandProcessor
