#include "app/transfercommand.h"

#include "app/clioutput.h"
#include "app/signalwatcher.h"
#include "app/storelocation.h"
#include "core/engine/enginepreferences.h"
#include "core/engine/intake.h"
#include "core/engine/schedule.h"
#include "core/http/httpheaders.h"
#include "core/l10n/format.h"
#include "core/model/errorcodes.h"
#include "core/model/jobjson.h"
#include "core/protocol/commandprocessor.h"
#include "core/protocol/storeowner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLockFile>
#include <QRegularExpression>
#include <QTimer>
#include <csignal>

namespace {

bool looksLikeUrl(const QString &arg)
{
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*:"));
    return scheme.match(arg).hasMatch()
        && (arg.contains(QStringLiteral("://")) || !QFileInfo::exists(arg));
}

// An integer option within [min, max], or `fallback` when it is not given.
bool intOption(const QCommandLineParser &parser, const QString &option, int min, int max,
    int fallback, int *out)
{
    if (!parser.isSet(option)) {
        *out = fallback;
        return true;
    }
    bool ok = false;
    const int v = parser.value(option).toInt(&ok);
    if (!ok || v < min || v > max)
        return false;
    *out = v;
    return true;
}

QString callFailure(const CallResult &r)
{
    QString text = ErrorCode::description(r.code);
    if (!r.details.isEmpty())
        text += QStringLiteral(" (%1)").arg(r.details);
    return text;
}

} // namespace

TransferCommand::TransferCommand(QObject *parent)
    : QObject(parent)
{ }

TransferCommand::~TransferCommand()
{
    delete m_owner; // stops answering before the engine goes
    m_owner = nullptr;
    delete m_engine;
}

QString TransferCommand::helpText()
{
    return QCoreApplication::translate("Cli",
        "Usage: haul transfer [options] URL [LOCALPATH] [URL [LOCALPATH]]...\n"
        "\n"
        "Creates one job with the given files, starts it and waits. When every file has\n"
        "arrived the job is completed and the files appear under their final names.\n"
        "LOCALPATH may be a file or a folder; without it the file goes into --dest and is\n"
        "named by the server (Content-Disposition) or the URL. Existing files are never\n"
        "overwritten: a new name such as \"name (1).ext\" is chosen.\n"
        "\n"
        "Options:\n"
        "  --name N                 display name of the job\n"
        "  --priority P             foreground, high, normal (default) or low\n"
        "  --dest DIR               folder for files given without LOCALPATH (default: .)\n"
        "  --connections N          connections per file, 1 to 16 (default 4)\n"
        "  --retry-delay S          seconds before a transient error is retried (default 10)\n"
        "  --no-progress-timeout S  seconds without progress before giving up (default 86400)\n"
        "  --sha256 HEX             expected SHA-256 of the files, in order (repeatable)\n"
        "  --header \"K: V\"          extra request header (repeatable)\n"
        "  --limit RATE             speed limit in bytes/s, with k, M or G suffixes\n"
        "  --store PATH             the job store (default: $HAUL_STORE or the user's data folder)\n"
        "  --json                   print the answer (code, exit, job) as JSON at the end\n"
        "  -h, --help               show this help\n"
        "\n"
        "Proxy: the job's own setting (haul setproxysettings; Settings gives new jobs theirs),\n"
        "else http_proxy, https_proxy or all_proxy and no_proxy from the environment of the\n"
        "Haul that runs the job (http://, socks5://, socks5h://), else the desktop's proxy.\n"
        "A proxy password: haul setcredentials JOB proxy basic USER (secret on stdin).\n"
        "\n"
        "Exit status: 0 done, 1 the job ended in Error (it stays in the store), 2 bad usage,\n"
        "4 the job store cannot be opened, 130/143 interrupted (the job is suspended).\n");
}

int TransferCommand::usageError(const QString &message, quint32 code)
{
    CliOutput::err(QCoreApplication::translate("Cli", "haul transfer: %1\n").arg(message));
    printAnswer(ExitCode::Usage, code, message);
    return ExitCode::Usage;
}

void TransferCommand::printAnswer(int exit, quint32 code, const QString &message)
{
    if (!m_json)
        return;
    const std::optional<Job> job
        = !m_id.isNull() && (m_engine || m_remote) ? currentJob() : std::nullopt;
    CliOutput::answer(job ? CommandProcessor::answer(exit, code, *job, message)
                          : CommandProcessor::answer(exit, code, message));
}

