#include "app/transfercommand.h"

#include "app/clioutput.h"
#include "app/signalwatcher.h"
#include "app/storelocation.h"
#include "core/engine/enginepreferences.h"
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
#include <sys/ioctl.h>
#include <unistd.h>

namespace {

bool looksLikeUrl(const QString &arg)
{
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*:"));
    return scheme.match(arg).hasMatch()
        && (arg.contains(QStringLiteral("://")) || !QFileInfo::exists(arg));
}

bool parseRate(const QString &text, qint64 *bytes)
{
    static const QRegularExpression rate(QStringLiteral("^([0-9]+(?:\\.[0-9]+)?)([kKmMgG]?)$"));
    const QRegularExpressionMatch m = rate.match(text.trimmed());
    if (!m.hasMatch())
        return false;
    double value = m.captured(1).toDouble();
    const QString unit = m.captured(2).toLower();
    if (unit == QLatin1String("k"))
        value *= 1024;
    else if (unit == QLatin1String("m"))
        value *= 1024 * 1024;
    else if (unit == QLatin1String("g"))
        value *= 1024.0 * 1024 * 1024;
    if (value < 1 || value > 1e15)
        return false;
    *bytes = qint64(value);
    return true;
}

int terminalWidth()
{
    winsize ws {};
    if (::ioctl(STDERR_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
        return ws.ws_col;
    return 80;
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

    // Everything is checked before anything is created.
    JobPriority jobPriority = JobPriority::Normal;
    if (parser.isSet(priority) && !JobTypes::priorityFromName(parser.value(priority), &jobPriority))
        return usageError(tr("unknown priority \"%1\" (foreground, high, normal or low)")
                              .arg(parser.value(priority)));

    auto intOption = [&](const QCommandLineOption &o, int min, int max, int fallback, int *out) {
        if (!parser.isSet(o)) {
            *out = fallback;
            return true;
        }
        bool ok = false;
        const int v = parser.value(o).toInt(&ok);
        if (!ok || v < min || v > max)
            return false;
        *out = v;
        return true;
    };
    int connectionCount = 1, retry = 10, noProgressTimeout = 86400;
    if (!intOption(connections, 1, 16, 4, &connectionCount))
        return usageError(tr("--connections takes a number from 1 to 16"));
    if (!intOption(retryDelay, 1, 86400, 10, &retry))
        return usageError(tr("--retry-delay takes a number of seconds from 1 to 86400"));
    if (!intOption(noProgress, 0, 100000000, 86400, &noProgressTimeout))
        return usageError(tr("--no-progress-timeout takes a number of seconds, 0 or more"));
    qint64 rate = 0;
    if (parser.isSet(limit) && !parseRate(parser.value(limit), &rate))
        return usageError(tr("--limit takes a rate in bytes per second, such as 500k or 2M"));

    QList<QPair<QByteArray, QByteArray>> headers;
    static const QRegularExpression headerForm(
        QStringLiteral("^([!#$%&'*+.^_`|~0-9A-Za-z-]+):[ \\t]*([^\\r\\n]*)$"));
    for (const QString &h : parser.values(header)) {
        const QRegularExpressionMatch m = headerForm.match(h);
        if (!m.hasMatch())
            return usageError(tr("malformed header \"%1\" (expected \"Name: value\")").arg(h));
        headers.append({ m.captured(1).toLatin1(), m.captured(2).trimmed().toUtf8() });
        const QByteArray name = headers.constLast().first;
        if (HttpHeaders::isSecret(name))
            CliOutput::err(tr("haul transfer: the %1 header is kept in memory only, never in the "
                              "job list; if the transfer is interrupted, run the same command "
                              "again to continue.\n")
                               .arg(QString::fromLatin1(name)));
    }

    QString folder = QDir::currentPath();
    if (parser.isSet(dest)) {
        const QFileInfo info(parser.value(dest));
        if (!info.isDir())
            return usageError(tr("the folder %1 does not exist").arg(parser.value(dest)));
        if (!info.isWritable())
            return usageError(tr("the folder %1 is not writable").arg(parser.value(dest)));
        folder = info.absoluteFilePath();
    }

    QList<FileRequest> files;
    for (const QString &arg : parser.positionalArguments()) {
        if (looksLikeUrl(arg)) {
            const QUrl url(arg, QUrl::StrictMode);
            const CallResult check = Engine::checkRemoteUrl(url);
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
            if (!Engine::checkLocalPath(path).ok())
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
    const QStringList sums = parser.values(sha256);
    if (sums.size() > files.size())
        return usageError(tr("more --sha256 values than files"));
    static const QRegularExpression hex64(QStringLiteral("^[0-9a-fA-F]{64}$"));
    for (int i = 0; i < files.size(); ++i) {
        files[i].sha256 = i < sums.size() ? sums.at(i) : QString();
        if (!files[i].sha256.isEmpty() && !hex64.match(files[i].sha256).hasMatch())
            return usageError(
                tr("--sha256 takes 64 hexadecimal digits, not \"%1\"").arg(files[i].sha256));
    }

    QString jobName = parser.value(name);
    if (jobName.isEmpty()) {
        const QString path = files.first().url.path();
        jobName = path.mid(path.lastIndexOf(QLatin1Char('/')) + 1);
        if (jobName.isEmpty())
            jobName = files.first().url.host();
    }
    const QString storePath = StoreLocation::resolve(parser.value(store));
    QDir().mkpath(QFileInfo(storePath).absolutePath());
    m_owner = new StoreOwner(this);
    qint64 ownerPid = 0;
    if (!m_owner->claim(storePath, &ownerPid, 5000)) {
        // Another process runs this store's engine: the job runs there.
        delete m_owner;
        m_owner = nullptr;
        QJsonArray list;
        for (const FileRequest &f : files)
            list.append(QJsonObject { { QStringLiteral("url"), f.url.toString(QUrl::FullyEncoded) },
                { QStringLiteral("localPath"), f.localPath },
                { QStringLiteral("sha256"), f.sha256 } });
        QJsonArray headerList;
        for (const auto &[k, v] : headers)
            headerList.append(QJsonArray { QString::fromLatin1(k), QString::fromUtf8(v) });
        const QJsonObject request { { QStringLiteral("version"),
                                        CommandProcessor::ProtocolVersion },
            { QStringLiteral("verb"), QStringLiteral("createtransfer") },
            { QStringLiteral("name"), jobName },
            { QStringLiteral("priority"), JobTypes::priorityName(jobPriority) },
            { QStringLiteral("files"), list }, { QStringLiteral("retryDelay"), retry },
            { QStringLiteral("noProgressTimeout"), noProgressTimeout },
            { QStringLiteral("headers"), headerList },
            { QStringLiteral("connections"), connectionCount },
            { QStringLiteral("rateLimit"), rate } };
        QJsonObject answer;
        if (!StoreOwner::forward(storePath, request, &answer)) {
            CliOutput::err(
                tr("haul: the job store %1 is in use by another Haul process (pid %2).\n")
                    .arg(QDir::toNativeSeparators(storePath))
                    .arg(ownerPid));
            printAnswer(ExitCode::Store, ErrorCode::E_StoreFailed);
            return ExitCode::Store;
        }
        if (answer.value(QStringLiteral("exit")).toInt() != ExitCode::Ok) {
            if (m_json)
                CliOutput::answer(answer);
            const CallResult r(
                ErrorCode::fromHex(answer.value(QStringLiteral("code")).toString()), -1,
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
        connect(poll, &QTimer::timeout, this, [this] {
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
        });
        poll->start(500);
        return -1;
    }

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

    // Running the same command again continues the job it left unfinished.
    const std::optional<Job> unfinished = findUnfinishedJob(files);
    CallResult r;
    if (unfinished) {
        m_id = unfinished->id;
        m_reused = true;
        r = m_engine->setPriority(m_id, jobPriority);
        if (r.ok() && parser.isSet(name))
            r = m_engine->setDisplayName(m_id, jobName);
        // Bytes of a file the server cannot resume are fetched again: say so.
        qint64 kept = 0;
        bool restarts = false;
        for (const JobFile &f : unfinished->files) {
            if (f.transferred || f.resumable)
                kept += f.bytesTransferred;
            else
                restarts = restarts || f.bytesTransferred > 0;
        }
        CliOutput::err(
            tr("Continuing job %1 (%2, %3 already here).\n")
                .arg(m_id.toString(QUuid::WithoutBraces),
                    JobTypes::stateDisplayName(unfinished->state), Format::size(kept)));
        if (restarts)
            CliOutput::err(tr(
                "The server cannot resume a partly downloaded file, so that file starts over.\n"));
    } else {
        r = m_engine->createJob(jobName, jobPriority, &m_id);
        QList<Engine::FileToAdd> toAdd;
        toAdd.reserve(files.size());
        for (const FileRequest &f : std::as_const(files))
            toAdd.append({ f.url, f.localPath, f.sha256 });
        if (r.ok())
            r = m_engine->addFiles(m_id, toAdd);
    }
    if (r.ok())
        r = m_engine->setMinimumRetryDelay(m_id, retry);
    if (r.ok())
        r = m_engine->setNoProgressTimeout(m_id, noProgressTimeout);
    if (r.ok() && !headers.isEmpty())
        r = m_engine->setHeaders(m_id, headers);
    if (r.ok())
        r = m_engine->setConnections(m_id, connectionCount);
    if (r.ok() && rate > 0)
        r = m_engine->setRateLimit(m_id, rate);
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

void TransferCommand::startWatching()
{
    auto *watcher = new SignalWatcher(this);
    connect(watcher, &SignalWatcher::received, this, &TransferCommand::onSignal);
    m_terminal = ::isatty(STDERR_FILENO);
    m_clock.start();
    m_progressTimer = new QTimer(this);
    m_progressTimer->setInterval(m_terminal ? 250 : 1000);
    connect(m_progressTimer, &QTimer::timeout, this, [this] { showProgress(); });
    m_progressTimer->start();
}

QJsonObject TransferCommand::askOwner(const QString &verb) const
{
    QJsonObject answer;
    StoreOwner::forward(m_storePath,
        QJsonObject { { QStringLiteral("version"), CommandProcessor::ProtocolVersion },
            { QStringLiteral("verb"), verb },
            { QStringLiteral("job"), m_id.toString(QUuid::WithoutBraces) } },
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

std::optional<Job> TransferCommand::findUnfinishedJob(const QList<FileRequest> &files) const
{
    const QList<Job> jobs = m_engine->jobs();
    for (auto it = jobs.crbegin(); it != jobs.crend(); ++it) {
        const Job &job = *it;
        if (JobTypes::isFinal(job.state) || job.files.size() != files.size())
            continue;
        bool same = true;
        for (int i = 0; same && i < files.size(); ++i) {
            const JobFile &f = job.files.at(i);
            const FileRequest &want = files.at(i);
            const QFileInfo path(want.localPath);
            const bool namesFile = want.pathGiven && !path.isDir();
            same = f.remoteUrl == want.url && f.expectedSha256 == want.sha256.toLower()
                && f.nameFromUser == namesFile;
            if (same && namesFile) {
                // "name.ext" may have become "name (1).ext" when the name was taken.
                const QString chosen = QFileInfo(f.localPath).completeBaseName();
                same = f.folder == QDir::cleanPath(path.absolutePath())
                    && (chosen == path.completeBaseName()
                        || chosen.startsWith(path.completeBaseName() + QStringLiteral(" (")));
            } else if (same) {
                same = f.folder == QDir::cleanPath(want.localPath);
            }
        }
        if (same)
            return job;
    }
    return std::nullopt;
}

void TransferCommand::showProgress(bool final)
{
    const std::optional<Job> job = currentJob();
    if (!job)
        return;
    const qint64 now = m_clock.elapsed();
    const qint64 bytes = job->progress().bytesTransferred;
    m_samples.append({ now, bytes });
    while (m_samples.size() > 2 && m_samples.first().first < now - 5000)
        m_samples.removeFirst();
    double speed = -1; // unknown until there is a second to measure
    const qint64 span = m_samples.last().first - m_samples.first().first;
    if (span >= 1000)
        speed = std::max(0.0,
            double(m_samples.last().second - m_samples.first().second) * 1000.0 / double(span));
    if (m_terminal) {
        const int width = terminalWidth();
        QString line = CliOutput::progressLine(*job, speed, width).left(width - 1);
        CliOutput::err(QLatin1Char('\r') + line.leftJustified(width - 1)
            + (final ? QStringLiteral("\n") : QString()));
    } else if (final || now - m_lastLine >= 5000 || m_lastLine == 0) {
        m_lastLine = std::max<qint64>(now, 1);
        CliOutput::err(CliOutput::progressLine(*job, speed, 80) + QLatin1Char('\n'));
    }
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
    if (m_terminal)
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
