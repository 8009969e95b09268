#include "app/verbcommand.h"

#include "app/clioutput.h"
#include "app/jobpropertyverbs.h"
#include "app/storelocation.h"
#include "app/verbspec.h"
#include "core/engine/engine.h"
#include "core/engine/enginepreferences.h"
#include "core/engine/intake.h"
#include "core/http/proxychoice.h"
#include "core/l10n/format.h"
#include "core/model/errorcodes.h"
#include "core/model/jobjson.h"
#include "core/protocol/commandprocessor.h"
#include "core/protocol/exitcodes.h"
#include "core/protocol/storeowner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QTextStream>
#include <QThread>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace {

QString readSecret()
{
    const bool terminal = ::isatty(STDIN_FILENO);
    termios saved {};
    if (terminal) {
        CliOutput::err(QCoreApplication::translate("Cli", "Secret: "));
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    QTextStream in(stdin);
    const QString secret = in.readLine();
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        CliOutput::err(QStringLiteral("\n"));
    }
    return secret;
}

QString jobLine(const QJsonObject &job)
{
    return QStringLiteral("%1  %2").arg(
        job.value(QStringLiteral("id")).toString(), job.value(QStringLiteral("name")).toString());
}

QString stateText(const QJsonObject &job)
{
    const QString name = job.value(QStringLiteral("state")).toString();
    JobState state = JobState::Queued;
    return JobTypes::stateFromName(name, &state) ? JobTypes::stateDisplayName(state) : name;
}

QString progressText(const QJsonObject &job)
{
    const qint64 total = job.value(QStringLiteral("bytesTotal")).toInteger();
    const qint64 done = job.value(QStringLiteral("bytesTransferred")).toInteger();
    if (total > 0)
        return QCoreApplication::translate("Cli", "%1 of %2")
            .arg(Format::size(done), Format::size(total));
    return Format::size(done);
}

// How the job reaches the network, as info shows it.
QString proxyText(const QJsonObject &job)
{
    const QJsonObject proxy = job.value(QStringLiteral("proxy")).toObject();
    const QString mode = proxy.value(QStringLiteral("mode")).toString();
    if (mode == QLatin1String("no_proxy"))
        return QCoreApplication::translate("Cli", "no_proxy (direct connections)");
    if (mode != QLatin1String("override"))
        return QCoreApplication::translate(
            "Cli", "preconfig (the environment's proxy, else the desktop's)");
    QStringList proxies;
    for (const QJsonValue &v : proxy.value(QStringLiteral("proxies")).toArray())
        proxies.append(v.toString());
    QStringList bypass;
    for (const QJsonValue &v : proxy.value(QStringLiteral("bypass")).toArray())
        bypass.append(v.toString());
    QString text = QStringLiteral("override %1").arg(proxies.join(QLatin1Char(' ')));
    if (!bypass.isEmpty())
        text += QCoreApplication::translate("Cli", ", except for %1")
                    .arg(bypass.join(QLatin1Char(' ')));
    return text;
}

QString timeText(const QJsonValue &value)
{
    const QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat)
                       : QStringLiteral("–");
}

} // namespace

QStringList VerbCommand::verbs()
{
    QStringList list;
    for (const VerbSpec &s : VerbSpec::all())
        list.append(QString::fromLatin1(s.verb));
    return list;
}

int VerbCommand::usageError(const QString &verb, const QString &message, quint32 code)
{
    CliOutput::err(QStringLiteral("haul %1: %2\n").arg(verb, message));
    if (m_json)
        CliOutput::answer(CommandProcessor::answer(ExitCode::Usage, code, message));
    return ExitCode::Usage;
}

namespace {

// The options every verb takes, and those only one verb takes.
struct VerbOptions
{
    QCommandLineParser parser;
    const QCommandLineOption store { QStringLiteral("store"), QString(), QStringLiteral("PATH") };
    const QCommandLineOption json { QStringLiteral("json") };
    const QCommandLineOption help { QStringList { QStringLiteral("h"), QStringLiteral("help") } };
    const QCommandLineOption name { QStringLiteral("name"), QString(), QStringLiteral("N") };
    const QCommandLineOption priority { QStringLiteral("priority"), QString(),
        QStringLiteral("P") };
    const QCommandLineOption active { QStringLiteral("active") };
    const QCommandLineOption sha256 { QStringLiteral("sha256"), QString(), QStringLiteral("HEX") };
    const QCommandLineOption connections { QStringLiteral("connections"), QString(),
        QStringLiteral("N") };

