#include "core/protocol/commandprocessor.h"

#include "core/engine/engine.h"
#include "core/http/proxychoice.h"
#include "core/model/errorcodes.h"
#include "core/model/jobjson.h"
#include "core/protocol/exitcodes.h"

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
        QStringLiteral("remove"), QStringLiteral("clear"), QStringLiteral("trustcert") };
    return verbs.contains(verb);
}

QJsonObject execute(Engine &engine, const QJsonObject &request)
{
    if (request.value(QStringLiteral("version")).toInt() != ProtocolVersion)
        return answer(
            ExitCode::Usage, ErrorCode::E_InvalidArg, QStringLiteral("unsupported protocol version"));
    const QString verb = request.value(QStringLiteral("verb")).toString();
    auto text = [&](const char *key) { return request.value(QLatin1String(key)).toString(); };
    auto number = [&](const char *key) { return request.value(QLatin1String(key)).toInteger(-1); };

    if (verb == QLatin1String("create")) {
        JobPriority priority = JobPriority::Normal;
        if (request.contains(QStringLiteral("priority"))
            && !JobTypes::priorityFromName(text("priority"), &priority))
            return answerOf(ExitCode::Usage, ErrorCode::E_InvalidArg, text("priority"));
        const int connections
            = request.contains(QStringLiteral("connections")) ? int(number("connections")) : 1;
        if (connections < 1 || connections > 16)
            return answerOf(ExitCode::Usage, ErrorCode::E_InvalidArg, text("connections"));
        QUuid id;
        CallResult r = engine.createJob(text("name"), priority, &id);
        if (r.ok() && connections != 1)
            r = engine.setConnections(id, connections);
        return r.ok() ? withJob(fromCall(r), engine, id) : fromCall(r);
    }
    if (verb == QLatin1String("list")) {
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
    if (verb == QLatin1String("clear")) {
        int removed = 0;
        for (const Job &job : engine.jobs()) {
            if (JobTypes::isFinal(job.state) && engine.removeJob(job.id).ok())
                ++removed;
        }
        QJsonObject o = answerOf(ExitCode::Ok);
        o[QStringLiteral("removed")] = removed;
        return o;
    }
    if (verb == QLatin1String("createtransfer")) {
        // haul transfer forwarded to the owner: the whole job at once, then Resume.
        JobPriority priority = JobPriority::Normal;
        JobTypes::priorityFromName(text("priority"), &priority);
        QUuid id;
        CallResult r = engine.createJob(text("name"), priority, &id);
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
            r = engine.setMinimumRetryDelay(id, int(number("retryDelay")));
        if (r.ok())
            r = engine.setNoProgressTimeout(id, int(number("noProgressTimeout")));
        if (r.ok())
            r = engine.setHeaders(id, headers);
        if (r.ok())
            r = engine.setConnections(id, int(number("connections")));
        if (r.ok())
            r = engine.setRateLimit(id, std::max<qint64>(0, number("rateLimit")));
        if (r.ok())
            r = engine.resume(id);
        if (!r.ok() && !id.isNull()) {
            engine.cancel(id);
            engine.removeJob(id);
            return fromCall(r);
        }
        return withJob(fromCall(r), engine, id);
    }
    if (!isEditingVerb(verb))
        return answerOf(ExitCode::Usage, ErrorCode::E_InvalidArg, QStringLiteral("unknown verb"));

    QJsonObject failure;
    const std::optional<Job> job = resolve(engine, text("job"), &failure);
    if (!job)
        return failure;
    const QUuid id = job->id;

    if (verb == QLatin1String("info"))
        return withJob(answerOf(ExitCode::Ok), engine, id);
    if (verb == QLatin1String("geterror")) {
        JobError error;
        const CallResult r = engine.error(id, &error);
        QJsonObject o = withJob(fromCall(r), engine, id);
        if (r.ok())
            o[QStringLiteral("error")] = JobJson::fromError(error);
        return o;
    }
    if (verb == QLatin1String("trustcert")) {
        CertificateInfo trusted;
        const CallResult r = engine.trustCertificate(id, &trusted);
        QJsonObject o = withJob(fromCall(r), engine, id);
        if (r.ok())
            o[QStringLiteral("certificate")] = JobJson::fromCertificate(trusted);
        return o;
    }
    CallResult r;
    if (verb == QLatin1String("addfile")) {
        r = engine.addFile(
            id, QUrl(text("url"), QUrl::StrictMode), text("localPath"), text("sha256"));
    } else if (verb == QLatin1String("resume")) {
        r = engine.resume(id);
    } else if (verb == QLatin1String("suspend")) {
        r = engine.suspend(id);
    } else if (verb == QLatin1String("cancel")) {
        r = engine.cancel(id);
    } else if (verb == QLatin1String("complete")) {
        r = engine.complete(id);
    } else if (verb == QLatin1String("remove")) {
        r = engine.removeJob(id);
        return fromCall(r);
    } else if (verb == QLatin1String("seturl")) {
        r = engine.setRemoteUrl(id, int(number("file")), QUrl(text("url"), QUrl::StrictMode));
    } else if (verb == QLatin1String("replaceprefix")) {
        r = engine.replaceRemotePrefix(id, text("old"), text("new"));
    } else if (verb == QLatin1String("setpriority")) {
        JobPriority priority;
        if (!JobTypes::priorityFromName(text("priority"), &priority))
            return answerOf(ExitCode::Usage, ErrorCode::E_InvalidArg, text("priority"));
        r = engine.setPriority(id, priority);
    } else if (verb == QLatin1String("setminretrydelay")) {
        r = engine.setMinimumRetryDelay(id, int(number("seconds")));
    } else if (verb == QLatin1String("setnoprogresstimeout")) {
        r = engine.setNoProgressTimeout(id, int(number("seconds")));
    } else if (verb == QLatin1String("setnotifyflags")) {
        const qint64 flags = number("flags");
        if (flags < 0 || flags > 0xFFFFFFFF)
            return answerOf(ExitCode::Usage, ErrorCode::E_InvalidArg, text("flags"));
        r = engine.setNotifyFlags(id, quint32(flags));
    } else if (verb == QLatin1String("setproxysettings")) {
        // Checked here too: a request may come from any client of the local socket.
        ProxySettings settings;
        QString problem;
        if (!ProxyChoice::parseSettings(
                text("mode"), text("proxylist"), text("bypasslist"), &settings, &problem))
            return answerOf(ExitCode::Usage, ErrorCode::E_InvalidArg, problem);
        r = engine.setProxy(id, settings);
    } else if (verb == QLatin1String("setcredentials")) {
        CredentialTarget target;
        CredentialScheme scheme;
        if (!parseTarget(text("target"), &target) || !parseScheme(text("scheme"), &scheme))
            return answerOf(ExitCode::Usage, ErrorCode::E_InvalidArg,
                text("target") + QLatin1Char(' ') + text("scheme"));
        r = engine.setCredentials(id, target, scheme, text("user"), text("secret"));
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
    return withJob(fromCall(r), engine, id);
}

} // namespace CommandProcessor