int TransferCommand::start(const QStringList &arguments)
{
    TransferRequest options;
    const int status = parseArguments(arguments, &options);
    if (status != -1)
        return status;
    const QString storePath = StoreLocation::resolve(options.store);
    QDir().mkpath(QFileInfo(storePath).absolutePath());
    m_owner = new StoreOwner(this);
    qint64 ownerPid = 0;
    if (!m_owner->claim(storePath, &ownerPid, 5000)) {
        // Another process runs this store's engine: the job runs there.
        delete m_owner;
        m_owner = nullptr;
        return startRemote(options, storePath, ownerPid);
    }
    return startLocal(options, storePath);
}

// Everything is checked before anything is created. -1 when all is well.
int TransferCommand::parseArguments(const QStringList &arguments, TransferRequest *options)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption name(QStringLiteral("name"), QString(), QStringLiteral("N"));
    const QCommandLineOption priority(QStringLiteral("priority"), QString(), QStringLiteral("P"));
    const QCommandLineOption dest(QStringLiteral("dest"), QString(), QStringLiteral("DIR"));
    const QCommandLineOption connections(
        QStringLiteral("connections"), QString(), QStringLiteral("N"));
    const QCommandLineOption retryDelay(
        QStringLiteral("retry-delay"), QString(), QStringLiteral("S"));
    const QCommandLineOption noProgress(
        QStringLiteral("no-progress-timeout"), QString(), QStringLiteral("S"));
    const QCommandLineOption sha256(QStringLiteral("sha256"), QString(), QStringLiteral("HEX"));
    const QCommandLineOption header(QStringLiteral("header"), QString(), QStringLiteral("K: V"));
    const QCommandLineOption limit(QStringLiteral("limit"), QString(), QStringLiteral("RATE"));
    const QCommandLineOption store(QStringLiteral("store"), QString(), QStringLiteral("PATH"));
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption help(QStringList { QStringLiteral("h"), QStringLiteral("help") });
    parser.addOptions({ name, priority, dest, connections, retryDelay, noProgress, sha256, header,
        limit, store, json, help });
    m_json = arguments.contains(QStringLiteral("--json"));
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        CliOutput::out(helpText());
        return ExitCode::Ok;
    }
    int status = parseNumbers(parser, options);
    if (status == -1)
        status = parseHeaders(parser.values(header), options);
    if (status == -1)
        status = parseFiles(parser, options);
    if (status == -1)
        status = parseSums(parser.values(sha256), options);
    if (status != -1)
        return status;

    options->nameGiven = parser.isSet(name);
    options->jobName = parser.value(name);
    if (options->jobName.isEmpty()) {
        const QString path = options->files.first().url.path();
        options->jobName = path.mid(path.lastIndexOf(QLatin1Char('/')) + 1);
        if (options->jobName.isEmpty())
            options->jobName = options->files.first().url.host();
    }
    options->store = parser.value(store);
    return -1;
}

int TransferCommand::parseNumbers(const QCommandLineParser &parser, TransferRequest *options)
{
    if (parser.isSet(QStringLiteral("priority"))
        && !JobTypes::priorityFromName(
            parser.value(QStringLiteral("priority")), &options->priority))
        return usageError(tr("unknown priority \"%1\" (foreground, high, normal or low)")
                              .arg(parser.value(QStringLiteral("priority"))));
    if (!intOption(parser, QStringLiteral("connections"), 1, 16, 4, &options->connections))
        return usageError(tr("--connections takes a number from 1 to 16"));
    if (!intOption(parser, QStringLiteral("retry-delay"), 1, 86400, 10, &options->retry))
        return usageError(tr("--retry-delay takes a number of seconds from 1 to 86400"));
    if (!intOption(parser, QStringLiteral("no-progress-timeout"), 0, 100000000, 86400,
            &options->noProgressTimeout))
        return usageError(tr("--no-progress-timeout takes a number of seconds, 0 or more"));
    if (parser.isSet(QStringLiteral("limit"))
        && !Schedule::parseRate(parser.value(QStringLiteral("limit")), &options->rate))
        return usageError(tr("--limit takes a rate in bytes per second, such as 500k or 2M"));
    return -1;
}

int TransferCommand::parseHeaders(const QStringList &values, TransferRequest *options)
{
    static const QRegularExpression headerForm(
        QStringLiteral("^([!#$%&'*+.^_`|~0-9A-Za-z-]+):[ \\t]*([^\\r\\n]*)$"));
    for (const QString &h : values) {
        const QRegularExpressionMatch m = headerForm.match(h);
        if (!m.hasMatch())
            return usageError(tr("malformed header \"%1\" (expected \"Name: value\")").arg(h));
        options->headers.append({ m.captured(1).toLatin1(), m.captured(2).trimmed().toUtf8() });
        const QByteArray name = options->headers.constLast().first;
        if (HttpHeaders::isSecret(name))
            CliOutput::err(tr("haul transfer: the %1 header is kept in memory only, never in the "
                              "job list; if the transfer is interrupted, run the same command "
                              "again to continue.\n")
                               .arg(QString::fromLatin1(name)));
    }
    return -1;
}