    // Empty when `arguments` are fine for `verb`, else what is wrong.
    QString parse(const QString &verb, const QStringList &arguments)
    {
        parser.addOptions({ store, json, help, name, priority, active, sha256, connections });
        if (!parser.parse(QStringList { QStringLiteral("haul") } + arguments))
            return parser.errorText();
        // Options of other verbs are as unknown here as any other.
        const QList<QPair<const QCommandLineOption *, const char *>> ownOptions {
            { &name, "create" }, { &priority, "create" }, { &connections, "create" },
            { &active, "list" }, { &sha256, "addfile" }
        };
        for (const auto &[option, owner] : ownOptions) {
            if (parser.isSet(*option) && verb != QLatin1String(owner))
                return QCoreApplication::translate("Cli", "unknown option \"%1\"")
                    .arg(option->names().first());
        }
        return {};
    }

    // The verb's options into `request`; empty, or what is wrong.
    QString addTo(QJsonObject *request) const
    {
        if (parser.isSet(name))
            (*request)[QStringLiteral("name")] = parser.value(name);
        if (parser.isSet(priority))
            (*request)[QStringLiteral("priority")] = parser.value(priority);
        if (parser.isSet(active))
            (*request)[QStringLiteral("active")] = true;
        if (parser.isSet(sha256))
            (*request)[QStringLiteral("sha256")] = parser.value(sha256);
        if (parser.isSet(connections)) {
            bool ok = false;
            const int n = parser.value(connections).toInt(&ok);
            if (!ok || n < 1 || n > 16)
                return QCoreApplication::translate(
                    "Cli", "--connections takes a number from 1 to 16");
            (*request)[QStringLiteral("connections")] = n;
        }
        return {};
    }
};

} // namespace

int VerbCommand::run(const QString &verb, const QStringList &arguments)
{
    const VerbSpec spec = VerbSpec::find(verb);
    VerbOptions options;
    m_json = arguments.contains(QStringLiteral("--json"));
    QString problem = options.parse(verb, arguments);
    if (!problem.isEmpty())
        return usageError(verb, problem);
    if (options.parser.isSet(options.help)) {
        CliOutput::out(
            QCoreApplication::translate("Cli", "Usage: haul %1 [--store PATH] [--json] %2\n\n%3\n")
                .arg(verb, spec.usage(), QCoreApplication::translate("Cli", spec.summary)));
        return ExitCode::Ok;
    }
    const QStringList values = options.parser.positionalArguments();
    if (!spec.acceptsCount(values.size()))
        return usageError(
            verb, QCoreApplication::translate("Cli", "expected: %1").arg(spec.usage()));

    QJsonObject request = CommandProcessor::request(verb);
    for (int i = 0; i < values.size(); ++i) {
        if (spec.isVariadic(i)) { // the last one takes the rest, as a list
            request[spec.key(i)] = QJsonArray::fromStringList(values.mid(i));
            break;
        }
        request[spec.key(i)] = values.at(i);
    }
    problem = options.addTo(&request);
    quint32 code = ErrorCode::E_InvalidArg;
    if (problem.isEmpty())
        problem = checkNumbers(&request);
    if (problem.isEmpty())
        problem = checkRequest(verb, &request, &code);
    if (problem.isEmpty())
        problem = JobPropertyVerbs::checkRequest(verb, &request);
    if (!problem.isEmpty())
        return usageError(verb, problem, code);

    int storeExit = 0;
    const QJsonObject answer = carryOut(
        StoreLocation::resolve(options.parser.value(options.store)), request, &storeExit);
    if (storeExit != 0) {
        if (m_json)
            CliOutput::answer(CommandProcessor::answer(storeExit, ErrorCode::E_StoreFailed));
        return storeExit;
    }
    return print(verb, answer);
}

// Numbers are checked here, where the user's words still are.
QString VerbCommand::checkNumbers(QJsonObject *request)
{
    auto toNumber = [&](const char *key, qint64 min, qint64 max) {
        const QString t = request->value(QLatin1String(key)).toString();
        bool ok = false;
        const qint64 v
            = t.startsWith(QLatin1String("0x")) ? t.mid(2).toLongLong(&ok, 16) : t.toLongLong(&ok);
        if (!ok || v < min || v > max)
            return false;
        (*request)[QLatin1String(key)] = v;
        return true;
    };
    const struct
    {
        const char *key;
        qint64 max;
        const char *problem;
    } numbers[] = {
        { "seconds", 100000000, QT_TRANSLATE_NOOP("Cli", "\"%1\" is not a number of seconds") },
        { "file", 1000000, QT_TRANSLATE_NOOP("Cli", "\"%1\" is not a file number") },
        { "flags", 0xFFFFFFFFLL, QT_TRANSLATE_NOOP("Cli", "\"%1\" is not a set of flags") },
    };
    for (const auto &n : numbers) {
        if (request->contains(QLatin1String(n.key)) && !toNumber(n.key, 0, n.max))
            return QCoreApplication::translate("Cli", n.problem)
                .arg(request->value(QLatin1String(n.key)).toString());
    }
    return {};
}

// Addresses, paths, proxy lists and secrets, checked and completed before anything changes.
QString VerbCommand::checkRequest(const QString &verb, QJsonObject *request, quint32 *code)
{
    if (verb == QLatin1String("addfile") || verb == QLatin1String("seturl")) {
        const QString typed = request->value(QStringLiteral("url")).toString();
        const CallResult check = Intake::checkRemoteUrl(QUrl(typed, QUrl::StrictMode));
        *code = check.code;
        if (check.code == ErrorCode::E_CredentialsInUrl)
            return CliOutput::credentialsInUrl(check.details);
        if (!check.ok())
            return QCoreApplication::translate("Cli", "malformed or unsupported URL \"%1\"")
                .arg(CliOutput::shownAddress(typed));
        *code = ErrorCode::E_InvalidArg;
    }
    if (verb == QLatin1String("addfile")) {
        const QString local = request->contains(QStringLiteral("localPath"))
            ? request->value(QStringLiteral("localPath")).toString()
            : QDir::currentPath();
        (*request)[QStringLiteral("localPath")] = QFileInfo(local).absoluteFilePath();
    }
    if (verb == QLatin1String("setproxysettings")) {
        ProxySettings settings;
        QString problem;
        if (!ProxyChoice::parseSettings(request->value(QStringLiteral("mode")).toString(),
                request->value(QStringLiteral("proxylist")).toString(),
                request->value(QStringLiteral("bypasslist")).toString(), &settings, &problem))
            return problem;
    }
    if (verb == QLatin1String("setcredentials")) {
        for (const char *key : { "target", "scheme" })
            (*request)[QLatin1String(key)]
                = request->value(QLatin1String(key)).toString().toLower();
        (*request)[QStringLiteral("secret")] = readSecret();
    }
    return {};
}

QJsonObject VerbCommand::carryOut(
    const QString &storePath, const QJsonObject &request, int *storeExit)
{
    if (!QFileInfo(QFileInfo(storePath).absolutePath()).isDir())
        QDir().mkpath(QFileInfo(storePath).absolutePath());
    qint64 ownerPid = 0;
    // The owner may be starting up or shutting down: try for a few seconds.
    for (int attempt = 0; attempt < 20; ++attempt) {
        StoreOwner direct;
        if (direct.claim(storePath, &ownerPid)) {
            // No process owns the store: work on it directly; jobs move the next time an
            // engine runs.
            const QString verb = request.value(QStringLiteral("verb")).toString();
            if (verb == QLatin1String("setcredentials") || verb == QLatin1String("renewlink")) {
                // Credentials, and a file waiting for a link, live only in the memory of
                // the process that runs the jobs.
                QJsonObject refused
                    = CommandProcessor::answer(ExitCode::Usage, ErrorCode::E_InvalidState);
                refused[QStringLiteral("reason")] = QStringLiteral("noOwner");
                return refused;
            }
            if (const QJsonObject refused = JobPropertyVerbs::refusalWithoutOwner(request);
                !refused.isEmpty())
                return refused;
            Engine engine;
            const Engine::OpenResult opened = engine.open(storePath, Engine::OpenMode::EditOnly);
            if (!opened.ok()) {
                CliOutput::err(QStringLiteral("haul: %1\n").arg(opened.message));
                *storeExit = 4;
                return {};
            }
            // A job created here starts with the proxy of Settings, as in the window.
            engine.setDefaultProxy(EnginePreferences::load().defaultProxy);
            return CommandProcessor::execute(engine, request);
        }
        QJsonObject answer;
        if (StoreOwner::forward(storePath, request, &answer))
            return answer;
        QThread::msleep(150);
    }
    CliOutput::err(QCoreApplication::translate(
        "Cli", "haul: the job store %1 is in use by another Haul process (pid %2).\n")
                       .arg(QDir::toNativeSeparators(storePath))
                       .arg(ownerPid));
    *storeExit = 4;
    return {};
}