// --dest and the URLs, each with its LOCALPATH if one follows.
int TransferCommand::parseFiles(const QCommandLineParser &parser, TransferRequest *options)
{
    const QString dest = parser.value(QStringLiteral("dest"));
    QString folder = QDir::currentPath();
    if (parser.isSet(QStringLiteral("dest"))) {
        const QFileInfo info(dest);
        if (!info.isDir())
            return usageError(tr("the folder %1 does not exist").arg(dest));
        if (!info.isWritable())
            return usageError(tr("the folder %1 is not writable").arg(dest));
        folder = info.absoluteFilePath();
    }
    QList<TransferRequest::File> &files = options->files;
    for (const QString &arg : parser.positionalArguments()) {
        if (looksLikeUrl(arg)) {
            const QUrl url(arg, QUrl::StrictMode);
            const CallResult check = Intake::checkRemoteUrl(url);
            if (check.code == ErrorCode::E_CredentialsInUrl)
                return usageError(CliOutput::credentialsInUrl(check.details), check.code);
            if (check.code == ErrorCode::E_UnsupportedScheme)
                return usageError(
                    tr("unsupported scheme in \"%1\": only http and https can be downloaded")
                        .arg(CliOutput::shownAddress(arg)),
                    check.code);
            if (!check.ok())
                return usageError(
                    tr("malformed URL \"%1\"").arg(CliOutput::shownAddress(arg)), check.code);
            files.append({ url, folder, QString(), false });
        } else if (!files.isEmpty() && !files.last().pathGiven) {
            const QString path = QFileInfo(arg).absoluteFilePath();
            if (!Intake::checkLocalPath(path).ok())
                return usageError(
                    tr("cannot write to %1: the folder does not exist or is not writable")
                        .arg(arg));
            files.last().localPath = path;
            files.last().pathGiven = true;
        } else {
            return usageError(tr("malformed URL \"%1\"").arg(CliOutput::shownAddress(arg)));
        }
    }
    if (files.isEmpty())
        return usageError(tr("no URL given; see haul transfer --help"));
    return -1;
}

int TransferCommand::parseSums(const QStringList &sums, TransferRequest *options)
{
    QList<TransferRequest::File> &files = options->files;
    if (sums.size() > files.size())
        return usageError(tr("more --sha256 values than files"));
    static const QRegularExpression hex64(QStringLiteral("^[0-9a-fA-F]{64}$"));
    for (int i = 0; i < files.size(); ++i) {
        files[i].sha256 = i < sums.size() ? sums.at(i) : QString();
        if (!files[i].sha256.isEmpty() && !hex64.match(files[i].sha256).hasMatch())
            return usageError(
                tr("--sha256 takes 64 hexadecimal digits, not \"%1\"").arg(files[i].sha256));
    }
    return -1;
}

// The store's owner creates and runs the job; this process follows it.
int TransferCommand::startRemote(
    const TransferRequest &options, const QString &storePath, qint64 ownerPid)
{
    QJsonObject answer;
    if (!StoreOwner::forward(storePath, options.toJson(), &answer)) {
        CliOutput::err(tr("haul: the job store %1 is in use by another Haul process (pid %2).\n")
                           .arg(QDir::toNativeSeparators(storePath))
                           .arg(ownerPid));
        printAnswer(ExitCode::Store, ErrorCode::E_StoreFailed);
        return ExitCode::Store;
    }
    if (answer.value(QStringLiteral("exit")).toInt() != ExitCode::Ok) {
        if (m_json)
            CliOutput::answer(answer);
        const CallResult r(ErrorCode::fromHex(answer.value(QStringLiteral("code")).toString()), -1,
            answer.value(QStringLiteral("message")).toString());
        CliOutput::err(tr("haul transfer: %1\n").arg(callFailure(r)));
        return answer.value(QStringLiteral("exit")).toInt();
    }
    m_id = QUuid::fromString(
        answer.value(QStringLiteral("job")).toObject().value(QStringLiteral("id")).toString());
    m_storePath = storePath;
    m_remote = true;
    startWatching();
    // No signals cross processes: follow the job's state instead.
    auto *poll = new QTimer(this);
    connect(poll, &QTimer::timeout, this, &TransferCommand::pollRemoteJob);
    poll->start(500);
    return -1;
}