int VerbCommand::print(const QString &verb, const QJsonObject &answer)
{
    const int exit = answer.value(QStringLiteral("exit")).toInt(ExitCode::Usage);
    const QJsonObject job = answer.value(QStringLiteral("job")).toObject();
    if (m_json) {
        CliOutput::answer(answer);
        return exit;
    }
    if (printFailure(verb, answer, exit))
        return exit;
    const quint32 code = ErrorCode::fromHex(answer.value(QStringLiteral("code")).toString());
    printCredentialsNote(verb, answer);
    if (verb == QLatin1String("create"))
        CliOutput::out(job.value(QStringLiteral("id")).toString() + QLatin1Char('\n'));
    else if (verb == QLatin1String("list"))
        printList(answer);
    else if (verb == QLatin1String("geterror"))
        printJobError(answer, exit, code);
    else if (verb == QLatin1String("info"))
        printInfo(job);
    else
        printOutcome(verb, answer, code);
    return exit;
}

// The answers that say the verb failed, or found no one job; false for the others.
bool VerbCommand::printFailure(const QString &verb, const QJsonObject &answer, int exit)
{
    const QString reason = answer.value(QStringLiteral("reason")).toString();
    const QString jobText = answer.value(QStringLiteral("jobText")).toString();
    if (reason == QLatin1String("unknown")) {
        CliOutput::err(
            QCoreApplication::translate("Cli", "haul %1: no job \"%2\"\n").arg(verb, jobText));
        return true;
    }
    if (reason == QLatin1String("ambiguous")) {
        QStringList matches;
        for (const QJsonValue &m : answer.value(QStringLiteral("matches")).toArray())
            matches.append(jobLine(m.toObject()));
        CliOutput::err(
            QCoreApplication::translate("Cli", "haul %1: \"%2\" matches several jobs: %3\n")
                .arg(verb, jobText, matches.join(QStringLiteral("; "))));
        return true;
    }
    if (JobPropertyVerbs::printFailure(verb, answer))
        return true;
    if (reason == QLatin1String("noOwner") && verb == QLatin1String("renewlink")) {
        CliOutput::err(QCoreApplication::translate("Cli",
            "haul renewlink: only a running Haul can wait for the browser; start \"haul serve\" (or the window) first\n"));
        return true;
    }
    if (reason == QLatin1String("noOwner")) {
        CliOutput::err(QCoreApplication::translate("Cli",
            "haul %1: credentials are kept only in the memory of the process that runs the jobs; start \"haul serve\" (or the window) first\n")
                           .arg(verb));
        return true;
    }
    const quint32 code = ErrorCode::fromHex(answer.value(QStringLiteral("code")).toString());
    if (exit != ExitCode::Ok && verb != QLatin1String("geterror")) {
        QString text = ErrorCode::description(code);
        if (!answer.value(QStringLiteral("message")).toString().isEmpty())
            text += QStringLiteral(" (%1)").arg(answer.value(QStringLiteral("message")).toString());
        CliOutput::err(QStringLiteral("haul %1: %2 [%3 %4]\n")
                           .arg(verb, text, ErrorCode::name(code), ErrorCode::hex(code)));
        return true;
    }
    return false;
}