void TransferCommand::pollRemoteJob()
{
    const std::optional<Job> job = currentJob();
    if (!job)
        return;
    if (job->state == JobState::Transferred)
        onTransferred(m_id);
    else if (job->state == JobState::Error && job->error)
        onError(m_id, *job->error);
    else if (JobTypes::isFinal(job->state)) {
        printAnswer(ExitCode::JobFailed, ErrorCode::E_InvalidState);
        finish(ExitCode::JobFailed);
    }
}

// This process owns the store: the engine runs here.
int TransferCommand::startLocal(const TransferRequest &options, const QString &storePath)
{
    m_engine = new Engine;
    const Engine::OpenResult opened = m_engine->open(storePath);
    if (!opened.ok()) {
        CliOutput::err(QStringLiteral("haul: %1\n").arg(opened.message));
        printAnswer(ExitCode::Store, ErrorCode::E_StoreFailed, opened.message);
        return ExitCode::Store;
    }
    // The user's Settings (parallel jobs, files at once, the speed limit for everything,
    // the stall timeout) hold here as in the window.
    EnginePreferences::load().applyTo(m_engine);
    // Other haul verbs on this store are forwarded here while the transfer runs.
    QString problem;
    if (!m_owner->listen(m_engine, &problem))
        CliOutput::err(QStringLiteral("haul: %1\n").arg(problem));

    CallResult r = prepareJob(options);
    if (!r.ok()) {
        // Nothing half-made stays behind.
        if (!m_id.isNull() && !m_reused) {
            m_engine->cancel(m_id);
            m_engine->removeJob(m_id);
        }
        const int exit = r.code == ErrorCode::E_StoreFailed ? ExitCode::Store : ExitCode::Usage;
        CliOutput::err(tr("haul transfer: %1\n").arg(callFailure(r)));
        printAnswer(exit, r.code, r.details);
        return exit;
    }

    connect(m_engine, &Engine::jobTransferred, this, &TransferCommand::onTransferred);
    connect(m_engine, &Engine::jobError, this, &TransferCommand::onError);
    startWatching();

    r = m_engine->resume(m_id);
    if (!r.ok()) {
        CliOutput::err(tr("haul transfer: %1\n").arg(callFailure(r)));
        printAnswer(ExitCode::JobFailed, r.code, r.details);
        return ExitCode::JobFailed;
    }
    // A continued job may already be Transferred: have the engine say so again.
    if (m_reused)
        m_engine->replayNotifications();
    return -1;
}

// The job continued or created, with the options' settings.
CallResult TransferCommand::prepareJob(const TransferRequest &options)
{
    // Running the same command again continues the job it left unfinished.
    const std::optional<Job> unfinished = options.findUnfinished(m_engine->jobs());
    CallResult r = unfinished ? continueJob(*unfinished, options) : createJob(options);
    if (r.ok())
        r = m_engine->setMinimumRetryDelay(m_id, options.retry);
    if (r.ok())
        r = m_engine->setNoProgressTimeout(m_id, options.noProgressTimeout);
    if (r.ok() && !options.headers.isEmpty())
        r = m_engine->setHeaders(m_id, options.headers);
    if (r.ok())
        r = m_engine->setConnections(m_id, options.connections);
    if (r.ok() && options.rate > 0)
        r = m_engine->setRateLimit(m_id, options.rate);
    return r;
}

CallResult TransferCommand::continueJob(const Job &unfinished, const TransferRequest &options)
{
    m_id = unfinished.id;
    m_reused = true;
    CallResult r = m_engine->setPriority(m_id, options.priority);
    if (r.ok() && options.nameGiven)
        r = m_engine->setDisplayName(m_id, options.jobName);
    // Bytes of a file the server cannot resume are fetched again: say so.
    qint64 kept = 0;
    bool restarts = false;
    for (const JobFile &f : unfinished.files) {
        if (f.transferred || f.resumable)
            kept += f.bytesTransferred;
        else
            restarts = restarts || f.bytesTransferred > 0;
    }
    CliOutput::err(tr("Continuing job %1 (%2, %3 already here).\n")
                       .arg(m_id.toString(QUuid::WithoutBraces),
                           JobTypes::stateDisplayName(unfinished.state), Format::size(kept)));
    if (restarts)
        CliOutput::err(
            tr("The server cannot resume a partly downloaded file, so that file starts over.\n"));
    return r;
}