void VerbCommand::printCredentialsNote(const QString &verb, const QJsonObject &answer)
{
    if (answer.value(QStringLiteral("storedIn")).toString() == QLatin1String("memory"))
        CliOutput::err(QCoreApplication::translate("Cli",
            "haul %1: no keychain is available (%2), so the credentials are kept only in the "
            "memory of the Haul that runs the jobs and are lost when it stops.\n")
                           .arg(verb, answer.value(QStringLiteral("memoryOnlyReason")).toString()));
    else if (answer.value(QStringLiteral("storedIn")).toString() == QLatin1String("keychain"))
        CliOutput::out(QCoreApplication::translate(
            "Cli", "The credentials go to the system keychain, not to the job store.\n"));
}

void VerbCommand::printList(const QJsonObject &answer)
{
    const QJsonArray jobs = answer.value(QStringLiteral("jobs")).toArray();
    QStringList lines;
    lines.append(QCoreApplication::translate("Cli",
        "ID        NAME                  STATE            PROGRESS                FILES  ERROR"));
    for (const QJsonValue &v : jobs) {
        const QJsonObject j = v.toObject();
        const QJsonObject e = j.value(QStringLiteral("error")).toObject();
        lines.append(
            QStringLiteral("%1  %2  %3  %4  %5  %6")
                .arg(j.value(QStringLiteral("id")).toString().left(8))
                .arg(j.value(QStringLiteral("name")).toString().left(20), -20)
                .arg(stateText(j), -15)
                .arg(progressText(j), -22)
                .arg(QStringLiteral("%1/%2")
                         .arg(j.value(QStringLiteral("filesTransferred")).toInt())
                         .arg(j.value(QStringLiteral("filesTotal")).toInt()),
                    -5)
                .arg(e.isEmpty() ? QString() : e.value(QStringLiteral("codeName")).toString()));
    }
    if (jobs.isEmpty())
        lines.append(QCoreApplication::translate("Cli", "(no jobs)"));
    CliOutput::out(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
}

void VerbCommand::printJobError(const QJsonObject &answer, int exit, quint32 code)
{
    const QJsonObject job = answer.value(QStringLiteral("job")).toObject();
    if (exit != 0) {
        CliOutput::err(
            QCoreApplication::translate("Cli", "haul geterror: %1 [%2 %3]\n")
                .arg(ErrorCode::description(code), ErrorCode::name(code), ErrorCode::hex(code)));
        return;
    }
    const QJsonObject e = answer.value(QStringLiteral("error")).toObject();
    const JobError error = JobJson::toError(e);
    CliOutput::out(CliOutput::errorBlock(error, job.value(QStringLiteral("errorCount")).toInt()));
    CliOutput::out(QCoreApplication::translate("Cli", "  Time:         %1\n")
                       .arg(timeText(e.value(QStringLiteral("time")))));
}

void VerbCommand::printInfo(const QJsonObject &job)
{
    const QString id = job.value(QStringLiteral("id")).toString();
    QString t;
    t += QCoreApplication::translate("Cli", "Job:          %1\n").arg(id);
    t += QCoreApplication::translate("Cli", "Name:         %1\n")
             .arg(job.value(QStringLiteral("name")).toString());
    t += QCoreApplication::translate("Cli", "State:        %1\n").arg(stateText(job));
    JobPriority p = JobPriority::Normal;
    JobTypes::priorityFromName(job.value(QStringLiteral("priority")).toString(), &p);
    t += QCoreApplication::translate("Cli", "Priority:     %1\n")
             .arg(JobTypes::priorityDisplayName(p));
    t += QCoreApplication::translate("Cli", "Progress:     %1, files %2 of %3\n")
             .arg(progressText(job))
             .arg(job.value(QStringLiteral("filesTransferred")).toInt())
             .arg(job.value(QStringLiteral("filesTotal")).toInt());
    t += QCoreApplication::translate("Cli", "Created:      %1\n")
             .arg(timeText(job.value(QStringLiteral("creationTime"))));
    t += QCoreApplication::translate("Cli", "Modified:     %1\n")
             .arg(timeText(job.value(QStringLiteral("modificationTime"))));
    t += QCoreApplication::translate("Cli", "Errors:       %1\n")
             .arg(job.value(QStringLiteral("errorCount")).toInt());
    t += QCoreApplication::translate("Cli", "Proxy:        %1\n").arg(proxyText(job));
    t += JobPropertyVerbs::infoLines(job);
    const QJsonObject e = job.value(QStringLiteral("error")).toObject();
    if (!e.isEmpty())
        t += QCoreApplication::translate("Cli", "Last error:   %1 (%2)\n")
                 .arg(e.value(QStringLiteral("description")).toString(),
                     e.value(QStringLiteral("code")).toString());
    int index = 0;
    for (const QJsonValue &v : job.value(QStringLiteral("files")).toArray()) {
        const QJsonObject f = v.toObject();
        const qint64 total = f.value(QStringLiteral("bytesTotal")).toInteger();
        t += QCoreApplication::translate("Cli", "File %1:       %2\n              -> %3 (%4)\n")
                 .arg(index++)
                 .arg(f.value(QStringLiteral("remoteUrl")).toString(),
                     f.value(QStringLiteral("localPath")).toString().isEmpty()
                         ? QCoreApplication::translate("Cli", "(name not known yet)")
                         : f.value(QStringLiteral("localPath")).toString(),
                     total >= 0
                         ? QCoreApplication::translate("Cli", "%1 of %2")
                               .arg(Format::size(
                                        f.value(QStringLiteral("bytesTransferred")).toInteger()),
                                   Format::size(total))
                         : Format::size(f.value(QStringLiteral("bytesTransferred")).toInteger()));
    }
    CliOutput::out(t);
}

// What the other verbs did.
void VerbCommand::printOutcome(const QString &verb, const QJsonObject &answer, quint32 code)
{
    const QJsonObject job = answer.value(QStringLiteral("job")).toObject();
    const QString id = job.value(QStringLiteral("id")).toString();
    if (JobPropertyVerbs::printOutcome(verb, answer))
        return;
    if (verb == QLatin1String("trustcert")) {
        const CertificateInfo c
            = JobJson::toCertificate(answer.value(QStringLiteral("certificate")).toObject());
        CliOutput::out(QCoreApplication::translate("Cli",
            "Trusted the certificate of %1 for %2 (SHA-256 %3).\n"
            "Only this certificate is trusted, only for this host. Resume the job to go on:\n"
            "  haul resume %4\n")
                           .arg(c.subject, c.host, c.fingerprint(), id));
    } else if (verb == QLatin1String("addfile")) {
        CliOutput::out(QCoreApplication::translate("Cli", "Added file %1 to job %2.\n")
                           .arg(answer.value(QStringLiteral("fileIndex")).toInt())
                           .arg(id));
    } else if (verb == QLatin1String("setproxysettings")) {
        CliOutput::out(
            QCoreApplication::translate("Cli", "Job %1: proxy %2\n").arg(id, proxyText(job)));
    } else if (verb == QLatin1String("renewlink")) {
        CliOutput::out(QCoreApplication::translate("Cli",
            "File %1 of job %2 waits for a new link: start its download again in the browser\n"
            "(the page that offers it); Haul takes it over and continues from %3.\n")
                           .arg(answer.value(QStringLiteral("fileIndex")).toInt())
                           .arg(id,
                               Format::size(answer.value(QStringLiteral("awaiting"))
                                                .toObject()
                                                .value(QStringLiteral("bytesOnDisk"))
                                                .toInteger())));
    } else if (verb == QLatin1String("remove")) {
        CliOutput::out(QCoreApplication::translate(
            "Cli", "Removed the job from the history; its files were not touched.\n"));
    } else if (verb == QLatin1String("clear")) {
        const int removed = answer.value(QStringLiteral("removed")).toInt();
        CliOutput::out(QCoreApplication::translate("Cli",
            "Removed %n finished job(s) from the history; files were not touched.\n", nullptr,
            removed));
    } else {
        if (code == ErrorCode::S_PartialComplete)
            CliOutput::out(QCoreApplication::translate(
                "Cli", "Only the files that were fully transferred were kept.\n"));
        CliOutput::out(QCoreApplication::translate("Cli", "Job %1: %2\n").arg(id, stateText(job)));
    }
}