CallResult TransferCommand::createJob(const TransferRequest &options)
{
    CallResult r = m_engine->createJob(options.jobName, options.priority, &m_id);
    QList<Engine::FileToAdd> toAdd;
    toAdd.reserve(options.files.size());
    for (const TransferRequest::File &f : options.files)
        toAdd.append({ f.url, f.localPath, f.sha256 });
    if (r.ok())
        r = m_engine->addFiles(m_id, toAdd);
    return r;
}

void TransferCommand::startWatching()
{
    auto *watcher = new SignalWatcher(this);
    connect(watcher, &SignalWatcher::received, this, &TransferCommand::onSignal);
    m_progress.start();
    m_progressTimer = new QTimer(this);
    m_progressTimer->setInterval(m_progress.isTerminal() ? 250 : 1000);
    connect(m_progressTimer, &QTimer::timeout, this, [this] { showProgress(); });
    m_progressTimer->start();
}

QJsonObject TransferCommand::askOwner(const QString &verb) const
{
    QJsonObject answer;
    StoreOwner::forward(m_storePath,
        CommandProcessor::request(
            verb, { { QStringLiteral("job"), m_id.toString(QUuid::WithoutBraces) } }),
        &answer);
    return answer;
}

std::optional<Job> TransferCommand::currentJob() const
{
    if (!m_remote)
        return m_engine->job(m_id);
    const QJsonObject job
        = askOwner(QStringLiteral("info")).value(QStringLiteral("job")).toObject();
    if (job.isEmpty())
        return std::nullopt;
    return JobJson::toJob(job);
}

CallResult TransferCommand::completeJob()
{
    if (!m_remote)
        return m_engine->complete(m_id);
    const QJsonObject answer = askOwner(QStringLiteral("complete"));
    return CallResult(ErrorCode::fromHex(answer.value(QStringLiteral("code")).toString()),
        answer.value(QStringLiteral("fileIndex")).toInt(-1),
        answer.value(QStringLiteral("message")).toString());
}

void TransferCommand::showProgress(bool final)
{
    const std::optional<Job> job = currentJob();
    if (!job)
        return;
    m_progress.show(*job, final);
}

void TransferCommand::onTransferred(const QUuid &id)
{
    if (id != m_id || m_done)
        return;
    showProgress(true);
    const CallResult r = completeJob();
    const std::optional<Job> job = currentJob();
    if (!r.ok()) {
        CliOutput::err(QCoreApplication::translate(
            "Cli", "haul transfer: the files could not be given their final names: %1\n")
                           .arg(callFailure(r)));
        printAnswer(ExitCode::JobFailed, r.code, r.details);
        finish(ExitCode::JobFailed);
        return;
    }
    if (m_json) {
        printAnswer(ExitCode::Ok, ErrorCode::S_Ok);
    } else if (job) {
        for (const JobFile &f : job->files)
            CliOutput::out(QCoreApplication::translate("Cli", "Saved %1 (%2)\n")
                               .arg(f.localPath, Format::size(f.bytesTotal)));
    }
    finish(ExitCode::Ok);
}

void TransferCommand::onError(const QUuid &id, const JobError &error)
{
    if (id != m_id || m_done)
        return;
    const std::optional<Job> job = currentJob();
    if (job && job->progress().bytesTransferred > 0)
        showProgress(true);
    // The answer's code is the job's error: what made this verb fail.
    if (m_json) {
        printAnswer(ExitCode::JobFailed, error.code);
    } else {
        CliOutput::out(CliOutput::errorBlock(error, job ? job->errorCount : 1));
        CliOutput::out(
            QCoreApplication::translate("Cli", "The job %1 stays in the store in state Error.\n")
                .arg(m_id.toString(QUuid::WithoutBraces)));
    }
    finish(ExitCode::JobFailed);
}

void TransferCommand::onSignal(int number)
{
    if (m_done)
        return;
    if (m_remote)
        askOwner(QStringLiteral("suspend"));
    else
        m_engine->suspend(m_id);
    if (m_progress.isTerminal())
        CliOutput::err(QStringLiteral("\n"));
    CliOutput::err(QCoreApplication::translate("Cli",
        "Suspended job %1; the bytes received so far are kept. Run the same command again to continue.\n")
                       .arg(m_id.toString(QUuid::WithoutBraces)));
    const int exit = number == SIGINT ? ExitCode::Interrupted : ExitCode::Terminated;
    printAnswer(exit, ErrorCode::E_Abort);
    finish(exit);
}

void TransferCommand::finish(int exitCode)
{
    if (m_done)
        return;
    m_done = true;
    m_progressTimer->stop();
    if (m_engine)
        m_engine->close();
    emit finished(exitCode);
}
